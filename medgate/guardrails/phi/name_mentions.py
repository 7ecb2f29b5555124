"""A person named in full is the same person when part of the name comes back alone later in the text.

Notes and letters name someone once (Agus Rahayu, Dr Farhad Hosseini) and then use only the given name or the
surname (Agus asked whether…, Farhad's consultant, Mrs Rahayu). The rules find the full name by its form or its
label; the later mention has neither. So every capitalised Latin-script word of a found name is looked for again in
the same text, as a whole word, and each mention no other rule has typed becomes a PERSON span. A word is not
looked for when it is an ordinary English word (wordfreq's most frequent, so Rose, Will and Made stay), a title, a
stop word or an eponym, and a mention stays when a medical head follows it (Hodgkin lymphoma).
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.eponyms import EN_EPONYMS
from medgate.guardrails.phi.names_en import _HEAD_AFTER, _STOP, _TITLES, _bare, common_word_set

SCORE = 0.6
# A capitalised Latin-script word of a found name, with any apostrophe inside it (O'Neill) or a possessive ('s).
_NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]{2,}+(?![\p{L}\p{N}])")
# The same word standing alone elsewhere: no hyphen after it either (Rahayu-Smith is another name).
_ALONE = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]{2,}+(?![\p{L}\p{N}-])")


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
    """PERSON spans for later lone mentions of the words of names in ``found``, where nothing was found."""
    words = {
        word
        for r in found
        if r.entity_type == "PERSON"
        for match in _NAME_WORD.finditer(text, r.start, r.end)
        if _looked_for(word := _bare(match.group()))
    }
    if not words:
        return []
    taken = sorted((r.start, r.end) for r in found)
    out: list[RecognizerResult] = []
    for match in _ALONE.finditer(text):
        word = _bare(match.group())
        start, end = match.start(), match.start() + len(word)
        if word not in words or any(s < end and start < e for s, e in taken) or _HEAD_AFTER.match(text, end):
            continue
        out.append(RecognizerResult("PERSON", start, end, SCORE))
    return out
