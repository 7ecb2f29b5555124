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
from medgate.guardrails.phi.names_en import _HEAD_AFTER, _STOP, _TITLES, common_word_set

SCORE = 0.6
_NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]{2,}+(?![\p{L}\p{N}])")


def _looked_for(word: str) -> bool:
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    lowered = bare.lower()
    return (
        len(bare) >= 3
        and bare not in _STOP
        and bare not in EN_EPONYMS
        and lowered not in _TITLES
        and lowered not in common_word_set()
    )


def repeated_mentions(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON spans for later lone mentions of the words of names in ``found``, where nothing was found."""
    words = {
        match.group().removesuffix("'s").removesuffix("’s")
        for r in found
        if r.entity_type == "PERSON"
        for match in _NAME_WORD.finditer(text, r.start, r.end)
        if _looked_for(match.group())
    }
    if not words:
        return []
    taken = sorted((r.start, r.end) for r in found)
    mention = regex.compile(
        r"(?<![\p{L}\p{N}'’-])(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
        r"(?![\p{L}\p{N}-])"
    )
    out: list[RecognizerResult] = []
    for match in mention.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or _HEAD_AFTER.match(text, end):
            continue
        out.append(RecognizerResult("PERSON", start, end, SCORE))
    return out
