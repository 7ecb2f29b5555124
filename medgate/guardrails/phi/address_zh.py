"""Grow a place LAC found into the whole Chinese address around it.

LAC tags the administrative part of an address well (北京市朝阳区) and often stops there or cuts a
street in two (宁海东|路200弄15号, 香港中环德|辅道中71号, 花莲县吉安乡|中山路三段88号). What follows
a place in an address has few shapes: a street (…路/街/道/巷/胡同/条, a section 三段, a direction 道中),
a building or estate (中信广场, 友爱邨爱晖楼, 华中科技大学西十二舍) and numbered units (200弄15号,
46巷12弄5号3楼之3, C2栋1单元1802室, 附3号). A postcode may come before it (106台北市…).
"""

from medgate.guardrails.phi import held_regex as regex

# Characters that end an address's words: particles, verbs and pronouns around an address (住在…的, 送她回).
_STOP = "的了是与及因于诉无有男女岁月日住送回看去到从往时就也都把被给让对我你他她它们摔倒跌病"
_RUN = r"[^\P{Han}" + _STOP + "]"
# One numbered unit: 88号, 3号楼, 2单元, 501室, 三段, 46巷, 12弄, 5楼, C2栋, D室, 之3 (after 号/楼), 附3号.
_UNIT = (
    r"(?:\s?+(?:[A-Za-z]?\d{1,5}+|[一二三四五六七八九十]{1,3}+|[A-Za-z])\s?+"
    r"(?:号楼|号院|栋|幢|单元|层|楼|室|号|座|组|段|弄|巷|舍|房)"
    r"|(?<=号)院|(?<=[号楼])之\d{1,3}+|附\d{1,4}+号|(?<=[座栋幢楼])\d{2,5}+(?!\d))"
)
_UNITS = regex.compile(f"(?:{_UNIT})++")
# A street after the place: its name, the street word, a direction or a section (中山路三段, 德辅道中).
_STREET = regex.compile(
    _RUN + r"{0,8}?(?:大道|大街|胡同|路|街|道|巷|条)[东南西北中]?"
    rf"(?=(?:{_UNIT})|[^\p{{Han}}]|$)"
)
# A building or estate: a name and its kind word, then units or the end of the clause.
_BUILDING = regex.compile(
    _RUN + r"{1,10}?(?:大厦|广场|中心|花园|公寓|小区|家园|新村|大楼|国际|宿舍|苑|园|邨|村|楼|舍|院)"
    rf"(?=(?:{_UNIT})|[^\p{{Han}}]|$)"
)
# The rest of the clause after the grown address, when it ends as addresses end: rural and descriptive addresses
# go on past the last unit LAC or the rules know (…村5社40号, …家属院13号楼3单元4楼东户, …粮站对面巷子进去第五家,
# …坑頭村65號地下, …190巷16號之5). At most 24 characters, no punctuation, space or line break in between,
# and none of the particles and verbs that join an address to the rest of a sentence (家住朝阳区的女儿家); only after
# an address of three characters or more that ends in a division, street, place or unit word.
_TAIL_STOP = "的了是与及因于诉无有男女岁住送回看我你他她它们在和时病"
_CLAUSE_TAIL = regex.compile(
    rf"[^\s，。；：、,;:|｜（）()「」“”!?！？{_TAIL_STOP}]{{1,24}}?"
    r"(?:号|號|室|户|戶|家|楼|樓|层|層|屯|组|組|社|地下|栋|棟|幢|座|之\d{1,3})"
    r"(?=[\s，。；：、,;:|｜（）()「」“”!?！？]|$)"
)
# What the grown address must end with for the tail to follow it: a division, a street, a place or a unit word.
_TAIL_AFTER = regex.compile(r"[省市县区乡镇村路街道巷号楼室屯社组弄里邨苑园院站所局]$")
# A postal code before the place, possibly with a character LAC left out of it (106台|北市…).
_POSTCODE_BEFORE = regex.compile(r"(?<!\d)\d{3,6}+[ ]?[^\P{Han}年月日号岁床]{0,2}$")


def grow_address(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole address around the place ``text[start:end]``."""
    while True:
        grown = end
        for part in (_UNITS, _STREET, _BUILDING):
            match = part.match(text, grown)
            if match and match.end() > grown:
                grown = match.end()
        if grown == end:
            break
        end = grown
    if end - start >= 3 and _TAIL_AFTER.search(text, start, end) and (tail := _CLAUSE_TAIL.match(text, end)):
        end = tail.end()
    postcode = _POSTCODE_BEFORE.search(text, max(0, start - 9), start)
    return (postcode.start() if postcode else start), end
