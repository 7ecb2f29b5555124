"""Chinese names and places from LAC's sequence model, with the gazetteers deciding what is PHI.

LAC costs about 15 µs a character on one core, so it reads only a few characters around what could
start a name or end a place: a surname character that neither starts nor continues a frequent word (so
检查, 高血压 and 明白 do not wake it), or a place word (省市区县路街道号楼…). Names and places in any script around them
are tagged (萧思远 in an English sentence too). Its PER spans become PERSON unless they are ordinary
words, eponyms (帕金森病) or lack a surname; its LOC spans become ADDRESS unless they name only a
province, a prefecture-level city or a country, and grow into the whole address (``address_zh``).
A name or place that is a drug's stem (布洛|芬缓释胶囊, ``drugs_zh``) is neither. Organisations (hospitals)
are not PHI here.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.address_zh import grow_address
from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.drugs_zh import drug_names, is_drug_stem
from medgate.guardrails.phi.eponyms import ZH_EPONYMS, ZH_HEADS
from medgate.guardrails.phi.gazetteers import ChineseLexicon, chinese_lexicon, to_simplified
from medgate.guardrails.phi.lac import LacTagger, lac_tagger
from medgate.guardrails.phi.names_zh import COMPOUND_SURNAMES, NOT_NAMES, SINGLE_SURNAMES, WEAK_SURNAMES

_HAN = regex.compile(r"\p{Han}")
# Clauses: LAC reads each on its own, at most 64 characters, and never Latin-script words (an English
# sentence with one Chinese name costs the name, not the sentence).
_CLAUSE = regex.compile(r"[^\p{Latin}，。；！？,;!?\n\r]{1,64}+")
_PLACE_WORD = regex.compile(
    r"(?<=\p{Han})(?:省|市|区|县|镇|乡|村|屯|路|街|道|巷|弄|胡同|小区|花园|苑|大厦|公寓|号楼|栋|幢|单元)"
)
# A lone two-to-four-character Han word among Latin-script words ("Daughter 苏丹丹 interpreted"): in an
# English sentence that is almost always a name, and LAC, trained on Chinese text, often misses it there.
_HAN_IN_LATIN = regex.compile(r"(?<=\p{Latin}[.,:;]?[ \t]{1,3})\p{Han}{2,4}+(?=[ \t]{0,3}[(),.;:]?[ \t]{0,3}\p{Latin})")
# Where such a word may start: a Han character right after a space or tab. Only those are tried (a note has a few;
# the look-behind above, tried at every Han character, cost ~50 µs on 800 characters); matches cannot overlap them.
_SPACE_HAN = regex.compile(r"[ \t]\p{Han}")
# Surname characters that are far more often function words (能, 和, 都: ``WEAK_SURNAMES``) do not wake
# LAC on their own, though the label and slot rules (患者/姓名/家属…) still find names with them.
# Surname characters that may wake LAC. The standard library's engine: it searches a class of hundreds of
# characters ~15 times faster than the regex package does.
_SURNAME_CHARS = re.compile(
    "[" + "".join(sorted({*SINGLE_SURNAMES, *(s[0] for s in COMPOUND_SURNAMES)} - WEAK_SURNAMES)) + "]"
)
_GIVEN_STOP = frozenset("的了是在因于自诉无有主来入今昨近男女岁月日")
_SURNAMES = frozenset(SINGLE_SURNAMES)
# Characters that do not occur in given names but do in phrases LAC sometimes tags as a person (能吃不).
NOT_GIVEN = frozenset("的了是在因于诉无有吗呢吧啊不没很太都也就还吃喝服用查")
# A salt or a dose right after the word makes it a drug (雷贝拉唑钠, 速尿20mg); dosage forms: drugs_zh.
SALT_OR_DOSE = regex.compile(r"针|钠|钾|钙|口服|散|[0-9０-９]")


def passes_name_checks(text: str, start: int, end: int, lexicon: ChineseLexicon) -> bool:
    """The checks a Chinese name candidate must pass whichever finder proposed it (LAC here, the learned tagger in
    ``tagger.py``): not an ordinary word or a known non-name, no eponym at it or an eponym head after it, no
    function word in the given name, no salt or dose after it and not a drug stem."""
    name = text[start:end]
    if name in lexicon.ordinary_words or name.startswith(NOT_NAMES) or text.startswith(ZH_EPONYMS, start):
        return False
    if any(ch in NOT_GIVEN for ch in name[1:]) or SALT_OR_DOSE.match(text, end):
        return False
    if is_drug_stem(text, start, end, lexicon.common_words):
        return False
    return not ZH_HEADS.match(text, end)


# LAC reads a window around each trigger, not the whole clause: its cost (~15 µs a character) is the
# detector's largest. A name needs a few characters of context on each side; a place name comes before
# its place word (广西壮族自治区, 朝阳区). Windows closer than _WINDOW_GAP are merged.
_NAME_BEFORE, _NAME_AFTER = 3, 7
_PLACE_BEFORE, _PLACE_AFTER = 10, 4
_WINDOW_GAP = 2
HONORIFICS = ("先生", "女士", "小姐", "老师", "大爷", "大妈", "阿姨", "同志", "太太", "医生", "护士", "主任", "教授")


class ChineseNerRecognizer(ScanRecognizer):
    """PERSON and ADDRESS spans in Chinese (and mixed) text from LAC plus gazetteers."""

    PERSON_SCORE = 0.8
    ADDRESS_SCORE = 0.75

    def __init__(self, tagger: LacTagger | None = None, lexicon: ChineseLexicon | None = None) -> None:
        super().__init__(supported_entities=["PERSON", "ADDRESS"], name="ChineseNerRecognizer", supported_language="zh")
        self._tagger = tagger or lac_tagger()
        self._lexicon = lexicon or chinese_lexicon()
        self._longest_coarse = max(map(len, self._lexicon.coarse_places))
        # The lengths of the coarse places each character starts: _coarse_start slices only those.
        lengths: dict[str, set[int]] = {}
        for place in self._lexicon.coarse_places:
            lengths.setdefault(place[0], set()).add(len(place))
        self._coarse_lengths = {first: tuple(sorted(found)) for first, found in lengths.items()}

    def scan(self, text: str, lowered: str, covered: Sequence[tuple[int, int]] = ()) -> list[RecognizerResult]:
        """Tag the clauses that may hold a name or a place; ``lowered`` is unused (same signature as the rest).
        ``covered``: spans other recognizers found (a name, a value after 姓名/住址); a surname or place
        word inside one, or inside a drug name (阿司匹林肠溶片), does not make LAC read around it.
        Traditional characters are read as simplified ones (陳麗玉 as 陈丽玉); offsets do not move."""
        if not _HAN.search(text):
            return []
        text = to_simplified(text)
        skip = bytearray(len(text))
        for start, end in (*covered, *drug_names(text, self._lexicon.common_words)):
            skip[start:end] = b"\x01" * (end - start)
        results = [
            RecognizerResult("PERSON", m.start(), m.end(), self.PERSON_SCORE)
            for space in _SPACE_HAN.finditer(text)
            if (m := _HAN_IN_LATIN.match(text, space.end() - 1)) and self._is_name(text, m.start(), m.end())
        ]
        segments = self._segments(text, skip)
        if not segments:
            return results
        tagged = self._tagger.entities([text[start:end] for start, end in segments])
        for (offset, _), entities in zip(segments, tagged, strict=True):
            places: list[tuple[int, int]] = []
            for entity in entities:
                start, end = offset + entity.start, offset + entity.end
                if entity.tag == "PER" and self._is_name(text, start, end):
                    results.append(RecognizerResult("PERSON", start, end, self.PERSON_SCORE))
                elif entity.tag == "LOC" and not is_drug_stem(text, start, end, self._lexicon.common_words):
                    if places and places[-1][1] == start:
                        places[-1] = (places[-1][0], end)  # 北京市 + 朝阳区 + 建国路88号
                    else:
                        places.append((start, end))
            for place in places:
                start, end = grow_address(text, *place)  # 2楼D室: past the clause, which ends at Latin letters
                start = self._coarse_start(text, start)
                if self._is_fine_place(text, start, end):
                    results.append(RecognizerResult("ADDRESS", start, end, self.ADDRESS_SCORE))
        return results

    def _segments(self, text: str, skip: bytearray) -> list[tuple[int, int]]:
        """The stretches of each clause LAC reads: a few characters around each place word and each surname
        character that is not inside a frequent word, merged where they (nearly) touch within a clause.
        Triggers are searched once in the whole text and then put in their clauses: a dense note has ~70
        clauses, and searching each on its own cost more in calls than the searches themselves."""
        clauses = [m.span() for m in _CLAUSE.finditer(text)]
        starts = [start for start, _ in clauses]
        common = self._lexicon.common_words
        triggers = [
            (i, start - _PLACE_BEFORE, end + _PLACE_AFTER)
            for i, start, end in self._places(text, clauses, starts)
            if not skip[start] and text[start - 1 : end] not in common
        ]
        for surname in _SURNAME_CHARS.finditer(text):
            at = surname.start()
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < clauses[i][1] - 1 and self._may_start_name(text, skip, at):
                triggers.append((i, at - _NAME_BEFORE, at + _NAME_AFTER))
        segments: list[tuple[int, int]] = []
        last = -1
        for i, left, right in sorted(triggers):
            start, end = clauses[i]
            left, right = max(start, left), min(end, right)
            if i == last and left <= segments[-1][1] + _WINDOW_GAP:
                segments[-1] = (segments[-1][0], max(right, segments[-1][1]))
            else:
                segments.append((left, right))
                last = i
        return segments

    @staticmethod
    def _places(text: str, clauses: list[tuple[int, int]], starts: list[int]) -> Iterator[tuple[int, int, int]]:
        """Place words (clause index, start, end) as a search of each clause on its own finds them. Only a
        clause cut at 64 characters is searched on its own: a place word may straddle the cut (小|区), and
        the clause after it may then start with one (区)."""
        cut = [i for i in range(1, len(clauses)) if clauses[i][0] == clauses[i - 1][1]]
        cut_set = frozenset(cut)
        for place in _PLACE_WORD.finditer(text):
            i = bisect_right(starts, place.start()) - 1
            if i not in cut_set and place.end() <= clauses[i][1]:
                yield i, place.start(), place.end()
        for i in cut:
            for place in _PLACE_WORD.finditer(text, *clauses[i]):
                yield i, place.start(), place.end()

    def _may_start_name(self, text: str, skip: bytearray, at: int) -> bool:
        """Whether a surname character (not its clause's last) may start a name: not inside what other
        recognizers found, no eponym, a Han character after it, and neither starting nor continuing a
        frequent word (检查, 高血压, 明白 do not count)."""
        nxt = text[at + 1]
        if skip[at] or text.startswith(ZH_EPONYMS, at) or nxt in _GIVEN_STOP or not _HAN.match(nxt):
            return False
        if text[at : at + 2] in self._lexicon.word_starts:
            return False
        return not (at > 0 and text[at - 1 : at + 1] in self._lexicon.word_inners)

    def _is_name(self, text: str, start: int, end: int) -> bool:
        """A LAC person is PHI when it has a surname, is not an ordinary word and names no disease."""
        name = text[start:end]
        if name.endswith(HONORIFICS):
            return False  # 王先生: the honorific recognizer reports the name without the title
        if not 2 <= len(name) <= 4 or not (name[0] in _SURNAMES or name.startswith(COMPOUND_SURNAMES)):
            return False
        return passes_name_checks(text, start, end, self._lexicon)

    def _is_fine_place(self, text: str, start: int, end: int) -> bool:
        """A place finer than a prefecture-level city, and not the first half of an eponym (川崎病)."""
        place = text[start:end]
        if text.startswith(ZH_EPONYMS, start) or ZH_HEADS.match(text, end) or len(place) < 2:
            return False
        return not self._only_coarse(place)

    def _coarse_start(self, text: str, start: int) -> int:
        """Where the address begins: the provinces and cities right before a place belong to it (LAC may
        leave 杭州市 out of 杭州市西湖区…, 新界 out of 新界沙田…, or cut 澳|门特别行政区…)."""
        coarse = self._lexicon.coarse_places
        moved = True
        while moved:
            moved = False
            for back in range(min(start, self._longest_coarse), 0, -1):
                at = start - back
                lengths = self._coarse_lengths.get(text[at], ())
                if any(length >= max(back, 2) and text[at : at + length] in coarse for length in lengths):
                    start, moved = at, True
                    break
        return start

    def _only_coarse(self, place: str) -> bool:
        """Whether the place is a run of province/city/country names only (广东省深圳市)."""
        coarse = self._lexicon.coarse_places
        i = 0
        while i < len(place):
            for j in range(len(place), i, -1):
                if place[i:j] in coarse:
                    i = j
                    break
            else:
                return False
        return True
