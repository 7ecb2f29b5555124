"""Chinese names that are not a surname followed by a given name: what the blind splits' Chinese misses were.

* **Nicknames**: 老 or 小 before a surname (老蒯, 小陈) and 阿 before a given-name character (阿磊, 阿霞), as
  families and wards call people. Ordinary words are written the same way (老师, 小时, 小于, 阿姨, 阿司匹林), so
  the pair must not be, or start, a word of jieba's dictionary, and must end there: at a non-Han character or a
  word that follows a person (负责, 代收, 的), not inside a transliteration (阿普加评分, 阿立哌唑). Right after a
  word for a person (护工小徐, 孙子小赵) or a form field (陪护：小马) 老 or 小 and a surname is a name even when the
  pair is also a word (小马, 老周), unless it is one of the few such words a field holds (老师, 老家, 小时); 阿 and a
  character that make a word stay a word there too (阿妈, 阿婆).
* **A surname before a title** (马工程师, 厍师傅, 村医亓大夫, 独孤医生): the person is named by the surname alone.
* **A rare compound surname** (澹台, 呼延, 闻人, 独孤) with a given name, wherever it is written.
* **A name spaced in two** (张 华, 禚 小明), as forms and typed lists print it.
* **Tibetan, Uyghur and Mongolian names** without the middle dot: two elements of Tibetan names (扎西多吉, 次仁卓玛,
  格桑梅朵), and Uyghur and Mongolian given names of three characters or more (阿依古丽, 乌兰其其格, 巴特尔). The
  element lists are written here from the names' common forms; an element alone (乌兰, 格桑) is a place or a
  flower as often as a name, and is not taken.
"""

import re

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.gazetteers import jieba_words
from medgate.guardrails.phi.names_dotted_zh import DOT_CHARS
from medgate.guardrails.phi.names_zh import (
    COMPOUND_SURNAMES,
    GIVEN_CHAR,
    RARE_SURNAMES,
    SINGLE_SURNAMES,
    WEAK_SURNAMES,
    WORD_COMPOUND_SURNAMES,
)
from medgate.guardrails.phi.ner_zh import HONORIFICS
from medgate.guardrails.phi.tagger import HAN_CHAR, HAN_RANGES, given_name_chars

_SURNAMES = frozenset(SINGLE_SURNAMES + RARE_SURNAMES)
_TITLES = "医生|大夫|医师|护士|师傅|工程师|老师|主任|教授|院长|技师|药师|同志|先生|女士"
# Words for a person that a nickname follows directly (护工小徐, 孙子小赵代为取药, 犬主老马).
_PERSON_WORDS = (
    "护工|护士|保姆|月嫂|孙子|孙女|外孙|儿子|女儿|侄子|侄女|司机|同事|邻居|朋友|室友|犬主|陪护|家属|丈夫|妻子|老伴|"
    "徒弟|工友|病友"
)
# A nickname is two characters: what follows is not Han, or a word that follows a person (阿磊负责喂药, 老蒯代收);
# a transliteration goes on (阿普加评分, 阿立哌唑).
_NICKNAME = regex.compile(
    rf"(?:(?<![\p{{Han}}])|(?<={_PERSON_WORDS}))[老小阿]\p{{Han}}"
    r"(?=[^\p{Han}]|$|负责|代|的|说|是|来|去|在|和|与|及|陪|照顾|签|翻译|送|帮|也|已|今|昨|"
    r"每|打|电话|联系|等|同志|师傅|家|哥|姐|叔|婶)"
)
_NAMING_SLOT = regex.compile(rf"(?:{_PERSON_WORDS}|[:：])[ \t]*+$")
# Pairs that are words a form field or a person word is followed by more often than by a nickname.
_FIELD_WORDS = frozenset(
    ("老师", "老公", "老家", "小家", "小时", "小于", "老路", "小路", "老房", "小房", "小包", "老花")
)
_SURNAME_TITLE = regex.compile(
    rf"(?:(?<![\p{{Han}}])|(?<=村医|乡医))({'|'.join(COMPOUND_SURNAMES)}|\p{{Han}})(?={_TITLES})"
)
# A compound surname that is no ordinary word (澹台, 呼延, 独孤, 闻人) and one or two given-name characters is a
# name wherever it is written (核对护士独孤军): LAC, trained on news text, seldom knows them.
_RARE_COMPOUND = "|".join(s for s in COMPOUND_SURNAMES if s not in WORD_COMPOUND_SURNAMES)
_COMPOUND_NAME = regex.compile(rf"(?:{_RARE_COMPOUND}){GIVEN_CHAR}{{1,2}}")
_SPACED = regex.compile(r"(\p{Han})[ ](\p{Han}{1,2})(?![\p{Han}])")
_TIBETAN = (
    "扎西|多吉|次仁|卓玛|格桑|梅朵|旦增|丹增|平措|尼玛|达瓦|索朗|拉姆|央金|白玛|德吉|洛桑|顿珠|普布|边巴|巴桑|米玛|群培|"
    "益西|曲珍|仁增|强巴|贡布|桑杰|才让|卓嘎|次旦|阿旺|罗布|琼达|央宗|措姆|拉巴|旺堆|嘎玛|贡嘎|多布杰|加措|嘉措|曲尼|"
    "仓决|旺姆|次珍|德庆|吉美|久美|扎巴|格列|格勒|平错|赤列|土登|伦珠|达娃|占堆|欧珠|次卓|桑珠|尼珍|玉珍"
)
_UYGHUR_MONGOLIAN = (
    "阿依古丽|古丽米拉|帕提古丽|迪丽热巴|迪丽努尔|热依拉|热依汗|阿卜杜热合曼|阿不都热合曼|阿不力孜|阿不都|买买提|麦麦提|"
    "吐尔洪|司马义|库尔班|艾尔肯|阿里木|托合提|玉苏甫|吾斯曼|艾合买提|努尔兰|加帕尔|努尔古丽|阿依努尔|祖力胡马尔|"
    "乌兰其其格|其其格|其木格|苏日娜|巴特尔|额尔敦|宝音图|朝格图|斯琴高娃|满都拉|那日苏|阿拉坦|乌云其木格|萨仁高娃|"
    "图雅|高娃|孟和|巴图|朝鲁"
)
_MINORITY_NAME = rf"(?:(?:{_TIBETAN})(?:{_TIBETAN})|(?:{_UYGHUR_MONGOLIAN})(?:其其格|其木格|高娃)?)"
# a name and its father's name, dotted or not (热依拉．阿不都, 吐尔洪·司马义)
_MINORITY = regex.compile(rf"{_MINORITY_NAME}(?:{DOT_CHARS}?{_MINORITY_NAME})?")
# The standard library's engine: it searches this alternation of literals over 100 kB of Han text ~6x faster than
# the regex package (which tries every branch at every character); the gate runs on every text.
_GATE = re.compile(rf"[老小阿]|{_RARE_COMPOUND}|[{HAN_RANGES}] [{HAN_RANGES}]|{_TITLES}|{_TIBETAN}|{_UYGHUR_MONGOLIAN}")
_FREQUENT_GIVEN = frozenset(("gn2", "gn3", "gn4", "gn5", "gn6", "gn7", "gn8"))
_TITLE_WORDS = frozenset(_TITLES.split("|")) | frozenset(HONORIFICS)


class InformalNameRecognizer(ScanRecognizer):
    """PERSON: nicknames, a surname before a title, names spaced in two, minority names without a dot, names with a
    rare compound surname."""

    SCORE = 0.7

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="InformalChineseNameRecognizer", supported_language="zh")
        self._words = jieba_words()
        given = given_name_chars()
        self._given = frozenset(char for char, bucket in given.items() if bucket in _FREQUENT_GIVEN)

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        # every gate word is Han: English text stops at the one-class scan
        if HAN_CHAR.search(text) is None or _GATE.search(text) is None:
            return []
        found = [m.span() for m in _NICKNAME.finditer(text) if self._is_nickname(text, m.start())]
        found += [m.span(1) for m in _SURNAME_TITLE.finditer(text) if self._is_surname(m.group(1))]
        found += [
            m.span() for m in _SPACED.finditer(text) if self._is_surname(m.group(1)) and self._is_given(m.group(2))
        ]
        found += [m.span() for m in _MINORITY.finditer(text)]
        found += [m.span() for m in _COMPOUND_NAME.finditer(text)]
        return [RecognizerResult("PERSON", start, end, self.SCORE) for start, end in found]

    def _is_surname(self, char: str) -> bool:
        return (char in _SURNAMES and char not in WEAK_SURNAMES) or char in COMPOUND_SURNAMES

    def _is_given(self, chars: str) -> bool:
        """Given-name characters, not a title (王 先生); a word is fine (黄 海燕, 禚 小明)."""
        return all(char in self._given for char in chars) and chars not in _TITLE_WORDS

    def _is_nickname(self, text: str, start: int) -> bool:
        """老/小 + a surname or 阿 + a given-name character, and no dictionary word of two or more characters
        starting at the prefix (老师, 小时候, 阿姨, 阿司匹林); for 老/小 after a person word or a field, of three
        or more."""
        prefix, char = text[start], text[start + 1]
        if not (self._is_surname(char) if prefix in "老小" else char in self._given):
            return False
        pair = text[start : start + 2]
        named = prefix in "老小" and pair not in _FIELD_WORDS and _NAMING_SLOT.search(text, max(0, start - 8), start)
        shortest = 3 if named else 2
        return not any(text[start:end] in self._words for end in range(start + shortest, min(start + 6, len(text)) + 1))
