"""Recognizers for Chinese PHI: IDs, phones, cards, insurance and record numbers, names, addresses."""

from presidio_analyzer import Pattern, RecognizerResult

from medgate.guardrails.phi.base import ContextPatternRecognizer
from medgate.guardrails.phi.checks import cn_resident_id15_ok, cn_resident_id18_ok, digits_only, luhn_ok
from medgate.guardrails.phi.drugs_zh import is_drug_stem
from medgate.guardrails.phi.eponyms import ZH_EPONYMS, ZH_HEADS
from medgate.guardrails.phi.gazetteers import chinese_lexicon
from medgate.guardrails.phi.names_zh import (
    FULL_NAME,
    NAME_BEFORE_TITLE,
    NOT_NAMES,
    RARE_SURNAMES,
    SLOT_AFTER,
    SLOT_CUE,
    SLOT_FIELD,
    SLOT_FIELD_AFTER,
    SLOT_NAME,
    SLOT_NAME_COMMON,
    SLOT_TEXT_START,
    WEAK_SURNAMES,
)

# Each pattern opens with a one-character lookahead: it lets the regex engine skip ahead fast.
_NO_DIGIT_BEFORE = r"(?=\d)(?<![0-9A-Za-z])"
_NO_DIGIT_AFTER = r"(?![0-9A-Za-z])"
_HAN = r"\p{Han}"
# Atomic: linear after a label. The label may sit in brackets (【门诊号】…) and be followed by a colon, #, /
# or a dash (门诊号/…) or a table's bar (门诊ID｜…), and the value may open a bracket.
_LABEL_SEP = r"(?>[\])）】]?\s*+(?:[:：#/／=｜-]|号码|为|是)?\s*+[(\[（【]?)"
_UNCOMMON = WEAK_SURNAMES.union(RARE_SURNAMES)
# The last character of a role or office word (申报人, 经办人, 记录者, 操作员, 甲方, 医务科).
_ROLE_ENDINGS = ("人", "者", "员", "方", "科", "处")


class ResidentId18Recognizer(ContextPatternRecognizer):
    """18-character resident ID (GB 11643): date-shaped body, validated by its check character; also written in
    its three parts (region, birth date, sequence and check), as forms print it: 411525 19570615 6520."""

    def __init__(self) -> None:
        date = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
        body = r"[1-9]\d{5}" + date + r"\d{3}[\dXx]"
        grouped = r"[1-9]\d{5}([ -])" + date + r"\1\d{3}[\dXx]"
        super().__init__(
            "CN_RESIDENT_ID",
            [
                Pattern("resident id 18", _NO_DIGIT_BEFORE + body + _NO_DIGIT_AFTER, 0.3),
                Pattern("resident id 18 grouped", _NO_DIGIT_BEFORE + grouped + _NO_DIGIT_AFTER, 0.3),
            ],
            context=("身份证", "证件号", "公民身份", "ID"),
            pattern_gates={
                "resident id 18": r"(?:18|19|20)\d{9}[\dXx]",  # the year to the check character
                "resident id 18 grouped": r"\d[ -](?:18|19|20)\d{6}[ -]\d{3}[\dXx]",
            },
            language="zh",
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return cn_resident_id18_ok(digits_only(pattern_text))


class ResidentId15Recognizer(ContextPatternRecognizer):
    """Legacy 15-digit resident ID: no check digit, so it needs context (身份证…)."""

    def __init__(self) -> None:
        body = r"[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}"
        super().__init__(
            "CN_RESIDENT_ID",
            [Pattern("resident id 15", _NO_DIGIT_BEFORE + body + _NO_DIGIT_AFTER, 0.2)],
            context=("身份证", "证件号", "公民身份"),
            boost=0.5,
            require_context=True,
            language="zh",
        )

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return not cn_resident_id15_ok(pattern_text)


class BankCardRecognizer(ContextPatternRecognizer):
    """Bank card numbers: Luhn-valid UnionPay (62…) numbers, or 16-19 digits next to 银行卡/卡号."""

    PATTERNS = {
        "unionpay": Pattern(
            "unionpay", _NO_DIGIT_BEFORE + r"62\d{2}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + _NO_DIGIT_AFTER, 0.4
        ),
        "card 16-19": Pattern(
            "card 16-19", _NO_DIGIT_BEFORE + r"\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + _NO_DIGIT_AFTER, 0.1
        ),
    }

    def __init__(self, pattern: str, *, require_context: bool = False) -> None:
        super().__init__(
            "BANK_CARD",
            [self.PATTERNS[pattern]],
            context=("银行卡", "卡号", "账号", "帐号", "储蓄卡", "借记卡", "信用卡", "开户"),
            boost=0.45,
            require_context=require_context,
            language="zh",
        )

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return True if pattern_text.startswith("62") and luhn_ok(pattern_text) else None


class CnMobileRecognizer(ContextPatternRecognizer):
    """Mainland mobile numbers, optional +86/0086/86- prefix, spaces, dashes or dots between groups."""

    def __init__(self) -> None:
        mobile = r"(?:(?:\+|00)86[ -]?|86-)?1[3-9]\d(?:(?:[ -]?\d{4}){2}|\.\d{4}\.\d{4})"
        super().__init__(
            "PHONE",
            [Pattern("cn mobile", r"(?=[+\d])(?<![0-9A-Za-z+])" + mobile + _NO_DIGIT_AFTER, 0.6)],
            context=("手机", "电话", "联系", "致电", "号码", "微信"),
            language="zh",
        )


def landline() -> ContextPatternRecognizer:
    """Landlines written with an area code in brackets or with a dash: 010-88886666, (0755)2888666."""
    pattern = r"(?:\(0\d{2,3}\)|（0\d{2,3}）|(?<![0-9A-Za-z])0\d{2,3}-)[ ]?[2-9]\d{6,7}(?:-\d{1,5})?" + _NO_DIGIT_AFTER
    return ContextPatternRecognizer("PHONE", [Pattern("landline with area code", pattern, 0.55)], language="zh")


def landline_by_context() -> ContextPatternRecognizer:
    """Undashed landlines (075528886666) next to 电话/座机…."""
    pattern = _NO_DIGIT_BEFORE + r"0\d{2,3}[ ]?[2-9]\d{6,7}" + _NO_DIGIT_AFTER
    return ContextPatternRecognizer(
        "PHONE",
        [Pattern("landline undashed", pattern, 0.2)],
        context=("电话", "座机", "联系", "致电", "固话", "传真"),
        require_context=True,
        language="zh",
    )


def _labelled(entity: str, name: str, labels: str, value: str, score: float) -> ContextPatternRecognizer:
    """A recognizer whose value (group ``v``) must directly follow one of ``labels``."""
    pattern = "(?:" + labels + ")" + _LABEL_SEP + "(?P<v>" + value + ")" + _NO_DIGIT_AFTER
    return ContextPatternRecognizer(entity, [Pattern(name, pattern, score)], gate=_HAN, language="zh")


# Digit groups may be spaced (医保卡号 4403 05123 4): a space only between digits.
_ID_VALUE = r"[A-Za-z]{0,4}-?\d[0-9A-Za-z-]{3,23}+(?: \d{1,10}+){0,3}+"


def record_number() -> ContextPatternRecognizer:
    """住院号, 门诊号, 病历号, 病案号, 就诊卡号, a blood donor's 献血码… followed by the number."""
    labels = (
        r"住院号|门诊号|急诊号|病历号|病案号|就诊号|就诊卡号|诊疗卡号|挂号号|检查号|影像号|登记号|患者ID|病人ID|门诊ID|住院ID|"
        r"住院编号|门诊编号|病历编号|病案编号|ID号|医疗卡号|献血码|献血者编号|献血编号|健康档案号|档案号"
    )
    # a hospital with several sites puts the site first (南区7478127, 东院ZY70492654)
    site = r"(?:[东西南北中总新老本][院区部]|\p{Han}{2}(?:院区|分院))?"
    return _labelled("MEDICAL_RECORD_NO", "cn record number", labels, site + _ID_VALUE, 0.85)


def insurance_number() -> ContextPatternRecognizer:
    """医保/社保/医疗保险 card and account numbers."""
    labels = (
        r"(?:医保|社保|医疗保险|社会保障|社会保险|参保|新农合|农合)"
        r"(?:卡号码|卡号|号码|个人编号|编号|账号|帐号|识别码|卡|号)"
        r"|(?:居民)?健康卡号|新农合(?=[0-9])"  # the resident health card; 新农合 straight before its number
    )
    return _labelled("INSURANCE_ID", "cn insurance number", labels, _ID_VALUE, 0.85)


def passport_number() -> ContextPatternRecognizer:
    """护照号 followed by the passport number (E/G plus 8 characters, or other countries' forms)."""
    return _labelled("PASSPORT", "cn passport", r"护照(?:号码|号|编号)?", r"[A-Za-z]{1,2}\d{6,9}", 0.85)


def date_of_birth() -> ContextPatternRecognizer:
    """出生日期/生日/出生于 followed by a date (dates of visits are left alone)."""
    date = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:19|20)\d{2}年\d{1,2}月"
    before = r"(?P<v>" + date + r")\s*(?:出生|生人|生)(?![产育病])"
    return ContextPatternRecognizer(
        "DATE_OF_BIRTH",
        [
            Pattern(
                "cn date of birth",
                r"(?:出生日期|出生年月日?|出生于|生日|生于|出生)" + _LABEL_SEP + "(?P<v>" + date + ")",
                0.85,
            ),
            Pattern("cn date then birth", before, 0.85),
        ],
        gate=_HAN,
        language="zh",
    )


class _ChineseNameRecognizer(ContextPatternRecognizer):
    """Drops candidates that begin with an ordinary clinical word (高热, 左侧…) instead of a name."""

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return pattern_text.startswith(NOT_NAMES)


def person_name() -> ContextPatternRecognizer:
    """Names after 姓名/患者/家属… labels."""
    labels = r"(?:姓名|名字|联系人|监护人|紧急联系人|签名|签字)(?>\s*+[:：]\s*+|\s++)"  # the separator is required
    verbs = r"(?:名叫|叫做|我叫|他叫|她叫|本人)" + _LABEL_SEP
    weak = r"(?:患者|病人|患儿|病员|家属|产妇|孕妇|老人)[:：]?\s*+"
    after_weak = (
        r"(?=[\s，,。；;、：:（(]|$|男|女|因|于|自|今|昨|近"
        r"|主诉|入院|出现|反复|诉|在|已|来|签|同意|表示|要求|陪同|拒绝|了解|知情|代诉)"
    )
    return _ChineseNameRecognizer(
        "PERSON",
        [
            Pattern("cn name after label", labels + "(?P<v>" + FULL_NAME + ")", 0.85),
            Pattern("cn name after verb", verbs + "(?P<v>" + FULL_NAME + ")", 0.85),
            Pattern("cn name after role", weak + "(?P<v>" + FULL_NAME + ")" + after_weak, 0.7),
        ],
        gate=_HAN,
        language="zh",
    )


def person_name_before_title() -> ContextPatternRecognizer:
    """Names before 先生/女士/小姐… honorifics (王先生, 陈建国女士).

    The pattern is matched in reverse (``(?r)``): it is tried only where an honorific follows, so its
    cost is linear in the text however many surname characters it holds.
    """
    titles = ("先生", "女士", "小姐", "老师", "大爷", "大妈", "阿姨", "同志", "太太")
    # The name must not continue a longer Han word, except after a particle such as 请/和/的.
    before = r"(?<=^|[^\p{Han}]|[请和与给对是叫的及跟向找问让被把由位名者属])"
    pattern = "(?r)" + before + "(?P<v>" + NAME_BEFORE_TITLE + ")(?=" + "|".join(titles) + ")"
    return _ChineseNameRecognizer(
        "PERSON", [Pattern("cn name before title", pattern, 0.7)], keywords=titles, language="zh"
    )


class _NameSlotRecognizer(ContextPatternRecognizer):
    """Names in a name slot (``names_zh.SLOT_*``), unless the value is a frequent word (any frequent word
    when ``strict``: a line start is a weaker cue, 申请人：) or any dictionary word that is not a name
    (单眼皮, 干呕), starts with a clinical word (高热), is a drug's stem or an eponym. A rare or
    function-word surname makes a name only when the rest is not a frequent word either (和|乙肝)."""

    def __init__(self, patterns: list[Pattern], *, strict: bool) -> None:
        super().__init__("PERSON", patterns, gate=_HAN, language="zh")
        self._strict = strict

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:  # noqa: D102
        return [r for r in super().scan(text, lowered) if self._is_name(text, r.start, r.end)]

    def _is_name(self, text: str, start: int, end: int) -> bool:
        lexicon, name = chinese_lexicon(), text[start:end]
        if name in (lexicon.common_words if self._strict else lexicon.ordinary_words):
            return False
        if name.startswith((*NOT_NAMES, *ZH_EPONYMS)) or ZH_HEADS.match(text, end):
            return False
        if name.endswith(_ROLE_ENDINGS) and text.startswith((":", "："), end):
            return False  # a form's label, not a name: 申报人：, 经办人：, 记录者：
        if name in lexicon.surname_words or (name[0] in _UNCOMMON and name[1:] in lexicon.ordinary_words):
            return False
        return not is_drug_stem(text, start, end, lexicon.common_words)


def person_name_in_slot() -> ContextPatternRecognizer:
    """A surname and one or two characters between a word that introduces a person and punctuation or a
    word that follows a name (家属曾波住…, 联系平帅的家属, 被保人余利｜): a name whether or not LAC tags
    it, also with a rare or function-word surname. Scored above LAC's places: LAC sometimes reads a given
    name as a place (家属萧|美玲住…)."""
    pattern = SLOT_CUE + "(?P<v>" + SLOT_NAME + ")" + SLOT_AFTER
    return _NameSlotRecognizer([Pattern("cn name after cue", pattern, 0.8)], strict=False)


def person_name_in_field() -> ContextPatternRecognizer:
    """A common surname and one or two characters that fill a line or a form field (｜王芳｜, a chat
    speaker 王芳：…, 交接：王芳凌晨…) and are not a frequent word."""
    value = "(?P<v>" + SLOT_NAME_COMMON + ")" + SLOT_FIELD_AFTER
    patterns = [
        Pattern("cn name at start", SLOT_TEXT_START + value, 0.8),
        Pattern("cn name in field", SLOT_FIELD + value, 0.8),
    ]
    return _NameSlotRecognizer(patterns, strict=True)


# A form field whose label names a person (姓名, 交款人, 报告人, 征询医师, 责任护士) holds a name of any origin:
# Japanese and Korean names in characters (田中美咲, 尹在元) have no Chinese surname, so the field, not a surname
# list, says it is a name. The value fills the field (up to a space, punctuation or the line's end) and holds none of
# the characters of roles, places or particles (本科室, 心内科护士, 患者本人 are not names).
_PERSON_LABEL = r"(?:姓名|名字|签名|[人者员]|医师|医生|护士)[:：][ \t]*+"
_FIELD_NAME = r"[^\P{Han}的了是科医护患病属院床号某我你他她们和与等本无见同详略不未]{2,5}+"


def person_name_in_name_field() -> ContextPatternRecognizer:
    """Two to five characters that fill a form field labelled with a person (any surname or none)."""
    value = _PERSON_LABEL + "(?P<v>" + _FIELD_NAME + ")" + r"(?=[\s，,。；;、：:|｜（(]|$)"
    return _NameSlotRecognizer([Pattern("cn name in person field", value, 0.8)], strict=True)


# Words that end an address in a note without punctuation: the examination and history that follow it, and the
# punctuation a speech-recognised note spells out (…1601查体血压168/94mmHg句号下一段).
_AFTER_ADDRESS = (
    r"查体|体检|血压|心率|体温|脉搏|血氧|血糖|诊断|主诉|病史|既往|入院|出院|复查|检查|化验|用药|服用|过敏"
    r"|句号|逗号|冒号|分号|问号|换行|下一段|另起一段"
)


def address() -> ContextPatternRecognizer:
    """Addresses: after 住址/地址/家住, or shaped like …路/街 88 号 (…栋…室)."""
    unit = r"(?:\s?(?:\d{1,5}|[一二三四五六七八九十]{1,3})\s?(?:号楼|栋|幢|单元|层|楼|室|号|座))*"
    # The street name may not contain the street word, so its run is possessive (linear on long texts).
    street = (
        r"(?:[^\P{Han}路街道巷弄胡住在送回我你他她的了]|\d|胡(?!同)){1,20}+(?:路|街|道|巷|弄|胡同)\s?\d{1,5}\s?号(?:院)?"
        + unit
    )
    estate = (
        r"[\p{Han}]{2,16}?(?:小区|花园|公寓|大厦|新村|家园|苑)\s?(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s?(?:号楼|栋|幢|座)"
        + unit
    )
    start = r"(?=\p{Han})(?<=^|[^\p{Han}]|住址|地址|家住|位于|来自|户籍|[：:是在住回到往])"
    lead = r"(?:现住|家住|住在|现居|居住在|位于|来自|家在)?"
    label = r"(?:家庭住址|现住址|住址|地址|家住|户籍地|居住地)"
    # Up to punctuation (spaces only around digits), and it must name a place or a number.
    places = r"省市区县镇乡村路街巷弄号栋楼室\d"
    # No colon inside: a value never holds one, and the scan of a run of labels stops at once.
    value = r"(?=[^，。,;；！？!?:：\n" + places + r"]{0,40}+[" + places + "])"
    # Dictated notes have no punctuation: the value also ends where the findings or a spoken mark begin.
    value += r"(?:(?!" + _AFTER_ADDRESS + r")(?:[^\s，。,;；！？!?:：\n]| (?=\d)|(?<=\d) )){4,40}+"
    gate = (
        r"住址|地址|家住|户籍地|居住地"
        r"|(?:路|街|道|巷|弄|胡同|小区|花园|公寓|大厦|新村|家园|苑)\s?[\d一二三四五六七八九十]"
    )
    return ContextPatternRecognizer(
        "ADDRESS",
        [
            Pattern("cn address after label", label + _LABEL_SEP + r"(?P<v>" + value + ")", 0.85),
            Pattern("cn street address", start + lead + "(?P<v>" + street + ")", 0.75),
            Pattern("cn estate address", start + lead + "(?P<v>" + estate + ")", 0.75),
        ],
        gate=gate,
        pattern_gates={
            "cn address after label": r"住址|地址|家住|户籍地|居住地",
            "cn street address": r"(?:路|街|道|巷|弄|胡同)\s?\d",
            # The estate pattern tries a lazy run of Han characters at each one (~175 µs on a note).
            "cn estate address": r"(?:小区|花园|公寓|大厦|新村|家园|苑)\s?[\d一二三四五六七八九十]",
        },
        language="zh",
    )


def chinese_recognizers() -> list[ContextPatternRecognizer]:
    """All Chinese recognizers, strongest (checksum-validated) first."""
    return [
        ResidentId18Recognizer(),
        ResidentId15Recognizer(),
        BankCardRecognizer("unionpay"),
        BankCardRecognizer("card 16-19", require_context=True),
        CnMobileRecognizer(),
        landline(),
        landline_by_context(),
        record_number(),
        insurance_number(),
        passport_number(),
        date_of_birth(),
        person_name(),
        person_name_before_title(),
        person_name_in_slot(),
        person_name_in_field(),
        person_name_in_name_field(),
        address(),
    ]
