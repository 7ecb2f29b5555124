"""The twelfth split of synthetic clinical notes, ``fresh9``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 10:51 UTC, seed 1796208710 from `date +%s` then) by a helper engineer who read
none of the detector's code, notes, lists or tests, nor ``phi_evaluate``, the tagger, word-list or hanzi tools, nor any
commit message, and who never ran the detector or ``phi_evaluate`` on these notes (only this generator, to write the
JSONL and check its spans): another engineer runs it once, and that first run is the split's figure. Eighteen document
styles that no earlier split uses, one template per style and language, 18 templates per language:

* ``physio_exercise``: a physiotherapy home-exercise letter and a 康复科居家训练指导单;
* ``wheelchair``: a wheelchair-service assessment and a 轮椅适配评估表;
* ``cochlear_mapping``: a cochlear-implant mapping note and a 人工耳蜗调机记录;
* ``volunteer_rota``: a hospice volunteer rota and a 临终关怀探视登记;
* ``delivery_driver``: a pharmacy delivery-driver log (with the driver's texts in lower case) and a 药房送药上门登记;
* ``mortuary_release``: a mortuary release form and a 太平间遗体交接单;
* ``birth_plan``: a maternity birth plan and a 分娩计划书;
* ``reimbursement``: an employer medical-scheme reimbursement claim and a 医保报销申请;
* ``chronic_card``: an anticoagulation-clinic booklet page and a 慢病随访管理卡;
* ``home_ward``: a hospital-at-home daily record and a 家庭病床记录;
* ``household_visit``: a community health volunteer's household visit and a 健康扶贫档案;
* ``outreach_clinic``: a rural outreach clinic day sheet and a 村卫生室门诊日志;
* ``aefi``: an adverse-event-following-immunisation report and a 疫苗异常反应报告;
* ``records_loan``: a case-note tracer card and a 病历借阅登记;
* ``mobility_loan``: a walking-aid loan agreement and a 助行器具借用登记;
* ``alert_card``: a patient-held emergency alert card and a 急救信息卡;
* ``stoma_visit``: a stoma-nurse home visit and a 造口护理门诊记录;
* ``overseas_visitor``: an overseas-visitor charging assessment and a 境外人员就诊登记.

Where the values sit: given names first with the surname in capitals (``Maria GONZÁLEZ``, ``Siobhan O'SULLIVAN``,
``Pieter-Jan DU PLESSIS``), surnames with apostrophes and prefixes (``O'Sullivan``, ``D'Souza``, ``N'Diaye``,
``MacLeod``, ``Fitz-Simons``, ``McAllister``, ``du Plessis``, ``van Wyk``), names in lower case in a driver's texts,
names followed by a relationship word in brackets (``Tom (son)``: the bracket is outside the span), names in
quotation marks (the quotation marks are outside the span); Nigerian, Kenyan, South African, Pakistani, Canadian and
Scottish names; Chinese names split by a space (``王 小明``, one span), married women's names with 氏 (``张王氏``),
names of minority peoples with and without the separating dot (``买买提·艾力``, ``古丽米拉•阿不力孜``,
``阿依古丽``, ``扎西多吉``: the dot is inside the span), two-character names with rare surnames (``亓红``, ``禚静``),
阿/老/小 nicknames (the prefix is inside the span, as in fresh7 and fresh8). Addresses: Canadian (unit-street
forms), South African (erf and stand numbers), Nigerian, Kenyan (P.O. Box with postal code) and Pakistani (sector,
block, gali) forms, house and flat numbers after the street, addresses over two lines (the newline is inside the
span); Chinese 乡/镇/村/组 addresses and addresses over two lines. Telephones of Canada, South Africa, Nigeria, Kenya,
Pakistan and the UK, Chinese mobiles as ``86-138...`` and ``138.1234.5678``. Dates of birth as ``07MAR1961``,
``7-Mar-61``, ``March 7th, 1961``, ``1961年03月07日``, ``61年3月7日`` and ``1961.3.7``. NHS numbers with spaces and
Nigerian NINs, Pakistani CNICs, Kenyan ID numbers and South African ID numbers (``NATIONAL_ID``); Ontario health
numbers with their version code and 居民健康卡号 and 新农合卡号 (``INSURANCE_ID``); hospital numbers with a site
prefix and Chinese record numbers with a campus prefix (``MEDICAL_RECORD_NO``); Chinese resident IDs; e-mail
addresses at yahoo.ca, mweb.co.za, btinternet.com, foxmail.com and 139.com.

Span types are the earlier splits' types only and fresh5's to fresh8's conventions hold: titles, honorifics and
kinship words (Mr, Dr, Sister, 先生, 阿姨, ``(son)``) stay outside a name's span. Eponymous diseases and syndromes
(Usher syndrome, Duchenne muscular dystrophy), Chinese patent medicines (including 张仲景六味地黄丸 and 片仔癀),
drugs and doses, device models (Cochlear Nucleus 8, Quickie Nitrum, Invacare Action 3NG), impedances, INRs, scores
(Berg 38/56, Barthel 45, Bishop 6), laboratory values and dates that are not birth dates (visits, dates of death,
loan and return dates) are keep terms; dates of death are keep terms of kind ``number`` like other non-birth dates.
Rota, loan, batch and claim numbers, vaccine lot numbers, bed numbers and mortuary tag numbers are plain text.
"""

import datetime

from stdnum import luhn
from stdnum.cn import ric

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh8 import Fresh8Source

# `date +%s` when this split was started (2026-12-02 10:51:50 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH9_SEED = 1796208710

FRESH9_KEEP = {
    "en": {
        "eponym": (
            "Alzheimer's disease",
            "Charcot-Marie-Tooth disease",
            "Duchenne muscular dystrophy",
            "Marfan syndrome",
            "Ehlers-Danlos syndrome",
            "Paget's disease of bone",
            "Graves' disease",
            "Hodgkin lymphoma",
            "Perthes disease",
            "Osgood-Schlatter disease",
            "Crohn's disease",
            "Hirschsprung disease",
            "Baker's cyst",
            "Colles' fracture",
        ),
        "drug": (
            "apixaban 5 mg BD",
            "warfarin 3 mg OD",
            "metformin 1 g BD",
            "amlodipine 5 mg OD",
            "morphine sulfate MR 20 mg BD",
            "co-codamol 30/500 two QDS PRN",
            "furosemide 40 mg mane",
            "salbutamol 100 mcg inhaler PRN",
            "paracetamol 1 g QDS",
            "tramadol 50 mg TDS PRN",
        ),
        "number": (
            "HbA1c 58 mmol/mol",
            "eGFR 41 mL/min/1.73m2",
            "Hb 98 g/L",
            "CRP 37 mg/L",
            "potassium 5.6 mmol/L",
            "BP 148/86 mmHg",
            "SpO2 93% on air",
            "INR 3.4",
            "platelets 112 x10^9/L",
            "temperature 38.2 C",
        ),
    },
    "zh": {
        "eponym": (
            "阿尔茨海默病",
            "腓骨肌萎缩症（Charcot-Marie-Tooth病）",
            "杜氏肌营养不良",
            "马方综合征",
            "佩吉特骨病",
            "格雷夫斯病",
            "霍奇金淋巴瘤",
            "股骨头骨骺骨软骨病（Perthes病）",
            "先天性巨结肠（Hirschsprung病）",
            "贝克囊肿",
            "科利斯骨折",
            "唐氏综合征",
            "特纳综合征",
            "布加综合征",
        ),
        "drug": (
            "阿哌沙班片5mg bid",
            "华法林钠片3mg qd",
            "盐酸二甲双胍片0.5g tid",
            "苯磺酸氨氯地平片5mg qd",
            "硫酸吗啡缓释片20mg q12h",
            "呋塞米片20mg qd",
            "阿托伐他汀钙片20mg qn",
            "硝苯地平控释片30mg qd",
            "门冬胰岛素注射液8u tid",
            "氯吡格雷片75mg qd",
        ),
        "number": (
            "糖化血红蛋白7.8%",
            "空腹血糖8.6mmol/L",
            "血压152/94mmHg",
            "血红蛋白98g/L",
            "INR 2.6",
            "血肌酐132μmol/L",
            "血氧饱和度93%",
            "C反应蛋白37mg/L",
            "血钾5.6mmol/L",
            "体温38.2℃",
        ),
    },
}
ZH9_TCM = (
    "复方丹参滴丸",
    "六味地黄丸",
    "张仲景六味地黄丸",
    "速效救心丸",
    "安宫牛黄丸",
    "片仔癀",
    "连花清瘟胶囊",
    "血府逐瘀胶囊",
    "通心络胶囊",
    "麝香保心丸",
    "陈李济舒筋活络丸",
    "同仁堂牛黄清心丸",
)

# Style-specific keep terms (kind in the key after the colon).
FRESH9_SPECIAL = {
    "en": {
        "physio9:number": (
            "Berg Balance Scale 38/56",
            "Timed Up and Go 17 s",
            "knee flexion 95 degrees",
            "Oxford knee score 24",
            "6-minute walk 310 m",
        ),
        "chair9:eponym": (
            "Quickie Nitrum",
            "Invacare Action 3NG",
            "Permobil M3 Corpus",
            "Roho Quadtro Select cushion",
            "Jay J3 back",
        ),
        "chair9:number": ("seat width 42 cm", "seat depth 44 cm", "Barthel 45/100", "Waterlow 16"),
        "ci9:eponym": (
            "Cochlear Nucleus 8 (CP1110)",
            "MED-EL Sonnet 2",
            "Advanced Bionics Naida CI M90",
            "Oticon Medical Neuro 2",
        ),
        "ciepo9:eponym": ("Usher syndrome", "Waardenburg syndrome", "Pendred syndrome", "Mondini dysplasia"),
        "ci9:number": (
            "impedances 5.2-8.9 kOhm, no open circuits",
            "C-levels 180-195 CU",
            "T-levels 110-125 CU",
            "aided thresholds 25-30 dB HL",
        ),
        "pps9:number": ("PPS 40%", "PPS 30%", "IPOS 22", "Abbey pain scale 4"),
        "birth9:number": ("Bishop score 6", "G2P1", "GBS negative", "BMI at booking 31"),
        "birth9:drug": ("Entonox", "pethidine 100 mg IM", "remifentanil PCA", "epidural (levobupivacaine)"),
        "inr9:number": ("INR 2.4 (range 2-3)", "INR 3.6", "INR 1.8", "INR 2.9"),
        "aefi9:drug": (
            "Pneumovax 23",
            "Shingrix dose 1",
            "Comirnaty XBB.1.5",
            "Fluenz Tetra",
            "Bexsero dose 2",
        ),
        "aid9:eponym": ("Zimmer frame (2-wheeled)", "Rollator Topro Olympos", "elbow crutches (Ergobaum)"),
        "stoma9:eponym": (
            "Coloplast SenSura Mio Convex 35 mm",
            "Dansac NovaLife 1 38 mm",
            "ConvaTec Esteem+ 40 mm",
            "Salts Confidence BE 30 mm",
        ),
        "stoma9:number": ("output 1.2 L/day", "stoma 32 mm round", "peristomal skin SACS L1", "output 600 mL/day"),
    },
    "zh": {
        "physio9:number": ("Berg平衡量表38分", "起立-行走计时17秒", "膝关节屈曲95°", "6分钟步行310米"),
        "chair9:eponym": ("鱼跃H062轮椅", "互邦HBL35", "奥托博克Avantgarde", "凯洋KY954"),
        "chair9:number": ("座宽42cm", "座深44cm", "Barthel指数45分", "Braden评分14分"),
        "ci9:eponym": ("科利耳Nucleus 8", "诺尔康晨星", "美迪乐Sonnet 2", "领先仿生Naida CI M90"),
        "ciepo9:eponym": ("大前庭水管综合征", "Usher综合征", "Waardenburg综合征", "Mondini畸形"),
        "ci9:number": ("电极阻抗5.2-8.9kΩ", "C值180-195 CU", "T值110-125 CU", "助听听阈25-30dB HL"),
        "pps9:number": ("PPS 40%", "NRS疼痛评分5分", "卡氏评分30分", "ECOG 4分"),
        "birth9:number": ("Bishop评分6分", "G2P1", "GBS阴性", "孕前BMI 26"),
        "birth9:drug": ("笑气吸入镇痛", "盐酸哌替啶注射液100mg", "罗哌卡因硬膜外镇痛", "瑞芬太尼静脉自控镇痛"),
        "inr9:number": ("INR 2.4（目标2-3）", "INR 3.6", "INR 1.8", "INR 2.9"),
        "aefi9:drug": (
            "23价肺炎球菌多糖疫苗",
            "重组带状疱疹疫苗",
            "流感病毒裂解疫苗",
            "百白破疫苗第3剂",
            "乙脑减毒活疫苗",
        ),
        "aid9:eponym": ("鱼跃四脚拐杖", "可孚助行器YX-1", "腋拐（铝合金）"),
        "stoma9:eponym": ("康乐保SenSura Mio凸面底盘", "康维德Esteem+造口袋", "丹莎NovaLife底盘", "安舒造口护肤粉"),
        "stoma9:number": ("造口直径32mm", "排出量1.2L/日", "造口周围皮肤SACS L1", "排出量600ml/日"),
    },
}

# Names.
GIVEN9 = (
    "Maria",
    "Thabo",
    "Chinedu",
    "Wambui",
    "Ayesha",
    "Siobhan",
    "Callum",
    "Pieter-Jan",
    "Nomvula",
    "Imran",
    "Adaeze",
    "Kiprono",
    "Geneviève",
    "Farah",
    "Eilidh",
    "Olumide",
    "Zainab",
    "Lwazi",
    "Achieng",
    "Bilal",
)
SURNAMES9 = (
    "González",
    "Mokoena",
    "Okafor",
    "Njoroge",
    "Qureshi",
    "O'Sullivan",
    "MacLeod",
    "du Plessis",
    "Nkosi",
    "Chaudhry",
    "Adeyemi",
    "Kiprotich",
    "Tremblay",
    "D'Souza",
    "Fitzgerald",
    "Fitz-Simons",
    "McAllister",
    "N'Diaye",
    "O'Brien-Kelly",
    "D'Arcy",
    "van Wyk",
    "Odhiambo",
    "Abubakar",
    "Mahlangu",
    "Ouellette",
)
ZH9_RARE = ("亓", "隗", "禚", "逄", "佘", "宓", "厍", "昝", "蒯", "訾", "仉", "郗", "甄", "靳", "芮", "晏")
ZH9_COMMON = ("王", "张", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马")
ZH9_SINGLE = ("红", "静", "勇", "芳", "军", "涛", "敏", "华", "磊", "霞", "杰", "琴")
ZH9_GIVEN = ("小明", "春燕", "国庆", "秋菊", "建军", "翠兰", "志刚", "海燕", "卫东", "玉兰", "子涵", "俊杰")
ZH9_MINORITY = (
    "买买提·艾力",
    "阿卜杜热合曼·库尔班",
    "热依拉·阿不都",
    "艾合买提江·吐尔逊",
    "古丽米拉·阿不力孜",
    "努尔兰·加帕尔",
    "吐尔洪·司马义",
    "阿依古丽",
    "扎西多吉",
    "次仁卓玛",
    "格桑梅朵",
    "乌兰其其格",
    "巴特尔",
    "旦增平措",
)
DOTS9 = ("·", "·", "·", "•", "．")

# Addresses.
EN9_ADDR = {
    "ca": (
        "{u}-{n}{k} Harbord Street, Toronto ON M5S {k}G{m}",
        "Apt {u}, {n}{k} rue Sainte-Catherine Est, Montréal QC H2L {k}B{m}",
        "{n}{m} Portage Avenue, Unit {u}, Winnipeg MB R3B {k}H{m}",
        "{n}{k}-{m}{m} Avenue NW, Edmonton AB T6E {k}R{m}",
    ),
    "za": (
        "{n} Jacaranda Street, Lynnwood, Pretoria, 00{m}1",
        "Erf {n}{k}{m}, Site C, Khayelitsha, Cape Town, 7784",
        "Stand {n}{k}, Zone {k}, Ga-Rankuwa, 0208",
        "Flat {u}{m}, Umhlanga Sands, {n} Lagoon Drive, Umhlanga, 4320",
    ),
    "ng": (
        "Plot {n}, Adeola Odeku Street, Victoria Island, Lagos",
        "No. {n} Bompai Road, Nassarawa GRA, Kano",
        "House {n}, 3rd Avenue, Gwarinpa Estate, Abuja FCT",
        "{n} Ogui Road, off Zik Avenue, Enugu",
    ),
    "ke": (
        "P.O. Box {n}{k}{m}-00100, Nairobi",
        "Hse No. {n}, Kileleshwa, off Othaya Road, Nairobi",
        "Plot {n}{m}/MN, Nyali Road, Mombasa",
        "P.O. Box {n}{k}-40100, Kisumu",
    ),
    "pk": (
        "House No. {n}, Street {k}, F-8/{m}, Islamabad",
        "Flat {u}, Block 13-D, Gulshan-e-Iqbal, Karachi",
        "Mohalla Islampura, Gali No. {k}, House {n}{m}, Lahore",
        "House {n}-B, Phase {k}, Hayatabad, Peshawar",
    ),
    "uk": (
        "Wellington Street {n}, flat {u}, Glasgow G2 {k}HX",
        "Marlborough Road, No. {n}, Flat {u}, Cardiff CF23 {k}BU",
        "Orchard Close {n}b, Truro TR1 {k}QA",
    ),
}
EN9_TWO_LINE = (
    "{n} Jacaranda Street\nLynnwood, Pretoria 00{m}1",
    "{u}-{n}{k} Harbord Street\nToronto ON  M5S {k}G{m}",
    "House No. {n}, Street {k}\nF-8/{m}, Islamabad",
    "Wellington Street {n}, flat {u}\nGlasgow G2 {k}HX",
    "Plot {n}, Adeola Odeku Street\nVictoria Island, Lagos",
)
ZH9_VILLAGE = (
    ("河南省周口市郸城县", "胡集乡", "李楼村"),
    ("四川省南充市仪陇县", "马鞍镇", "琳琅村"),
    ("贵州省黔东南州雷山县", "西江镇", "羊排村"),
    ("新疆喀什地区疏附县", "托克扎克镇", "阿亚格曼干村"),
    ("甘肃省定西市通渭县", "碧玉乡", "关川村"),
    ("山东省菏泽市曹县", "大集镇", "丁楼村"),
    ("云南省昭通市镇雄县", "以勒镇", "大火地村"),
    ("西藏日喀则市南木林县", "艾玛乡", "牛家村"),
)
ZH9_GROUP = ("一组", "二组", "三组", "五组", "七组", "1组", "4组", "6组")


class Fresh9Source(Fresh8Source):
    """Values for the twelfth split: the eleventh split's sources and, drawn after them (so no other split changes),
    given-name-then-SURNAME, apostrophe and prefix names, lower-case names, Chinese spaced, 氏, minority and
    rare-surname names; Canadian, South African, Nigerian, Kenyan, Pakistani and two-line addresses and Chinese
    乡/镇/村/组 addresses; their telephones, dates of birth, NHS, Ontario, NIN, CNIC, Kenyan and South African numbers,
    site-prefixed record numbers, 健康卡号 and 新农合卡号."""

    # Names.

    def person9(self) -> tuple[str, str]:
        return self.rng.choice(GIVEN9), self.rng.choice(SURNAMES9)

    def en_name9(self) -> str:
        given, sur = self.person9()
        return f"{given} {sur.upper()}" if self.rng.random() < 0.35 else f"{given} {sur}"

    def zh_name9(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return r.choice(ZH9_RARE) + r.choice(ZH9_SINGLE)
        if roll < 0.5:
            return r.choice(ZH9_RARE) + r.choice(ZH9_GIVEN)
        return r.choice(ZH9_COMMON) + r.choice(ZH9_GIVEN)

    def zh_minority9(self) -> str:
        return self.rng.choice(ZH9_MINORITY).replace("·", self.rng.choice(DOTS9))

    def zh_shi9(self) -> str:
        a, b = self.rng.sample(ZH9_COMMON + ZH9_RARE, 2)
        return f"{a}{b}氏"

    def zh_space9(self) -> str:
        r = self.rng
        return f"{r.choice(ZH9_COMMON + ZH9_RARE)} {r.choice(ZH9_GIVEN + ZH9_SINGLE)}"

    def zh_nick9(self) -> str:
        r = self.rng
        return r.choice(("阿" + r.choice(ZH9_SINGLE), "老" + r.choice(ZH9_RARE), "小" + r.choice(ZH9_COMMON)))

    # Addresses.

    def fill9(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(n=r.randint(2, 96), k=r.randint(1, 9), m=r.randint(1, 9), u=r.randint(1, 24))

    def en_addr9(self, country: str | None = None) -> str:
        pool = EN9_ADDR[country or self.rng.choice(list(EN9_ADDR))]
        return self.fill9(self.rng.choice(pool))

    def zh_addr9(self, two_lines: bool = False) -> str:
        r = self.rng
        county, town, village = r.choice(ZH9_VILLAGE)
        tail = f"{town}{village}{r.choice(ZH9_GROUP)}" + r.choice(("", f"{r.randint(1, 80)}号"))
        return f"{county}\n{tail}" if two_lines else f"{county}{tail}"

    # Telephones.

    def en_phone9(self) -> str:
        r, d = self.rng, self.digits
        return r.choice(
            (
                f"(416) 5{d(2)}-{d(4)}",
                f"+1 514 {d(3)} {d(4)}",
                f"012 {d(3)} {d(4)}",
                f"+27 83 {d(3)} {d(4)}",
                f"+234 80{d(1)} {d(3)} {d(4)}",
                f"0809-{d(3)}-{d(4)}",
                f"0722 {d(3)} {d(3)}",
                f"+254 (0) 7{d(2)} {d(6)}",
                f"0300-{d(7)}",
                f"+92 321 {d(7)}",
                f"07{d(3)} {d(6)}",
            )
        )

    def zh_phone9(self) -> str:
        n = f"1{self.rng.choice('35789')}{self.digits(9)}"
        return self.rng.choice((f"86-{n}", f"{n[:3]}.{n[3:7]}.{n[7:]}", n))

    # Dates of birth.

    def dob9_en(self, born: datetime.date) -> str:
        day = born.day
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.rng.choice(
            (f"{born:%d%b%Y}".upper(), f"{day}-{born:%b}-{born:%y}", f"{born:%B} {day}{suffix}, {born.year}")
        )

    def dob9_zh(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born.year}年{born.month:02d}月{born.day:02d}日",
                f"{born:%y}年{born.month}月{born.day}日",
                f"{born.year}.{born.month}.{born.day}",
            )
        )

    # Identifiers.

    def nhs9(self) -> str:
        while True:
            body = self.digits(9)
            check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
            if check != 10:
                n = body + str(check % 11)
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def ohip9(self) -> str:
        body = f"{self.rng.randint(1, 9)}{self.digits(8)}"
        n = body + luhn.calc_check_digit(body)
        vc = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        return self.rng.choice((f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}"))

    def cnic9(self) -> str:
        return f"{self.rng.randint(1, 7)}{self.digits(4)}-{self.digits(7)}-{self.rng.randint(1, 9)}"

    def za_id9(self, born: datetime.date) -> str:
        body = f"{born:%y%m%d}{self.digits(4)}{self.rng.choice('01')}8"
        return body + luhn.calc_check_digit(body)

    def site_mrn9(self) -> str:
        r, d = self.rng, self.digits
        site = r.choice(("RGH", "KCH", "QEUH", "SJH", "NGH", "TGH"))
        return r.choice((f"{site}-{d(7)}", f"{site}/{d(2)}/{d(6)}", f"{site} {d(3)} {d(4)}", f"{site}:H{d(7)}"))

    def zh_mrn9(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"东院ZY{d(8)}", f"XQ-{d(9)}", f"南区{d(7)}", f"BY{d(2)}-{d(6)}"))

    def rid9(self, born: datetime.date) -> str:
        body = f"{self.rng.choice(('411625', '511324', '522634', '653121', '621121'))}{born:%Y%m%d}{self.digits(3)}"
        return body + ric.calc_check_digit(body + "0")

    def values(self) -> Values:
        """One person's values with the twelfth split's forms, drawn after the eleventh split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH9_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo9", "drug": "drug9", "number": "num9"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        values["zh_tcm9"] = (r.choice(ZH9_TCM), "KEEP:drug", "zh")
        values["zh_tcm9b"] = (r.choice(ZH9_TCM), "KEEP:drug", "zh")
        for lang, lists in FRESH9_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}_{kind[:3]}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        visit = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(320))
        later = visit + datetime.timedelta(days=r.randint(7, 60))
        for slot, day in (("visit9", visit), ("later9", later)):
            values[f"en_{slot}"] = (
                r.choice((f"{day:%d.%m.%Y}", f"{day:%a} {day.day} {day:%B}", f"{day:%Y-%m-%d}")),
                "KEEP:number",
                "en",
            )
            values[f"zh_{slot}"] = (
                r.choice((f"{day.year}年{day.month}月{day.day}日", f"{day.month}月{day.day}日", f"{day:%Y.%m.%d}")),
                "KEEP:number",
                "zh",
            )
        born = self.born5()
        values["age9"] = (str(2026 - born.year), "KEEP:number", "any")
        given, sur = self.person9()
        given_b, sur_b = self.person9()
        people = {
            "en_given9": (given, "en"),
            "en_sur9": (sur, "en"),
            "en_full9": (f"{given} {sur}", "en"),
            "en_caps9": (f"{given} {sur.upper()}", "en"),
            "en_given9b": (given_b, "en"),
            "en_full9b": (f"{given_b} {sur_b}", "en"),
            "en_lower9": (f"{given} {sur}".lower(), "en"),
            "en_lowergiven9b": (given_b.lower(), "en"),
            "en_name9": (self.en_name9(), "en"),
            "en_name9b": (self.en_name9(), "en"),
            "en_name9c": (self.en_name9(), "en"),
            "en_staff9": (self.en_name9(), "en"),
            "en_staff9b": (self.en_name9(), "en"),
            "en_staffsur9": (r.choice(SURNAMES9), "en"),
            "zh_name9": (self.zh_name9(), "zh"),
            "zh_name9b": (self.zh_name9(), "zh"),
            "zh_name9c": (self.zh_name9(), "zh"),
            "zh_min9": (self.zh_minority9(), "zh"),
            "zh_min9b": (self.zh_minority9(), "zh"),
            "zh_shi9": (self.zh_shi9(), "zh"),
            "zh_space9": (self.zh_space9(), "zh"),
            "zh_nick9": (self.zh_nick9(), "zh"),
            "zh_staff9": (self.zh_name9(), "zh"),
            "zh_staff9b": (self.zh_name9(), "zh"),
            "zh_sur9": (r.choice(ZH9_COMMON + ZH9_RARE), "zh"),
        }
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "en_addr9": (self.en_addr9(), "en"),
            "en_addr9b": (self.en_addr9(), "en"),
            "en_ca9": (self.en_addr9("ca"), "en"),
            "en_za9": (self.en_addr9("za"), "en"),
            "en_ng9": (self.en_addr9("ng"), "en"),
            "en_ke9": (self.en_addr9("ke"), "en"),
            "en_pk9": (self.en_addr9("pk"), "en"),
            "en_uk9": (self.en_addr9("uk"), "en"),
            "en_addr9_2l": (self.fill9(r.choice(EN9_TWO_LINE)), "en"),
            "zh_addr9": (self.zh_addr9(), "zh"),
            "zh_addr9b": (self.zh_addr9(), "zh"),
            "zh_addr9_2l": (self.zh_addr9(two_lines=True), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        for slot in ("en_phone9", "en_phone9b"):
            values[slot] = (self.en_phone9(), "PHONE", "en")
        for slot in ("zh_phone9", "zh_phone9b"):
            values[slot] = (self.zh_phone9(), "PHONE", "zh")
        child = self.dob_child()
        values["dob9_en"] = (self.dob9_en(born), "DATE_OF_BIRTH", "en")
        values["dob9_zh"] = (self.dob9_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob9_en"] = (self.dob9_en(child), "DATE_OF_BIRTH", "en")
        values["child_dob9_zh"] = (self.dob9_zh(child), "DATE_OF_BIRTH", "zh")
        values["nhs9"] = (self.nhs9(), "NATIONAL_ID", "en")
        values["nin9"] = (f"{r.randint(1, 9)}{self.digits(10)}", "NATIONAL_ID", "en")
        values["cnic9"] = (self.cnic9(), "NATIONAL_ID", "en")
        values["ke_id9"] = (f"{r.randint(1, 3)}{self.digits(7)}", "NATIONAL_ID", "en")
        values["za_id9"] = (self.za_id9(born), "NATIONAL_ID", "en")
        values["ohip9"] = (self.ohip9(), "INSURANCE_ID", "en")
        values["zh_jkk9"] = (f"{r.choice(('41', '51', '52', '65'))}{self.digits(18)}", "INSURANCE_ID", "zh")
        county = r.choice(("411625", "511324", "522634", "621121"))
        values["zh_xnh9"] = (
            r.choice((f"{county}{self.digits(10)}", f"{county}-{self.digits(5)}-{self.digits(3)}-{self.digits(2)}")),
            "INSURANCE_ID",
            "zh",
        )
        values["rid9"] = (self.rid9(born), "CN_RESIDENT_ID", "zh")
        values["rid9b"] = (self.rid9(self.born5()), "CN_RESIDENT_ID", "zh")
        for slot in ("en_mrn9", "en_mrn9b"):
            values[slot] = (self.site_mrn9(), "MEDICAL_RECORD_NO", "en")
        for slot in ("zh_mrn9", "zh_mrn9b"):
            values[slot] = (self.zh_mrn9(), "MEDICAL_RECORD_NO", "zh")
        first = ascii_lower(ascii_fold(given)) or "user"
        last = ascii_lower(ascii_fold(sur)) or "mail"
        values["email9"] = (
            r.choice(
                (
                    f"{first}.{last}@yahoo.ca",
                    f"{first[0]}{last}@mweb.co.za",
                    f"{last}{r.randint(1, 99)}@btinternet.com",
                )
            ),
            "EMAIL",
            "en",
        )
        values["zh_email9"] = (
            r.choice((f"{self.digits(10)}@139.com", f"{r.choice(('qihong', 'zhuojing', 'pangyong'))}88@foxmail.com")),
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 10:51 UTC, seed 1796208710 from `date +%s` then), see the module docstring.
FRESH9: dict[str, dict[str, list[str]]] = {
    "physio_exercise": {
        "en": [
            "Physiotherapy Department\n\nDear {en_caps9},\n\nThank you for coming on {en_visit9}. As discussed, "
            "please do the exercises below twice a day; {en_given9b} (son) kindly offered to help.\n"
            "1. Sit-to-stand x10\n2. Heel raises x15\n3. Straight-leg raise x10 each side\nToday: "
            "{en_physio9_num}; background {en_epo9}. Keep taking {en_drug9}.\nNext appointment {en_later9}.\n\n"
            "Yours sincerely,\n{en_staff9}, Physiotherapist\nHospital no. {en_mrn9}  |  Address on file: "
            "{en_uk9}",
        ],
        "zh": [
            "康复科居家训练指导单\n患者：{zh_space9}　病历号：{zh_mrn9}\n诊断：{zh_epo9}\n评估：{zh_physio9_num}\n"
            "居家训练：\n1. 坐站转移 每组10次\n2. 踮脚尖 每组15次\n3. 直腿抬高 每侧10次\n"
            "请家属{zh_name9b}（女儿）在旁保护。\n复诊日期：{zh_later9}\n康复治疗师：{zh_staff9}　电话咨询{zh_phone9}",
        ],
    },
    "wheelchair": {
        "en": [
            "WHEELCHAIR SERVICE - ASSESSMENT\nClient: {en_caps9}    NHS No: {nhs9}    DOB: {dob9_en}\n"
            "Address:\n{en_addr9_2l}\nDiagnosis: {en_epo9}\nMeasurements: {en_chair9_num}\nPrescribed: "
            "{en_chair9_epo}\nCarer present: {en_name9} (wife)\nTherapist: {en_staff9}   Rehab engineer: "
            "{en_staff9b}\nContact: {en_phone9}",
        ],
        "zh": [
            "轮椅适配评估表\n姓名：{zh_shi9}　年龄：{age9}岁　身份证号：{rid9}\n住址：{zh_addr9}\n"
            "诊断：{zh_epo9}\n评估：{zh_chair9_num}\n适配：{zh_chair9_epo}\n陪同：儿子{zh_name9b}，"
            "电话{zh_phone9}\n评估人：{zh_staff9}　复核：{zh_sur9}工程师",
        ],
    },
    "cochlear_mapping": {
        "en": [
            "COCHLEAR IMPLANT MAPPING NOTE\nRecipient: {en_full9}    Hosp No {en_mrn9}    DOB {child_dob9_en}\n"
            "Aetiology: {en_ciepo9_epo}\nProcessor: {en_ci9_epo}, right\nMAP 7 created: {en_ci9_num}\n"
            'Mum "{en_given9b}" reports better response to name at school.\nAudiologist: {en_staff9}\n'
            "Next mapping {en_later9}; teacher of the deaf {en_name9b} to be copied in ({email9})",
        ],
        "zh": [
            "人工耳蜗调机记录\n患儿：{zh_min9}　出生日期：{child_dob9_zh}　病案号：{zh_mrn9}\n病因：{zh_ciepo9_epo}\n"
            "言语处理器：{zh_ci9_epo}（右耳）\n本次调机：{zh_ci9_num}\n母亲{zh_min9b}诉在家叫名字已有反应。\n"
            "调机师：{zh_staff9}　下次：{zh_later9}\n家庭住址：{zh_addr9}",
        ],
    },
    "volunteer_rota": {
        "en": [
            "HOSPICE VOLUNTEER ROTA - week of {en_visit9}\nMon  {en_name9} / {en_staff9b}\nTue  {en_name9c}\n"
            'Wed  "{en_name9b}" (new, shadowing {en_staffsur9})\nThu  {en_name9}\nNotes: Room 3 {en_caps9} '
            "({en_pps9_num}) likes being read to; wife {en_given9b} prefers mornings. {en_epo9}.\nVolunteer "
            "coordinator: {en_staff9}, {en_phone9}",
        ],
        "zh": [
            "临终关怀探视登记\n日期：{zh_visit9}\n患者：{zh_shi9}（3床）　{zh_pps9_num}\n"
            "探视人：{zh_name9b}（儿子）、{zh_space9}（孙女）、{zh_nick9}\n志愿者：{zh_name9c}、{zh_staff9b}\n"
            "家属联系电话：{zh_phone9}\n备注：患者想回{zh_addr9}老家看看\n登记：{zh_staff9}",
        ],
    },
    "delivery_driver": {
        "en": [
            "PHARMACY HOME DELIVERY - DRIVER LOG\nRun 14, driver {en_staff9}\n10:05  {en_caps9}, {en_za9} - "
            "{en_drug9}, {en_drug9b} - signed\n10:40  {en_name9b}, {en_addr9} - no answer, card left\n"
            "Driver texts:\n[10:41] left it w the neighbour for {en_lower9}, she said she'd pass it on\n[10:43] "
            "{en_lowergiven9b} asked if tuesday ok for next one\nCustomer tel {en_phone9}; SA ID on file {za_id9}",
        ],
        "zh": [
            "药房送药上门登记\n配送员：{zh_staff9}　日期：{zh_visit9}\n收件人：{zh_name9}　电话{zh_phone9}\n"
            "地址：{zh_addr9_2l}\n药品：{zh_drug9}；{zh_tcm9}\n签收：{zh_nick9}代收（邻居）\n"
            "备注：老人是{zh_min9}的母亲，下次请直接联系{zh_phone9b}",
        ],
    },
    "mortuary_release": {
        "en": [
            "MORTUARY RELEASE FORM\nDeceased: {en_caps9}   Hospital no. {en_mrn9}   DOB {dob9_en}\nDate of "
            "death: {en_visit9}   Cause: see MCCD; history of {en_epo9}\nTag no. M-2231\n"
            "Released to: {en_name9b}, funeral "
            "director, of {en_ng9}\nIdentified by: {en_full9b} (brother), NIN {nin9}\nNext of "
            "kin tel {en_phone9}\nAPT: {en_staff9}",
        ],
        "zh": [
            "太平间遗体交接单\n死者姓名：{zh_name9}　住院号：{zh_mrn9}　身份证号：{rid9}\n死亡日期：{zh_visit9}\n"
            "死亡原因：{zh_epo9}\n领取人：{zh_name9b}（长子）　身份证号：{rid9b}\n联系电话：{zh_phone9}\n"
            "遗体运往：{zh_addr9}\n交接人：{zh_staff9}　殡仪馆接收：{zh_sur9}师傅",
        ],
    },
    "birth_plan": {
        "en": [
            "MY BIRTH PLAN\nName: {en_caps9}   DOB: {dob9_en}   Hospital number: {en_mrn9}\nOHIP: {ohip9}\n"
            'Address: {en_ca9}\nBirth partner: {en_given9b} (husband); also my sister "{en_name9c}"\n'
            "Pain relief I would like: {en_birth9_dru}\nBooking notes: {en_birth9_num}; {en_num9}\nEDD "
            "{en_later9}. Midwife: {en_staff9}. Phone {en_phone9}",
        ],
        "zh": [
            "分娩计划书\n孕妇姓名：{zh_name9}　出生日期：{dob9_zh}　门诊号：{zh_mrn9}\n居民健康卡号：{zh_jkk9}\n"
            "产检情况：{zh_birth9_num}；{zh_num9}\n镇痛意愿：{zh_birth9_dru}\n陪产人：丈夫{zh_space9}\n"
            "紧急联系人：婆婆{zh_shi9}　{zh_phone9}\n预产期：{zh_later9}\n助产士：{zh_staff9}",
        ],
    },
    "reimbursement": {
        "en": [
            "MEDICAL SCHEME REIMBURSEMENT CLAIM\nMember: {en_caps9}   Employee ID on payroll\nKenyan ID No. "
            "{ke_id9}\nPostal address: {en_ke9}\nPatient (dependant): {en_given9b} (daughter), DOB "
            "{child_dob9_en}\nTreatment: {en_epo9}; {en_drug9}\nInvoice from hospital no. {en_mrn9}\nPay to M-Pesa "
            "{en_phone9}\nClaim no. CL-88120. Checked by {en_staff9}",
        ],
        "zh": [
            "医保报销申请\n参保人：{zh_name9}　身份证号：{rid9}\n新农合卡号：{zh_xnh9}\n户籍地址：{zh_addr9}\n"
            "就诊医院住院号：{zh_mrn9}\n诊断：{zh_epo9}\n费用明细：{zh_drug9}；{zh_tcm9}\n"
            "代办人：{zh_name9b}（侄子）　电话：{zh_phone9}\n受理人：{zh_staff9}",
        ],
    },
    "chronic_card": {
        "en": [
            "ANTICOAGULATION CLINIC - patient booklet\nName: {en_full9}   Hosp No: {en_mrn9}\nIndication: "
            "{en_epo9}\n{en_visit9}  {en_inr9_num}  {en_drug9}  next {en_later9}  ({en_staffsur9})\nAlso on: "
            "{en_drug9b}\nGP: Dr {en_staff9}\nIf bleeding call {en_phone9}. Home: {en_uk9}",
        ],
        "zh": [
            "慢病随访管理卡\n姓名：{zh_name9}　性别：男　出生日期：{dob9_zh}\n健康档案号：{zh_mrn9}\n"
            "现住址：{zh_addr9_2l}\n联系电话：{zh_phone9}\n随访记录：{zh_visit9} {zh_num9}，{zh_num9b}，"
            "用药{zh_drug9}、{zh_tcm9}\n随访医生：{zh_staff9}　村医{zh_sur9}大夫",
        ],
    },
    "home_ward": {
        "en": [
            "HOSPITAL AT HOME - DAILY RECORD\nPatient: {en_caps9}   ID {en_mrn9}   DOB {dob9_en}\nHome: "
            "{en_pk9}\nCNIC (for pharmacy): {cnic9}\nDay 3: {en_num9}; {en_num9b}; IV {en_drug9} given\n"
            'Seen with his nephew {en_name9b} who translates. Daughter-in-law "{en_given9b}" does the meds.\n'
            "Nurse {en_staff9}; consultant {en_staff9b}. Family phone {en_phone9}",
        ],
        "zh": [
            "家庭病床记录\n建床日期：{zh_visit9}\n患者：{zh_min9}　住院号：{zh_mrn9}\n家庭住址：{zh_addr9}\n"
            "病情：{zh_epo9}，{zh_num9}\n处置：{zh_drug9}\n家属{zh_min9b}翻译，{zh_nick9}负责喂药\n"
            "巡诊医生：{zh_staff9}　护士：{zh_staff9b}　电话{zh_phone9}",
        ],
    },
    "household_visit": {
        "en": [
            "COMMUNITY HEALTH VOLUNTEER - HOUSEHOLD VISIT\nHousehold head: {en_caps9}   ID No. {ke_id9}\n"
            "Location: {en_ke9}\nMembers seen: {en_name9b}; {en_given9b} (grandson), DOB {child_dob9_en}\n"
            "Findings: {en_num9}; referred for {en_epo9}\nCHV: {en_staff9}   Tel {en_phone9}\nSupervisor: "
            "{en_staff9b}",
        ],
        "zh": [
            "健康扶贫档案\n户主：{zh_name9}　身份证号：{rid9}\n家庭住址：{zh_addr9_2l}\n新农合卡号：{zh_xnh9}\n"
            "家庭成员：妻子{zh_shi9}，孙子{zh_name9c}（出生日期{child_dob9_zh}）\n患病情况：{zh_epo9}，"
            "{zh_num9}\n帮扶责任人：{zh_staff9}　联系电话{zh_phone9}\n乡村医生：{zh_sur9}医生",
        ],
    },
    "outreach_clinic": {
        "en": [
            "RURAL OUTREACH CLINIC - DAY SHEET {en_visit9}\n1. {en_caps9}, {age9} y, {en_ng9} - {en_epo9}, "
            "{en_drug9}\n2. {en_name9b}, NIN {nin9} - {en_num9}\n3. baby of {en_given9b}, DOB {child_dob9_en} - "
            "{en_drug9b}\nPhones: #1 {en_phone9}, #2 {en_phone9b}\nClinician: {en_staff9}",
        ],
        "zh": [
            "村卫生室门诊日志\n日期：{zh_visit9}\n1. {zh_name9}，男，{age9}岁，住{zh_addr9}，{zh_epo9}，{zh_drug9}\n"
            "2. {zh_space9}，{zh_num9}，{zh_tcm9}\n3. {zh_min9}，新农合{zh_xnh9}，{zh_num9b}\n"
            "4. {zh_nick9}（{zh_name9b}的父亲），复诊\n接诊医生：{zh_staff9}",
        ],
    },
    "aefi": {
        "en": [
            "AEFI REPORT (adverse event following immunisation)\nVaccinee: {en_full9}   DOB {child_dob9_en}\n"
            "Health card: {ohip9}\nAddress: {en_ca9}\nVaccine: {en_aefi9_dru}, lot FK7723, given {en_visit9}\n"
            "Event: fever and limb swelling; {en_num9}\nReporter: {en_staff9}; parent {en_name9b} ({en_phone9})",
        ],
        "zh": [
            "疑似预防接种异常反应报告\n受种者：{zh_name9}　出生日期：{child_dob9_zh}　健康卡号：{zh_jkk9}\n"
            "疫苗：{zh_aefi9_dru}，批号202604B12，接种日期{zh_visit9}\n反应：发热、局部红肿，{zh_num9}\n"
            "监护人：{zh_name9b}　电话：{zh_phone9}\n现住址：{zh_addr9}\n报告人：{zh_staff9}",
        ],
    },
    "records_loan": {
        "en": [
            "CASE-NOTE TRACER CARD\nVolume 2 of 3 - {en_caps9}, {en_mrn9}\nAlso filed under old number "
            "{en_mrn9b}\nOut {en_visit9} to Dr {en_staff9} (outpatients), returned {en_later9}\nOut to "
            '{en_staff9b} for audit\nNote: merge with records of "{en_full9}" at {en_addr9}? Check DOB '
            "{dob9_en}",
        ],
        "zh": [
            "病历借阅登记\n借阅日期：{zh_visit9}\n病案号：{zh_mrn9}　患者姓名：{zh_name9}\n"
            "借阅人：{zh_staff9}（心内科）\n"
            "用途：科研随访\n归还日期：{zh_later9}　经手人：{zh_staff9b}\n备注：同名患者{zh_name9}（病案号{zh_mrn9b}）"
            "勿混淆",
        ],
    },
    "mobility_loan": {
        "en": [
            "EQUIPMENT LOAN AGREEMENT - walking aids\nBorrower: {en_caps9}   Hosp No. {en_mrn9}\nItem: "
            "{en_aid9_epo}, issued {en_visit9}\nDelivery address: {en_addr9b}\nCollected by: {en_name9b} "
            "(neighbour)\nReason: {en_epo9}\nReturn by {en_later9}. Queries {en_phone9}\nIssued by {en_staff9}",
        ],
        "zh": [
            "助行器具借用登记\n借用人：{zh_space9}　身份证号：{rid9}\n器具：{zh_aid9_epo}\n借出日期：{zh_visit9}\n"
            "住址：{zh_addr9}\n担保人：{zh_name9b}（女婿）　电话{zh_phone9}\n原因：{zh_epo9}\n"
            "归还日期：{zh_later9}　经办：{zh_staff9}",
        ],
    },
    "alert_card": {
        "en": [
            "EMERGENCY ALERT CARD - carry at all times\n{en_caps9}\nBorn {dob9_en}\nI have {en_epo9} and take "
            "{en_drug9}.\nIn an emergency call {en_given9b} ({en_phone9}) or my specialist {en_staff9}.\n"
            "Hospital: {en_mrn9}   NHS: {nhs9}\n{en_addr9_2l}",
        ],
        "zh": [
            "急救信息卡（请随身携带）\n姓名：{zh_min9}\n出生日期：{dob9_zh}\n疾病：{zh_epo9}\n"
            "常用药：{zh_drug9}、{zh_tcm9}\n紧急联系人：{zh_name9b}（丈夫）{zh_phone9}\n就诊医院病案号：{zh_mrn9}\n"
            "住址：{zh_addr9_2l}",
        ],
    },
    "stoma_visit": {
        "en": [
            "STOMA CARE - HOME VISIT\nPatient: {en_caps9}   Hospital no.: {en_mrn9}\nVisited at {en_addr9} on "
            "{en_visit9}\nIleostomy for {en_epo9}; {en_stoma9_num}\nAppliance: {en_stoma9_epo}\nWife "
            "{en_given9b} changing bags confidently. Email for prescriptions: {email9}\nSN {en_staff9}",
        ],
        "zh": [
            "造口护理门诊记录\n姓名：{zh_name9}　病历号：{zh_mrn9}　就诊日期：{zh_visit9}\n"
            "诊断：{zh_epo9}，回肠造口术后\n"
            "评估：{zh_stoma9_num}\n用品：{zh_stoma9_epo}\n家属{zh_shi9}学会换袋。邮箱{zh_email9}\n"
            "造口治疗师：{zh_staff9}",
        ],
    },
    "overseas_visitor": {
        "en": [
            "OVERSEAS VISITOR CHARGING - ASSESSMENT\nPatient: {en_caps9}   Hospital no. {en_mrn9}\nDOB "
            "{dob9_en}   Pakistani CNIC {cnic9}\nUK address while visiting: {en_uk9}\nHome address: {en_pk9}\n"
            "Sponsor: {en_name9b} (cousin), {en_phone9}, {email9}\nTreatment: {en_epo9}\nOVM: {en_staff9}",
        ],
        "zh": [
            "境外人员就诊登记\n姓名：{en_caps9}（外籍）　门诊号：{zh_mrn9}\n出生日期：{dob9_zh}\n"
            "在华住址：{zh_addr9}\n中方联系人：{zh_name9b}　电话{zh_phone9}\n翻译：{zh_min9}\n"
            "诊断：{zh_epo9}\n接诊医生：{zh_staff9}",
        ],
    },
}


def fresh9_notes(per_template: int = 15, seed: int = FRESH9_SEED) -> list[dict]:
    """The fresh9 rows: every template rendered ``per_template`` times with values from ``Fresh9Source``."""
    return notes("fresh9", FRESH9, per_template, seed, source_factory=Fresh9Source)
