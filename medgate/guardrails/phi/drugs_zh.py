"""Chinese drug names end in a dosage form (布洛芬缓释胶囊, 莫沙必利片, 藿香正气口服液); their stems are not PHI.

LAC cuts unknown drug names anywhere (布洛|芬缓释胶囊, 莫沙|必利片) and may tag the first piece as a place
or a person. A piece followed by at most two more characters and then a dosage form is the stem of a
drug. Two characters, not more: a name before a whole drug name (张三布洛芬片) leaves three or more.
The stretch before each dosage form is also where LAC need not look for names (林 in 阿司匹林肠溶片).
"""

from collections.abc import Iterator

from medgate.guardrails.phi import held_regex as regex

# Release and use modifiers that come between a drug's name and its form (缓释胶囊, 肠溶片).
_MODIFIER = r"(?:缓释|控释|肠溶|分散|泡腾|咀嚼|口崩|口腔崩解|复方|注射用)?"
# Dosage forms, longest first. One-character forms (片, 丸, 栓, 膏) also end ordinary words (照片, 睾丸),
# which are excluded below.
_FORMS = (
    "胶囊|胶丸|滴丸|颗粒|冲剂|注射液|注射剂|针剂|口服液|口服溶液|溶液|混悬液|乳剂|糖浆|合剂|软膏|乳膏|凝胶|眼膏"
    "|滴眼液|滴耳液|滴鼻液|喷雾剂|气雾剂|吸入剂|贴剂|贴膏|栓剂|酊|片|丸|栓|膏"
)
# Characters that cannot be inside a drug's name: verbs and particles around it (服用, 予, 的), numerals
# and measure words (三片, 每次两粒).
_NOT_IN_NAME = "服用予给吃喂加换停减改含和及与或的了在是有把将再每次日天粒支袋盒瓶一二三四五六七八九十两半几"
_STEM_THEN_FORM = regex.compile(r"[^\P{Han}" + _NOT_IN_NAME + r"]{0,2}?" + _MODIFIER + f"(?P<form>{_FORMS})")
_FORM = regex.compile(f"(?:{_FORMS})")
_NAME_CHAR = regex.compile(r"[^\P{Han}" + _NOT_IN_NAME + "]")
# Name characters of a whole drug name, counted back from its form (阿司匹林肠溶片, 甘精胰岛素注射液).
_LONGEST_NAME = 10
_FORM_AT_END = regex.compile(_MODIFIER + f"(?P<form>{_FORMS})$")
# A dose right after the word (舍曲林50mg, 缩宫素10U): no place or name is written so.
_DOSE_AFTER = regex.compile(r"[0-9]++(?:\.[0-9]++)?[ \t]?(?i:mg|g|ml|mcg|μg|ug|iu|u)(?![A-Za-z])")


def is_drug_stem(text: str, start: int, end: int, common_words: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is (the start of) a drug name: it ends in a dosage form, or at most two
    name characters and a dosage form follow it, or a dose does. A one-character form that ends a frequent word with the
    character before it (照片, 睾丸, 刀片) is that word, not a form."""
    if _DOSE_AFTER.match(text, end):
        return True
    match = _FORM_AT_END.search(text, start, end) or _STEM_THEN_FORM.match(text, end)
    if match is None:
        return False
    form_start, form_end = match.span("form")
    return form_end - form_start > 1 or text[form_start - 1 : form_end] not in common_words


def drug_names(text: str, common_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Each dosage form with the up to ten characters before it that may belong to the drug's name (up to
    a verb, particle or numeral: 予|布洛芬缓释胶囊); their surname-like characters need no name tagging."""
    for match in _FORM.finditer(text):
        form_start, form_end = match.span()
        start = form_start
        while start > max(0, form_start - _LONGEST_NAME) and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        if start < form_start and (form_end - form_start > 1 or text[form_start - 1 : form_end] not in common_words):
            yield start, form_end
