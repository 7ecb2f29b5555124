"""Write synthetic clinical notes with labelled PHI for the PHI detector's evaluation.

    python -m medgate.tools.phi_notes [--out medgate/tools/data] [--per-template 15] [--sealed-seed N]

Five splits that share no template and no style:

* ``tuning``: one plain narrative style per language; the detector was developed against these.
* ``heldout``: free narrative, lists, letters, dialogue, referral forms and mixed-language notes,
  written after the first detector; two draws of its values led to fixes, so it is no longer unseen.
* ``sealed``: nursing handovers, discharge summaries, telephone triage, insurance claim forms,
  family chat messages and notes that cross scripts, with name and address sources neither other split
  uses (below). Written before the second round of detector changes; its first draw was run once to give
  the first-look figures, and the figures after changes come from a fresh draw (``--sealed-seed``).
* ``fresh``: clinic letters, consent and critical-condition forms, nursing records, reminders and patients'
  messages, transfer and follow-up records (``FRESH``), written after round 5 by an engineer who did not
  write its cues or read its patterns (only the list of example cues in its commit message), with the
  sealed split's value sources: fresh draws of the sealed split re-test its sentences, these do not.
* ``fresh2``: prescription slips, pathology and imaging requests, pharmacy dispensing records, telehealth
  transcripts, ambulance run sheets, death and birth certificate drafts, school and occupational health notes and
  complaint letters (``FRESH2``), 16 templates per language, written blind on 2026-12-02 (about 00:30 UTC) by an
  engineer who read none of the detector's code, notes, lists, tests or commit messages about PHI rules, and run
  once (seed 1796171282, from `date +%s` at writing) before any change. Values come from ``Fresh2Source``: the
  sealed split's sources plus medicine no other split draws (other eponyms, brand names, laboratory values),
  Hong Kong identity-card numbers (``A123456(3)``) and Taiwanese national IDs (labelled ``NATIONAL_ID``, a type
  no other split has), Hong Kong and Taiwanese telephones, a second relative and names printed SURNAME, Given.
  These values are drawn after the sealed ones, so the other splits render byte for byte as before.

Names and addresses also come from different sources per split: tuning uses Faker's en_US/en_GB names
(the locales the detector's name lists are built from) and Faker zh_CN addresses; held-out uses en_IE,
en_NZ and en_IN names, romanised Chinese names and addresses composed here; sealed uses en_AU, en_CA,
en_TH, en_PK, en_KE, en_NG, id_ID and ga_IE names, English given names with Cantonese/Hokkien/pinyin
surnames, Hong Kong/Taiwan romanisations, zh_TW and zh_CN names from other seeds, en_AU/en_CA addresses
and Australian, New Zealand, Canadian, Taiwanese, Hong Kong and autonomous-region addresses composed
here. Every value is fictitious.
Each row: id, split, style, lang, text, spans (type, start, end, lang of the value) and keep (medical
terms, drugs and clinical numbers that must survive redaction).
"""

import argparse
import datetime
import json
import random
from collections.abc import Callable
from pathlib import Path

import regex
from faker import Faker
from stdnum import luhn
from stdnum.cn import ric

Values = dict[str, tuple[str, str, str]]  # slot -> (text, PHI type or KEEP kind, language of the value)

EN_EPONYMS = (
    "Parkinson's disease",
    "Hodgkin lymphoma",
    "Crohn's disease",
    "Down syndrome",
    "an Apgar score of 9",
    "a Glasgow Coma Scale of 14",
    "a positive Babinski sign",
    "a Whipple procedure",
    "Hashimoto's thyroiditis",
    "a positive Murphy's sign",
    "Alzheimer's disease",
    "Cushing syndrome",
)
ZH_EPONYMS = (
    "帕金森病",
    "阿尔茨海默病",
    "霍奇金淋巴瘤",
    "克罗恩病",
    "唐氏综合征",
    "桥本甲状腺炎",
    "墨菲征阳性",
    "巴宾斯基征阴性",
    "格拉斯哥昏迷评分14分",
    "阿普加评分9分",
    "库欣综合征",
    "川崎病",
)
EN_DRUGS = ("metformin 500 mg twice daily", "atorvastatin 20 mg", "lisinopril 10 mg", "aspirin 81 mg", "warfarin 5 mg")
ZH_DRUGS = ("二甲双胍0.5g每日两次", "阿托伐他汀钙片20mg", "氨氯地平5mg", "阿司匹林肠溶片100mg", "甘精胰岛素12单位")
EN_NUMBERS = ("BP 142/88 mmHg", "HbA1c 7.4%", "WBC 11.2 x10^9/L", "creatinine 1.3 mg/dL", "SpO2 94% on room air")
ZH_NUMBERS = ("血压142/88mmHg", "糖化血红蛋白7.4%", "白细胞11.2×10^9/L", "肌酐115μmol/L", "血氧饱和度94%")
ROADS = (
    "人民路",
    "解放路",
    "中山路",
    "建设路",
    "和平街",
    "胜利大街",
    "长江路",
    "青年路",
    "文化路",
    "新华街",
    "滨江大道",
)
ESTATES = ("阳光花园", "锦绣小区", "翠苑", "金色家园", "幸福里小区", "丽景公寓", "华庭小区")
PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Zhou", "Xu", "Sun", "Guo", "Xiao", "Tang", "Deng")
PINYIN_GIVEN = ("Xiaoming", "Siyuan", "Wanqing", "Jianguo", "Meiling", "Hao", "Yifan", "Zihan", "Jun", "Lihua")


class Source:
    """Fictitious values for one split."""

    def __init__(self, split: str, rng: random.Random) -> None:
        self.rng = rng
        self.heldout = split == "heldout"
        locales = ("en_IE", "en_NZ", "en_IN") if self.heldout else ("en_US", "en_GB")
        self.en = [Faker(locale) for locale in locales]
        self.en_address_faker = [Faker(locale) for locale in (("en_IE", "en_NZ") if self.heldout else ("en_US",))]
        self.zh = Faker("zh_CN")
        for n, faker in enumerate((*self.en, *self.en_address_faker, self.zh)):
            faker.seed_instance(rng.randrange(1 << 30) + n)

    def en_name(self) -> str:
        if self.heldout and self.rng.random() < 0.2:
            given, surname = self.rng.choice(PINYIN_GIVEN), self.rng.choice(PINYIN_SURNAMES)
            return f"{given} {surname}" if self.rng.random() < 0.5 else f"{surname} {given}"
        faker = self.rng.choice(self.en)
        return f"{faker.first_name()} {faker.last_name()}"

    def zh_name(self) -> str:
        return self.zh.name()

    def en_address(self) -> str:
        faker = self.rng.choice(self.en_address_faker)
        return faker.address().replace("\n", ", ")

    def zh_address(self) -> str:
        z, r = self.zh, self.rng
        if not self.heldout:
            return z.address().rsplit(" ", 1)[0]
        head = f"{z.province()}{z.city_name()}市{z.district()}区"
        if r.random() < 0.3:
            county = f"{r.choice('东西南北')}{r.choice('安宁平')}县{r.choice('石桥柳河')}镇"
            return f"{z.province()}{z.city_name()}市{county}{r.choice(('李家', '王庄', '新河'))}村{r.randint(1, 9)}组"
        if r.random() < 0.5:
            return f"{head}{r.choice(ROADS)}{r.randint(1, 399)}号"
        return (
            f"{head}{r.choice(ESTATES)}{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室"
        )

    def resident_id(self) -> str:
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=self.rng.randrange(30000))
        body = f"{self.rng.choice(('110105', '310104', '440305', '510107'))}{born:%Y%m%d}{self.rng.randrange(1000):03d}"
        return body + ric.calc_check_digit(body + "0")

    def cn_mobile(self) -> str:
        number = f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"
        style = self.rng.random()
        return number if style < 0.6 else f"{number[:3]} {number[3:7]} {number[7:]}" if style < 0.8 else f"+86 {number}"

    def us_phone(self) -> str:
        a, b, c = self.rng.randint(201, 989), self.rng.randint(200, 999), self.rng.randrange(10000)
        return self.rng.choice((f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"+1 {a} {b} {c:04d}"))

    def ssn(self) -> str:
        return f"{self.rng.randint(101, 665)}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}"

    def mrn(self) -> str:
        return self.rng.choice(("", "MR", "ZY", "H")) + f"{self.rng.randrange(10**8):08d}"

    def bank_card(self) -> str:
        body = "62" + "".join(str(self.rng.randrange(10)) for _ in range(15))
        return body + luhn.calc_check_digit(body)

    def email(self) -> str:
        return self.rng.choice(self.en).email()

    def dob_en(self) -> str:
        born = datetime.date(1935, 1, 1) + datetime.timedelta(days=self.rng.randrange(30000))
        return self.rng.choice((f"{born:%m/%d/%Y}", f"{born:%B} {born.day}, {born.year}", f"{born:%Y-%m-%d}"))

    def dob_zh(self) -> str:
        born = datetime.date(1935, 1, 1) + datetime.timedelta(days=self.rng.randrange(30000))
        return self.rng.choice((f"{born.year}年{born.month}月{born.day}日", f"{born:%Y-%m-%d}"))

    def values(self) -> Values:
        """One fictitious person's values, plus medical terms to keep."""
        r = self.rng
        return {
            "en_name": (self.en_name(), "PERSON", "en"),
            "en_rel": (self.en_name(), "PERSON", "en"),
            "zh_name": (self.zh_name(), "PERSON", "zh"),
            "zh_rel": (self.zh_name(), "PERSON", "zh"),
            "en_addr": (self.en_address(), "ADDRESS", "en"),
            "zh_addr": (self.zh_address(), "ADDRESS", "zh"),
            "rid": (self.resident_id(), "CN_RESIDENT_ID", "zh"),
            "mobile": (self.cn_mobile(), "PHONE", "zh"),
            "phone": (self.us_phone(), "PHONE", "en"),
            "ssn": (self.ssn(), "SSN", "en"),
            "mrn": (self.mrn(), "MEDICAL_RECORD_NO", "any"),
            "card": (self.bank_card(), "BANK_CARD", "zh"),
            "email": (self.email(), "EMAIL", "any"),
            "dob_en": (self.dob_en(), "DATE_OF_BIRTH", "en"),
            "dob_zh": (self.dob_zh(), "DATE_OF_BIRTH", "zh"),
            "age": (str(r.randint(19, 92)), "KEEP:number", "any"),
            "en_epo": (r.choice(EN_EPONYMS), "KEEP:eponym", "en"),
            "zh_epo": (r.choice(ZH_EPONYMS), "KEEP:eponym", "zh"),
            "en_drug": (r.choice(EN_DRUGS), "KEEP:drug", "en"),
            "zh_drug": (r.choice(ZH_DRUGS), "KEEP:drug", "zh"),
            "en_num": (r.choice(EN_NUMBERS), "KEEP:number", "en"),
            "zh_num": (r.choice(ZH_NUMBERS), "KEEP:number", "zh"),
        }


# Values only the sealed split uses: medicine that looks like a name (brands, eponyms), other name
# sources and address forms.
SEALED_EN_KEEP = {
    "eponym": (
        "Graves' disease",
        "Bell's palsy",
        "Addison's disease",
        "Raynaud phenomenon",
        "a positive Kernig's sign",
        "Barrett's oesophagus",
        "Guillain-Barré syndrome",
        "Wilson disease",
        "Paget's disease of bone",
        "Kaposi sarcoma",
        "Ménière's disease",
        "a Wells score of 4",
    ),
    "drug": (
        "Panadol 1 g four times daily",
        "Endone 5 mg PRN",
        "Clexane 40 mg daily",
        "Augmentin Duo Forte",
        "Ventolin 2 puffs PRN",
        "Lasix 40 mg mane",
        "Somac 40 mg",
        "Eliquis 5 mg BD",
    ),
    "number": ("GCS 15", "temp 38.4 C", "RR 22", "K+ 3.1 mmol/L", "eGFR 48", "INR 2.6", "Hb 98 g/L", "NEWS 5"),
}
SEALED_ZH_KEEP = {
    "eponym": (
        "格林-巴利综合征",
        "雷诺现象",
        "白塞病",
        "巴雷特食管",
        "桥本病",
        "贝尔面瘫",
        "艾迪生病",
        "威尔逊病",
        "梅尼埃病",
        "佩吉特病",
    ),
    "drug": (
        "连花清瘟胶囊4粒",
        "布洛芬缓释胶囊0.3g",
        "速效救心丸10粒",
        "安宫牛黄丸1丸",
        "头孢克肟分散片",
        "硝苯地平控释片30mg",
        "速尿20mg静推",
        "低分子肝素钙4100IU",
    ),
    "number": ("体温38.6℃", "心率112次/分", "血钾3.1mmol/L", "血红蛋白98g/L", "GCS评分15分", "尿量1200ml", "SpO2 91%"),
}
SOUTHERN_SURNAMES = ("Chan", "Ng", "Tsang", "Lau", "Yeung", "Teo", "Koh", "Chia", "Lim", "Wong", "Cheung", "Leung")
HK_GIVEN = ("Tai-man", "Mei-hua", "Ying-chun", "Ka-wai", "Siu-ling", "Chi-keung", "Wing-yan", "Hsiao-wen", "Kuan-yu")
AU_SUBURBS = (
    "Parramatta NSW 2150",
    "Kellyville NSW 2155",
    "Fitzroy VIC 3065",
    "Toowong QLD 4066",
    "Subiaco WA 6008",
    "Glenelg SA 5045",
    "Belconnen ACT 2617",
    "Sandy Bay TAS 7005",
)
NZ_SUBURBS = (
    "Papatoetoe, Auckland 2025",
    "Rototuna, Hamilton 3210",
    "Karori, Wellington 6012",
    "Riccarton, Christchurch 8041",
    "Mount Maunganui 3116",
    "Ōtāhuhu, Auckland 1062",
)
CA_TOWNS = ("Kelowna, BC V1Y 2T3", "Moncton, NB E1C 4B7", "Halifax, NS B3H 1Y2", "Red Deer, AB T4N 5E1")
STREET_NAMES = ("Banksia", "Kowhai", "Wattle", "Harbour", "Jacaranda", "Totara", "Maple", "Ironbark", "Rimu", "Kauri")
STREET_TYPES = (
    "Street",
    "Road",
    "Crescent",
    "Circuit",
    "Parade",
    "Esplanade",
    "Promenade",
    "Heights",
    "Glade",
    "Track",
    "Ridge",
    "Vista",
    "Chase",
    "Outlook",
    "Boulevard",
    "Highway",
)
TW_CITIES = ("臺北市大安區", "新北市板橋區", "臺中市西屯區", "高雄市苓雅區", "桃園市中壢區")
TW_ROADS = ("忠孝東路", "復興南路", "中山北路", "文心路", "民族路")
HK_PLACES = ("九龍旺角彌敦道", "香港島灣仔軒尼詩道", "新界沙田大圍道", "九龍觀塘開源道")
REGION_PLACES = (
    "广西壮族自治区南宁市青秀区",
    "内蒙古自治区呼和浩特市赛罕区",
    "新疆维吾尔自治区乌鲁木齐市天山区",
    "宁夏回族自治区银川市兴庆区",
)


class SealedSource(Source):
    """Values for the sealed split: name and address sources the detector's lists and rules were not
    built from, and medicine (brand names, other eponyms) that looks like names."""

    EN_LOCALES = ("en_AU", "en_CA", "en_TH", "en_PK", "en_KE", "en_NG", "id_ID", "ga_IE")

    def __init__(self, rng: random.Random) -> None:
        super().__init__("heldout", rng)
        self.en = [Faker(locale) for locale in self.EN_LOCALES]
        self.en_address_faker = [Faker(locale) for locale in ("en_AU", "en_CA")]
        self.zh_fakers = [Faker("zh_CN"), Faker("zh_TW")]
        for n, faker in enumerate((*self.en, *self.en_address_faker, *self.zh_fakers)):
            faker.seed_instance(rng.randrange(1 << 30) + n)
        self.zh = self.zh_fakers[0]

    def en_name(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.15:
            return f"{self.en[0].first_name()} {r.choice(SOUTHERN_SURNAMES)}"  # Kevin Lau
        if roll < 0.25:
            return f"{r.choice(SOUTHERN_SURNAMES)} {r.choice(HK_GIVEN)}"  # Chan Tai-man
        faker = r.choice(self.en)
        return f"{faker.first_name()} {faker.last_name()}"

    def zh_name(self) -> str:
        return self.rng.choice(self.zh_fakers).name()

    def en_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return r.choice(self.en_address_faker).address().replace("\n", ", ")
        street = f"{r.randint(1, 240)} {r.choice(STREET_NAMES)} {r.choice(STREET_TYPES)}"
        unit = r.choice(
            ("", "", f"Unit {r.randint(1, 12)}/", f"Level {r.randint(2, 14)}, ", f"Flat {r.randint(1, 9)}, ")
        )
        street = unit + street
        town = r.choice((AU_SUBURBS, NZ_SUBURBS, CA_TOWNS))
        return f"{street}, {r.choice(town)}"

    def zh_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return self.zh_fakers[1].address()
        if roll < 0.45:
            road = f"{r.choice(TW_CITIES)}{r.choice(TW_ROADS)}{r.randint(1, 3)}段"
            return f"{road}{r.randint(1, 300)}號{r.randint(2, 15)}樓"
        if roll < 0.6:
            return f"香港{r.choice(HK_PLACES)}{r.randint(1, 700)}號{r.randint(2, 30)}樓{r.choice('ABCD')}室"
        if roll < 0.8:
            road = f"{r.choice(REGION_PLACES)}{r.choice(('民主', '友爱', '朝阳', '北京'))}路"
            return f"{road}{r.randint(1, 200)}号院{r.randint(1, 12)}号楼"
        district = self.zh.district()
        street = f"{self.zh.city_name()}市{district}区{r.choice(('长寿', '金桥', '梅园'))}街道"
        return f"{street}{r.randint(1, 88)}弄{r.randint(1, 40)}号"

    def values(self) -> Values:
        """One person's values with the sealed split's medicine and an insurance number."""
        values = super().values()
        r = self.rng
        for lang, keep in (("en", SEALED_EN_KEEP), ("zh", SEALED_ZH_KEEP)):
            for kind, choices in keep.items():
                slot = {"eponym": "epo", "drug": "drug", "number": "num"}[kind]
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        values["ins"] = (f"{r.randint(2000, 6999)} {r.randrange(10**5):05d} {r.randint(1, 9)}", "INSURANCE_ID", "any")
        return values


# Values only the fifth split (fresh2) adds: medicine the earlier splits never drew (other eponyms, brand names,
# other laboratory values), Hong Kong and Taiwan identity-card numbers and telephone forms, a second relative
# and names written the way forms and drug labels print them (SURNAME, Given).
FRESH2_EN_KEEP = {
    "eponym": (
        "Sjögren's syndrome",
        "Marfan syndrome",
        "Huntington's disease",
        "Stevens-Johnson syndrome",
        "Meckel's diverticulum",
        "Horner's syndrome",
        "Turner syndrome",
        "Still's disease",
        "Tourette syndrome",
        "tetralogy of Fallot",
        "Burkitt lymphoma",
        "Ewing sarcoma",
        "Dupuytren's contracture",
        "Osgood-Schlatter disease",
    ),
    "drug": (
        "Keflex 500 mg QID",
        "Zofran 4 mg ODT",
        "Norvasc 5 mg daily",
        "Xarelto 20 mg with dinner",
        "Ozempic 0.5 mg weekly",
        "Lipitor 40 mg nocte",
        "Januvia 100 mg",
        "Synthroid 75 mcg",
        "tramadol 50 mg PRN",
        "an EpiPen 0.3 mg",
    ),
    "number": (
        "PT 13.2 s",
        "Na 134 mmol/L",
        "troponin 0.08 ng/mL",
        "BMI 31.2",
        "LDL 3.6 mmol/L",
        "platelets 89 x10^9/L",
        "glucose 13.8 mmol/L",
        "peak flow 310 L/min",
    ),
}
FRESH2_ZH_KEEP = {
    "eponym": (
        "干燥综合征",
        "马方综合征",
        "亨廷顿舞蹈病",
        "史蒂文斯-约翰逊综合征",
        "梅克尔憩室",
        "霍纳综合征",
        "特纳综合征",
        "斯蒂尔病",
        "尼曼-匹克病",
        "法洛四联症",
        "伯基特淋巴瘤",
        "尤文肉瘤",
    ),
    "drug": (
        "拜新同30mg每日一次",
        "波立维75mg",
        "立普妥20mg每晚",
        "络活喜5mg",
        "格华止0.5g",
        "泰诺林0.65g",
        "达格列净片10mg",
        "奥司他韦75mg每日两次",
        "优甲乐50μg",
        "硝酸甘油0.5mg舌下含服",
    ),
    "number": (
        "肌钙蛋白0.08ng/ml",
        "血钠134mmol/L",
        "BMI 31.2",
        "低密度脂蛋白3.6mmol/L",
        "血小板89×10^9/L",
        "随机血糖13.8mmol/L",
        "凝血酶原时间13.2秒",
        "呼吸22次/分",
    ),
}
TW_ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the order of their codes (I=34, O=35)


class Fresh2Source(SealedSource):
    """Values for the fifth split: the sealed split's sources, other medicine to keep, and value forms of
    Hong Kong, Taiwan and printed forms. Draws after the sealed values, so earlier splits are unchanged."""

    def en_inverted(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            return f"{r.choice(SOUTHERN_SURNAMES).upper()}, {r.choice(HK_GIVEN)}"  # CHAN, Tai-man
        faker = r.choice(self.en)
        return f"{faker.last_name().upper()}, {faker.first_name()}"

    def hkid(self) -> str:
        r = self.rng
        prefix = r.choice(("", "", "", "X", "W")) + r.choice("ACDEGHKMPRVYZ")
        digits = f"{r.randrange(10**6):06d}"
        values = [36 if len(prefix) == 1 else ord(prefix[0]) - 55, ord(prefix[-1]) - 55, *map(int, digits)]
        check = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) % 11) % 11
        return f"{prefix}{digits}({'A' if check == 10 else check})"

    def tw_id(self) -> str:
        r = self.rng
        letter = r.choice(TW_ID_LETTERS)
        code = TW_ID_LETTERS.index(letter) + 10
        body = [r.choice((1, 2)), *(r.randrange(10) for _ in range(7))]
        total = code // 10 + (code % 10) * 9 + sum(d * w for d, w in zip(body, range(8, 0, -1), strict=True))
        return f"{letter}{''.join(map(str, body))}{(10 - total % 10) % 10}"

    def hk_phone(self) -> str:
        number = f"{self.rng.choice('5679')}{self.rng.randrange(10**7):07d}"
        return self.rng.choice((f"{number[:4]} {number[4:]}", f"+852 {number[:4]} {number[4:]}", number))

    def tw_mobile(self) -> str:
        digits = f"09{self.rng.randrange(10**8):08d}"
        return self.rng.choice((f"{digits[:4]}-{digits[4:7]}-{digits[7:]}", digits, f"+886 {digits[1:4]} {digits[4:]}"))

    def values(self) -> Values:
        """One person's values with the fifth split's medicine and value forms."""
        values = super().values()
        r = self.rng
        for lang, keep in (("en", FRESH2_EN_KEEP), ("zh", FRESH2_ZH_KEEP)):
            for kind, choices in keep.items():
                slot = {"eponym": "epo", "drug": "drug", "number": "num"}[kind]
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        values["en_rel2"] = (self.en_name(), "PERSON", "en")
        values["zh_rel2"] = (self.zh_name(), "PERSON", "zh")
        values["en_inv"] = (self.en_inverted(), "PERSON", "en")
        values["hkid"] = (self.hkid(), "NATIONAL_ID", "zh")
        values["tw_id"] = (self.tw_id(), "NATIONAL_ID", "zh")
        values["hk_phone"] = (self.hk_phone(), "PHONE", "zh")
        values["tw_mobile"] = (self.tw_mobile(), "PHONE", "zh")
        return values


TUNING: dict[str, dict[str, list[str]]] = {
    "narrative_tuning": {
        "en": [
            "Patient {en_name}, {age} years old, MRN {mrn}, was admitted with chest pain. History of {en_epo}. "
            "Phone {phone}, lives at {en_addr}. {en_num}. Started {en_drug}.",
            "{en_name} (DOB {dob_en}) came in with his wife {en_rel}. SSN {ssn}. Known {en_epo}; {en_num}.",
        ],
        "zh": [
            "患者{zh_name}，男，{age}岁，住院号{mrn}，因胸痛入院。既往{zh_epo}。手机{mobile}，家住{zh_addr}。{zh_num}，予{zh_drug}。",
            "{zh_name}，女，{age}岁，身份证号{rid}，由其女儿{zh_rel}陪同就诊。{zh_epo}病史。{zh_num}。",
        ],
    },
}
HELDOUT: dict[str, dict[str, list[str]]] = {
    "narrative": {
        "en": [
            "{age}-year-old woman seen today. {en_name} reports three days of fever after visiting her brother "
            "{en_rel}. She has {en_epo}. Exam notable for {en_num}. Continue {en_drug}. Reachable at {phone}.",
            "Seen in clinic with {en_rel}, who is the patient's daughter and main carer. {en_name} has been more "
            "confused since Sunday; background of {en_epo}. Home address {en_addr}.",
        ],
        "zh": [
            "今日{zh_name}来诊，诉发热三天，其丈夫{zh_rel}代诉病情。既往{zh_epo}，{zh_num}，继续{zh_drug}。现住{zh_addr}。",
            "{zh_name}女士{age}岁，三天前于{zh_addr}家中跌倒，{zh_rel}发现后送来。{zh_epo}多年，{zh_num}。",
        ],
    },
    "list": {
        "en": [
            "- Name: {en_name}\n- DOB: {dob_en}\n- MRN: {mrn}\n- Next of kin: {en_rel} ({phone})\n"
            "- Address: {en_addr}\n- Problems: {en_epo}; {en_num}\n- Meds: {en_drug}",
            "* {en_name}, {age}y\n* Contact: {email}\n* SSN {ssn}\n* Dx: {en_epo}\n* Labs: {en_num}",
        ],
        "zh": [
            "· 姓名：{zh_name}\n· 出生日期：{dob_zh}\n· 病案号：{mrn}\n· 联系人：{zh_rel} {mobile}\n"
            "· 住址：{zh_addr}\n· 诊断：{zh_epo}\n· 用药：{zh_drug}",
            "1. {zh_name}，{age}岁\n2. 身份证{rid}\n3. 银行卡{card}\n4. {zh_epo}\n5. {zh_num}",
        ],
    },
    "letter": {
        "en": [
            "Dear Dr Walsh,\n\nThank you for seeing {en_name}, whom I reviewed on Monday regarding {en_epo}. "
            "{en_num}. Current medication: {en_drug}. Her son {en_rel} can be contacted on {phone}.\n\n"
            "Yours sincerely,\nClinic nurse",
            "To whom it may concern,\n\nThis letter confirms that {en_name} of {en_addr} attended our unit "
            "for {en_epo}. Please direct questions to {email}.",
        ],
        "zh": [
            "尊敬的王主任：\n\n兹介绍{zh_name}前来贵院就诊。患者{zh_epo}，{zh_num}，目前服用{zh_drug}。"
            "家属{zh_rel}联系电话{mobile}。\n\n此致\n敬礼",
            "证明\n\n兹证明{zh_name}（身份证号{rid}），住{zh_addr}，因{zh_epo}于我院治疗。特此证明。",
        ],
    },
    "dialogue": {
        "en": [
            "Nurse: Can I have your full name?\nPatient: It's {en_name}.\nNurse: And a number to reach you?\n"
            "Patient: {phone}. My husband {en_rel} usually answers.\nNurse: Any conditions?\nPatient: {en_epo}.",
            "Doctor: Who came with you today?\nPatient: {en_rel}, my sister. I'm {en_name}.\n"
            "Doctor: Your {en_num}, so we'll keep {en_drug}.",
        ],
        "zh": [
            "护士：请问您叫什么名字？\n患者：{zh_name}。\n护士：联系电话呢？\n患者：{mobile}，打不通就找我儿子{zh_rel}。\n"
            "医生：以前有什么病？\n患者：{zh_epo}。",
            "医生：谁陪您来的？\n患者：我老伴{zh_rel}。\n医生：{zh_num}，{zh_drug}继续吃。\n患者：好的，我是{zh_name}，记一下。",
        ],
    },
    "referral": {
        "en": [
            "REFERRAL FORM\nPatient: {en_name}    Date of birth: {dob_en}\nHospital number: {mrn}\n"
            "Address: {en_addr}\nReason: {en_epo}, {en_num}\nReferrer contact: {email}",
            "Referral to cardiology | {en_name} | SSN {ssn} | tel {phone} | dx {en_epo} | {en_num}",
        ],
        "zh": [
            "转诊单\n患者姓名：{zh_name}  出生日期：{dob_zh}\n门诊号：{mrn}\n家庭住址：{zh_addr}\n"
            "转诊原因：{zh_epo}，{zh_num}\n联系人：{zh_rel}",
            "转诊｜{zh_name}｜身份证{rid}｜电话{mobile}｜诊断：{zh_epo}｜{zh_num}",
        ],
    },
    "mixed": {
        "en": [
            "Patient {zh_name} ({en_name} on her passport) presented with {en_epo}. Daughter {zh_rel} interpreted. "
            "Mobile {mobile}. {en_num}.",
            "Family meeting with {zh_rel} and {en_rel}; patient {zh_name} lives at {zh_addr}. Plan: {en_drug}.",
        ],
        "zh": [
            "患者{en_name}，外籍，{age}岁，因{zh_epo}就诊，其朋友{zh_rel}陪同。电话{phone}，{zh_num}。",
            "{zh_name}（英文名{en_name}）由女儿陪同复诊，家住{zh_addr}，{zh_epo}，{zh_drug}。",
        ],
    },
}

SEALED: dict[str, dict[str, list[str]]] = {
    "handover": {
        "en": [
            "Handover bed 14: {en_name}, {age}, admitted overnight with {en_epo}. Obs stable, {en_num}. "
            "Charted {en_drug}. Wife {en_rel} is staying nearby and wants a call on {phone} before the ward round.",
            "S: {en_name} in 6B became short of breath at 0300.\nB: {en_epo}, lives alone at {en_addr}.\n"
            "A: {en_num}.\nR: please review with {en_rel} (nurse in charge) and continue {en_drug}.",
        ],
        "zh": [
            "交班：12床{zh_name}，{age}岁，{zh_epo}入院第3天，{zh_num}，今晨予{zh_drug}。其女{zh_rel}今晚陪护，电话{mobile}。",
            "夜班交接：{zh_name}凌晨两点诉胸闷，{zh_num}，已通知值班医生。家属{zh_rel}住{zh_addr}，次日来院。既往{zh_epo}。",
        ],
    },
    "discharge": {
        "en": [
            "DISCHARGE SUMMARY\nName: {en_name}    DOB: {dob_en}    UR: {mrn}\nDiagnosis: {en_epo}\n"
            "Discharge medications: {en_drug}\nFollow-up: GP in one week. Discharged home to {en_addr} with {en_rel}.",
            "{en_name} was discharged today after treatment for {en_epo}. Results on discharge: {en_num}. "
            "Medicare number {ins}. Copy to the GP and to {en_rel}, who will collect the scripts.",
        ],
        "zh": [
            "出院小结\n姓名：{zh_name}  住院号：{mrn}  出生日期：{dob_zh}\n出院诊断：{zh_epo}\n出院带药：{zh_drug}\n"
            "出院后住{zh_addr}，由{zh_rel}照顾。",
            "患者因{zh_epo}住院治疗，现病情平稳，{zh_num}，准予今日出院。医保卡号{ins}。出院后如有不适联系{zh_name}的家属{zh_rel}，电话{mobile}。",
        ],
    },
    "triage": {
        "en": [
            "Caller: Hi, I'm ringing about my dad, {en_name}.\nTriage nurse: How old is he?\nCaller: {age}. He has "
            "{en_epo} and now he's vomiting.\nTriage nurse: What's your name and number?\nCaller: {en_rel}, "
            "{phone}.\nTriage nurse: Which address should the ambulance go to?\nCaller: {en_addr}.",
            "Phone triage 14:20. Spoke with {en_rel} regarding {en_name}. Reported {en_num} at home. "
            "Taking {en_drug}. Advised ED if worse. Callback {phone}.",
        ],
        "zh": [
            "来电者：喂，我是{zh_rel}，我爸{zh_name}刚才在家晕倒了。\n护士：他多大年纪？\n来电者：{age}岁，有{zh_epo}。\n"
            "护士：地址是哪里？\n来电者：{zh_addr}。\n护士：回拨电话？\n来电者：{mobile}。",
            "电话随访：联系到{zh_name}本人，诉{zh_num}，仍服{zh_drug}。嘱一周后复诊，如加重由{zh_rel}陪同急诊。",
        ],
    },
    "claim": {
        "en": [
            "CLAIM FORM\n1. Insured person: {en_name}\n2. Policy number: {ins}\n3. Date of birth: {dob_en}\n"
            "4. Postal address: {en_addr}\n5. Condition: {en_epo}\n6. Claimant signature: {en_rel}",
            "Claim lodged by {en_rel} on behalf of {en_name} (member ID {ins}) for {en_epo}; "
            "contact {email} or {phone}.",
        ],
        "zh": [
            "理赔申请书\n被保险人：{zh_name}\n身份证号码：{rid}\n联系地址：{zh_addr}\n出险原因：{zh_epo}\n"
            "收款银行卡：{card}\n申请人：{zh_rel}",
            "保险理赔｜被保人{zh_name}｜证件{rid}｜诊断{zh_epo}｜受托人{zh_rel}｜手机{mobile}",
        ],
    },
    "chat": {
        "en": [
            "[19:02] {en_rel}: mum's bloods back, {en_num} 😟\n[19:03] {en_name}: did they change the {en_drug}?\n"
            "[19:05] {en_rel}: not yet. i'll drop her stuff at {en_addr} tomorrow",
            "{en_rel} added {en_name} to the group\n{en_name}: thanks all. doc says it's {en_epo}, "
            "not serious for now. ring me on {phone} x",
        ],
        "zh": [
            "【家人群】{zh_rel}：妈今天复查了，{zh_num}\n{zh_name}：医生说{zh_epo}要长期吃药吗？\n"
            "{zh_rel}：先吃{zh_drug}，下周我送她回{zh_addr}",
            "{zh_rel}邀请{zh_name}加入了群聊\n{zh_name}：大家放心，医生说是{zh_epo}，我电话{mobile}，有事打给我",
        ],
    },
    "crossed": {
        "en": [
            "Interpreter-assisted review of {zh_name}; her son {en_name} and his wife {zh_rel} attended. "
            "Known {en_epo}. Lives at {en_addr}. {en_num}.",
            "Message left for {en_rel} (patient's niece, also known as {zh_rel}) about {en_name}'s results: "
            "{en_num}. Home: {zh_addr}.",
        ],
        "zh": [
            "患者{zh_name}，英文名{en_name}，{age}岁，因{zh_epo}复诊。翻译{en_rel}在场。地址{en_addr}。",
            "会诊记录：与家属{en_rel}（患者{zh_name}的女婿）沟通病情，{zh_num}，继续{zh_drug}。联系电话{phone}。",
        ],
    },
}


# Written after round 5 and before any run on them, by an engineer who did not write the round-5 cues or read
# their patterns: other document types and sentence shapes than every earlier split, so a context rule read from
# the sealed templates' sentences (the Chinese name slots of round 5) is tested on sentences it was not read
# from. Values come from the sealed split's sources with a seed of their own.
FRESH: dict[str, dict[str, list[str]]] = {
    "outpatient": {
        "en": [
            "Clinic letter. Re: {en_name}, DOB {dob_en}. I reviewed this pleasant {age}-year-old in the respiratory "
            "clinic today. Background of {en_epo}. Spirometry unchanged, {en_num}. Continue {en_drug}.",
            "Seen with her partner {en_rel}. {en_name} describes three weeks of fatigue; {en_num}. Impression: "
            "{en_epo}. Bloods requested; we will write to her at {en_addr}.",
        ],
        "zh": [
            "门诊病历 主诉：反复咳嗽两周。现病史：{zh_name}两周前受凉后出现咳嗽，无发热。"
            "既往{zh_epo}。查体：{zh_num}。处理：{zh_drug}。",
            "复诊：{zh_name}服药后症状缓解，{zh_num}，爱人{zh_rel}代诉夜间仍有咳嗽，建议继续{zh_drug}，一月后复查。",
        ],
    },
    "consent": {
        "en": [
            "CONSENT FOR PROCEDURE\nI, {en_name}, of {en_addr}, agree to the procedure explained to me.\n"
            "Patient signature: {en_name}    Witness: {en_rel}    Date of birth: {dob_en}",
        ],
        "zh": [
            "手术知情同意书\n患者签字：{zh_name}　　授权委托人签字：{zh_rel}　　与患者关系：配偶\n"
            "联系电话：{mobile}　　术前诊断：{zh_epo}",
            "病危通知书\n致{zh_rel}：患者{zh_name}目前病情危重，{zh_num}，随时可能危及生命，特此告知。",
        ],
    },
    "nursing": {
        "en": [
            "14:00 Assisted {en_name} to sit out of bed. Pain 3/10. {en_num}. {en_drug} given as charted. "
            "Son {en_rel} visited and took washing home.",
        ],
        "zh": [
            "护理记录 14:00 协助{zh_name}翻身拍背，{zh_num}，遵医嘱予{zh_drug}。16:30 {zh_rel}探视，已做健康宣教。",
            "入院宣教：已向{zh_name}及其丈夫{zh_rel}介绍病区环境、陪护制度及防跌倒注意事项，二人表示理解。",
        ],
    },
    "message": {
        "en": [
            "Hi {en_name}, this is a reminder of your appointment on Tuesday at 10:30. Reply Y to confirm or call "
            "{phone}. Please bring your medicines ({en_drug}).",
            "From: {email}\nSubject: my mother {en_name}\nHello, I am {en_rel}, her daughter. Since the new "
            "{en_drug} she has been dizzy. Could someone call me?",
        ],
        "zh": [
            "【预约提醒】{zh_name}您好，您预约的心内科门诊在周二上午，请携带医保卡准时就诊，如需改约请致电{mobile}。",
            "医生您好，我是{zh_name}的母亲{zh_rel}，孩子{age}岁，昨晚开始发烧，吃了{zh_drug}还是不退，需要来医院吗？",
        ],
    },
    "transfer": {
        "en": [
            "Transfer note: {en_name} ({mrn}) moved from ICU to ward 7 today. {en_epo}; {en_num}. Next of kin "
            "{en_rel}, {phone}, is aware.",
        ],
        "zh": [
            "转科记录：{zh_name}因{zh_epo}由心内科转入神经内科，住院号{mrn}，转科时{zh_num}，已与家属{zh_rel}沟通。",
            "随访登记：拨打{mobile}，接听者为患者儿媳{zh_rel}，告知{zh_name}下周三复查血常规，对方表示知晓。",
        ],
    },
    "crossed2": {
        "en": [
            "Phone call with {zh_rel} (the patient's sister, speaks Mandarin) about {zh_name}: {en_num}; "
            "will continue {en_drug}.",
        ],
        "zh": [
            "患者{en_name}由朋友{zh_rel}陪同就诊，{zh_num}，诊断{zh_epo}，嘱其按时服用{zh_drug}。",
        ],
    },
}


# Written blind on 2026-12-02 (about 00:30 UTC) by an engineer who read neither the detector's code, notes and
# lists nor its tests or commit messages about PHI rules, before any run on them: document types no earlier split
# uses (prescription slips, request forms, pharmacy dispensing records, telehealth transcripts, ambulance run
# sheets, certificate drafts, school and occupational health notes, complaint letters), names and numbers in other
# positions (SURNAME, Given on forms, signatures, lists of relatives, record numbers after slashes and in brackets),
# Hong Kong and Taiwan identity cards and telephones, and medicine no earlier split drew (``Fresh2Source``).
FRESH2: dict[str, dict[str, list[str]]] = {
    "prescription": {
        "en": [
            "Rx\nPatient: {en_inv}    Age: {age}\nAddress: {en_addr}\nMRN/{mrn}\n\n{en_drug}, dispense 28 days, "
            "2 repeats\nIndication: {en_epo}\nMay be collected by: {en_rel} (carer), tel. {phone}",
            "{en_name} may collect {en_drug} from any pharmacy; {en_num} at the last review, so no dose change. "
            "Emergency contacts: {en_rel}, {en_rel2}. Scripts posted to {en_addr} [{mrn}].",
        ],
        "zh": [
            "市第一人民医院门诊处方笺\n姓名：{zh_name}　性别：女　年龄：{age}岁\n门诊号/{mrn}\n临床诊断：{zh_epo}\n"
            "Rp：{zh_drug}　用法：口服\n取药人：{zh_rel}（电话{mobile}）",
            "{zh_name}，{age}岁，复诊开药：{zh_drug}×2盒，{zh_num}，诊断{zh_epo}。药品邮寄至{zh_addr}，收件人{zh_rel}。",
        ],
    },
    "request": {
        "en": [
            "PATHOLOGY REQUEST\nSurname, given names: {en_inv}\nD.O.B. {dob_en}   Sex F\nMedicare {ins}\n"
            "Tests: FBC, UEC, LFT. Clinical notes: {en_epo}, last {en_num}.\nCopy results to the patient ({email})",
            "CT brain request for {en_name} / {dob_en} / {mrn}: new confusion, known {en_epo}, on {en_drug}. "
            "Escort: husband, {en_rel}; call {phone} on arrival.",
        ],
        "zh": [
            "检验申请单\n病人：{zh_name}　住院号：{mrn}　床号：12\n出生日期：{dob_zh}\n临床诊断：{zh_epo}\n"
            "检验项目：血常规、肝肾功能（上次{zh_num}）\n陪检家属：{zh_rel}",
            "申请CT检查：患者{zh_name}（{rid}），{zh_epo}，近期{zh_num}，现服{zh_drug}，需家属{zh_rel}陪同，"
            "预约短信发送至{mobile}。",
        ],
    },
    "dispensing": {
        "en": [
            "Dispensing log 09:42. {en_drug}, one box, supplied to {en_rel} for {en_name} (ID sighted). "
            "Counselled on {en_num} monitoring. Label address: {en_addr}.",
            "Pharmacist check: patient {en_name}\tHKID {hkid}\nItem: {en_drug}\nAllergies: nil known\n"
            "Deliver to: {zh_addr}\nContact: {hk_phone}",
        ],
        "zh": [
            "发药记录 09:42　{zh_drug}×1盒，由{zh_rel}代{zh_name}领取，已核对身份证{rid}，交代{zh_num}需复查。",
            "藥房配藥紀錄\n病人：{zh_name}　身份證：{hkid}\n藥物：{zh_drug}\n送藥地址：{zh_addr}\n聯絡電話：{hk_phone}",
        ],
    },
    "telehealth": {
        "en": [
            "Video consult transcript\nDr: Hello, can you confirm who I'm speaking with?\nPt: Yes, {en_name}, born "
            "{dob_en}.\nDr: Is anyone with you?\nPt: My grandson {en_rel}, he set up the call.\nDr: Your {en_num} "
            "came back, so we'll keep the {en_drug}.\nPt: Can you send the form to {email}?",
            "[Telehealth chat 21:14] {en_name}: hi doctor, my {en_epo} flared again\n[21:15] Clinician: sorry to "
            "hear. Is your address still {en_addr}?\n[21:15] {en_name}: yes. pharmacy can call me on {phone}\n"
            "[21:16] Clinician: prescribing {en_drug}; please book bloods.",
        ],
        "zh": [
            "【互联网医院图文问诊】\n患者：医生您好，我是{zh_name}，{zh_epo}好几年了，最近{zh_num}。\n医生：现在用什么药？\n"
            "患者：{zh_drug}。\n医生：处方药寄到哪里？\n患者：{zh_addr}，收件人写我老公{zh_rel}，电话{mobile}。",
            "視訊看診紀錄：{zh_name}（身分證字號{tw_id}，出生日期{dob_zh}）由女兒{zh_rel}協助連線，主訴頭暈，{zh_num}，"
            "既往{zh_epo}。處方{zh_drug}，寄送至{zh_addr}。聯絡手機{tw_mobile}。",
        ],
    },
    "ambulance": {
        "en": [
            "PATIENT CARE RECORD\nPt: {en_name}, {age}M\nPickup: {en_addr}\nHx per wife {en_rel}: {en_epo}\n"
            "Obs: {en_num}\nTx: {en_drug}\nHanded over in ED resus, hospital number {mrn}.",
            "Called to a fall at {zh_addr}. Found {zh_name} on the floor, alert, {en_num}. Neighbour {en_rel} let "
            "the crew in. Daughter notified on {mobile}. Transported to ED.",
        ],
        "zh": [
            "120出车记录\n呼救地址：{zh_addr}\n呼救人：{zh_rel}，回拨{mobile}\n患者：{zh_name}，男，{age}岁\n"
            "初步判断：{zh_epo}\n现场处置：{zh_num}，予{zh_drug}\n送至急诊，交接住院号{mrn}",
            "急救车到达{en_addr}时，{en_name}（外籍，{age}岁）意识清楚，{zh_num}，其妻{zh_rel}陪同，联系电话{phone}。",
        ],
    },
    "certificate": {
        "en": [
            "MEDICAL CERTIFICATE OF CAUSE OF DEATH (draft)\nDeceased: {en_name}\nDate of birth: {dob_en}\n"
            "Usual residence: {en_addr}\nI(a) aspiration pneumonia due to (b) {en_epo}\nInformant: {en_rel}, son",
            "Birth notification: a live female infant was born at 04:12 to {en_name} (mother, {age}); {en_num}. "
            "Father: {en_rel}. Mother's record number: {mrn}. Family home {en_addr}.",
        ],
        "zh": [
            "死亡医学证明（草稿）\n死者姓名：{zh_name}　身份证号码：{rid}\n出生日期：{dob_zh}\n常住地址：{zh_addr}\n"
            "直接死亡原因：肺部感染　根本死因：{zh_epo}\n申报人：{zh_rel}（子）",
            "出生医学证明信息核对：新生儿母亲{zh_name}，{age}岁，身份证{rid}；父亲{zh_rel}；{zh_num}；家庭住址{zh_addr}。"
            "请核对无误后签字。",
        ],
    },
    "occupational": {
        "en": [
            "School health note\nStudent: {en_name} (Year 8)\nParent/guardian: {en_rel}, {phone}\nCondition: "
            "{en_epo}. May carry {en_drug} at school.\nQuestions to the clinic at {email}.",
            "Fitness-for-work assessment. {en_name}, forklift operator, seen for {en_epo}; {en_num}. Fit for "
            "modified duties. Report to {en_rel} (HR) and to the worker at {en_addr}.",
        ],
        "zh": [
            "学生因病缺课证明\n学生{zh_name}因{zh_epo}于我院就诊，需休息一周，期间按时服用{zh_drug}。家长{zh_rel}，电话{mobile}。",
            "职业健康检查结论：受检者{zh_name}，{zh_num}，复查后可从事原岗位。报告邮寄地址{zh_addr}，电子版发送至{email}。",
        ],
    },
    "complaint": {
        "en": [
            "Dear Patient Liaison Team,\n\nI am writing about the care my father, {en_name}, received on ward 4B. He "
            "has {en_epo} and was left without his {en_drug} for two days. I can be reached on {phone} or at "
            "{email}.\n\nYours faithfully,\n{en_rel}\n{en_addr}",
            "Complaint summary. Mrs {en_name} (hospital no. {mrn}) states that staff discussed her {en_epo} in "
            "front of her neighbours {en_rel} and {en_rel2}. Response to be posted to {en_addr}.",
        ],
        "zh": [
            "医务科：\n我父亲{zh_name}上月因{zh_epo}住院（住院号{mrn}），夜间护士迟迟不给{zh_drug}。希望院方给个说法。\n"
            "投诉人：{zh_rel}\n联系电话：{mobile}\n地址：{zh_addr}",
            "关于{en_name}先生的投诉回复：经核实，当日{zh_num}属正常波动，已向其女儿{zh_rel}、女婿{zh_rel2}（{mobile}）"
            "解释，书面答复寄{zh_addr}。",
        ],
    },
}


def render(template: str, values: Values) -> tuple[str, list[dict], list[dict]]:
    """Fill a template; return the text, its PHI spans and its keep spans."""
    pieces: list[str] = []
    spans: list[dict] = []
    keep: list[dict] = []
    cursor = length = 0
    for match in regex.finditer(r"\{(\w+)\}", template):
        literal = template[cursor : match.start()]
        pieces.append(literal)
        length += len(literal)
        value, kind, lang = values[match.group(1)]
        target = keep if kind.startswith("KEEP:") else spans
        target.append({"type": kind.removeprefix("KEEP:"), "start": length, "end": length + len(value), "lang": lang})
        pieces.append(value)
        length += len(value)
        cursor = match.end()
    pieces.append(template[cursor:])
    return "".join(pieces), spans, keep


def notes(split: str, templates: dict[str, dict[str, list[str]]], per_template: int, seed: int) -> list[dict]:
    """Render every template ``per_template`` times with fresh values."""
    rng = random.Random(seed)
    source = (
        Fresh2Source(rng)
        if split == "fresh2"
        else SealedSource(rng)
        if split in ("sealed", "fresh")
        else Source(split, rng)
    )
    rows: list[dict] = []
    for style, by_lang in templates.items():
        for lang, texts in by_lang.items():
            for t, template in enumerate(texts):
                for n in range(per_template):
                    text, spans, keep = render(template, source.values())
                    rows.append(
                        {
                            "id": f"{split}-{style}-{lang}-{t}-{n}",
                            "split": split,
                            "style": style,
                            "lang": lang,
                            "text": text,
                            "spans": spans,
                            "keep": keep,
                        }
                    )
    return rows


def main(argv: list[str] | None = None) -> None:
    """Write phi_notes_{tuning,heldout,sealed,fresh,fresh2}.jsonl."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    parser.add_argument("--per-template", type=int, default=15)
    # 1313 was the first held-out draw and 2027 the second; fixes followed the misses of each, so the
    # reported figures use a third draw of values (seed 2028) from the same templates.
    parser.add_argument("--heldout-seed", type=int, default=2028)
    # 4711 was the sealed split's first draw: run once for the first-look figures, then its misses were
    # read while the detector changed. 5813 was the fresh draw after that round's changes; 7391 the fresh
    # draw after the next round's (drug stems, address forms, LAC windows), run once and not tuned on;
    # 9127 the fresh draw after round 4 (published street-type lists, faster LAC decoding), run once;
    # 1796163920 (from `date +%s`) the fresh draw after round 5 (Chinese name slots, LAC row lengths).
    parser.add_argument("--sealed-seed", type=int, default=1796163920)
    parser.add_argument("--fresh-seed", type=int, default=1796169000)  # chosen at writing, before any run
    parser.add_argument("--fresh2-seed", type=int, default=1796171282)  # `date +%s` at writing, before any run
    args = parser.parse_args(argv)
    splits: dict[str, Callable[[], list[dict]]] = {
        "tuning": lambda: notes("tuning", TUNING, args.per_template, 13),
        "heldout": lambda: notes("heldout", HELDOUT, args.per_template, args.heldout_seed),
        "sealed": lambda: notes("sealed", SEALED, args.per_template, args.sealed_seed),
        "fresh": lambda: notes("fresh", FRESH, args.per_template, args.fresh_seed),
        "fresh2": lambda: notes("fresh2", FRESH2, args.per_template, args.fresh2_seed),
    }
    for split, make in splits.items():
        rows = make()
        path = args.out / f"phi_notes_{split}.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} notes")


if __name__ == "__main__":
    main()
