"""Write synthetic clinical notes with labelled PHI for the PHI detector's evaluation.

    python -m medgate.tools.phi_notes [--out medgate/tools/data] [--per-template 15] [--sealed-seed N]

Eight splits that share no template and no style:

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
* ``fresh3``: the sixth split, theatre lists and surgical safety checklists, anaesthetic pre-op assessments, radiology
  reports with addenda and histology reports, immunisation records and growth charts, antenatal and labour-ward
  notes, voice-dictation transcripts (no punctuation, numbers spoken digit by digit), e-mail threads between
  clinicians, home-care logs and rehabilitation plans, psychiatry intakes and family group messages in Cantonese
  and Hong Kong English (``FRESH3``), 18 templates per language in 10 styles, written blind on 2026-12-02 (about
  01:35 UTC) by an engineer who read none of the detector's code, notes, lists, tests or commit messages about PHI
  rules, and not run by its author (seed 1796175324, from `date +%s` at writing): another engineer runs it once on
  the final detector. Values come from ``Fresh3Source``, which draws after the fifth split's values: other
  medicine (procedure and score eponyms, vaccines, anaesthetic and psychiatric drugs, obstetric and paediatric
  numbers, scores such as ASA, NYHA and Apgar, beds and rooms), names as initials (``J. Smith``, ``Smith, J``), in
  capitals, in lower case and after Dr/Nurse/Mr, traditional-character names, dates of birth as ``07/03/1961``,
  ``7 Mar 1961``, ``61.03.07`` and ``一九六一年三月七日``, telephones with extensions, Chinese landlines, spoken
  numbers (``0 4 1 2 ...``, ``幺三八...``) and addresses over several lines.
* ``fresh4``: the seventh split (``medgate.tools.phi_notes_fresh4``, whose docstring lists what it holds): ward-round
  SOAP notes, dialysis and chemotherapy day-unit flowsheets, ICU shorthand handovers, wound and pressure-injury charts,
  medication reconciliation and 出院带药单, transfusion requests, infection-control contact tracing, police requests
  for records, chaplaincy and social-work notes, pre-authorisation logs and 医保结算单, patient-portal messages, HL7
  and CSV exports, WhatsApp and 微信 bookings, face sheets and 住院病案首页, visitor and carer registers, and
  Singaporean notes mixing English and Chinese (``FRESH4``), 18 templates per language in 16 styles, written blind on
  2026-12-02 (about 03:40 UTC) by an engineer who read none of the detector's code, notes, lists, tests or commit
  messages about PHI rules and never ran the detector or ``phi_evaluate`` on it (seed 1796182923, from
  `date +%s` at writing): another engineer runs it once, and that first run is its figure. Values come from
  ``Fresh4Source``, which draws after the sixth split's values: nicknames, surnames after titles and honorifics,
  Malay, Indian and Singaporean Chinese names, lower-case pinyin and Chinese compound, rare and minority names, HL7
  names, Singapore HDB, Malaysian, UK, US, rural, PO-box and direction addresses, Chinese village, 家属院, Hong Kong
  estate and Taiwanese 鄰/巷/弄 addresses, NHS numbers, NRICs, MyKad and passport numbers, insurance member numbers,
  MBIs, 医保卡号 and 健保卡號, lettered record numbers, 就诊卡号 and wristband barcodes, other date-of-birth and
  telephone forms (ROC years, full-width digits), and eponymous hospitals, devices, scales and herbs to keep.
* ``fresh5``: the eighth split (``medgate.tools.phi_notes_fresh5``, whose docstring lists what it holds): GP reply
  letters and 双向转诊单, care-home transfer forms, NICU admissions and 新生儿出生记录, mental-health-act forms,
  clinical trial screening logs, incident reports, critical-result telephone logs and 危急值登记, guardianship
  reports, genetic pedigrees, Macau and Hong Kong cross-border discharges, coroner reports and 死亡病例讨论,
  organ-donation forms, dental charts, sick notes and 诊断证明书, MEDIF fit-to-fly forms and interpreter bookings
  (``FRESH5``), 18 templates per language in 16 styles, written blind on 2026-12-02 (about 06:30 UTC) by an
  engineer who read none of the detector's code, notes, lists, tests or commit messages about PHI rules and never
  ran the detector or ``phi_evaluate`` on it (seed 1796192984, from `date +%s` at writing): another engineer runs it
  once, and that first run is its figure. Values come from
  ``Fresh5Source``, which draws after the seventh split's values: Irish, Scottish, Indian, Vietnamese, Korean,
  Japanese, Québécois and Macau names (romanisations paired with their characters), 乳名 and names that are ordinary
  words, Australian, Canadian, Irish, Indian, Macau and Hong Kong addresses, 兵团, 农场, 胡同, 弄堂 and 城中村
  addresses, their telephones, Medicare, Canadian health-card and ABHA numbers, Aadhaar, PPSN, Macau BIR and
  回乡证 numbers, 港澳居民居住证 and 15-digit ID numbers, lunar, Roman-numeral and ordinal dates of birth.
* ``fresh6``: the ninth split (``medgate.tools.phi_notes_fresh6``, whose docstring lists what it holds): hospice
  care plans and 安宁疗护计划, school-nurse logs and 学生健康档案, prison reception screens and 看守所入所体检, VA
  intakes and 退役军人体检, yellow-fever certificates and 国际旅行健康检查, IVF cycle records with donor codes,
  foster-care and adoption medicals, home-oxygen delivery notes, switchboard message slips, medical-dispute mediation
  records, ningen-dock and 体检报告, NZ PHO enrolments and 家庭医生签约协议, birth notifications and 出生医学证明,
  disability assessments, Hong Kong 長者醫療券 and Taiwan 長照 records, speech-recognition transcripts, OCR'd scans
  and Malaysian medical certificates (``FRESH6``), 18 templates per language in 18 styles, written blind on
  2026-12-02 (about 07:15 UTC) by an engineer who read none of the detector's code, notes, lists, tests or commit
  messages about PHI rules and never ran the detector or ``phi_evaluate`` on it (seed 1796195760, from
  `date +%s` at writing): another engineer runs it once, and that first run is its figure. Values come from
  ``Fresh6Source``, which draws after the eighth split's values: ALL-CAPS, nicknamed, suffixed, hyphenated, Korean,
  Japanese, Filipino, South African, Māori, German, French and Spanish names, Chinese names with English given
  names, spoken and OCR-broken names, German, French, Spanish, Korean, Japanese, Philippine, South African, New
  Zealand and US rural/PO-box addresses, 小区/号楼/单元 addresses with spaces or in pinyin, their telephones, spoken
  and OCR'd numbers, dates of birth in words and Japanese eras, My Number, Korean RRN, South African ID, NZ NHI,
  PhilHealth and Medicaid numbers.
* ``fresh7``: the tenth split (``medgate.tools.phi_notes_fresh7``, whose docstring lists what it holds): pharmacy
  counselling records, midwife home visits, blood-donor questionnaires, clinical-photography consents, valuables
  logs, typed-up ward whiteboards, family-meeting minutes, bereavement letters, records-copy requests, deposit
  receipts, infusion registers, vaccine-appointment SMS, transport bookings, 工伤 reports, adverse-reaction reports,
  insulin-pump clinics, sleep studies and biobank consents (``FRESH7``), 18 templates per language, written blind on
  2026-12-02 (about 09:21 UTC) by an engineer who read none of the detector and never ran it (seed 1796203274);
  another engineer runs it once, and that first run is its figure. Values come from ``Fresh7Source``, which draws
  after the ninth split's values.
* ``fresh8``: the eleventh split (``medgate.tools.phi_notes_fresh8``): dietitian, speech-therapy, hearing-aid,
  optometry, dental-lab, partner-notification, methadone, home-dialysis, telemedicine-chat, car-park and
  patient-transport records, 中医门诊, 健康证, 计划免疫, 住院费用, 医保异地备案, 不良反应随访 and 护理交接班
  (``FRESH8``), written blind on 2026-12-02 (about 10:12 UTC, seed 1796206299) by an engineer who read none of
  the detector; run once, on rounds 9 and 10 side by side.
* ``fresh9``: the twelfth split (``medgate.tools.phi_notes_fresh9``): physiotherapy home-exercise letters,
  wheelchair-service assessments, cochlear-implant mapping notes, hospice volunteer rotas, pharmacy delivery-driver
  logs, mortuary release forms, birth plans, 医保报销申请, 慢病随访管理卡, 家庭病床记录, 健康扶贫档案, 村卫生室门诊日志,
  疫苗异常反应报告, 病历借阅登记 and others (``FRESH9``), written blind on 2026-12-02 (about 10:52 UTC, seed
  1796208710) by a helper engineer who read none of the detector; not run yet.
* ``fresh10``: the thirteenth split (``medgate.tools.phi_notes_fresh10``): fitness-to-drive medicals,
  hyperbaric-oxygen logs, colonoscopy-preparation e-mails, radiotherapy sheets, oral-chemotherapy diaries, wig
  vouchers, EEG reports, skin-prick tests, donor-milk-bank records, exercise referrals, 跌倒风险门诊评估, 糖尿病足筛查,
  戒烟门诊记录, 心脏康复记录, 记忆门诊评估, 起搏器程控记录, 假肢适配记录, 结核病患者服药管理卡 (``FRESH10``),
  written blind on 2026-12-02 (about 12:28 UTC, seed 1796214461) by a helper engineer who read none of the detector;
  not run yet.
* ``fresh11``: the fourteenth split (``medgate.tools.phi_notes_fresh11``): histopathology requests, restraint
  records, newborn blood-spot cards, MRI safety questionnaires, INR-clinic records, syringe-driver charts, LARC
  fittings, discharges against advice, rabies post-exposure records, poisons-centre calls, DXA reports,
  肺功能检查报告, 超聲心動圖報告, 白内障手术登记, 家庭氧疗登记, 卒中溶栓时间节点记录, 皮肤镜检查报告, 宫颈癌筛查报告
  (``FRESH11``), written blind on 2026-12-02 (about 13:17 UTC, seed 1796217422) by a helper engineer who read none of
  the detector; run once on round 11 (2026-12-02, before round 12), then tuned on.
* ``fresh12``: the fifteenth split (``medgate.tools.phi_notes_fresh12``): court-ordered psychiatric reports,
  bariatric MDT assessments, hip-fracture pathways, sepsis screens, VTE assessments, safeguarding referrals, Holter
  reports, gestational-diabetes diaries, plaster checks, semen analyses, PrEP clinic records, PCR certificates,
  烧伤面积评估, 腰椎穿刺术记录, 生前预嘱, 职业暴露登记表, 乳房攝影檢查報告, 尿动力学检查报告 (``FRESH12``), written
  blind on 2026-12-02 (about 16:06 UTC, seed 1796227563) by a helper engineer who read none of the detector; not
  run yet.

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


# Values only the sixth split (fresh3) adds: medicine the earlier splits never drew (procedure and score eponyms,
# vaccines, anaesthetic and psychiatric drugs, obstetric and paediatric numbers, beds and rooms), names printed as
# initials, in capitals or in lower case, staff names after Dr/Nurse/Mr, traditional-character names, dates of
# birth and telephones in other written and spoken forms, and addresses over several lines.
FRESH3_EN_KEEP = {
    "eponym": (
        "a Hartmann's procedure",
        "Nissen fundoplication",
        "a Roux-en-Y gastric bypass",
        "Hirschsprung disease",
        "Wilms tumour",
        "a Gleason score of 3+4=7",
        "a Breslow thickness of 1.2 mm",
        "a positive Lachman test",
        "a Pfannenstiel incision",
        "Trendelenburg gait",
        "Kawasaki disease",
        "Legg-Calvé-Perthes disease",
        "Von Willebrand disease",
        "a Colles fracture",
    ),
    "drug": (
        "propofol 150 mg IV",
        "cefazolin 2 g IV at induction",
        "Keppra 500 mg BD",
        "Seroquel 25 mg nocte",
        "Zoloft 50 mg mane",
        "Movicol 1 sachet daily",
        "folic acid 5 mg",
        "Nexium 20 mg",
        "ondansetron 4 mg IV",
        "Lyrica 75 mg BD",
    ),
    "number": (
        "fundal height 32 cm",
        "FHR 140 bpm",
        "Hb 104 g/L",
        "CRP 46 mg/L",
        "weight 12.4 kg (50th centile)",
        "EBL 300 mL",
        "ALP 410 U/L",
        "PSA 8.9 ng/mL",
    ),
}
FRESH3_ZH_KEEP = {
    "eponym": (
        "哈特曼手术",
        "尼森胃底折叠术",
        "先天性巨结肠（赫什朋病）",
        "肾母细胞瘤（Wilms瘤）",
        "Gleason评分3+4=7分",
        "科利斯骨折",
        "拉赫曼试验阳性",
        "血管性血友病",
        "佩尔特斯病",
        "特伦德伦堡步态",
        "克氏针固定术",
    ),
    "drug": (
        "丙泊酚150mg静注",
        "头孢唑林2g术前30分钟",
        "左乙拉西坦500mg每日两次",
        "舍曲林50mg每晨",
        "喹硫平25mg睡前",
        "叶酸0.4mg每日",
        "缩宫素10U",
        "开塞露20ml",
        "奥美拉唑20mg",
        "普瑞巴林75mg",
    ),
    "number": (
        "宫高32cm",
        "胎心140次/分",
        "血红蛋白104g/L",
        "C反应蛋白46mg/L",
        "出血量约300ml",
        "碱性磷酸酶410U/L",
        "PSA 8.9ng/ml",
        "体重12.4kg（P50）",
    ),
}
FRESH3_SCORES = {
    "en": (
        "ASA II",
        "Mallampati 2",
        "NYHA class III",
        "GCS 13 (E3V4M6)",
        "Apgar 8 and 9",
        "Bishop score 7",
        "PHQ-9 of 17",
        "Barthel 65/100",
        "MMSE 24/30",
        "Braden 14",
    ),
    "zh": (
        "ASA II级",
        "Mallampati分级2级",
        "NYHA心功能III级",
        "GCS 13分",
        "Apgar评分8-9分",
        "Bishop评分7分",
        "PHQ-9评分17分",
        "Barthel指数65分",
        "MMSE 24分",
        "Braden评分14分",
    ),
}
FRESH3_BEDS = {
    "en": ("Bed 12", "Room 3", "Theatre 4", "Bay 2 Bed 5", "Ward 7B", "Cubicle 9", "Recovery bay 6"),
    "zh": ("12床", "3号手术间", "ICU 5床", "7病区", "产房2床", "加床3", "复苏室6床"),
}
FRESH3_VACCINES = {
    "en": (
        "Infanrix hexa 0.5 mL IM",
        "Prevenar 13 0.5 mL IM",
        "Rotarix 1.5 mL oral",
        "MMR II 0.5 mL SC",
        "Boostrix 0.5 mL IM",
        "Engerix-B 10 mcg",
        "Varivax 0.5 mL SC",
    ),
    "zh": (
        "乙肝疫苗10μg",
        "卡介苗0.1ml皮内注射",
        "百白破疫苗0.5ml肌注",
        "脊灰减毒活疫苗2粒",
        "麻腮风疫苗0.5ml皮下注射",
        "乙脑减毒活疫苗0.5ml",
        "13价肺炎球菌结合疫苗",
    ),
}
ZH_DIGITS = "零一二三四五六七八九"
EN_DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_AREA_CODES = ("010", "021", "020", "0755", "028", "0571", "027")


def zh_small_number(n: int) -> str:
    """1..31 in Chinese numerals (三, 十二, 二十一)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else ZH_DIGITS[tens]) + "十" if tens else "") + (ZH_DIGITS[ones] if ones else "")


class Fresh3Source(Fresh2Source):
    """Values for the sixth split: the fifth split's sources and, drawn after them, other medicine to keep and
    other written and spoken forms of names, dates of birth, telephones, record numbers and addresses."""

    def born(self) -> datetime.date:
        return datetime.date(1935, 1, 1) + datetime.timedelta(days=self.rng.randrange(30000))

    def en_initialled(self) -> str:
        faker = self.rng.choice(self.en)
        first, last = faker.first_name(), faker.last_name()
        return self.rng.choice(
            (f"{first[0]}. {last}", f"{last} {first[0]}", f"{last}, {first[0]}", f"{first[0]} {last}")
        )

    def dob_en_other(self) -> str:
        b = self.born()
        return self.rng.choice(
            (
                f"{b:%d/%m/%Y}",
                f"{b.day} {b:%b} {b.year}",
                f"{b:%d}-{b:%b}-{b.year}".upper(),
                f"{b.day}.{b.month}.{b:%y}",
            )
        )

    def dob_zh_other(self) -> str:
        b = self.born()
        year = "".join(ZH_DIGITS[int(d)] for d in str(b.year))
        return self.rng.choice(
            (
                f"{b:%y.%m.%d}",
                f"{b.year}.{b.month}.{b.day}",
                f"{b:%Y/%m/%d}",
                f"{year}年{zh_small_number(b.month)}月{zh_small_number(b.day)}日",
                f"{b.year}年{b:%m}月{b:%d}日",
            )
        )

    def dob_en_spoken(self) -> str:
        b = self.born()
        suffix = "th" if 10 <= b.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10, "th")
        return self.rng.choice(
            (
                f"{b.day} {b:%B} {b.year}".lower(),
                f"{b.day}{suffix} of {b:%B} {b.year}".lower(),
                f"{b.day} {b.month} {b.year}",
            )
        )

    def dob_zh_spoken(self) -> str:
        b = self.born()
        year = "".join(ZH_DIGITS[int(d)] for d in str(b.year))
        month, day = zh_small_number(b.month), zh_small_number(b.day)
        return self.rng.choice(
            (f"{year}年{month}月{day}号", f"{year[2:]}年{month}月{day}号", f"{b.year}年{b.month}月{b.day}号")
        )

    def en_phone_other(self) -> str:
        r = self.rng
        ext = r.randint(10, 9999)
        a, b, c = r.randint(2000, 9999), r.randrange(1000), r.randrange(1000)
        return r.choice(
            (
                f"(0{r.choice('2378')}) 9{r.randrange(1000):03d} {r.randrange(10000):04d} ext. {ext}",
                f"+61 4{r.randrange(100):02d} {b:03d} {c:03d}",
                f"04{r.randrange(100):02d} {b:03d} {c:03d}",
                f"020 7{r.randrange(1000):03d} {a} x{ext}",
                f"({r.randint(201, 989)}) {r.randint(200, 999)}-{a} ext {ext}",
            )
        )

    def zh_landline(self) -> str:
        r = self.rng
        area, number, ext = r.choice(ZH_AREA_CODES), f"{r.randint(2, 8)}{r.randrange(10**7):07d}", r.randint(100, 9999)
        return r.choice(
            (
                f"{area}-{number}转{ext}",
                f"({area}) {number[:4]} {number[4:]}",
                f"{area}-{number}-{ext}",
                f"{area}-{number}",
            )
        )

    def en_phone_spoken(self) -> str:
        digits = f"04{self.rng.randrange(10**8):08d}"
        if self.rng.random() < 0.3:
            return " ".join(EN_DIGIT_WORDS[int(d)] for d in digits)
        return " ".join(digits)

    def zh_mobile_spoken(self) -> str:
        r = self.rng
        digits = f"1{r.choice('3456789')}{r.randrange(10**9):09d}"
        roll = r.random()
        if roll < 0.4:
            return " ".join(digits)
        spoken = "".join(ZH_DIGITS[int(d)] for d in digits)
        return spoken.replace("一", "幺") if roll < 0.7 else spoken

    def values(self) -> Values:
        """One person's values with the sixth split's medicine and value forms."""
        values = super().values()
        r = self.rng
        for lang, keep in (("en", FRESH3_EN_KEEP), ("zh", FRESH3_ZH_KEEP)):
            for kind, choices in keep.items():
                slot = {"eponym": "epo", "drug": "drug", "number": "num"}[kind]
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
            values[f"{lang}_score"] = (r.choice(FRESH3_SCORES[lang]), "KEEP:number", lang)
            values[f"{lang}_bed"] = (r.choice(FRESH3_BEDS[lang]), "KEEP:number", lang)
            values[f"{lang}_vax"] = (r.choice(FRESH3_VACCINES[lang]), "KEEP:drug", lang)
        values["en_staff"] = (self.en_name(), "PERSON", "en")
        values["en_staff2"] = (self.en_name(), "PERSON", "en")
        values["en_init"] = (self.en_initialled(), "PERSON", "en")
        values["en_caps"] = (self.en_name().upper(), "PERSON", "en")
        values["en_lower"] = (self.en_name().lower(), "PERSON", "en")
        values["zh_staff"] = (self.zh_name(), "PERSON", "zh")
        values["zh_staff2"] = (self.zh_name(), "PERSON", "zh")
        values["zh_trad"] = (self.zh_fakers[1].name(), "PERSON", "zh")
        values["en_addr_ml"] = (self.en_address().replace(", ", "\n"), "ADDRESS", "en")
        values["mrn2"] = (self.mrn(), "MEDICAL_RECORD_NO", "any")
        values["dob_en2"] = (self.dob_en_other(), "DATE_OF_BIRTH", "en")
        values["dob_zh2"] = (self.dob_zh_other(), "DATE_OF_BIRTH", "zh")
        values["dob_en_spoken"] = (self.dob_en_spoken(), "DATE_OF_BIRTH", "en")
        values["dob_zh_spoken"] = (self.dob_zh_spoken(), "DATE_OF_BIRTH", "zh")
        values["phone_ext"] = (self.en_phone_other(), "PHONE", "en")
        values["zh_tel"] = (self.zh_landline(), "PHONE", "zh")
        values["phone_spoken"] = (self.en_phone_spoken(), "PHONE", "en")
        values["mobile_spoken"] = (self.zh_mobile_spoken(), "PHONE", "zh")
        values["mrn_spoken"] = (" ".join(self.mrn()), "MEDICAL_RECORD_NO", "any")
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


# Written blind on 2026-12-02 (about 01:35 UTC) by an engineer who read neither the detector's code, notes and
# lists nor its tests or commit messages about PHI rules, and who did not run the evaluation on them: document types
# no earlier split uses (theatre lists and surgical safety checklists, anaesthetic pre-op assessments, radiology
# reports with addenda and histology reports, immunisation records and growth charts, antenatal and labour-ward
# notes, voice-dictation transcripts, e-mail threads between clinicians, home-care logs and rehabilitation plans,
# psychiatry intakes, family group messages in Cantonese and Hong Kong English), values in tables, after #, No.,
# 编号 and in brackets, names as initials, capitals and lower case, and values from ``Fresh3Source``.
FRESH3: dict[str, dict[str, list[str]]] = {
    "theatre": {
        "en": [
            "THEATRE 4 ELECTIVE LIST (AM)    Anaesthetist: Dr {en_staff2}\n"
            "| Order | Patient | Hosp No. | Procedure | Surgeon |\n|---|---|---|---|---|\n"
            "| 1 | {en_caps} | {mrn} | lap cholecystectomy | Mr {en_staff} |\n"
            "| 2 | {en_init} | {mrn2} | EUA, known {en_epo} | Mr {en_staff} |\n"
            "Notes: patient 1 takes {en_drug}; {en_bed} booked for recovery.",
            "SURGICAL SAFETY CHECKLIST - SIGN IN\n[x] Patient confirmed identity: {en_name}, DOB {dob_en2}, #{mrn}\n"
            "[x] Site marked: left knee\n[x] Anaesthesia check complete ({en_score})\n[x] Antibiotic: {en_drug}\n"
            "Nurse {en_staff}    Anaesthetist Dr {en_staff2}\n"
            "Next of kin waiting in {en_bed}: {en_rel}, mobile {phone_ext}",
        ],
        "zh": [
            "手术排班表　第3手术间\n台次|患者|住院号|术式|主刀\n1|{zh_name}|{mrn}|腹腔镜胆囊切除术|{zh_staff}主任\n"
            "2|{zh_trad}|{mrn2}|探查术（{zh_epo}）|{zh_staff}主任\n麻醉医师：{zh_staff2}　术后去向：{zh_bed}",
            "手术安全核查表（麻醉实施前）\n患者姓名：{zh_name}　性别：男　年龄：{age}\n病案号：{mrn}　{zh_bed}\n"
            "身份证号：{rid}\n{zh_score}　术前用药：{zh_drug}\n"
            "手术医师签名：{zh_staff}　麻醉医师签名：{zh_staff2}　手术室护士签名：{zh_trad}",
        ],
    },
    "anaesthesia": {
        "en": [
            "PRE-ANAESTHETIC ASSESSMENT\nName ........ {en_name}\nDOB ......... {dob_en2}\nHosp No ..... {mrn}\n"
            "Scores: {en_score}\nPMHx: {en_epo}; {en_num}\nCurrent meds: {en_drug}\n"
            "Plan: GA + ETT. Consent witnessed by {en_rel} (daughter).\nAssessed by {en_init}, anaesthetic registrar",
            "Pre-op phone call. Spoke to {en_lower} and her husband {en_rel}. She has {en_epo} and takes "
            "{en_drug}; nil by mouth from midnight, {en_score}. Arrive 07:00 at Day Surgery, {en_bed}. "
            "Call {phone_ext} if unwell. Home address confirmed as {en_addr}.",
        ],
        "zh": [
            "麻醉术前访视记录\n姓名{zh_name}　出生日期{dob_zh2}　住院号（{mrn}）\n既往史：{zh_epo}\n"
            "{zh_score}，{zh_num}\n长期用药：{zh_drug}\n麻醉方式：全麻\n谈话对象：患者之子{zh_rel}，电话{zh_tel}\n"
            "访视医师：{zh_staff}",
            "術前麻醉評估：病人{zh_trad}，{age}歲，身分證字號{tw_id}，病歷號碼{mrn}。{zh_score}，{zh_epo}病史，"
            "現服{zh_drug}。術前禁食八小時，家屬{zh_rel}已簽同意書，聯絡手機{tw_mobile}。",
        ],
    },
    "report": {
        "en": [
            "CT ABDOMEN/PELVIS WITH CONTRAST\nPatient: {en_inv}   MRN {mrn}   DOB {dob_en2}\nReferrer: Dr {en_staff}\n"
            "Findings: 3 cm lesion in the right colon. {en_num}.\nImpression: {en_epo}.\n"
            "Reported by {en_init}, Consultant Radiologist\n\n"
            "ADDENDUM 14:52: discussed with Dr {en_staff2} on {phone_ext}; the patient's son {en_rel} was informed.",
            "HISTOPATHOLOGY REPORT\nPatient  {en_caps}  ({mrn})\nSpecimen: core biopsies x12\n"
            "Microscopy: {en_epo}; {en_num}.\nPathologist: Dr {en_staff}\n"
            "cc: {en_init}, urology\nPatient's postal address:\n{en_addr_ml}",
        ],
        "zh": [
            "CT检查报告单\n姓名：{zh_name}　检查号：{mrn}　出生日期：{dob_zh2}\n申请医生：{zh_staff}\n"
            "影像所见：右肺下叶见2.1cm结节，边缘毛糙。\n诊断意见：{zh_epo}可能，{zh_num}\n报告医师：{zh_staff2}\n\n"
            "【补充报告】已电话通知临床{zh_staff}（{zh_tel}），并告知患者家属{zh_rel}。",
            "病理诊断报告\n患者：{zh_name}　病案编号{mrn}\n送检标本：胃窦活检\n病理诊断：{zh_epo}\n"
            "免疫组化及实验室：{zh_num}\n诊断医师：{zh_staff}　审核医师：{zh_staff2}\n纸质报告寄送：{zh_addr}",
        ],
    },
    "child_health": {
        "en": [
            "IMMUNISATION RECORD\nChild: {en_name}    DOB: {dob_en2}    Record No. {mrn}\n"
            "Parent: {en_rel}    Ph {phone_ext}\n| Age | Vaccine | Dose | Given by |\n"
            "| 6 weeks | {en_vax} | 1 | RN {en_staff} |\n| 4 months | {en_vax} | 2 | RN {en_init} |\n"
            "Fever advice: {en_drug}. Reminders to {email}",
            "GROWTH CHART ENTRY - {en_lower}, boy, 2y 3m\nDOB {dob_en2}   Hosp # {mrn}\n{en_num} | {en_score}\n"
            "Comment: {en_epo} considered and ruled out. Mum ({en_rel}) and nana {en_rel2} present.\n"
            "Health visitor: {en_staff}, {phone_ext}",
        ],
        "zh": [
            "预防接种证\n儿童姓名：{zh_name}　出生日期：{dob_zh2}\n监护人：{zh_rel}　联系电话：{mobile}\n"
            "家庭住址：{zh_addr}\n| 疫苗 | 剂次 | 接种医生 |\n| {zh_vax} | 第1剂 | {zh_staff} |\n"
            "| {zh_vax} | 第2剂 | {zh_staff2} |",
            "儿童保健手册·生长发育监测\n{zh_name}，男，2岁3月，编号{mrn}\n{zh_num}，{zh_score}\n评价：已排除{zh_epo}\n"
            "妈妈{zh_rel}、奶奶{zh_rel2}陪同。下次体检短信通知{mobile}。",
        ],
    },
    "antenatal": {
        "en": [
            "ANTENATAL BOOKING\nWoman: {en_name} (G2P1)   Age {age}   DOB {dob_en2}\nHospital No: {mrn}\n"
            "Partner: {en_rel}\nAddress:\n{en_addr_ml}\nPhone {phone}\nHistory: {en_epo}\n"
            "Plan: {en_drug}; {en_num}. Named midwife {en_staff}.",
            "LABOUR WARD BOARD\nRoom | Woman | Parity | Midwife | Notes\n"
            "{en_bed} | {en_init} | P0 | {en_staff} | {en_score}, on {en_drug}\n"
            "Room 8 | {en_caps} | P2 | {en_staff2} | delivered 03:40, {en_num}",
        ],
        "zh": [
            "孕产妇保健手册（建册）\n孕妇姓名：{zh_name}　年龄：{age}岁　孕2产1\n出生日期：{dob_zh2}\n"
            "身份证号：{rid}\n丈夫姓名：{zh_rel}　电话：{mobile}\n现住址：{zh_addr}\n既往史：{zh_epo}\n"
            "{zh_num}，予{zh_drug}",
            "产房交班板\n床号｜产妇｜产次｜助产士｜备注\n{zh_bed}｜{zh_trad}｜G1P0｜{zh_staff}｜{zh_score}\n"
            "8床｜{zh_name}｜G2P1｜{zh_staff2}｜已分娩，{zh_num}，予{zh_drug}",
        ],
    },
    "dictation": {
        "en": [
            "this is doctor {en_staff} dictating a discharge letter for {en_lower} date of birth {dob_en_spoken} "
            "hospital number {mrn_spoken} she was admitted with {en_epo} and treated with {en_drug} full stop new "
            "paragraph please copy to her daughter {en_rel} on {phone_spoken} thank you",
            "ward round dictation {en_bed} mister {en_name} {age} year old man known {en_epo} overnight {en_num} "
            "plan continue {en_drug} discuss with wife {en_rel} when she rings from {phone_spoken} end of dictation",
        ],
        "zh": [
            "语音录入 患者{zh_name}女{age}岁 出生日期{dob_zh_spoken} 住院号{mrn_spoken} 因{zh_epo}入院 予{zh_drug} "
            "家属{zh_rel}电话{mobile_spoken} 录入完毕",
            "查房语音记录 {zh_bed} {zh_name} 昨晚{zh_num} 继续{zh_drug} 明天复查 跟他老婆{zh_rel}说一下 "
            "她电话是{mobile_spoken} 住{zh_addr}",
        ],
    },
    "email": {
        "en": [
            "From: {en_staff} <{email}>\nTo: Cardiology registrar\nSubject: RE: advice re {en_init} ({mrn})\n\n"
            "Thanks - agree with {en_drug}. Please check {en_num} first.\n\n> On Tue, Dr {en_staff2} wrote:\n"
            "> {age}M, {en_epo}, lives at {en_addr}; son {en_rel} is the contact ({phone_ext}).\n> Happy to take over?",
            "Subject: FW: bed request - {en_caps}, #{mrn}\n\nHi all,\nForwarding for the 2pm bed meeting. "
            "{en_epo}, {en_score}. Needs a side room ({en_bed}). "
            "Family: {en_rel} / {en_rel2}.\n\nRegards\n{en_init}\nBed manager",
        ],
        "zh": [
            "发件人：{zh_staff} <{email}>\n收件人：心内科会诊组\n主题：回复：{zh_name}（住院号{mrn}）会诊意见\n\n"
            "同意加用{zh_drug}，请先复查{zh_num}。\n\n-----原始邮件-----\n{zh_staff2}写道：患者{age}岁，{zh_epo}，"
            "家属{zh_rel}要求转院，联系电话{zh_tel}。",
            "寄件者：{zh_staff}\n主旨：轉寄：{zh_trad} 病床申請 #{mrn}\n\n各位好，\n"
            "病人{zh_score}，需單人房（{zh_bed}）。"
            "家屬：{zh_rel}／{zh_rel2}，手機{tw_mobile}。\n地址：{zh_addr}\n\n床位管理組 {zh_staff2}",
        ],
    },
    "community": {
        "en": [
            "HOME VISIT LOG\nClient: {en_inv}\nAddress: {en_addr}\nKey safe code given by daughter {en_rel}\n"
            "08:10 Arrived, client in chair, {en_num}.\n08:25 Prompted {en_drug} from blister pack.\n"
            "08:40 Left. Next visit by carer {en_staff}. Out of hours: {phone_ext}",
            "PHYSIOTHERAPY REHAB PLAN\nPatient: {en_init}, {age}, after {en_epo}\nBaseline: {en_score}\n"
            "Goal: walk 50 m with frame by week 2\nMedication: {en_drug}\n"
            "Physio: {en_staff} | Contact: {phone_ext} | Home: {en_addr}",
        ],
        "zh": [
            "居家护理服务记录\n服务对象：{zh_name}　身份证：{rid}\n地址：{zh_addr}\n"
            "09:10 到达，老人坐在床边，{zh_num}\n09:20 协助服用{zh_drug}\n"
            "09:45 离开，钥匙交邻居{zh_rel}\n护理员：{zh_staff}　督导电话：{zh_tel}",
            "康复训练计划\n{zh_name}，{age}岁，{zh_epo}后第5天\n评估：{zh_score}\n目标：两周内助行器下步行50米\n"
            "镇痛：训练前30分钟{zh_drug}\n康复治疗师：{zh_staff}　家属：{zh_rel}（{mobile}）",
        ],
    },
    "psychiatry": {
        "en": [
            "PSYCHIATRY INTAKE\nName: {en_caps}\nReferred by Dr {en_staff} (GP). {en_score}.\n"
            "Lives with partner {en_rel} at {en_addr}. Mother, {en_rel2}, has {en_epo}.\nStarted {en_drug}.\n"
            "SSN {ssn} for the disability form. Crisis plan: call {phone}.",
        ],
        "zh": [
            "精神科首次门诊记录\n姓名：{zh_name}　就诊卡号{mrn}\n陪诊：丈夫{zh_rel}\n{zh_score}\n"
            "母亲{zh_rel2}有{zh_epo}病史\n处理：{zh_drug}\n已告知危机干预热线，紧急联系人电话{mobile}",
        ],
    },
    "family_group": {
        "en": [
            "[WhatsApp] Family group\n{en_rel}: papa's {en_num} today, doctor {en_staff} say ok la\n"
            "{en_rel2}: must still eat the {en_drug} or not?\n{en_rel}: yes. i fetch him from {en_bed} tmr 10am, "
            "bring his HKID {hkid} ah\n{en_rel2}: ok call me {hk_phone}",
        ],
        "zh": [
            "【WhatsApp 屋企人】\n{zh_rel}：阿媽今日覆診，醫生話{zh_num}，冇乜大問題\n"
            "{zh_rel2}：佢仲使唔使食{zh_drug}？\n{zh_rel}：要呀，我聽日送去{zh_addr}\n{zh_rel2}：阿媽個病人編號係咪{mrn}？我打{hk_phone}問吓{zh_trad}姑娘",
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


def notes(
    split: str,
    templates: dict[str, dict[str, list[str]]],
    per_template: int,
    seed: int,
    source_factory: Callable[[random.Random], Source] | None = None,
) -> list[dict]:
    """Render every template ``per_template`` times with fresh values (from ``source_factory`` when given)."""
    rng = random.Random(seed)
    source = (
        source_factory(rng)
        if source_factory is not None
        else Fresh3Source(rng)
        if split == "fresh3"
        else Fresh2Source(rng)
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
    """Write phi_notes_{tuning,heldout,sealed,fresh,fresh2,...,fresh11,fresh12}.jsonl."""
    from medgate.tools.phi_notes_fresh4 import FRESH4_SEED, fresh4_notes  # imports this module
    from medgate.tools.phi_notes_fresh5 import FRESH5_SEED, fresh5_notes  # imports this module
    from medgate.tools.phi_notes_fresh6 import FRESH6_SEED, fresh6_notes  # imports this module
    from medgate.tools.phi_notes_fresh7 import FRESH7_SEED, fresh7_notes  # imports this module
    from medgate.tools.phi_notes_fresh8 import FRESH8_SEED, fresh8_notes  # imports this module
    from medgate.tools.phi_notes_fresh9 import FRESH9_SEED, fresh9_notes  # imports this module
    from medgate.tools.phi_notes_fresh10 import FRESH10_SEED, fresh10_notes  # imports this module
    from medgate.tools.phi_notes_fresh11 import FRESH11_SEED, fresh11_notes  # imports this module
    from medgate.tools.phi_notes_fresh12 import FRESH12_SEED, fresh12_notes  # imports this module

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
    parser.add_argument("--fresh3-seed", type=int, default=1796175324)  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh4-seed", type=int, default=FRESH4_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh5-seed", type=int, default=FRESH5_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh6-seed", type=int, default=FRESH6_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh7-seed", type=int, default=FRESH7_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh8-seed", type=int, default=FRESH8_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh9-seed", type=int, default=FRESH9_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh10-seed", type=int, default=FRESH10_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh11-seed", type=int, default=FRESH11_SEED
    )  # `date +%s` at writing; never run by its author
    parser.add_argument(
        "--fresh12-seed", type=int, default=FRESH12_SEED
    )  # `date +%s` at writing; never run by its author
    args = parser.parse_args(argv)
    splits: dict[str, Callable[[], list[dict]]] = {
        "tuning": lambda: notes("tuning", TUNING, args.per_template, 13),
        "heldout": lambda: notes("heldout", HELDOUT, args.per_template, args.heldout_seed),
        "sealed": lambda: notes("sealed", SEALED, args.per_template, args.sealed_seed),
        "fresh": lambda: notes("fresh", FRESH, args.per_template, args.fresh_seed),
        "fresh2": lambda: notes("fresh2", FRESH2, args.per_template, args.fresh2_seed),
        "fresh3": lambda: notes("fresh3", FRESH3, args.per_template, args.fresh3_seed),
        "fresh4": lambda: fresh4_notes(args.per_template, args.fresh4_seed),
        "fresh5": lambda: fresh5_notes(args.per_template, args.fresh5_seed),
        "fresh6": lambda: fresh6_notes(args.per_template, args.fresh6_seed),
        "fresh7": lambda: fresh7_notes(args.per_template, args.fresh7_seed),
        "fresh8": lambda: fresh8_notes(args.per_template, args.fresh8_seed),
        "fresh9": lambda: fresh9_notes(args.per_template, args.fresh9_seed),
        "fresh10": lambda: fresh10_notes(args.per_template, args.fresh10_seed),
        "fresh11": lambda: fresh11_notes(args.per_template, args.fresh11_seed),
        "fresh12": lambda: fresh12_notes(args.per_template, args.fresh12_seed),
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
