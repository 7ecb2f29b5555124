"""The seventh split of synthetic clinical notes, ``fresh4``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (about 03:40 UTC) by an engineer who read none of the detector's code, notes, lists or
tests, nor the commit messages about its rules, and who never ran the detector or ``phi_evaluate`` on these notes:
another engineer runs it once, and that first run is the split's figure. Sixteen document styles that no earlier
split uses, 18 templates per language:

* ``ward_round``: ward-round notes in SOAP shorthand (post-take, consultant and TCM ward rounds with herb names);
* ``day_unit``: haemodialysis run sheets and chemotherapy day-unit flowsheets;
* ``icu_shorthand``: ICU handover in shorthand (A/B/C/R, 护理交班本);
* ``wound_chart``: wound-care and pressure-injury charts;
* ``med_rec``: pharmacy medication reconciliation and 出院带药单;
* ``transfusion``: blood-bank transfusion request slips with wristband barcodes;
* ``contact_tracing``: infection-control contact-tracing lists;
* ``medico_legal``: police requests for records (and 调取证据通知书);
* ``pastoral``: chaplaincy and medical social-work notes (Hong Kong 醫務社工);
* ``insurance_admin``: US pre-authorisation phone logs and 医保结算单;
* ``portal``: patient-portal secure messages (and a Taiwanese hospital app);
* ``export``: HL7 v2 ADT segments and a CSV export of registrations;
* ``booking``: WhatsApp clinic bookings in Singapore and 微信公众号 appointment slips;
* ``face_sheet``: an admission face sheet and 住院病案首页;
* ``visitor_register``: visitor and carer registers (家属陪护登记表);
* ``sg_mixed``: Singapore polyclinic notes that mix English, Singlish and Chinese.

Where the values sit differs too: nicknames (``Bobby``, ``阿珍``, ``老王``), surnames alone after a title or an
honorific (``Mrs Okafor``, ``欧阳女士``, ``王伯伯``), Malay, Indian and Singaporean Chinese names (``bin``,
``binte``, ``s/o``, ``Tan Ah Kow``), pinyin names in lower case and with compound surnames (``ouyang xiaoming``),
Chinese compound, rare and minority names (``司马``, ``禤``, ``阿依古丽·买买提``), HL7 names (``OKAFOR^CHINEDU^A``),
Singapore HDB and Malaysian addresses, UK, US, rural and PO-box addresses, addresses written as directions, Chinese
village addresses (乡/村/社/屯), 家属院 flats, Hong Kong estates (邨) and Taiwanese 鄰/巷/弄 addresses, NHS numbers,
Singapore NRICs, Malaysian MyKad numbers and passports (``NATIONAL_ID``), insurance member numbers, Medicare MBIs,
医保卡号 and 健保卡號 (``INSURANCE_ID``), record numbers with letters, 就诊卡号 and wristband barcodes
(``MEDICAL_RECORD_NO``), dates of birth as ``7/3/61``, ``19610307``, ``07MAR1961``, ``Mar 7 '61``, ``民國50年3月7日``,
``050/03/07`` and in full-width digits, UK/NZ/Singapore/Malaysian telephones, Chinese mobiles with hyphens, ``0086``
or full-width digits, and e-mail addresses at qq.com, 163.com, nhs.net and singnet.com.sg.

Span types are the earlier splits' types only. Titles and honorifics (Mr, Mrs, Sr., Dr, 先生, 女士, 阿姨, 伯伯, 姑娘)
stay outside a name's span; the prefixes of a nickname (阿, 老, 小 in 阿珍, 老王, 小李) are part of it. Eponyms,
eponymous hospitals, wards, devices and scales (Tan Tock Seng Hospital, 孙逸仙纪念医院, 张仲景国医院, Foley catheter,
Waterlow score) and Chinese herbs named like people (徐长卿, 刘寄奴, 何首乌, 杜仲) are not PHI: they are keep terms.
"""

import random
import unicodedata

from faker import Faker
from stdnum import luhn

from medgate.tools.phi_notes import ZH_DIGITS, Fresh3Source, Values, notes

# `date +%s` when these templates were finished, before any draw was looked at; never run on the detector by its author.
FRESH4_SEED = 1796182923

FRESH4_EN_KEEP = {
    "eponym": (
        "Takayasu arteritis",
        "Kimura disease",
        "Buerger's disease",
        "Budd-Chiari syndrome",
        "a Mallory-Weiss tear",
        "Zollinger-Ellison syndrome",
        "Waldenström macroglobulinaemia",
        "Charcot foot",
        "a Baker's cyst",
        "Bowen's disease",
        "Christmas disease",
        "Fournier's gangrene",
        "Ludwig's angina",
        "Wernicke's encephalopathy",
        "Creutzfeldt-Jakob disease",
        "Conn's syndrome",
        "Wolff-Parkinson-White syndrome",
    ),
    "drug": (
        "Tazocin 4.5 g IV TDS",
        "vancomycin 1 g IV BD",
        "cisplatin 75 mg/m2",
        "FOLFOX (oxaliplatin 85 mg/m2)",
        "Aranesp 40 mcg weekly",
        "heparin 1000 units in the circuit",
        "Calcium Resonium 15 g TDS",
        "Oramorph 5 mg PRN",
        "Madopar 62.5 mg QID",
        "Sinemet 25/100 TDS",
        "Jardiance 10 mg mane",
        "Flomax 400 mcg nocte",
        "Keytruda 200 mg IV",
        "Herceptin 6 mg/kg",
        "Valium 2 mg PRN",
        "Stemetil 12.5 mg IM",
        "Aquacel Ag dressing",
        "Mepilex Border foam",
        "Fortisip 1 bottle BD",
        "Venofer 200 mg IV",
    ),
    "number": (
        "Kt/V 1.3",
        "dry weight 68.5 kg",
        "ANC 0.4 x10^9/L",
        "K+ 6.1 mmol/L",
        "Hb 72 g/L",
        "lactate 4.2 mmol/L",
        "wound 3 x 2 cm, 0.5 cm deep",
        "urea 28 mmol/L",
        "MAP 62",
        "FiO2 0.45",
        "neutrophils 0.9",
        "PaO2 8.1 kPa",
    ),
}
FRESH4_ZH_KEEP = {
    "eponym": (
        "大动脉炎（高安病）",
        "木村病",
        "血栓闭塞性脉管炎（伯格病）",
        "布加综合征",
        "马洛里-魏斯综合征",
        "卓-艾综合征",
        "华氏巨球蛋白血症",
        "夏科关节",
        "腘窝囊肿（贝克囊肿）",
        "鲍恩病",
        "韦尼克脑病",
        "克雅病",
        "康恩综合征",
        "预激综合征（WPW综合征）",
        "福尼尔坏疽",
        "路德维希咽峡炎",
    ),
    "drug": (
        "哌拉西林他唑巴坦4.5g q8h",
        "万古霉素1g q12h",
        "顺铂75mg/m²",
        "奥沙利铂130mg/m²",
        "重组人促红素4000U皮下注射",
        "低分子肝素钠3000IU",
        "聚磺苯乙烯钠散15g",
        "吗啡缓释片10mg q12h",
        "美多芭62.5mg每日四次",
        "恩格列净10mg",
        "坦索罗辛0.2mg睡前",
        "帕博利珠单抗200mg",
        "曲妥珠单抗6mg/kg",
        "地西泮2.5mg",
        "银离子敷料",
        "泡沫敷料",
        "蔗糖铁100mg静滴",
        "肠内营养粉剂（安素）200ml",
    ),
    "number": (
        "Kt/V 1.3",
        "干体重68.5kg",
        "中性粒细胞0.4×10^9/L",
        "血钾6.1mmol/L",
        "血红蛋白72g/L",
        "乳酸4.2mmol/L",
        "创面3cm×2cm×0.5cm",
        "尿素28mmol/L",
        "平均动脉压62mmHg",
        "氧合指数180",
        "悬浮红细胞2U",
        "血浆400ml",
    ),
}
# Chinese herbs whose names read like people's names (徐长卿, 刘寄奴, 何首乌, 杜仲): drugs to keep.
ZH_HERBS = (
    "徐长卿15g",
    "刘寄奴10g",
    "何首乌15g",
    "杜仲12g",
    "王不留行10g",
    "白头翁15g",
    "使君子9g",
    "女贞子15g",
    "胖大海3枚",
    "当归12g",
)
# Named after people, not PHI: hospitals, wards, devices and scales.
FRESH4_PLACES = {
    "en": (
        "St Vincent's Hospital",
        "the Royal Marsden",
        "Tan Tock Seng Hospital",
        "Queen Mary Hospital",
        "the Alfred",
        "Sir Charles Gairdner Hospital",
        "John Hunter Hospital",
        "KK Women's and Children's Hospital",
        "Nightingale Ward",
        "Mary Seacole Ward",
    ),
    "zh": (
        "孙逸仙纪念医院",
        "邵逸夫医院",
        "瑪麗醫院",
        "伊利沙伯醫院",
        "陈笃生医院",
        "宋庆龄妇幼保健院",
        "白求恩国际和平医院",
        "张仲景国医院",
        "湘雅医院",
        "同济医院",
    ),
}
FRESH4_DEVICES = {
    "en": (
        "Foley catheter 16 Fr",
        "a Hickman line",
        "Guedel airway size 3",
        "Yankauer sucker",
        "Sengstaken-Blakemore tube",
        "Swan-Ganz catheter",
        "Thomas splint",
        "Denver shunt",
        "Tenckhoff catheter",
        "Redivac drain",
    ),
    "zh": (
        "Foley导尿管16Fr",
        "希克曼导管",
        "Guedel口咽通气道3号",
        "三腔二囊管（Sengstaken-Blakemore管）",
        "Swan-Ganz导管",
        "托马斯架",
        "Tenckhoff腹透管",
        "PICC导管",
    ),
}
FRESH4_SCALES = {
    "en": (
        "Waterlow 18",
        "Norton score 11",
        "CURB-65 of 3",
        "Child-Pugh B",
        "Killip class II",
        "Rockall 4",
        "Glasgow-Blatchford 12",
        "RASS -2",
        "Clinical Frailty Scale 6",
        "modified Rankin 3",
        "Karnofsky 70%",
        "ECOG 1",
    ),
    "zh": (
        "Waterlow评分18分",
        "Norton评分11分",
        "CURB-65评分3分",
        "Child-Pugh B级",
        "Killip II级",
        "Rockall评分4分",
        "Caprini评分5分",
        "Morse跌倒评分45分",
        "Karnofsky评分70分",
        "ECOG 1分",
        "改良Rankin量表3分",
        "Braden评分12分",
    ),
}
FRESH4_BLOOD = {
    "en": ("O RhD positive", "A Rh negative", "B pos, antibody screen negative", "AB RhD positive"),
    "zh": ("血型：O型RhD阳性", "血型：A型Rh阴性", "血型：B型，不规则抗体筛查阴性", "血型：AB型RhD阳性"),
}

EN4_LOCALES = ("ig_NG", "yo_NG", "zu_ZA", "tw_GH", "nl_NL", "es_MX", "vi_VN", "pl_PL", "it_IT", "fr_CA")
PARTICLE_SURNAMES = (
    "van der Merwe",
    "de la Cruz",
    "O'Kelly",
    "D'Souza",
    "St. John",
    "MacGillivray",
    "Ní Bhriain",
    "van den Berg",
    "dos Santos",
    "Fitzgerald-Hughes",
)
EN_NICKNAMES = (
    "Bobby",
    "Peggy",
    "Davo",
    "Shazza",
    "Macca",
    "Bazza",
    "Tilly",
    "Bertie",
    "Kit",
    "Sunny",
    "Ah Seng",
    "Ah Mui",
    "Lulu",
    "Jojo",
)
SG_SURNAMES = ("Tan", "Goh", "Ong", "Sim", "Toh", "Yeo", "Quek", "Heng", "Phua", "Seah", "Ang", "Foo", "Tay")
SG_SYLLABLES = (
    "Ah",
    "Boon",
    "Hock",
    "Kow",
    "Mui",
    "Siew",
    "Geok",
    "Eng",
    "Kim",
    "Swee",
    "Choon",
    "Wei",
    "Ming",
    "Hui",
    "Kiat",
    "Seng",
)
SG_ENGLISH_GIVEN = ("Jason", "Michelle", "Desmond", "Jasmine", "Kelvin", "Sharon", "Winston", "Cheryl", "Alvin")
MALAY_MEN = ("Muhammad Hafiz", "Ahmad Faizal", "Mohd Rizal", "Nurul Hakim", "Syed Ismail", "Khairul Anuar")
MALAY_WOMEN = ("Siti Aishah", "Nur Farhana", "Noraini", "Rosnah", "Aminah", "Zarina")
MALAY_FATHERS = ("Rahman", "Ismail", "Hassan", "Yusof", "Osman", "Abdullah", "Kassim")
INDIAN_GIVEN = ("Rajesh", "Suresh", "Kavitha", "Meenakshi", "Arumugam", "Selvi", "Ganesan", "Lakshmi")
INDIAN_FATHERS = ("Subramaniam", "Muthu", "Krishnan", "Ramasamy", "Pillai", "Nair")
PINYIN4_SURNAMES = (
    "ouyang",
    "sima",
    "shangguan",
    "zhuge",
    "situ",
    "duanmu",
    "huangfu",
    "linghu",
    "xiahou",
    "gongsun",
    "xian",
    "miao",
    "kan",
    "pang",
    "qi",
    "zhen",
)
PINYIN4_SYLLABLES = (
    "xiao",
    "ming",
    "yu",
    "ting",
    "jia",
    "hui",
    "zi",
    "xuan",
    "ran",
    "wen",
    "jie",
    "shu",
    "fen",
    "gui",
    "lan",
    "sheng",
)
ZH_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "司徒",
    "端木",
    "皇甫",
    "令狐",
    "尉迟",
    "公孙",
    "夏侯",
    "慕容",
    "东方",
    "长孙",
)
ZH_RARE_SURNAMES = (
    "禤",
    "冼",
    "佘",
    "卞",
    "缪",
    "阚",
    "靳",
    "逄",
    "亓",
    "郗",
    "訾",
    "笪",
    "仉",
    "隗",
    "覃",
    "蒯",
    "甄",
    "贲",
    "宓",
)
ZH_COMMON_SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡")
ZH_GIVEN_CHARS = (
    "秀",
    "英",
    "华",
    "明",
    "建",
    "国",
    "志",
    "芳",
    "丽",
    "敏",
    "静",
    "伟",
    "强",
    "军",
    "桂",
    "兰",
    "淑",
    "海",
    "玉",
    "春",
    "红",
    "文",
    "德",
    "福",
    "晓",
    "宇",
    "欣",
    "梓",
    "涵",
    "浩",
    "俊",
    "婷",
)
ZH_MINORITY_NAMES = (
    "阿依古丽·买买提",
    "努尔艾力·吐尔逊",
    "次仁卓玛",
    "扎西顿珠",
    "巴特尔",
    "乌云其木格",
    "阿不都热合曼·艾力",
    "吉克阿依",
    "央金拉姆",
)
ZH_NICK_CHARS = ("珍", "强", "明", "娟", "芬", "华", "英", "伟", "梅", "玲", "彬", "荣")

UK_STREET_TYPES = ("Close", "Mews", "Gardens", "Terrace", "Row", "Lane", "Walk", "Wynd", "Drive", "Green", "Court")
UK_STREETS = ("Elmwood", "Hawthorn", "Rowan", "Beech", "Larch", "Sycamore", "Alder", "Willow", "Chestnut", "Hazel")
UK_TOWNS = (
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Bristol", "BS"),
    ("Newcastle upon Tyne", "NE"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Edinburgh", "EH"),
    ("Belfast", "BT"),
    ("Norwich", "NR"),
)
UK_HOUSE_NAMES = ("Rose Cottage", "The Old Rectory", "Ty Gwyn", "Hillcrest", "The Laurels", "Ivy House")
US_CITIES = (
    ("Dayton", "OH", "454"),
    ("Tucson", "AZ", "857"),
    ("Spokane", "WA", "992"),
    ("Macon", "GA", "312"),
    ("Lubbock", "TX", "794"),
    ("Duluth", "MN", "558"),
)
US_STREET_TYPES = ("Ave", "Blvd", "Ln", "Ct", "Pl", "Ter")
RURAL_EN = (
    "PO Box {n}, Alice Springs NT 0871",
    "PO Box {n}, Wanaka 9343",
    "RD {k}, Hawera 4673",
    "RR {k} Box {n}, Elk Point, SD 57025",
    "Lot {n} Bruxner Highway, Casino NSW 2470",
    "Locked Bag {k}, Goondiwindi QLD 4390",
    "{n} Kilmore Road, Ballinafad, Co. Sligo F91 X2K4",
)
DIRECTIONS_EN = (
    "the {colour} farmhouse past the {landmark} on {lane} Lane, {village}",
    "third house on the left after the {landmark}, {lane} Lane, {village}",
    "{colour} caravan behind the {landmark}, {lane} Road, {village}",
)
COLOURS = ("white", "blue", "green", "red-roofed", "yellow")
LANDMARKS = ("Shell garage", "old church", "primary school", "cattle grid", "post office", "pub")
LANES = ("Mill", "Quarry", "Church", "Bog", "Orchard", "Back")
VILLAGES = ("Ballymore", "Little Snoring", "Aberfoyle", "Kilmacanogue", "Upper Slaughter", "Tullyhogue")
SG_TOWNS = (
    ("Ang Mo Kio Ave", "56"),
    ("Tampines St", "52"),
    ("Jurong West St", "64"),
    ("Bedok North Rd", "46"),
    ("Toa Payoh Lor", "31"),
    ("Yishun Ring Rd", "76"),
    ("Woodlands Dr", "73"),
    ("Sengkang East Way", "54"),
)
SG_CONDOS = ("The Sail @ Marina Bay", "Parc Vista", "Bishan Loft", "The Minton")
SG_ROADS = ("Marina Blvd", "Ghim Moh Link", "Bishan St 13", "Hougang St 11")
MY_ROADS = ("Jalan Bukit Bintang", "Jalan Ampang", "Jalan SS 2", "Jalan Kenari", "Jalan Mutiara")
MY_TAMANS = ("Taman Desa", "Taman Melawati", "Taman Sri Muda", "Taman Bukit Indah")
MY_TOWNS = (
    "58100 Kuala Lumpur",
    "47300 Petaling Jaya, Selangor",
    "81200 Johor Bahru, Johor",
    "10450 George Town, Pulau Pinang",
)
ZH_RURAL_PLACES = (
    "四川省凉山彝族自治州会理市",
    "河南省周口市郸城县",
    "甘肃省定西市通渭县",
    "贵州省黔东南苗族侗族自治州雷山县",
    "湖南省邵阳市隆回县",
    "山东省菏泽市曹县",
    "江西省赣州市于都县",
    "广西壮族自治区百色市德保县",
)
ZH_TOWNS = ("城关", "大河", "石门", "青山", "柳林", "双河", "高桥", "黄泥")
ZH_VILLAGES = ("王家湾", "罗家坪", "杨柳", "新华", "白果树", "马鞍山", "龙潭", "沙坝")
ZH_HAMLETS = ("那坡", "弄怀", "坡坎", "上寨", "下屯")
ZH_LANDMARKS = ("粮站", "邮电所", "卫生院", "信用社", "中心小学", "供销社")
ZH_COMPOUNDS = (
    ("郑州市二七区", "纺织厂"),
    ("洛阳市涧西区", "拖拉机厂"),
    ("石家庄市桥西区", "铁路局"),
    ("太原市杏花岭区", "钢铁公司"),
    ("兰州市七里河区", "农机厂"),
)
HK_ESTATES = (
    ("九龍深水埗", "石硤尾邨", "美虹樓"),
    ("新界沙田", "瀝源邨", "富裕樓"),
    ("九龍黃大仙", "彩虹邨", "金華樓"),
    ("新界屯門", "大興邨", "興盛樓"),
    ("香港仔", "華富邨", "華安樓"),
)
HK_VILLAGES = ("新界元朗屏山坑頭村", "新界大埔林村新村", "新界西貢北港村", "新界上水古洞村")
TW_TOWNSHIPS = (
    ("南投縣信義鄉", "東埔村", "557"),
    ("屏東縣潮州鎮", "三共里", "920"),
    ("雲林縣斗六市", "溝壩里", "640"),
    ("宜蘭縣羅東鎮", "竹林里", "265"),
    ("花蓮縣吉安鄉", "仁安村", "973"),
)
TW4_ROADS = ("中正路", "光復路", "民生路", "自強街", "開高巷")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # no S, L, O, I, B, Z
NRIC_CHECK = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def ascii_lower(text: str) -> str:
    """Letters of ``text`` without accents, in lower case (for e-mail addresses)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if "a" <= c <= "z")


class Fresh4Source(Fresh3Source):
    """Values for the seventh split: the sixth split's sources and, drawn after them (so no other split changes),
    names, addresses, telephones, dates of birth and identifiers in forms no earlier split draws, and medicine,
    hospitals, devices and scales named after people."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.en4 = [Faker(locale) for locale in EN4_LOCALES]
        for n, faker in enumerate(self.en4):
            faker.seed_instance(rng.randrange(1 << 30) + n)

    def pick(self, choices: tuple[str, ...]) -> str:
        return self.rng.choice(choices)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    # Names.

    def en_first(self) -> str:
        return self.rng.choice(self.en4).first_name()

    def en_surname(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return r.choice(self.en4).last_name()
        if roll < 0.8:
            return r.choice(PARTICLE_SURNAMES)
        return r.choice((*SG_SURNAMES, *(s.capitalize() for s in PINYIN4_SURNAMES)))

    def sg_name(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.2:
            return f"{r.choice(MALAY_MEN)} bin {r.choice(MALAY_FATHERS)}"
        if roll < 0.35:
            return f"{r.choice(MALAY_WOMEN)} binte {r.choice(MALAY_FATHERS)}"
        if roll < 0.5:
            return f"{r.choice(INDIAN_GIVEN)} {r.choice(('s/o', 'd/o'))} {r.choice(INDIAN_FATHERS)}"
        chinese = f"{r.choice(SG_SURNAMES)} {r.choice(SG_SYLLABLES)} {r.choice(SG_SYLLABLES)}"
        return f"{r.choice(SG_ENGLISH_GIVEN)} {chinese}" if roll < 0.75 else chinese

    def en_name4(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"{self.en_first()} {r.choice(self.en4).last_name()}"
        if roll < 0.5:
            return f"{self.en_first()} {chr(ord('A') + r.randrange(26))}. {r.choice(self.en4).last_name()}"
        if roll < 0.6:
            return f"{self.en_first()} {r.choice(self.en4).last_name()}-{r.choice(self.en4).last_name()}"
        if roll < 0.72:
            return f"{self.en_first()} {r.choice(PARTICLE_SURNAMES)}"
        if roll < 0.87:
            return self.sg_name()
        return f"{r.choice(SG_ENGLISH_GIVEN)} {r.choice(PINYIN4_SURNAMES).capitalize()}"

    def en_pinyin(self) -> str:
        r = self.rng
        surname = r.choice(PINYIN4_SURNAMES)
        given = r.choice(PINYIN4_SYLLABLES) + r.choice(PINYIN4_SYLLABLES)
        roll = r.random()
        if roll < 0.5:
            return f"{surname} {given}"
        if roll < 0.75:
            return f"{given} {surname}"
        return f"{surname.capitalize()} {given}"

    def hl7_name(self) -> str:
        r = self.rng
        return f"{self.en_surname().upper()}^{self.en_first().upper()}^{chr(ord('A') + r.randrange(26))}"

    def zh_name4(self) -> str:
        r = self.rng
        given = "".join(r.choice(ZH_GIVEN_CHARS) for _ in range(r.choice((1, 2, 2))))
        roll = r.random()
        if roll < 0.35:
            return r.choice(ZH_COMPOUND_SURNAMES) + given
        if roll < 0.65:
            return r.choice(ZH_RARE_SURNAMES) + given
        if roll < 0.8:
            return r.choice(ZH_MINORITY_NAMES)
        return r.choice(ZH_COMMON_SURNAMES) + "".join(r.choice(ZH_GIVEN_CHARS) for _ in range(2))

    def zh_nick(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return "阿" + r.choice(ZH_NICK_CHARS)
        if roll < 0.65:
            return "老" + r.choice((*ZH_COMMON_SURNAMES, *ZH_RARE_SURNAMES))
        if roll < 0.85:
            return "小" + r.choice(ZH_COMMON_SURNAMES)
        return r.choice(ZH_NICK_CHARS) * 2

    def zh_surname(self) -> str:
        r = self.rng
        return r.choice(ZH_COMPOUND_SURNAMES if r.random() < 0.3 else (*ZH_COMMON_SURNAMES, *ZH_RARE_SURNAMES))

    # Addresses.

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        outward = f"{area}{r.randint(1, 28)}"
        return f"{outward} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFHJLNPRTUWXY')}"

    def en_addr4(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            town, area = r.choice(UK_TOWNS)
            head = r.choice(
                (f"Flat {r.randint(1, 12)}, ", f"{r.choice(UK_HOUSE_NAMES)}, ", "", f"Apartment {r.randint(1, 40)}, ")
            )
            street = f"{r.randint(1, 180)} {r.choice(UK_STREETS)} {r.choice(UK_STREET_TYPES)}"
            text = f"{head}{street}, {town} {self.uk_postcode(area)}"
        elif roll < 0.5:
            city, state, zip3 = r.choice(US_CITIES)
            street = f"{r.randint(100, 9999)} {r.choice('NSEW')}. {r.choice(UK_STREETS)} {r.choice(US_STREET_TYPES)}"
            text = f"{street} Apt {r.randint(1, 12)}{r.choice('ABCD')}, {city}, {state} {zip3}{r.randrange(100):02d}"
        elif roll < 0.75:
            text = r.choice(RURAL_EN).format(n=r.randint(2, 990), k=r.randint(1, 9))
        else:
            text = r.choice(DIRECTIONS_EN).format(
                colour=r.choice(COLOURS), landmark=r.choice(LANDMARKS), lane=r.choice(LANES), village=r.choice(VILLAGES)
            )
        return text.lower() if r.random() < 0.15 else text

    def sg_addr(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            street, postal = r.choice(SG_TOWNS)
            block = f"{r.randint(100, 799)}{r.choice(('', '', '', 'A', 'B'))}"
            unit = f"#{r.randint(2, 25):02d}-{r.randint(10, 999)}"
            tail = r.choice((f"Singapore {postal}{r.randrange(10000):04d}", f"S({postal}{r.randrange(10000):04d})"))
            text = f"Blk {block} {street} {r.randint(1, 9)} {unit} {tail}"
            return text.lower() if r.random() < 0.2 else text
        if roll < 0.7:
            return (
                f"{r.randint(1, 60)} {r.choice(SG_ROADS)} #{r.randint(2, 40):02d}-{r.randint(1, 12):02d} "
                f"{r.choice(SG_CONDOS)}, Singapore {r.randint(10, 82)}{r.randrange(10000):04d}"
            )
        road = f"{r.choice(MY_ROADS)} {r.randint(1, 9)}/{r.randint(1, 9)}"
        return f"No. {r.randint(1, 88)}, {road}, {r.choice(MY_TAMANS)}, {r.choice(MY_TOWNS)}"

    def zh_addr4(self) -> str:
        r = self.rng
        roll = r.random()
        place, town, village = r.choice(ZH_RURAL_PLACES), r.choice(ZH_TOWNS), r.choice(ZH_VILLAGES)
        if roll < 0.2:
            return f"{place}{town}乡{village}村{r.randint(1, 12)}社{r.randint(1, 80)}号"
        if roll < 0.35:
            return f"{place}{town}镇{village}村委会{r.choice(ZH_HAMLETS)}屯{r.randint(1, 60)}号"
        if roll < 0.5:
            return f"{place}{town}镇{village}村{ZH_DIGITS[r.randint(1, 9)]}组"
        if roll < 0.75:
            city, unit = r.choice(ZH_COMPOUNDS)
            flat = f"{r.randint(1, 24)}号楼{r.randint(1, 5)}单元{r.randint(1, 7)}楼{r.choice('东西中')}户"
            return f"{city}{unit}家属院{flat}"
        return f"{place}{town}镇{r.choice(ZH_LANDMARKS)}对面巷子进去第{ZH_DIGITS[r.randint(2, 9)]}家"

    def hk_addr(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            district, estate, block = r.choice(HK_ESTATES)
            return f"{district}{estate}{block}{r.randint(2, 38)}樓{r.randint(1, 24):02d}室"
        return f"{r.choice(HK_VILLAGES)}{r.randint(1, 260)}號地下"

    def tw_addr(self) -> str:
        r = self.rng
        township, village, post = r.choice(TW_TOWNSHIPS)
        lane = r.choice(("", f"{r.randint(1, 300)}巷", f"{r.randint(1, 300)}巷{r.randint(1, 20)}弄"))
        number = f"{r.randint(1, 200)}號" + r.choice(("", "", f"之{r.randint(1, 5)}"))
        head = r.choice(("", f"{post}{r.randrange(100):02d}"))
        return f"{head}{township}{village}{r.randint(1, 30)}鄰{r.choice(TW4_ROADS)}{lane}{number}"

    # Telephones.

    def phone4(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"07{self.digits(3)} {self.digits(6)}",
                f"+44 (0)7{self.digits(3)} {self.digits(6)}",
                f"01{self.digits(3)} {self.digits(6)}",
                f"021 {self.digits(3)} {self.digits(4)}",
                f"+64 21 {self.digits(3)} {self.digits(4)}",
                f"{r.randint(201, 989)}.{r.randint(200, 999)}.{self.digits(4)}",
                f"1-{r.randint(201, 989)}-{r.randint(200, 999)}-{self.digits(4)}",
            )
        )

    def sg_phone(self) -> str:
        r = self.rng
        first = r.choice("89")
        return r.choice(
            (
                f"+65 {first}{self.digits(3)} {self.digits(4)}",
                f"{first}{self.digits(3)}-{self.digits(4)}",
                f"6{self.digits(3)} {self.digits(4)}",
                f"01{r.randint(0, 9)}-{self.digits(3)} {self.digits(4)}",
                f"+60 1{r.randint(0, 9)}-{self.digits(3)} {self.digits(4)}",
            )
        )

    def zh_phone4(self) -> str:
        r = self.rng
        number = f"1{r.choice('3456789')}{self.digits(9)}"
        return r.choice(
            (
                f"{number[:3]}-{number[3:7]}-{number[7:]}",
                f"0086-{number}",
                f"+86-{number[:3]}-{number[3:7]}-{number[7:]}",
                f"(+86){number}",
                number.translate(FULLWIDTH),
            )
        )

    def hk_tel(self) -> str:
        r = self.rng
        number = f"{r.choice('23')}{self.digits(7)}"
        return r.choice((f"{number[:4]} {number[4:]}", f"(852) {number[:4]}-{number[4:]}"))

    def tw_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"09{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                f"(0{r.choice('2478')}){self.digits(4)}-{self.digits(4)}",
                f"+886-{r.choice('2478')}-{self.digits(4)}-{self.digits(4)}",
            )
        )

    # Dates of birth.

    def dob4_en(self) -> str:
        b = self.born()
        suffix = "th" if 10 <= b.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10, "th")
        return self.rng.choice(
            (
                f"{b.day}/{b.month}/{b:%y}",
                f"{b:%Y%m%d}",
                f"{b:%d%b%Y}".upper(),
                f"{b:%b} {b.day} '{b:%y}",
                f"{b:%B} {b.day}{suffix}, {b.year}",
                f"{b.month}-{b.day}-{b.year}",
            )
        )

    def dob4_zh(self) -> str:
        b = self.born()
        return self.rng.choice(
            (
                f"{b.year}-{b.month}-{b.day}",
                f"{b:%Y%m%d}",
                f"{b:%y}年{b.month}月{b.day}日",
                f"{b.year}年{b.month}月{b.day}日".translate(FULLWIDTH),
                f"{b:%d}-{b:%m}-{b.year}",
            )
        )

    def dob_tw(self) -> str:
        b = self.born()
        roc = b.year - 1911
        return self.rng.choice((f"民國{roc}年{b.month}月{b.day}日", f"{roc:03d}/{b:%m}/{b:%d}", f"{roc}.{b:%m}.{b:%d}"))

    # Identifiers.

    def nhs_number(self) -> str:
        while True:
            body = self.digits(9)
            check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check != 10:
                number = body + str(check % 11)
                break
        return self.rng.choice(
            (f"{number[:3]} {number[3:6]} {number[6:]}", number, f"{number[:3]}-{number[3:6]}-{number[6:]}")
        )

    def nric(self) -> str:
        r = self.rng
        prefix = r.choice("SSTFG")
        body = self.digits(7)
        total = sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
        total += 4 if prefix in "TG" else 0
        return f"{prefix}{body}{NRIC_CHECK[prefix][total % 11]}"

    def mykad(self) -> str:
        b = self.born()
        return f"{b:%y%m%d}-{self.rng.randint(1, 16):02d}-{self.digits(4)}"

    def passport(self) -> str:
        r = self.rng
        return r.choice(
            (f"E{self.digits(8)}", f"EA{self.digits(7)}", self.digits(9), f"K{self.digits(7)}{r.choice('ABCDJKLMNZ')}")
        )

    def member(self) -> str:
        r = self.rng
        prefix = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return r.choice(
            (
                f"{prefix}{self.digits(9)}",
                f"{self.digits(8)}-{self.digits(2)}",
                f"MBR {self.digits(4)} {self.digits(4)} {self.digits(2)}",
            )
        )

    def mbi(self) -> str:
        r = self.rng
        letters, alnum = MBI_LETTERS, MBI_LETTERS + "0123456789"
        chars = (
            str(r.randint(1, 9)),
            r.choice(letters),
            r.choice(alnum),
            self.digits(1),
            r.choice(letters),
            r.choice(alnum),
            self.digits(1),
            r.choice(letters),
            r.choice(letters),
            self.digits(1),
            self.digits(1),
        )
        return "".join(chars[:4]) + "-" + "".join(chars[4:7]) + "-" + "".join(chars[7:])

    def yibao(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"{r.choice(('1101', '3101', '4401', '5101', '3301'))}{self.digits(8)}",
                f"{self.digits(4)} {self.digits(4)} {self.digits(4)}",
                f"{r.choice('HSGY')}{self.digits(9)}",
            )
        )

    def nhi_tw(self) -> str:
        return f"0000 {self.digits(4)} {self.digits(4)}"

    def mrn4(self) -> str:
        r = self.rng
        year = r.randint(18, 26)
        return r.choice(
            (
                f"ZY{year}{r.choice('ABCDE')}{self.digits(5)}",
                f"IP-{year}-{self.digits(6)}",
                f"H{year}-{self.digits(6)}-{self.digits(1)}",
                f"{r.choice(('KH', 'RN', 'TX'))}{self.digits(7)}",
            )
        )

    def jzk(self) -> str:
        return self.rng.choice(
            (self.digits(10), f"JZ{self.digits(8)}", f"{self.digits(4)} {self.digits(4)} {self.digits(4)}")
        )

    def barcode(self) -> str:
        return self.rng.choice(
            (f"PT{self.digits(9)}", f"{self.rng.randint(18, 26)}{self.rng.choice('ABCDE')}{self.digits(7)}")
        )

    def ssn4(self) -> str:
        r = self.rng
        a, b, c = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
        return r.choice((f"{a} {b} {c}", f"{a}{b}{c}"))

    def card4(self) -> str:
        body = "622" + self.digits(15)
        number = body + luhn.calc_check_digit(body)
        return " ".join(number[i : i + 4] for i in range(0, 19, 4))

    def email4(self) -> str:
        r = self.rng
        pinyin = r.choice(PINYIN4_SURNAMES) + r.choice(PINYIN4_SYLLABLES) + r.choice(PINYIN4_SYLLABLES)
        first, last = ascii_lower(self.en_first()) or "pat", ascii_lower(r.choice(self.en4).last_name()) or "lee"
        return r.choice(
            (
                f"{pinyin}{r.randint(1, 99)}@qq.com",
                f"{r.randint(10**7, 10**10)}@qq.com",
                f"{pinyin}_{r.randint(1960, 2005)}@163.com",
                f"{first}.{last}@singnet.com.sg",
                f"{first.capitalize()}.{last.capitalize()}@Outlook.com",
                f"{first}{last}+mychart@gmail.com",
                f"{last}.{first}@nhs.net",
            )
        )

    def values(self) -> Values:
        """One person's values with the seventh split's forms, drawn after the sixth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in (("en", FRESH4_EN_KEEP), ("zh", FRESH4_ZH_KEEP)):
            for kind, choices in keep.items():
                slot = {"eponym": "epo", "drug": "drug", "number": "num"}[kind]
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
            values[f"{lang}_drug2"] = (r.choice(keep["drug"]), "KEEP:drug", lang)
            values[f"{lang}_hosp"] = (r.choice(FRESH4_PLACES[lang]), "KEEP:eponym", lang)
            values[f"{lang}_device"] = (r.choice(FRESH4_DEVICES[lang]), "KEEP:eponym", lang)
            values[f"{lang}_scale"] = (r.choice(FRESH4_SCALES[lang]), "KEEP:number", lang)
            values[f"{lang}_blood"] = (r.choice(FRESH4_BLOOD[lang]), "KEEP:number", lang)
        values["zh_tcm"] = (r.choice(ZH_HERBS), "KEEP:drug", "zh")
        values["zh_tcm2"] = (r.choice(ZH_HERBS), "KEEP:drug", "zh")
        people = {
            "en_name4": (self.en_name4, "en"),
            "en_name4b": (self.en_name4, "en"),
            "en_first": (self.en_first, "en"),
            "en_sur": (self.en_surname, "en"),
            "en_sur2": (self.en_surname, "en"),
            "en_nick": (lambda: self.pick(EN_NICKNAMES), "en"),
            "en_staff4": (lambda: f"{self.en_first()} {self.en_surname()}", "en"),
            "en_pinyin": (self.en_pinyin, "en"),
            "sg_name": (self.sg_name, "en"),
            "hl7_name": (self.hl7_name, "en"),
            "hl7_name2": (self.hl7_name, "en"),
            "zh_name4": (self.zh_name4, "zh"),
            "zh_name4b": (self.zh_name4, "zh"),
            "zh_nick": (self.zh_nick, "zh"),
            "zh_sur": (self.zh_surname, "zh"),
            "zh_staff4": (self.zh_name4, "zh"),
            "zh_staff4b": (self.zh_name4, "zh"),
        }
        for slot, (draw, lang) in people.items():
            values[slot] = (draw(), "PERSON", lang)
        values["en_addr4"] = (self.en_addr4(), "ADDRESS", "en")
        values["sg_addr"] = (self.sg_addr(), "ADDRESS", "en")
        values["zh_addr4"] = (self.zh_addr4(), "ADDRESS", "zh")
        values["zh_addr4b"] = (self.zh_addr4(), "ADDRESS", "zh")
        values["hk_addr"] = (self.hk_addr(), "ADDRESS", "zh")
        values["tw_addr"] = (self.tw_addr(), "ADDRESS", "zh")
        street, town, area = r.choice(UK_STREETS), *r.choice(UK_TOWNS)
        hl7_addr = f"{r.randint(1, 180)} {street} {r.choice(UK_STREET_TYPES)}^^{town}^^{self.uk_postcode(area)}^GBR"
        values["hl7_addr"] = (hl7_addr, "ADDRESS", "en")
        values["phone4"] = (self.phone4(), "PHONE", "en")
        values["phone4b"] = (self.phone4(), "PHONE", "en")
        values["sg_phone"] = (self.sg_phone(), "PHONE", "en")
        values["zh_phone4"] = (self.zh_phone4(), "PHONE", "zh")
        values["zh_phone4b"] = (self.zh_phone4(), "PHONE", "zh")
        values["hk_tel"] = (self.hk_tel(), "PHONE", "zh")
        values["tw_phone"] = (self.tw_phone(), "PHONE", "zh")
        values["dob4_en"] = (self.dob4_en(), "DATE_OF_BIRTH", "en")
        values["dob4_zh"] = (self.dob4_zh(), "DATE_OF_BIRTH", "zh")
        values["dob4_zh2"] = (self.dob4_zh(), "DATE_OF_BIRTH", "zh")
        values["dob_tw"] = (self.dob_tw(), "DATE_OF_BIRTH", "zh")
        values["dob_hl7"] = (f"{self.born():%Y%m%d}", "DATE_OF_BIRTH", "en")
        values["nhs"] = (self.nhs_number(), "NATIONAL_ID", "en")
        values["nric"] = (self.nric(), "NATIONAL_ID", "any")
        values["mykad"] = (self.mykad(), "NATIONAL_ID", "any")
        values["passport"] = (self.passport(), "NATIONAL_ID", "any")
        values["member"] = (self.member(), "INSURANCE_ID", "en")
        values["mbi"] = (self.mbi(), "INSURANCE_ID", "en")
        values["yibao"] = (self.yibao(), "INSURANCE_ID", "zh")
        values["nhi_tw"] = (self.nhi_tw(), "INSURANCE_ID", "zh")
        values["mrn4"] = (self.mrn4(), "MEDICAL_RECORD_NO", "any")
        values["jzk"] = (self.jzk(), "MEDICAL_RECORD_NO", "zh")
        values["jzk2"] = (self.jzk(), "MEDICAL_RECORD_NO", "zh")
        values["barcode"] = (self.barcode(), "MEDICAL_RECORD_NO", "any")
        values["ssn4"] = (self.ssn4(), "SSN", "en")
        values["card4"] = (self.card4(), "BANK_CARD", "zh")
        values["email4"] = (self.email4(), "EMAIL", "any")
        return values


# Written blind on 2026-12-02 (finished 03:42 UTC, seed 1796182923 from `date +%s` then), see the module docstring.
FRESH4: dict[str, dict[str, list[str]]] = {
    "ward_round": {
        "en": [
            "Ward round (Cons: Dr {en_staff4}, SpR, FY1)\nPt: Mrs {en_sur}, {age}F, D4 post-op\n"
            "S: 'feeling brighter', tolerating diet. Husband {en_name4} asks for an update.\n"
            "O: {en_num}; {en_scale}; abdo SNT; {en_device} draining.\nA: {en_epo}, improving.\n"
            "P: cont {en_drug}; TTO if obs stable; ring husband on {phone4}.",
            "Post-take ward round, {en_hosp}\nPatient: {en_pinyin} (prefers to be called {en_nick}), NHS no. {nhs}, "
            "DOB {dob4_en}\nS: no chest pain o/n. Daughter-in-law {en_name4b} interpreting.\nO: {en_num}, {en_scale}\n"
            "A: ?{en_epo}\nP: {en_drug}; OT/PT review; d/w Sr. {en_sur} re discharge.",
        ],
        "zh": [
            "主任查房记录（{zh_hosp}心内科）\n主任医师{zh_staff4}查房：\n"
            "S：患者{zh_name4}诉夜间睡眠差，家属{zh_nick}代诉食欲可。\n"
            "O：{zh_num}，{zh_scale}，{zh_device}在位通畅。\nA：{zh_epo}，病情稳定。\n"
            "P：继续{zh_drug}；明日复查；向其爱人{zh_sur}女士交代病情，电话{zh_phone4}。",
            "中医科查房：{zh_sur}伯伯，{age}岁，住院号{mrn4}，医保卡号{yibao}。舌淡苔白，脉细。西医诊断{zh_epo}，"
            "中医辨证气血两虚。处方：{zh_tcm}、{zh_tcm2}、黄芪30g，水煎服。主治医师{zh_staff4}，住院医师{zh_staff4b}。"
            "其子{zh_name4}要求代煎，送{zh_addr4}。",
        ],
    },
    "day_unit": {
        "en": [
            "HAEMODIALYSIS RUN SHEET    Satellite renal unit, chair 6\nName: {en_name4}    MRN: {mrn4}    "
            "DOB: {dob4_en}\nAccess: L AVF; also {en_device} in situ\nPre: {en_num}, UF goal 2.5 L\n"
            "Anticoag: {en_drug}\n"
            "| time | BP | QB | nurse |\n| 07:30 | 148/82 | 300 | {en_staff4} |\n"
            "| 09:30 | 126/70 | 300 | RN {en_sur2} |\n"
            "Transport home to {en_addr4}; wife {en_nick} on {phone4}.",
            "ONCOLOGY DAY UNIT - CYCLE 4 DAY 1\n{en_name4b} | member no. {member} | {en_hosp}\n"
            "Regimen: {en_drug}; pre-meds given 0915\nPre-chemo bloods: {en_num}\n"
            "Toxicity: grade 1 nausea; {en_scale}\n"
            "Cannulated by {en_staff4}; checked by {en_sur} (2nd RN)\n"
            "Next cycle: patient to confirm via {email4}; lift home with neighbour {en_nick}.",
        ],
        "zh": [
            "血液透析记录单\n姓名：{zh_name4}　透析号：{mrn4}　就诊卡号：{jzk}\n出生日期：{dob4_zh}\n"
            "血管通路：左前臂内瘘　{zh_device}\n透前：{zh_num}　超滤目标2.5L\n抗凝：{zh_drug}\n"
            "| 时间 | 血压 | 血流量 | 护士 |\n| 08:00 | 152/86 | 250 | {zh_staff4} |\n"
            "| 10:00 | 130/74 | 250 | {zh_nick} |\n"
            "接送：家属{zh_name4b}，{zh_phone4}",
            "日间化疗病房治疗单\n{zh_name4b}，女，{age}岁，病案号{mrn4}，医保{yibao}\n方案：{zh_drug}，第4周期第1天\n"
            "化疗前：{zh_num}，{zh_scale}\n管路维护：{zh_device}，护士{zh_staff4}\n不良反应：I度恶心\n"
            "陪护：{zh_sur}阿姨（保姆），回家地址{zh_addr4}\n下次化疗通知发至{email4}",
        ],
    },
    "icu_shorthand": {
        "en": [
            "ICU h/o bed 3 - {en_sur} ({age}M) -> {en_epo}\n"
            "N: sedated, {en_scale}; A: ETT 7.5 @ 22; B: SIMV, FiO2 0.4\n"
            "C: {en_drug}; {en_num}\nR: {en_device}\nNOK: son {en_name4} - mob {phone4}, wants a call if worse\n"
            "ID: passport {passport} (tourist, not Medicare eligible)",
        ],
        "zh": [
            "ICU护理交班本　夜班→白班\n3床 {zh_name4} {age}岁 {zh_epo}术后D2\n"
            "神志：镇静，{zh_scale}；气管插管 {zh_device}\n"
            "循环：{zh_drug}维持，{zh_num}\n出入量：入2100/出1850\n"
            "家属：老伴{zh_nick}，手机{zh_phone4}，要求有变化随时电话\n"
            "交班人：{zh_staff4}　接班人：{zh_staff4b}",
        ],
    },
    "wound_chart": {
        "en": [
            "WOUND ASSESSMENT CHART\nResident: {en_name4}   Room 14, {en_hosp}\nDOB {dob4_en}   Hosp no. {mrn4}\n"
            "Site: sacrum, {en_num}\n{en_scale}\nCurrent treatment: {en_drug}; dressing change every 3 days\n"
            "Photo consent signed by POA {en_name4b}\nAssessed: {en_staff4}, CNS tissue viability\n"
            "Copy to family at {en_addr4}",
        ],
        "zh": [
            "压力性损伤评估及护理记录单\n床号：15　姓名：{zh_name4}　住院号：{mrn4}\n{zh_scale}\n"
            "部位：骶尾部，{zh_num}，2期\n"
            "处理：{zh_drug}，q3d\n告知家属：{zh_sur}先生（患者之子）已签字，电话{zh_phone4}\n"
            "责任护士：{zh_staff4}　护士长：{zh_staff4b}",
        ],
    },
    "med_rec": {
        "en": [
            "MEDICATION RECONCILIATION (ward pharmacist)\nPt {en_name4} / {mrn4} / {dob4_en}\n"
            "Sources: patient, GP summary, blister pack brought in by daughter {en_nick}\n"
            "| Pre-admission | Action |\n| {en_drug} | continue |\n| {en_drug2} | withheld, {en_num} |\n"
            "Allergy: penicillin (rash)\nDiscrepancy discussed with Dr {en_sur}; {en_epo} noted.\n"
            "Pharmacist: {en_staff4}. Patient's home phone {phone4}.",
        ],
        "zh": [
            "出院带药单\n科别：{zh_hosp}神经内科　床号：8\n姓名：{zh_name4}　住院号：{mrn4}　出生日期：{dob4_zh}\n"
            "| 药名 | 用法 |\n| {zh_drug} | 口服 |\n| {zh_drug2} | 口服 |\n出院诊断：{zh_epo}\n"
            "药师核对：{zh_staff4}　领药人：{zh_nick}（保姆）\n患者家属联系电话：{zh_phone4}",
        ],
    },
    "transfusion": {
        "en": [
            "BLOOD TRANSFUSION REQUEST\nSurname: {en_sur}    Forename(s): {en_first}\n"
            "DOB: {dob4_en}    Hosp no: {mrn4}\n"
            "Wristband barcode: *{barcode}*\nGroup: {en_blood}\nProduct: 2 units RBC; {en_num}\nReason: {en_epo}\n"
            "Bedside check: {en_staff4} & {en_sur2}",
        ],
        "zh": [
            "临床输血申请单\n受血者姓名：{zh_name4}　性别：男　年龄：{age}\n住院号：{mrn4}　身份证号：{rid}\n"
            "{zh_blood}\n"
            "申请成分：{zh_num}\n输血目的：{zh_epo}\n床旁核对：{zh_staff4}、{zh_staff4b}\n腕带条码：*{barcode}*\n"
            "患者或家属签字：{zh_name4b}（配偶）",
        ],
    },
    "contact_tracing": {
        "en": [
            "IPC CONTACT TRACING - CPE, {en_hosp}\nIndex: {en_name4} ({mrn4})\nContacts (bay B):\n"
            "1. {en_name4b}, DOB {dob4_en}, discharged to {en_addr4}, tel {phone4}\n"
            "2. {sg_name}, NRIC {nric}, screen day 7\n3. visitor '{en_nick}' (surname not known), via {email4}\n"
            "Note: {en_epo} is not infectious. IPC nurse: {en_staff4}",
        ],
        "zh": [
            "院感科密切接触者排查登记（{zh_hosp}）\n指示病例：{zh_name4}，住院号{mrn4}\n"
            "| 序号 | 姓名 | 关系 | 联系电话 | 现住址 |\n| 1 | {zh_name4b} | 同病室 | {zh_phone4} | {zh_addr4} |\n"
            "| 2 | {zh_nick} | 护工 | {zh_phone4b} | {zh_addr4b} |\n| 3 | {zh_sur}阿姨 | 保洁 | {mobile} | 未填 |\n"
            "排查人：{zh_staff4}",
        ],
    },
    "medico_legal": {
        "en": [
            "Dear Medical Records Manager,\n\nRe: {en_name4}, born {dob4_en}, of {en_addr4}\n\n"
            "I am investigating an assault on the above and request a copy of the emergency department notes and the "
            "injury description ({en_num}). The victim has consented; signed authority enclosed. Her sister, "
            "{en_name4b}, can also be contacted on {phone4}.\n\nDetective Constable {en_staff4}\n{email4}",
        ],
        "zh": [
            "调取证据通知书（复印件）\n{zh_hosp}：\n"
            "因办理案件需要，现向你院调取患者{zh_name4}（身份证号{rid}，住{zh_addr4}）"
            "本月急诊就诊的病历资料及伤情记录（{zh_num}）。\n"
            "办案民警：{zh_staff4}、{zh_staff4b}　联系电话：{zh_phone4}\n"
            "医务科经办：{zh_sur}老师",
        ],
    },
    "pastoral": {
        "en": [
            "Chaplaincy visit, {en_hosp}. Saw {en_name4} at the request of her granddaughter {en_nick}. She spoke "
            "about her late husband and her fear of {en_epo}; her room-mate Mrs {en_sur} joined us in prayer. Son "
            "{en_name4b} will ask Father {en_sur2} to visit. Volunteer {en_staff4} will phone on {phone4}.",
        ],
        "zh": [
            "醫務社工個案紀錄\n服務對象：{zh_name4}，{age}歲，{zh_epo}\n"
            "家庭：獨居於{hk_addr}，兒子{zh_name4b}在深圳工作"
            "（{hk_tel}），鄰居{zh_nick}每日探望\n需要：申請綜援及平安鐘，已核對身份證{hkid}\n社工：{zh_staff4}姑娘",
        ],
    },
    "insurance_admin": {
        "en": [
            "PRE-AUTH CALL LOG\n10:42 called the payer's provider line re {en_name4} (member ID {member}; Medicare MBI "
            "{mbi})\nRep: {en_first} (no surname given)\nRequest: MRI L-spine for {en_epo}; {en_num}\n"
            "10:58 approved pending notes. Subscriber is the spouse, {en_name4b}, SSN {ssn4}.\n"
            "Logged by {en_staff4}, utilisation review",
        ],
        "zh": [
            "住院费用医保结算单\n参保人：{zh_name4}　医保编号：{yibao}\n身份证号：{rid}　住院号：{mrn4}\n"
            "入院诊断：{zh_epo}\n"
            "医疗费总额：18652.40元　统筹支付：12310.00元　个人自付：6342.40元\n退款银行卡：{card4}\n"
            "经办人：{zh_staff4}　患者联系电话：{zh_phone4}",
        ],
    },
    "portal": {
        "en": [
            "Patient portal secure message\nFrom: {en_name4} <{email4}>\nTo: Dr {en_sur}'s team\n\n"
            "hi, it's {en_nick} (my legal name is above). since starting {en_drug} i've had ankle swelling. my new "
            "address is {en_addr4} and cell {phone4}. DOB {dob4_en} in case you need it.\n\n"
            "Reply from {en_staff4}, RN: please hold the {en_drug2} and book bloods ({en_num}).",
        ],
        "zh": [
            "【醫院App 線上諮詢】\n病患：{zh_name4b}　健保卡號：{nhi_tw}\n出生日期：{dob_tw}\n"
            "訊息：醫師您好，我媽媽{zh_nick}{zh_epo}的藥快吃完了，可以幫忙開{zh_drug}嗎？我們搬到{tw_addr}了，手機"
            "{tw_phone}。\n"
            "回覆（{zh_staff4}護理師）：請於週三回診。",
        ],
    },
    "export": {
        "en": [
            "MSH|^~\\&|PAS|WESTWARD|LAB|WESTWARD|||ADT^A04|MSG00412|P|2.5\n"
            "PID|1||{mrn4}^^^HOSP^MR~{nhs}^^^NHS^NH||{hl7_name}||{dob_hl7}|F|||{hl7_addr}||{phone4}\n"
            "NK1|1|{hl7_name2}|DAU|||{phone4b}\nDG1|1||R69|{en_epo}",
        ],
        "zh": [
            "门诊挂号导出.csv\n就诊卡号,姓名,性别,出生日期,手机,医保卡号,科室,备注\n"
            "{jzk},{zh_name4},女,{dob4_zh},{zh_phone4},{yibao},{zh_hosp}内分泌科,{zh_epo}\n"
            "{jzk2},{en_pinyin},男,{dob4_zh2},{zh_phone4b},,{zh_hosp}骨科,{zh_num}",
        ],
    },
    "booking": {
        "en": [
            "[WhatsApp] Clinic Booking\n{sg_name}: hi can book for my mum {en_nick}? she got {en_epo} follow up\n"
            "Clinic: Sure, pls send NRIC & DOB\n{sg_name}: {nric}, {dob4_en}\n"
            "{sg_name}: address {sg_addr}, hp {sg_phone}\n"
            "Clinic: Booked Thu 9am with Dr {en_sur}. Bring the {en_drug} box.",
        ],
        "zh": [
            "【医院微信公众号】预约挂号成功\n就诊人：{zh_name4}\n就诊卡号：{jzk}\n"
            "科室：{zh_hosp}消化内科　医生：{zh_staff4}主任\n"
            "就诊时间：周四上午第12号\n手机号：{zh_phone4}\n温馨提示：请携带医保卡（{yibao}）及身份证原件。"
            "如需取消，请由预约人{zh_name4b}操作。",
        ],
    },
    "face_sheet": {
        "en": [
            "ADMISSION FACE SHEET\nPatient: {en_name4}    Acct: {mrn4}\nSSN: {ssn4}    DOB: {dob4_en}\n"
            "Address: {en_addr4}\nPrimary insurance: {member}; Medicare {mbi}\n"
            "Guarantor: {en_name4b} (spouse)  {phone4}\nEmergency contact: {en_nick} (neighbour)  {phone4b}\n"
            "Admitting dx: {en_epo}\nAttending: {en_staff4}, MD",
        ],
        "zh": [
            "住院病案首页\n医疗付费方式：城镇职工基本医疗保险　健康卡号：{yibao}\n第1次住院　病案号：{mrn4}\n"
            "姓名：{zh_name4}　性别：男　出生日期：{dob4_zh}　年龄：{age}岁　民族：汉\n身份证号：{rid}　职业：退休\n"
            "现住址：{zh_addr4}　电话：{zh_phone4}\n联系人姓名：{zh_name4b}　关系：女儿　联系人电话：{zh_phone4b}\n"
            "主要诊断：{zh_epo}\n科主任：{zh_staff4}　主治医师：{zh_staff4b}",
        ],
    },
    "visitor_register": {
        "en": [
            "VISITOR / CARER REGISTER - {en_hosp}\n| Time in | Visitor | Relationship | Patient | Contact |\n"
            "| 14:05 | {en_name4b} | son | {en_sur} (bed 9) | {phone4} |\n"
            "| 15:20 | {sg_name} | friend | {en_name4} | {sg_phone} |\n"
            "| 18:40 | {en_nick} | granddaughter | {en_sur} | {email4} |",
        ],
        "zh": [
            "家属陪护登记表（{zh_hosp}呼吸科）\n患者姓名｜床号｜陪护人｜关系｜证件号｜联系电话\n"
            "{zh_name4}｜12｜{zh_nick}｜护工｜{rid}｜{zh_phone4}\n"
            "{zh_sur}伯伯｜14｜{en_name4}｜外籍女婿｜护照{passport}｜{phone4}\n核验人：{zh_staff4}　陪护证已发放",
        ],
    },
    "sg_mixed": {
        "en": [
            "Polyclinic note. {sg_name} ({zh_name4}), {age}, NRIC {nric}. c/o giddiness x3/7, 头晕 'like on a boat'. "
            "Stays at {sg_addr} with 女儿 {zh_nick}. Known {en_epo}. {en_num}. Plan: {en_drug}, review 2/52. "
            "Daughter hp {sg_phone}.",
        ],
        "zh": [
            "病人：{sg_name}（{zh_name4}），{age}岁，NRIC {nric}\n主诉：头晕三天，'giddy like boat'。\n"
            "住址：{sg_addr}\n"
            "女儿{zh_nick}说 mummy 最近吃{zh_drug}之后胃口不好，她的 hp {sg_phone}\n"
            "Plan：{zh_num}，review 2/52，Dr {en_sur}",
        ],
    },
}


def fresh4_notes(per_template: int = 15, seed: int = FRESH4_SEED) -> list[dict]:
    """The fresh4 rows: every template rendered ``per_template`` times with values from ``Fresh4Source``."""
    return notes("fresh4", FRESH4, per_template, seed, source_factory=Fresh4Source)
