"""Which language a text is in, for language-matched disclaimers and per-language reports."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff]")


def language_of(text: str) -> str:
    """ "zh" when a fifth or more of the letters are CJK ideographs, else "en"."""
    letters = sum(ch.isalpha() for ch in text)
    return "zh" if letters and len(_CJK.findall(text)) * 5 >= letters else "en"
