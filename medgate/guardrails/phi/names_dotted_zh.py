"""Foreign and minority names written in Chinese characters, joined by a middle dot.

Chinese writes a transliterated name's parts with an interpunct: 拉杰什·库马尔, 玛丽亚·加西亚,
约翰·奥布莱恩, 阿依古丽·买买提 (·, ‧, •, ・, the full-width ･ and a full-width full stop ． are all
used). The surname rules look for a Chinese surname first and LAC rarely reads such a run as one name, so
none of them is found. Medicine is written the same way only before a disease or test word
(斯蒂文斯·约翰逊综合征, 马查多·约瑟夫病): a dotted run followed by an eponym head is kept, and so is one
that holds an ordinary word (a heading, 儿童保健手册·生长发育监测) or ends in a single character.
"""

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.eponyms import ZH_HEADS
from medgate.guardrails.phi.gazetteers import jieba_words

DOT_CHARS = "[·‧•・･．]"  # the interpuncts a transliterated name is joined with
_DOT = DOT_CHARS + "[ \t]?"
# Chinese has no spaces: the last part ends before a title, a particle or a verb that follows names, or a non-Han
_AFTER_NAME = (
    r"(?=[^\p{Han}]|$|先生|女士|小姐|太太|夫人|医生|护士|教授|博士|老师|同学|的|是|因|于|在|和|与|及|说|称|来|去|到|从"
    r"|今|已|曾|为|被|把|对|向|等|之|患|入院|就诊|出院|住|签|陪|联系|电话|手机|同意|表示|要求|拒绝|代|告知|确认|男|女)"
)
# From the first dot: the other parts (lazily, each ends at a dot or where a name ends) and the characters before
_REST = regex.compile(rf"(?:{_DOT}\p{{Han}}{{1,8}}?){{1,3}}{_AFTER_NAME}")
_FIRST_DOT = regex.compile(rf"(?<=\p{{Han}}){_DOT}(?=\p{{Han}})")
# Words that stand before a name and end where it starts (家属玛丽亚·加西亚: the name starts after 家属)
_BEFORE_NAME = regex.compile(
    r"(?:家属|患者|病人|监护人|联系人|陪护|姓名|其子|其女|儿子|女儿|丈夫|妻子|母亲|父亲|爱人|老伴|朋友|同事|护工|保姆"
    r"|签字|翻译|医生|护士|诊断|[的是和与及为由给叫名称：:，。、\s])$"
)
_PARTS = regex.compile(_DOT)
_HAN_BEFORE = regex.compile(r"\p{Han}{1,4}$")


_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
_COMMON = 300  # jieba frequency from which a word that is not a name is ordinary language (买买提: 272)


def _holds_a_common_word(run: str) -> bool:
    """Whether a part holds an ordinary word (儿童保健手册·生长发育监测, 第六·六项: a heading and a count, not
    names): a jieba word of two to four characters, frequent, and not tagged as a name or place."""
    words = jieba_words()
    for part in _PARTS.split(run):
        for length in range(2, 5):
            for i in range(len(part) - length + 1):
                entry = words.get(part[i : i + length])
                if entry is not None and entry[0] >= _COMMON and entry[1] not in _NAME_TAGS:
                    return True
    return False


def _first_part_start(text: str, dot: int) -> int:
    """The start of the part before the first dot: the Han characters right before it (up to four), after any word
    that stands before a name (家属, 患者, 的…); all four when none does (a longer cut leaks less)."""
    run = _HAN_BEFORE.search(text, max(0, dot - 4), dot)
    start = run.start() if run else dot
    for cut in range(start, dot):
        if cut == 0 or _BEFORE_NAME.search(text, 0, cut):
            return cut
    return start


class DottedNameRecognizer(ScanRecognizer):
    """PERSON: runs of Chinese characters joined by middle dots, unless a disease or test word follows."""

    SCORE = 0.7

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="DottedNameRecognizer", supported_language="zh")

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Each dotted run that is no eponym."""
        if not any(dot in text for dot in "·‧•・･"):
            return []
        found = []
        searched = 0
        for dot in _FIRST_DOT.finditer(text):
            if dot.start() < searched:
                continue
            rest = _REST.match(text, dot.start())
            if rest is None:
                continue
            searched = rest.end()
            last = _PARTS.split(rest.group())[-1]
            if ZH_HEADS.match(text, rest.end()) or ZH_HEADS.search(last):
                continue
            start = _first_part_start(text, dot.start())
            if len(last) > 1 and not _holds_a_common_word(text[start : rest.end()]):
                found.append(RecognizerResult("PERSON", start, rest.end(), self.SCORE))
        return found
