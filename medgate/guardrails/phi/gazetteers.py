"""Word lists read once from installed packages: jieba's dictionary and cpca's administrative divisions.

jieba (MIT) gives word frequencies: a surname character that starts or continues a frequent word
(检查, 明白, 高血压) is not the start of a name, and a frequent word is not a name whatever LAC says.
cpca (MIT) lists China's 3,511 administrative divisions: districts and counties and finer are PHI
(HIPAA's geographic subdivisions smaller than a state), provinces and prefecture-level cities are not.
"""

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from medgate.guardrails.phi.names_zh import COMPOUND_SURNAMES, RARE_SURNAMES, SINGLE_SURNAMES

# A word at least this frequent in jieba's dictionary is an ordinary word (names there are rarer).
COMMON_FREQUENCY = 50
_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "省",
    "市",
    "盟",
)


@dataclass(frozen=True)
class ChineseLexicon:
    """What the Chinese name and place recognizer needs from the two packages."""

    common_words: frozenset[str]
    # Frequent words that are not names: jieba tags many names "nr" (李娜, 张宁); those stay candidates
    # unless very frequent (明白 and 康复 are tagged "nr" too).
    ordinary_words: frozenset[str]
    # First two characters of frequent words that begin with a surname character (高血压 → 高血).
    word_starts: frozenset[str]
    # Bigrams inside frequent words whose second character is a surname character (检查 → 检查).
    word_inners: frozenset[str]
    # Divisions at district/county level or finer, full names (朝阳区, 南山区, 忠县).
    fine_places: frozenset[str]
    # Provinces and prefecture-level cities, full and short names (广东省, 广东, 深圳市, 深圳).
    coarse_places: frozenset[str]
    # Dictionary words of any frequency, not tagged as names, that begin with a surname character (单眼皮,
    # 干呕): a name slot's value that is one of them is that word.
    surname_words: frozenset[str]


def package_dir(name: str) -> Path:
    """An installed package's folder, found without importing it (jieba's import pulls pkg_resources,
    cpca's pandas)."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def jieba_words() -> Mapping[str, tuple[int, str]]:
    """Words of two or more characters: (frequency, part-of-speech tag); read once, shared by the recognizers."""
    path = package_dir("jieba") / "dict.txt"
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            word, freq, tag = line.split()
            if len(word) >= 2:
                words[word] = (int(freq), tag)
    return words


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _divisions() -> tuple[frozenset[str], frozenset[str]]:
    path = package_dir("cpca") / "resources" / "adcodes.csv"
    fine: set[str] = set()
    # Hong Kong's and Macau's regions are as coarse as a prefecture-level city.
    coarse: set[str] = {
        "中国",
        "中华人民共和国",
        "全国",
        "国内",
        "国外",
        "海外",
        "九龙",
        "新界",
        "香港岛",
        "氹仔",
        "路环",
    }
    with path.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            code, name = row["adcode"], row["name"]
            if code[4:] == "0" * 8:  # province (xx0000…) or prefecture (xxxx00…)
                coarse.update((name, _short(name)))
            elif len(name) >= 3:  # 城区, 郊区 and other two-character generic names are left out
                fine.add(name)
    return frozenset(fine - coarse), frozenset(coarse)


@cache
def chinese_lexicon() -> ChineseLexicon:
    """Built once per process (about half a second: jieba's dictionary has 350k lines)."""
    surnames = set(SINGLE_SURNAMES) | {s[0] for s in COMPOUND_SURNAMES}
    words = jieba_words()
    common = {word for word, (freq, _) in words.items() if freq >= COMMON_FREQUENCY}
    # Words jieba tags as names (nr) do not hide a name start unless they are very frequent (明白 is "nr").
    starts = {
        word[:2]
        for word in common
        if word[0] in surnames and (not words[word][1].startswith("nr") or words[word][0] >= 20 * COMMON_FREQUENCY)
    }
    inners = {word[i : i + 2] for word in common for i in range(len(word) - 1) if word[i + 1] in surnames}
    ordinary = {w for w in common if not words[w][1].startswith("nr") or words[w][0] >= 20 * COMMON_FREQUENCY}
    fine, coarse = _divisions()
    surnames.update(RARE_SURNAMES)
    surname_words = {w for w, (_, tag) in words.items() if w[0] in surnames and not tag.startswith("nr")}
    return ChineseLexicon(
        frozenset(common),
        frozenset(ordinary),
        frozenset(starts),
        frozenset(inners),
        fine,
        coarse,
        frozenset(surname_words),
    )


T2S_FILE = Path(__file__).resolve().parents[1] / "data" / "zh_t2s.tsv"


@cache
def simplified_table() -> dict[int, str]:
    """``str.translate`` table from traditional to simplified characters, one for one (hanziconv's map,
    written by ``medgate.tools.phi_hanzi``): LAC and the gazetteers know simplified Chinese."""
    pairs = (line.split("\t") for line in T2S_FILE.read_text(encoding="utf-8").splitlines())
    # A surname character is left as written: 於 is a surname as well as the traditional 于.
    keep = {*SINGLE_SURNAMES, *RARE_SURNAMES}
    return {ord(traditional): simplified for traditional, simplified in pairs if traditional not in keep}


@cache
def _traditional_chars() -> re.Pattern[str]:
    # The standard library's engine: a 2,700-character class is searched in microseconds, the regex
    # package's takes hundreds of them.
    return re.compile("[" + "".join(re.escape(chr(code)) for code in simplified_table()) + "]")


def to_simplified(text: str) -> str:
    """The text with traditional characters read as simplified ones, one for one (offsets do not move).
    Only the characters found are replaced: ``str.translate`` of a whole 800-character window cost ~50 µs,
    this ~8 µs for a note with a few traditional names (the same text on 54,842 texts)."""
    table = simplified_table()
    return _traditional_chars().sub(lambda match: table[ord(match.group())], text)
