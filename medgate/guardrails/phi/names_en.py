"""English and romanised Chinese person names: name lists plus context rules, no NER model.

A packaged English NER (spaCy's en_core_web_sm) costs tens of milliseconds per 512 tokens on one core,
ten times the PHI budget, so names are found in runs of capitalised words instead:

* a known given name followed by a capitalised word or initial (Nancy Miller, Linda J. Schmidt);
* a capitalised word followed by a known surname (Aoife Byrne), or ``Surname, Given`` (Miller, Nancy);
* any capitalised run after a word that introduces a person (patient, son, wife, Dear, by, Mrs.);
* romanised Chinese names: a pinyin/Cantonese surname with a pinyin given name (Wang Xiaoming, Siyuan Xiao),
  or any capitalised word beside a hyphenated romanised given name (Chia Ying-chun, Chan Tai-man);
* a run of two to four capitalised words, each a listed name or a word that is not common English
  (wordfreq's ~28,000 most frequent words) and has no drug or organism ending, with at least one such
  unlisted word and no dose after it (Dameer Maroof, Mark Oyekan, Conan Mac Cúilriabhaigh): names
  outside the lists and with no introducing word; common words (Emergency Department, Multiple
  Sclerosis) and brand names before a dose (Endone 5 mg) are left alone.

Given names and surnames come from Faker's person providers (MIT; Faker is already installed with
guardrails-ai), in the locales listed in ``GAZETTEER_LOCALES``; the evaluation draws its held-out
names from other locales. A run followed by a medical head word (Parkinson disease, Murphy's sign) is
an eponym, not a person.
"""

import gzip
import importlib
from functools import cache
from pathlib import Path

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from medgate.guardrails.phi import held_regex as regex
from medgate.guardrails.phi.base import ScanRecognizer, ascii_twin
from medgate.guardrails.phi.eponyms import EN_EPONYMS, EN_HEADS

GAZETTEER_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "pl_PL", "sv_SE")
# Given names that are also ordinary words or months; they count only before a known surname.
_AMBIGUOUS_GIVEN = frozenset(
    [
        "May",
        "June",
        "April",
        "August",
        "Will",
        "Bill",
        "Mark",
        "Grace",
        "Hope",
        "Faith",
        "Joy",
        "Rose",
        "Art",
        "Chase",
        "Frank",
        "Sunny",
        "Summer",
        "Autumn",
        "Dawn",
        "Iris",
        "Ivy",
        "Jade",
        "Pearl",
        "Ruby",
        "Amber",
        "Crystal",
        "Holly",
        "Heather",
        "Lily",
        "Daisy",
        "Violet",
        "Olive",
        "Hunter",
        "Mason",
        "Carter",
        "Cooper",
        "Parker",
        "Tyler",
        "Taylor",
        "Christian",
        "Harmony",
        "Patience",
        "Constance",
        "Trinity",
        "Destiny",
        "Precious",
        "Lane",
        "Page",
        "Sage",
        "Skye",
        "River",
        "Brook",
        "Dale",
        "Glen",
        "Cliff",
        "Rocky",
        "Stone",
        "Don",
        "Guy",
        "Ray",
        "Pat",
        "Sue",
        "Drew",
        "Lance",
        "Sandy",
        "Misty",
        "Stormy",
        "Young",
        "King",
        "Long",
        "Price",
        "Wells",
        "Rice",
        "Hill",
        "Green",
        "Brown",
        "White",
        "Black",
        "Gray",
        "Grey",
        "West",
        "Love",
        "Major",
        "Jordan",
        "Victoria",
        "Virginia",
        "Georgia",
        "Carolina",
        "Austin",
        "Dallas",
        "Houston",
        "Paris",
        "Florence",
        "Sydney",
        "Chelsea",
        "Lincoln",
        "Washington",
        "Jackson",
        "Madison",
        "Kent",
        "Clinic",
        "Doctor",
        "Nurse",
        "Patient",
        "Sir",
        "Lord",
        "Lady",
        "Dean",
        "Bishop",
        "Pastor",
        "Sister",
        "Mother",
        "Father",
    ]
)
# Capitalised words that are never part of a name in a clinical note.
_NOT_NAME_WORDS = frozenset(
    [
        "Hospital",
        "Clinic",
        "Center",
        "Centre",
        "Medical",
        "Medicine",
        "Department",
        "Dept",
        "Unit",
        "Ward",
        "Emergency",
        "Room",
        "Health",
        "Care",
        "Healthcare",
        "University",
        "College",
        "School",
        "Institute",
        "Foundation",
        "Trust",
        "Service",
        "Services",
        "Street",
        "Road",
        "Avenue",
        "Lane",
        "Drive",
        "Court",
        "Way",
        "Place",
        "Boulevard",
        "Syndrome",
        "Disease",
        "Scale",
        "Score",
        "Sign",
        "Test",
        "Procedure",
        "Diagnosis",
        "History",
        "Plan",
        "Assessment",
        "Impression",
        "Exam",
        "Examination",
        "Physical",
        "Review",
        "Systems",
        "Chief",
        "Complaint",
        "Present",
        "Illness",
        "Medications",
        "Allergies",
        "Labs",
        "Lab",
        "Results",
        "Vitals",
        "Vital",
        "Signs",
        "Follow",
        "Discharge",
        "Admission",
        "Summary",
        "Note",
        "Notes",
        "Report",
        "Referral",
        "Letter",
        "Patient",
        "Name",
        "Date",
        "Birth",
        "Age",
        "Sex",
        "Male",
        "Female",
        "Phone",
        "Email",
        "Address",
        "Insurance",
        "Member",
        "Policy",
        "Number",
        "Record",
        "Chart",
        "Account",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "October",
        "November",
        "December",
        "Type",
        "Stage",
        "Grade",
        "Left",
        "Right",
        "Bilateral",
        "Acute",
        "Chronic",
        "Primary",
        "Secondary",
        "Blood",
        "Pressure",
        "Heart",
        "Rate",
        "Pain",
        "Chest",
        "Abdominal",
        "Fever",
        "Cough",
        "Tablet",
        "Tablets",
        "Capsule",
        "Injection",
        "Mg",
        "Daily",
        "Twice",
        "Once",
        "Negative",
        "Positive",
        "Normal",
        "Abnormal",
        "Yes",
        "No",
        "None",
        "Unknown",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Prof",
        "Dear",
        "Sincerely",
        "Regards",
        "Thanks",
        "Thank",
        "Hello",
        "Hi",
        "Re",
        "Subject",
        "From",
        "To",
        "Cc",
        "Signed",
        "Witness",
        "English",
        "Chinese",
        "Mandarin",
        "Cantonese",
        "Spanish",
        "American",
        "British",
        "Irish",
        "Indian",
        "Asian",
        "African",
        "Hispanic",
        "Catholic",
        "Christian",
        "Muslim",
        "Jewish",
        "Buddhist",
        "Covid",
        "Influenza",
        "Hepatitis",
        "Cancer",
        "Diabetes",
        "Insulin",
    ]
)
_STOP = frozenset(word.capitalize() for word in STOP_WORDS) | _NOT_NAME_WORDS
# Verbs after a subject: "Madhav Sankar reports…", "Zac Gubben was…".
_SUBJECT_OF = regex.compile(
    r"[ \t]++(?:reports|reported|presented|presents|was|is|has|had|denies|denied|states|stated|said|says|came|"
    r"comes|attended|arrived|lives|called|agreed|declined|consented|complains|complained|returns|returned)(?!\p{L})"
)
# A whole field of a form or list: "| Regan Leslie |", "- Aoife Byrne" on its own line.
# A chat line's speaker ("[19:02] Pattapon Intaum: …") is a field too.
_FIELD_START = regex.compile(r"(?:^|[|\t\n]|\n[ \t]*+[-*•·][ \t]*+|(?:^|\n)\[[\d:. ]{3,12}\][ \t]*+)[ \t]*+$")
_FIELD_END = regex.compile(r"[ \t]*+(?:$|[|\t\n,(:])")
_INTRODUCERS = frozenset(
    [
        "patient",
        "pt",
        "client",
        "resident",
        "son",
        "daughter",
        "wife",
        "husband",
        "spouse",
        "partner",
        "mother",
        "father",
        "mom",
        "mum",
        "dad",
        "brother",
        "sister",
        "sibling",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "niece",
        "nephew",
        "cousin",
        "friend",
        "neighbor",
        "neighbour",
        "caregiver",
        "carer",
        "guardian",
        "fiance",
        "fiancee",
        "fiancé",
        "fiancée",
        "boyfriend",
        "girlfriend",
        "colleague",
        "roommate",
        "landlord",
        "dear",
        "named",
        "called",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "madam",
        "attn",
        "c/o",
        "witness",
        "signed",
        "signature",
        "name",
        "seeing",
        "saw",
        "visiting",
        "visited",
        "it's",
    ]
) | {
    "accompanied by",
    "seen with",
    "patient name",
    "full name",
    "my name is",
    "name is",
    "this is",
    "i am",
    "i'm",
    "it is",
}
_INTRODUCER_ENDS = frozenset(words.split(" ")[-1] for words in _INTRODUCERS)
_TITLES = frozenset({"dear", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "patient", "sir", "madam"})
# Nancy, O'Brien, McDonald, MacGreal, Smith-Jones, Ying-chun, an initial "J.", or an Irish particle (Ó, Ní).
_WORD = r"\p{Lu}(?:['’]\p{Lu}\p{Ll}++|\p{Ll}++(?:['’]\p{Ll}++|\p{Lu}\p{Ll}++)?(?:-\p{L}\p{Ll}++)?|\.|(?<=Ó)(?=[ \t]))"
# Lower-case particles inside a name (Adrienne de Brún, Ludwig van der Berg).
_LOWER_PARTICLE = r"(?:(?:de|da|di|du|del|della|der|den|van|von|le|la|dos|das|bin|binti|ibn)[ \t]++){0,2}+"
# A run of up to five capitalised words or initials, not glued to other letters.
# Han script around it is fine: 患者John Smith，男.
_RUN = regex.compile(
    r"(?<![\p{Latin}\p{M}'’-])" + _WORD + r"(?:[ \t]++" + _LOWER_PARTICLE + _WORD + r"){0,4}+(?![\p{Latin}\p{M}])"
)
_RUN_ASCII = ascii_twin(_RUN)  # the same runs in ASCII text, found faster
# A run that names a team or a department is not a person: it ends in, or is followed by, a group word.
_GROUP = r"(?:Team|Teams|Department|Dept|Office|Committee|Service|Services|Unit|Board|Centre|Center|Clinic|Desk|Panel)"
_GROUP_WORD = regex.compile(r"[ \t]" + _GROUP + r"$")
_GROUP_AFTER = regex.compile(r"[ \t]++" + _GROUP + r"(?![\p{L}])")
_HEAD_AFTER = regex.compile(r"(?:['’]s?)?[ \t]++(?i:" + "|".join(EN_HEADS) + r")(?![\p{L}])")
_TOKEN = regex.compile(r"\S++")
_HEADS = frozenset(EN_HEADS)
_LAST_FIRST = regex.compile(r",[ \t]*+(" + _WORD + r")")

PINYIN_SURNAMES = frozenset(
    [
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Gao",
        "Lin",
        "Luo",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Yuan",
        "Pan",
        "Yu",
        "Jiang",
        "Cai",
        "Du",
        "Ye",
        "Cheng",
        "Su",
        "Wei",
        "Lu",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Cui",
        "Zhong",
        "Tan",
        "Fan",
        "Jin",
        "Shi",
        "Liao",
        "Jia",
        "Xia",
        "Fu",
        "Fang",
        "Bai",
        "Zou",
        "Meng",
        "Xiong",
        "Qin",
        "Qiu",
        "Yin",
        "Xue",
        "Yan",
        "Duan",
        "Lei",
        "Hou",
        "Long",
        "Tao",
        "Gu",
        "Mao",
        "Hao",
        "Gong",
        "Shao",
        "Wan",
        "Qian",
        "Kong",
        "Xiang",
        "Chang",
        "Wen",
        "Kang",
        "Niu",
        "Ge",
        "Xing",
        "An",
        "Qi",
        "Qiao",
        "Pang",
        "Ni",
        "Zhuang",
        "Nie",
        "Yue",
        "Zhai",
        "Zhan",
        "Ou",
        "Geng",
        "Guan",
        "Lan",
        "Jiao",
        "Zuo",
        "Gan",
        "Bao",
        "Ning",
        "Shang",
        "Shu",
        "Ruan",
        "Ke",
        "Ji",
        "Mei",
        "Tong",
        "Ling",
        "Bi",
        "Pei",
        "Huo",
        "Tu",
        "Miao",
        "Sheng",
        "Qu",
        "Weng",
        "Ran",
        "Xin",
        "Chai",
        "Hua",
        "Pu",
        "Teng",
        "Rao",
        "Mou",
        "Ai",
        "Mu",
        "Nong",
        "Si",
        "Zhuo",
        "Jian",
        "Che",
        "Lian",
        "Mai",
        "Chu",
        "Lou",
        "Dou",
        "Cen",
        "Jing",
        "Dang",
        "Fei",
        "Bu",
        "Leng",
        "Xi",
        "Mi",
        "Zong",
        "Gui",
        "Quan",
        "Ying",
        "Zang",
        "Min",
        "Gou",
        "Bian",
        "Luan",
        "Sui",
        "Diao",
        "Sha",
        "Rong",
        "Kou",
        "Sang",
        "Lang",
        "Zhen",
        "Cong",
        "Ao",
        "Ming",
        "She",
        "Chi",
        "Kuang",
        "Ouyang",
        "Sima",
        "Shangguan",
        "Zhuge",
        "Dongfang",
        "Huangfu",
        "Murong",
        "Situ",
        "Xiahou",
        "Linghu",
        "Chan",
        "Wong",
        "Cheung",
        "Lee",
        "Leung",
        "Ho",
        "Ng",
        "Lau",
        "Tsang",
        "Chow",
        "Yip",
        "Kwok",
        "Tse",
        "Lam",
        "Chiu",
        "Fung",
        "Hui",
        "Kwan",
        "Lai",
        "Lo",
        "Mak",
        "Poon",
        "Siu",
        "Tam",
        "Tsui",
        "Yeung",
        "Yuen",
        "Hsu",
        "Tsai",
        "Kuo",
        "Hsieh",
        "Chiang",
        "Chung",
        "Kao",
        "Tseng",
        "Yeh",
        "Koo",
        "Soo",
        "Teo",
        "Goh",
        "Tay",
        "Ong",
        "Lim",
        "Tan",
        "Wee",
        "Chua",
        "Ang",
        "Khoo",
        "Foo",
        "Loh",
    ]
)
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)"
)
_PINYIN_GIVEN = regex.compile(r"(?i:" + _SYLLABLE + r"(?:-?" + _SYLLABLE + r")?)")
# Hong Kong / Taiwan given names: two syllables (pinyin, Wade-Giles or Cantonese) joined by a hyphen.
_ROMAN_SYLLABLE = (
    r"(?:zh|ch|sh|hs|ts|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|eung|ang|eng|ing|ong|ung|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|oi|ou|ua|ue|ui"
    r"|un|uo|am|im|um|ok|ik|ak|a|e|i|o|u|v)"
)
HYPHENATED_GIVEN = regex.compile(r"(?i:" + _ROMAN_SYLLABLE + "-" + _ROMAN_SYLLABLE + ")")
# Name particles that join the words of one name (Conan Mac Cúilriabhaigh, Ahmad Bin Yusof).
_PARTICLES = frozenset(
    {"Mac", "Mc", "Ó", "Ní", "Nic", "Uí", "Van", "Von", "De", "Da", "Di", "Del", "Bin", "Binti", "Ibn"}
    | {
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "le",
        "la",
        "dos",
        "das",
        "bin",
        "binti",
        "ibn",
    }
)
# Institution words: a capitalised run before one names a hospital or a school, not a person.
# Institution words and drug forms: a capitalised run before one names a hospital or a drug, not a person
# (Royal Papworth Hospital, Denileukin Diftitox Injection).
_NOT_AFTER_NAME = frozenset(
    {"Hospital", "Clinic", "Center", "Centre", "University", "College", "School", "Institute"}
    | {"Injection", "Tablet", "Tablets", "Capsule", "Capsules", "Spray", "Cream", "Ointment", "Solution"}
    | {"Patch", "Drops", "Inhaler", "Suspension", "Syrup", "Gel", "Lotion", "Infusion", "Suppositories"}
)
# Up to three lower-case words after a run, then a medical head word: an eponym (Hall Riggs mental
# retardation syndrome, Leri Weill dyschondrosteosis).
_LOWER_WORDS_AFTER = regex.compile(r"(?:[ \t]++(\p{Ll}++)){1,4}")
# A capitalised word right after a lower-case word or a comma is a proper noun (with Hope Obi).
_MID_SENTENCE = regex.compile(r"[\p{Ll},][ \t]++$")
# Endings of drug names (INN stems), organisms, diseases and clinical adjectives: an unlisted capitalised
# word with one is medicine, not a name (Klebsiella Pneumoniae, Fentanyl Transdermal, Mulibrey Nanism).
# Short endings also end names (Hussain, Tajammal), so they count only on long words.
_MEDICAL_ENDING = regex.compile(
    r"(?:mab|nib|pril|sartan|olol|statin|azole|cillin|mycin|cycline|floxacin|vir|dipine|prazole|tidine|parin"
    r"|gliptin|gliflozin|glutide|semide|thiazide|oxetine|pramine|azepam|zolam|codone|morphine|amine|idine"
    r"|ella|coccus|bacter|monas|myces|osis|itis|emia|aemia|oma|pathy|ectomy|otomy|ostomy|plasty|scopy|graphy"
    r"|gram|lysis|algia|plegia|trophy|uria|ism|gene|yl|vec|ase|ose|ae|ium|ation|ular|axia|plasia|pnoea|pnea"
    r"|ories|aries|[ctrlzxn]in|al|ic|ous|ary|ive|oid|ide|ates?|ol|one|ine|us)$"
)
_MIN_LENGTH = {"al": 10} | dict.fromkeys(
    ("ic", "ous", "ary", "ive", "oid", "ide", "ate", "ates", "ol", "one", "ine", "us", "ae"), 8
)
_MIN_LENGTH |= {f"{c}in": 8 for c in "ctrlzxn"}
# Words this frequent are never read as a name unless listed; rarer common words (Zac, Conan) may start a
# name whose other words are unknown.
VERY_COMMON = 5000
# A dose or count after a capitalised run makes it a drug (Panadol Osteo 665 mg).
_DOSE_AFTER = regex.compile(r"[ \t]*+\d")
COMMON_WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "en_common_words.txt.gz"


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames of the gazetteer locales (Faker's person providers)."""
    given: set[str] = set()
    surnames: set[str] = set()
    for locale in GAZETTEER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            given.update(getattr(provider, attribute, ()))
        surnames.update(getattr(provider, "last_names", ()))
    keep = {name for name in given | surnames if name.isalpha() or "-" in name or "'" in name}
    return frozenset(given & keep), frozenset(surnames & keep)


@cache
def common_words() -> tuple[str, ...]:
    """wordfreq's most frequent English words, lower-cased, most frequent first (``medgate.tools.phi_wordlist``
    writes them)."""
    with gzip.open(COMMON_WORDS_FILE, "rt", encoding="utf-8") as stream:
        return tuple(stream.read().split())


@cache
def common_word_set() -> frozenset[str]:
    """``common_words()`` as a set, built once for every recognizer that asks."""
    return frozenset(common_words())


@cache
def very_common_words() -> frozenset[str]:
    """The ``VERY_COMMON`` most frequent of them."""
    return frozenset(common_words()[:VERY_COMMON])


def _bare(word: str) -> str:
    """The word without a possessive ending."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


class EnglishNameRecognizer(ScanRecognizer):
    """PERSON spans from runs of capitalised words, by name lists and the words before them."""

    SCORE = 0.75

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="EnglishNameRecognizer", supported_language="en")
        self._given, self._surnames = name_lists()
        self._common = common_word_set()
        self._very_common = very_common_words()

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        """Names in every run of capitalised words of the text."""
        results: list[RecognizerResult] = []
        for run in (_RUN_ASCII if text.isascii() else _RUN).finditer(text):
            group = run.group()
            if group.rstrip(".") in _STOP:
                continue  # one stop word ("The", "Mr."): the common case, and the cheap one
            at = run.start()
            if " " in group or "\t" in group:
                span = self._name_in_run(text, [(at + m.start(), at + m.end()) for m in _TOKEN.finditer(group)])
                if span is None:
                    continue
            else:  # one word (words are separated by spaces or tabs only): _name_in_run's first case, inline
                token = _bare(group).rstrip(".")
                if token in _STOP or token in EN_EPONYMS or len(token) < 2 or not self._introduced(text, at):
                    continue
                span = at, run.end()
            start, end = span
            last_first = _LAST_FIRST.match(text, end)
            if last_first and last_first.group(1).rstrip(".") in self._given:
                end = last_first.end()  # Miller, Nancy
            if _HEAD_AFTER.match(text, end) or _HEAD_AFTER.match(text, end - 2) or self._eponym_later(text, end):
                continue  # Parkinson disease, Murphy's sign
            if _GROUP_WORD.search(text[start:end]) or _GROUP_AFTER.match(text, end):
                continue  # Dear Patient Liaison Team, the Acute Pain Service
            results.append(RecognizerResult("PERSON", start, end, self.SCORE))
        return results

    def _name_in_run(self, text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The [start, end) of the name in a run of capitalised words, if the run holds one."""
        tokens = [_bare(text[s:e]).rstrip(".") for s, e in words]
        if len(tokens) == 1:
            # One word (a third of all runs, most of them a sentence's first word): of the rules below only
            # the introduced word can hold (the others need a second word), so it is the only one tried.
            token = tokens[0]
            if token in _STOP or token in EN_EPONYMS or len(token) < 2:
                return None
            return words[0] if self._introduced(text, words[0][0]) else None
        for i, token in enumerate(tokens):
            if token in _STOP and token not in self._given:
                continue
            rest = [t for t in tokens[i + 1 : i + 3] if t not in _STOP]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            # a given name that is also a stop word (My, An) starts a name only before a listed surname
            given = (
                token in self._given and token not in _AMBIGUOUS_GIVEN and (token not in _STOP or nxt in self._surnames)
            )
            if given and nxt and nxt not in _STOP:
                return self._extend(words, tokens, i)
            if nxt in self._surnames and nxt not in _STOP and token not in _STOP:
                return self._extend(words, tokens, i)
            if self._romanised(token, nxt):
                return words[i][0], words[i + 1][1]
            if unlisted := self._unlisted_run(text, words, tokens, i):
                return unlisted
            if i == 0 and 2 <= len(tokens) <= 3 and all(self._may_be_name(t) for t in tokens):
                start, end = words[0][0], words[-1][1]
                if _SUBJECT_OF.match(text, end) or (
                    _FIELD_START.search(text, max(0, start - 8), start) and _FIELD_END.match(text, end)
                ):
                    return start, end
            after_title = i > 0 and tokens[i - 1].lower() in _TITLES | _INTRODUCERS  # Wife Zac Gubben
            plain = token not in _STOP and token not in EN_EPONYMS and len(token) > 1
            if plain and (after_title or (i == 0 and self._introduced(text, words[0][0]))):
                return self._extend(words, tokens, i) if rest else (words[i][0], words[i][1])
        return None

    def _unlisted_run(
        self, text: str, words: list[tuple[int, int]], tokens: list[str], i: int
    ) -> tuple[int, int] | None:
        """Two to four name-like words from word i, one of them neither listed nor a common English word;
        the others listed, particles or not very common words."""
        unlisted = False
        end = i
        while end < len(tokens) and end - i < 4:
            token, lowered = tokens[end], tokens[end].lower()
            if (token in _PARTICLES and end > i) or token in self._given or token in self._surnames:
                end += 1
                continue
            common = self._is_word(lowered, self._common)
            if token in _STOP or len(token) < 2 or (common and (end > i or not self._may_start(text, words, i))):
                break
            if self._is_medical(lowered):
                return None
            unlisted = unlisted or not common
            end += 1
        if end < len(tokens) and tokens[end] in _NOT_AFTER_NAME:
            return None
        while end > i and tokens[end - 1] in _PARTICLES:
            end -= 1
        if not unlisted or end - i < 2 or _DOSE_AFTER.match(text, words[end - 1][1]):
            return None
        return words[i][0], words[end - 1][1]

    def _may_start(self, text: str, words: list[tuple[int, int]], i: int) -> bool:
        """Whether a common word may start a name: it is not among the most frequent words, or it follows a
        lower-case word or a comma (capitalised mid-sentence: a proper noun)."""
        lowered = text[words[i][0] : words[i][1]].lower()
        return not self._is_word(lowered, self._very_common) or bool(
            _MID_SENTENCE.search(text, max(0, words[i][0] - 24), words[i][0])
        )

    def _may_be_name(self, token: str) -> bool:
        """Not a stop word or initial, and listed or not one of the most frequent English words."""
        if token in _STOP or len(token) < 2:
            return False
        return token in self._given or token in self._surnames or not self._is_word(token.lower(), self._very_common)

    @staticmethod
    def _is_word(lowered: str, words: frozenset[str]) -> bool:
        """A word of the list, or hyphenated words of it (Extended-Release)."""
        return all(part in words for part in lowered.split("-"))

    def _eponym_later(self, text: str, end: int) -> bool:
        """Whether lower-case words that are not stop words lead from the run to a medical head word or a
        word with a disease ending."""
        after = _LOWER_WORDS_AFTER.match(text, end)
        for word in after.captures(1) if after else ():
            if word in _HEADS or self._is_medical(word):
                return True
            if word in STOP_WORDS:
                return False
        return False

    @staticmethod
    def _is_medical(lowered: str) -> bool:
        """Whether an unlisted word (or a part of a hyphenated one) ends like a drug, organism, disease or
        clinical adjective."""
        for part in lowered.split("-"):
            ending = _MEDICAL_ENDING.search(part)
            if ending is not None and len(part) >= _MIN_LENGTH.get(ending.group(), 0):
                return True
        return False

    @staticmethod
    def _introduced(text: str, start: int) -> bool:
        """Whether a word that introduces a person (patient, son, Dear, my name is) comes right before."""
        words = text[max(0, start - 40) : start].rstrip(" \t:,.").lower().split()
        if not words or words[-1] not in _INTRODUCER_ENDS:
            return False  # no introducer ends in the last word (most words): no join can be one
        return any(" ".join(words[-n:]) in _INTRODUCERS for n in (1, 2, 3) if len(words) >= n)

    def _extend(self, words: list[tuple[int, int]], tokens: list[str], i: int) -> tuple[int, int]:
        """From word i over up to three more name words (given, initial, surname, second surname)."""
        end = i
        for j in range(i + 1, min(len(tokens), i + 4)):
            if tokens[j] in _STOP and tokens[j] not in self._surnames:
                break
            end = j
        return words[i][0], words[end][1]

    @staticmethod
    def _romanised(first: str, second: str) -> bool:
        """Wang Xiaoming or Xiaoming Wang: one pinyin surname and one pinyin given name."""
        if not second:
            return False
        if first in PINYIN_SURNAMES and _PINYIN_GIVEN.fullmatch(second):
            return True
        if "-" in second and first not in _STOP and HYPHENATED_GIVEN.fullmatch(second):
            return True  # Chia Ying-chun, Chan Tai-man
        return second in PINYIN_SURNAMES and bool(_PINYIN_GIVEN.fullmatch(first)) and len(first) > 3


def english_name_recognizers() -> list[EnglishNameRecognizer]:
    """The name-list recognizer (titles and labels are in ``recognizers_en.person_name``)."""
    return [EnglishNameRecognizer()]
