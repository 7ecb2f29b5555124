"""A person named in full is the same person when part of the name comes back alone later in the text.

Notes and letters name someone once (Agus Rahayu, Dr Farhad Hosseini) and then use only the given name or the
surname (Agus asked whether…, Farhad's consultant, Mrs Rahayu). The rules find the full name by its form or its
label; the later mention has neither. So every capitalised Latin-script word of a found name is looked for again in
the same text, as a whole word, and each mention no other rule has typed becomes a PERSON span. A word is not
looked for when it is an ordinary English word (wordfreq's most frequent, so Rose, Will and Made stay), a title, a
stop word or an eponym, and a mention stays when a medical head follows it (Hodgkin lymphoma).

A Chinese name found once (母亲姓名：韩国庆) is looked for again as written (韩国庆之子): a name of two to four Han
characters that a rule or the NER model found in one place is the same person where it recurs, in a context no rule
reads (之子, inside a sentence), but not where an institution, street, brand or medicine named after the person
follows (陈笃生医院, 华佗再造丸), nor inside a longer word of jieba's dictionary (板蓝根), nor when the name found is
itself such a word (黄胆 found once as a name is still a misspelt 黄疸 elsewhere).
"""

from collections.abc import Container

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.eponyms import EN_EPONYMS
from medgate.guardrails.phi.gazetteers import jieba_words
from medgate.guardrails.phi.names_en import _HEAD_AFTER, _STOP, _TITLES, _bare, common_word_set

SCORE = 0.6
# A capitalised Latin-script word of a found name, with any apostrophe inside it (O'Neill) or a possessive ('s).
_NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]{2,}+(?![\p{L}\p{N}])")
# The same word standing alone elsewhere: no hyphen after it either (Rahayu-Smith is another name).
_ALONE = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]{2,}+(?![\p{L}\p{N}-])")
_HAN_NAME = regex.compile(r"\p{Han}{2,4}+")
# What makes a written name part of another word: an institution, a place, a brand or a medicine named after a person
# (陈笃生医院, 华佗再造丸, 中山路).
_HAN_NAMED_AFTER = regex.compile(
    r"医院|大学|学院|中学|小学|学校|诊所|卫生[院室]|中心|研究所|公司|集团|[路街巷道桥]|广场|纪念|故居|[牌号]|"
    r"[丸散膏丹片汤]|胶囊|颗粒|口服液|注射液|再造"
)


def _looked_for(word: str) -> bool:
    lowered = word.lower()
    return (
        len(word) >= 3
        and word not in _STOP
        and word not in EN_EPONYMS
        and lowered not in _TITLES
        and lowered not in common_word_set()
    )


def repeated_mentions(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON spans for later lone mentions of the words of names in ``found`` and for Chinese names written again,
    where nothing was found."""
    people = [r for r in found if r.entity_type == "PERSON"]
    words = {
        word
        for r in people
        for match in _NAME_WORD.finditer(text, r.start, r.end)
        if _looked_for(word := _bare(match.group()))
    }
    han_names = {name for r in people if _HAN_NAME.fullmatch(name := text[r.start : r.end])}
    if not words and not han_names:
        return []
    taken = sorted((r.start, r.end) for r in found)
    out = _han_mentions(text, han_names, taken)
    for match in _ALONE.finditer(text) if words else ():
        word = _bare(match.group())
        start, end = match.start(), match.start() + len(word)
        if word not in words or any(s < end and start < e for s, e in taken) or _HEAD_AFTER.match(text, end):
            continue
        out.append(RecognizerResult("PERSON", start, end, SCORE))
    return out


def _han_mentions(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[RecognizerResult]:
    """PERSON spans for the other places each Chinese name in ``names`` is written, where nothing was found."""
    if not names:
        return []
    words = jieba_words()
    out: list[RecognizerResult] = []
    for name in (n for n in names if n not in words):  # a word found as a name (黄胆, 红景天) is a word where it recurs
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (
                any(s < end and start < e for s, e in taken)
                or _HAN_NAMED_AFTER.match(text, end)
                or _inside_a_word(text, start, end, words)
            ):
                out.append(RecognizerResult("PERSON", start, end, SCORE))
            start = text.find(name, end)
    return out


def _inside_a_word(text: str, start: int, end: int, words: Container[str]) -> bool:
    """Whether a dictionary word runs over either end of ``text[start:end]`` (板蓝根 around 蓝根)."""
    return any(text[start - k : end] in words for k in (1, 2) if start >= k) or any(
        text[start : end + k] in words for k in (1, 2) if end + k <= len(text)
    )
