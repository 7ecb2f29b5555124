"""The eleventh split of synthetic clinical notes, ``fresh8``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 10:11 UTC, seed 1796206299 from `date +%s` then) by a helper engineer who read
none of the detector's code, notes, lists or tests, nor ``phi_evaluate``, the tagger, word-list or hanzi tools, nor any
commit message, and who never ran the detector or ``phi_evaluate`` on these notes (only this generator, to write the
JSONL and check its spans): another engineer runs it once, and that first run is the split's figure. Eighteen document
styles that no earlier split uses, one template per style and language, 18 templates per language:

* ``dietitian``: a dietitian's ward consult and a 营养科会诊记录;
* ``speech_therapy``: a speech-and-language therapy swallow session (dialogue turns) and a 康复训练记录（吞咽/言语）;
* ``hearing_aid``: a hearing-aid fitting record and a 助听器验配记录;
* ``optometry``: a spectacle prescription and a 验光配镜处方单;
* ``dental_lab``: a dental laboratory work order (attn:, c/o) and a 义齿加工单;
* ``partner_notification``: a sexual-health clinic partner-notification sheet (fictitious contacts) and a
  性病门诊性伴通知单;
* ``methadone``: a methadone dispensing log with a urine-screen specimen label and a 美沙酮维持治疗服药登记;
* ``home_dialysis``: a home peritoneal-dialysis supply order and a 居家腹膜透析耗材配送单;
* ``telemedicine``: telemedicine chat logs with timestamps and a 互联网医院图文问诊记录;
* ``car_park``: a hospital car-park permit application and a 陪护停车证申请表;
* ``transport_dispatch``: a patient-transport dispatch log and a 转运派车记录;
* ``tcm_clinic``: an acupuncture clinic note and a 中医门诊病历;
* ``health_certificate``: a food-handler fitness screen and a 健康证体检登记;
* ``immunisation_book``: a catch-up immunisation record and a 计划免疫接种本;
* ``itemised_bill``: an itemised inpatient bill and a 住院费用清单;
* ``cross_border_cover``: a cross-border healthcare cover form and a 医保异地就医备案表;
* ``adr_followup``: an adverse-drug-reaction follow-up telephone call and a 药品不良反应随访记录;
* ``handover_book``: a long-stay ward's night handover book and a 护理交接班本.

Where the values sit: names in dialogue turns (``Dr Losa Ratuvou: ...``, ``Pt wife Mele: ...``), after ``c/o``,
``attn:`` and ``cc:``, in initials-only signatures (``PvdB``, ``MJGF``) next to the full name elsewhere in the note,
in lists separated by semicolons or slashes; Hispanic double surnames, Dutch and German particles (``van der Berg``,
``von Stein``), Yoruba, Akan, Zulu, Amharic, Kikuyu, Tongan, Samoan and Fijian names, Hebrew, Arabic and Malay names
with ``ben``, ``bin``, ``binti`` and ``al-``, pinyin with tone marks and ``ZHANG San-feng`` capitals; Chinese names
right after 患者/家属/联系人 with no punctuation, names and surnames before 老师/师傅/阿姨/叔叔 (the title is outside
the span), 阿/老/小 nicknames (the prefix is inside the span, as in fresh7) and names in slash lists. Addresses:
``c/o`` addresses (the c/o person is a separate PERSON span), hostel and student-hall addresses, military (APO/BFPO)
and ship addresses, one-line addresses separated by slashes, Hong Kong and Macau addresses in English and Portuguese;
Chinese 号院/弄/巷/胡同 addresses, 宿舍楼 and 学生公寓 addresses and slash-separated ones. A long-stay patient's ward
given as residence (``Ward 4B``, ``本病区``) is not PHI and is plain text. Telephones of the Netherlands, Germany,
Mexico, Spain, Nigeria, Ghana, Kenya, South Africa, Israel, Tonga, Samoa, Fiji, Hong Kong and Macau, and Chinese
mobiles as ``138-12345678``, ``0086 138...`` and ``1381234 5678``. Dates of birth as ``1961 Mar 07``, ``Mar-07-1961``,
``07/Mar/1961``, ``1961-3-7``, ``1961年3月7号`` and ``1961/3/7``. Record numbers with check characters (mod 11 with
``X``, Luhn) and a specimen label's patient number (``MEDICAL_RECORD_NO``; the specimen accession number itself is a
pseudonymous code, plain text); passports, UK driving licence numbers (built from surname and date of birth), Dutch
BSN, Israeli, Mexican CURP and Spanish DNI numbers (``NATIONAL_ID``); German KVNR, EHIC, 医保电子凭证编号 and 医保卡号
numbers (``INSURANCE_ID``); Chinese resident IDs, one as a 驾驶证号 (``CN_RESIDENT_ID``); e-mail addresses at gmx.de,
ziggo.nl, outlook.com, yahoo.com.mx, 126.com and sina.com.

Span types are the earlier splits' types only and fresh5's to fresh7's conventions hold. Vehicle plates, IP addresses
and home-equipment serials have no span type in this project, so no template holds one (the car-park permit refers to
the plate on a separate sheet). Eponymous diseases and signs (Ménière's disease, 桥本甲状腺炎), Chinese patent
medicines, including those named after people (季德胜蛇药片, 马应龙麝香痔疮膏, 华佗再造丸), drugs and doses
(methadone 65 mg), device models (Phonak Audéo Lumity L90, Baxter HomeChoice Claria, IPS e.max), lens powers,
dialysis adequacy, audiogram thresholds, swallow and nutrition scores (IDDSI level 4, MUST 2) are keep terms;
dates of visits and of dispensing that are not birth dates are keep terms of kind ``number``; bed numbers, permit,
invoice and dispatch numbers and specimen accession codes are plain text, not PHI.
"""

import datetime

from stdnum import luhn
from stdnum.cn import ric

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh7 import Fresh7Source

# `date +%s` when this split was started (2026-12-02 10:11:39 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH8_SEED = 1796206299

FRESH8_KEEP = {
    "en": {
        "eponym": (
            "Ménière's disease",
            "Bell's palsy",
            "Huntington's disease",
            "Guillain-Barré syndrome",
            "Wilson's disease",
            "Cushing's syndrome",
            "Addison's disease",
            "Raynaud's phenomenon",
            "Behçet's disease",
            "Sjögren's syndrome",
            "Dupuytren's contracture",
            "Kaposi sarcoma",
            "Meckel's diverticulum",
            "Takayasu arteritis",
        ),
        "drug": (
            "Lantus 18 units nocte",
            "Creon 25000 with meals",
            "Fortisip Compact 125 mL BD",
            "thiamine 100 mg TDS",
            "Adcal-D3 one tablet BD",
            "omeprazole 20 mg OD",
            "levetiracetam 500 mg BD",
            "bisoprolol 2.5 mg OD",
            "sertraline 50 mg OD",
            "Fostair 100/6 two puffs BD",
        ),
        "number": (
            "albumin 28 g/L",
            "BMI 17.8 kg/m2",
            "phosphate 0.52 mmol/L",
            "magnesium 0.58 mmol/L",
            "sodium 129 mmol/L",
            "weight 48.2 kg (was 55 kg in June)",
            "urea 14.2 mmol/L",
            "vitamin D 21 nmol/L",
            "TSH 6.8 mU/L",
            "WCC 2.1 x10^9/L",
        ),
    },
    "zh": {
        "eponym": (
            "梅尼埃病",
            "贝尔麻痹",
            "亨廷顿病",
            "吉兰-巴雷综合征",
            "肝豆状核变性（威尔逊病）",
            "库欣综合征",
            "艾迪生病",
            "雷诺现象",
            "白塞病",
            "干燥综合征（舍格伦综合征）",
            "桥本甲状腺炎",
            "川崎病",
            "帕金森病",
            "克罗恩病",
        ),
        "drug": (
            "甘精胰岛素18单位睡前",
            "胰酶肠溶胶囊0.3g tid",
            "肠内营养粉剂（安素）55g tid",
            "维生素B1片10mg tid",
            "碳酸钙D3片600mg qd",
            "奥美拉唑肠溶胶囊20mg qd",
            "左乙拉西坦片0.5g bid",
            "富马酸比索洛尔片2.5mg qd",
            "盐酸舍曲林片50mg qd",
            "骨化三醇软胶囊0.25μg qd",
        ),
        "number": (
            "白蛋白28g/L",
            "BMI 17.8kg/m²",
            "血磷0.52mmol/L",
            "血镁0.58mmol/L",
            "血钠129mmol/L",
            "体重48.2kg（6月为55kg）",
            "尿素14.2mmol/L",
            "25-羟维生素D 21nmol/L",
            "促甲状腺激素6.8mU/L",
            "白细胞2.1×10^9/L",
        ),
    },
}
ZH8_TCM = (
    "逍遥丸",
    "藿香正气水",
    "牛黄解毒片",
    "云南白药胶囊",
    "乌鸡白凤丸",
    "金匮肾气丸",
    "香砂养胃丸",
    "华佗再造丸",
    "季德胜蛇药片",
    "马应龙麝香痔疮膏",
    "京都念慈菴蜜炼川贝枇杷膏",
    "王老吉颗粒",
)

# Style-specific keep terms (kind in the key after the colon).
FRESH8_SPECIAL = {
    "en": {
        "iddsi8:number": ("IDDSI level 4 (pureed)", "IDDSI level 2 mildly thick", "IDDSI level 6 soft & bite-sized"),
        "diet8:number": ("MUST score 2", "MUST 3 (high risk)", "NRS-2002 score 4", "handgrip 14 kg"),
        "aid8:eponym": (
            "Phonak Audéo Lumity L90",
            "Oticon Intent 1",
            "Signia Pure Charge&Go IX",
            "ReSound Nexia 9",
            "Widex Moment Sheer 440",
        ),
        "audio8:number": (
            "4FA 48 dB HL right, 55 dB HL left",
            "PTA 62 dB HL bilaterally",
            "speech discrimination 68% at 65 dB",
            "REM matched to NAL-NL2 within 5 dB",
        ),
        "lens8:number": (
            "R -2.25/-0.75 x 180, L -2.50/-0.50 x 170",
            "R +1.75 DS, L +2.00/-0.25 x 90, Add +2.25",
            "PD 63 mm",
            "IOP 16/17 mmHg (Goldmann)",
        ),
        "optepo8:eponym": ("Goldmann applanation", "Snellen 6/9", "Ishihara plates 15/17", "Amsler grid normal"),
        "dental8:eponym": (
            "IPS e.max Press, shade A2",
            "Vita Classical shade A3.5",
            "Zirconia (Katana UTML)",
            "cobalt-chrome partial, Kennedy class III",
        ),
        "meth8:drug": (
            "methadone 1 mg/mL oral solution 65 mL",
            "methadone 1 mg/mL 80 mL supervised",
            "buprenorphine 16 mg SL",
            "Espranor 8 mg oral lyophilisate",
        ),
        "pd8:eponym": (
            "Dianeal PD4 1.36% 5 L",
            "Extraneal (icodextrin 7.5%) 2 L",
            "Nutrineal PD4 2 L",
        ),
        "pd8b:eponym": (
            "Baxter HomeChoice Claria cycler set",
            "Fresenius sleep•safe harmony cycler set",
            "MiniCap caps",
        ),
        "pdnum8:number": ("weekly Kt/V 1.9", "creatinine clearance 52 L/week", "UF 850 mL/day", "Kt/V 2.1"),
        "acu8:eponym": ("ST36 (Zusanli)", "LI4 (Hegu)", "PC6 (Neiguan)", "GB34 (Yanglingquan)"),
        "needle8:eponym": ("Hwato 0.25 x 40 mm", "Seirin J-type 0.20 x 30 mm", "Hwato 0.30 x 50 mm"),
        "vax8:drug": ("Boostrix-IPV", "M-M-RVAX PRO dose 1", "Engerix-B 20 mcg"),
        "vax8b:drug": ("Menveo", "Typhim Vi", "Priorix dose 2", "Havrix Junior"),
        "bill8:drug": (
            "meropenem 1 g IV TDS x 9 days",
            "Clexane 40 mg x 12",
            "Albumex 20% 100 mL x 3",
            "Humira 40 mg pen x 1",
        ),
        "adr8:eponym": (
            "DRESS syndrome",
            "Stevens-Johnson syndrome",
            "Jarisch-Herxheimer reaction",
            "serotonin syndrome (Hunter criteria met)",
        ),
        "ward8:number": ("Waterlow 18", "NEWS2 3", "GCS 14/15", "Abbey pain scale 6", "MUST 1"),
    },
    "zh": {
        "iddsi8:number": ("IDDSI 4级（泥状）", "IDDSI 2级轻度稠", "洼田饮水试验3级", "Fugl-Meyer上肢评分32分"),
        "diet8:number": ("NRS2002评分4分", "MNA-SF 7分", "握力14kg", "上臂围19cm"),
        "aid8:eponym": ("峰力奥笛L90", "奥迪康Intent 1", "西嘉Pure Charge&Go IX", "瑞声达Nexia 9", "欧仕达X-Mini"),
        "audio8:number": ("右耳平均听阈48dB HL，左耳55dB HL", "言语识别率68%", "双耳纯音平均62dB HL"),
        "lens8:number": (
            "右眼-2.25DS/-0.75DC×180，左眼-2.50DS/-0.50DC×170",
            "瞳距63mm",
            "眼压16/17mmHg",
            "右眼矫正视力1.0，左眼0.8",
        ),
        "optepo8:eponym": ("依视路万里路X系列", "蔡司成长乐", "豪雅新乐学", "角膜塑形镜（欧几里得）"),
        "dental8:eponym": (
            "IPS e.max铸瓷，比色A2",
            "威兰德氧化锆全瓷冠",
            "维他比色A3.5",
            "钴铬合金支架（Kennedy Ⅲ类）",
        ),
        "meth8:drug": ("盐酸美沙酮口服溶液65ml", "盐酸美沙酮口服溶液80mg", "盐酸丁丙诺啡舌下片2mg"),
        "pd8:eponym": (
            "百特HomeChoice Claria腹透机",
            "百特腹膜透析液1.5%（2L）",
            "艾考糊精腹膜透析液2L",
            "费森尤斯腹透机",
        ),
        "pdnum8:number": ("每周Kt/V 1.9", "超滤量850ml/日", "总Kt/V 2.1", "残余尿量400ml/日"),
        "acu8:eponym": ("华佗牌针灸针0.25×40mm", "足三里", "合谷穴", "内关穴"),
        "vax8:drug": ("乙肝疫苗第2剂", "脊灰灭活疫苗（IPV）", "A群C群流脑多糖疫苗", "麻腮风疫苗", "甲肝减毒活疫苗"),
        "bill8:drug": (
            "注射用美罗培南1g×27支",
            "依诺肝素钠注射液4000IU×12支",
            "人血白蛋白10g×3瓶",
            "注射用头孢他啶2g×14支",
        ),
        "adr8:eponym": (
            "药物超敏反应综合征（DRESS）",
            "史蒂文斯-约翰逊综合征",
            "赫氏反应（Jarisch-Herxheimer）",
            "5-羟色胺综合征",
        ),
        "ward8:number": ("Braden评分12分", "NRS疼痛评分3分", "GCS 14分", "Morse跌倒评分55分"),
        "tongue8:eponym": ("舌淡红苔薄白，脉弦细", "舌暗有瘀斑，苔白腻，脉涩", "舌红少苔，脉细数"),
    },
}

# Names.
NAME8_CULTURES = {
    "hispanic": (
        ("María José", "Juan Carlos", "Guadalupe", "Alejandro", "Rocío", "José Luis", "Ximena", "Inmaculada"),
        ("García Fernández", "Rodríguez-Peña", "Hernández de la Cruz", "Martínez Ochoa", "López Villalobos"),
    ),
    "dutch_german": (
        ("Pieter", "Anneke", "Friedrich", "Lotte", "Joost", "Wilhelmina", "Maximilian", "Sanne"),
        ("van der Berg", "de Vries", "von Stein", "van den Heuvel", "ter Horst", "von Ahlefeldt", "van 't Hof"),
    ),
    "african": (
        ("Oluwaseun", "Kwame", "Abena", "Thandiwe", "Tewodros", "Wanjiru", "Chiamaka", "Sipho", "Yaw"),
        ("Adebayo", "Mensah", "Owusu-Ansah", "Dlamini", "Bekele", "Kamau", "Nkemelu", "Mthembu", "Boateng"),
    ),
    "pacific": (
        ("Sione", "Mele", "Tevita", "Losa", "Iosefa", "Salote", "Josefa", "Litia"),
        ("Tupou", "Fifita", "Faleolo", "Leiataua", "Vunibaka", "Taufa", "Ratuvou", "Aufai"),
    ),
    "hebrew": (
        ("Yosef", "Avraham", "Miriam", "Shira", "Eliezer", "Tamar"),
        ("ben David", "Ben-Ami", "ben Shimon", "Bar-Lev", "ben Haim"),
    ),
    "arabic_malay": (
        ("Ahmad", "Hassan", "Rania", "Nur Aisyah", "Siti", "Yusuf", "Layan"),
        ("bin Ismail", "binti Rahman", "al-Amin", "al-Khatib", "bin Yusof", "al-Hashimi"),
    ),
}
PARTICLES8 = {"van", "der", "den", "de", "von", "ter", "'t", "la", "del", "ben", "bin", "binti", "bat", "al", "zu"}
PINYIN8 = (
    ("Zhāng", "Sānfēng"),
    ("Lǚ", "Wénjìng"),
    ("Wáng", "Xiǎohóng"),
    ("Chén", "Yǔtíng"),
    ("Huáng", "Zhìmíng"),
    ("Liào", "Guìyīng"),
    ("Féng", "Shūyí"),
    ("Mò", "Jiànpíng"),
)
CAPS8 = ("ZHANG San-feng", "CHEN Yu-ting", "HUANG Zhi-ming", "LIAO Gui-ying", "MO Jian-ping", "FENG Shu-yi")

ZH8_SURNAMES = (
    "符",
    "黎",
    "莫",
    "钟",
    "廖",
    "麦",
    "冼",
    "容",
    "凌",
    "聂",
    "阎",
    "滕",
    "苗",
    "仇",
    "游",
    "戴",
    "农",
    "揭",
)
ZH8_GIVEN = (
    "秀兰",
    "建平",
    "淑珍",
    "浩然",
    "雨桐",
    "德胜",
    "桂英",
    "家豪",
    "凤霞",
    "永康",
    "梓萱",
    "宏伟",
    "玉梅",
    "明辉",
    "金凤",
    "志强",
)
ZH8_SINGLE = ("梅", "刚", "丽", "斌", "红", "亮", "萍", "毅", "燕", "鹏")

# Addresses.
HOSTEL8 = (
    "Room {k}{m}2, Block {L}, Carrow Hall (student residence), {n} Mill Lane, Norwich NR2 {k}RX",
    "Bed {n}, Harbour Light Hostel, {m}8 Quay Street, Dundee DD1 {k}JA",
    "Room {k}0{m}, Foyer Hostel, {n} Boundary Road, Stoke-on-Trent ST4 {k}QZ",
    "Studentenwohnheim Am Rotbach, Zimmer {k}{m}, Rotbachweg {n}, 44793 Bochum",
)
MIL8 = (
    "PSC {n}{k} Box {m}{m}70, APO AE 09{k}03",
    "Unit 5{k}12 Box {n}, DPO AP 965{m}1",
    "BFPO {n}{k}, c/o 2nd Bn Mess",
    "Cabin {k}-{n}-{m}, MV Southern Cross, Berth 7, Port Chalmers 9023",
)
HK8 = (
    "Flat {L}, {f}/F, Block {k}, Sceneway Garden, 8 Sceneway Road, Lam Tin, Kowloon",
    "Room {f}{m}3, {f}/F, Wing Fat House, 71 Des Voeux Road West, Sai Ying Pun, Hong Kong",
    "{n}{L} / Tower {k} / Laguna Verde / Hung Hom / Kowloon",
    "Rua do Campo n.º {n}, Edf. Kam Lai, {k}.º andar {L}, Macau",
    "Avenida de Horta e Costa n.º {n}, {k}.º {L}, Macau",
    "Flat {f}{m}, {f}/F, Fu Shin Estate Shin Ming House, Tai Po, N.T.",
)
WORLD8 = (
    "Kerkstraat {n}-{L}, 1017 GC Amsterdam",
    "Lindenallee {n}, {k}. OG rechts, 50968 Köln",
    "Calle de Toledo {n}, {k}.º {L}, 28005 Madrid",
    "Av. Insurgentes Sur {n}{k}, Int. {m}02, Col. Del Valle, 03100 CDMX",
    "{n} Awolowo Road, Ikoyi, Lagos",
    "House {n}, Ring Road East / Osu / Accra",
    "{n} Vilakazi Street, Orlando West, Soweto 1804",
    "Rehov HaNevi'im {n}, Apt {k}, Jerusalem 95{m}03",
    "Lot {n}, Fua'amotu Road, Nuku'alofa, Tonga",
)
CO8_STREETS = (
    "14 Kauri Road, Papatoetoe, Auckland 2025",
    "{n} Ngong Road, Kilimani, Nairobi",
    "{n} Abbey Lane, Leicester LE4 {k}DH",
)

ZH8_DISTRICTS = ("朝阳区", "西城区", "长宁区", "黄浦区", "姑苏区", "越秀区", "上城区", "锦江区", "和平区", "武侯区")
ZH8_HUTONG = ("大石虎胡同", "帽儿胡同", "砖塔胡同", "史家胡同", "辛寺胡同")
ZH8_LANE_ROADS = ("愚园路", "建国西路", "长乐路", "富民路", "巨鹿路")
ZH8_XIANG = ("桂花巷", "平江路大儒巷", "莲花巷", "青石巷", "竹竿巷")
ZH8_YUAN = ("安慧里", "百万庄", "塔院", "团结湖", "和平里")
ZH8_SCHOOLS = ("江南理工大学", "滨海师范学院", "西湖职业技术学院", "岭南医科大学")
ZH8_FACTORIES = ("宏发电子厂", "新城物流园", "南港工业园区", "临港制衣厂")
ZH8_PROV_SLASH = (
    ("广东省", "佛山市", "南海区", "桂城街道", "海八路"),
    ("浙江省", "宁波市", "鄞州区", "中河街道", "天童南路"),
    ("湖南省", "长沙市", "岳麓区", "观沙岭街道", "茶子山东路"),
    ("四川省", "绵阳市", "涪城区", "城郊街道", "剑南路东段"),
)
ZH8_RID_AREAS = ("440605", "330212", "430104", "510703", "110102", "310105")


class Fresh8Source(Fresh7Source):
    """Values for the eleventh split: the tenth split's sources and, drawn after them (so no other split changes),
    Hispanic, Dutch/German, African, Pacific and Hebrew/Arabic names, pinyin with tones or capitals, initials-only
    signatures, Chinese names of other surnames and nicknames; c/o, hostel, military, ship, Hong Kong, Macau and
    slash-separated addresses and Chinese 号院/弄/巷/胡同, dormitory and slash addresses; their telephones, dates of
    birth, check-charactered record numbers, passports, driving licences and national and insurance numbers."""

    # Names.

    def person8(self) -> tuple[str, str]:
        given, surnames = self.rng.choice(list(NAME8_CULTURES.values()))
        return self.rng.choice(given), self.rng.choice(surnames)

    @staticmethod
    def initials8(full: str) -> str:
        """Initials as a signature: particles in lower case (``PvdB``, ``AbI``), others in capitals."""
        parts = full.replace("-", " ").split()
        return "".join(p[0].lower() if p.lower() in PARTICLES8 else p[0].upper() for p in parts)

    def en_name8(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:
            sur, given = r.choice(PINYIN8)
            return f"{sur} {given}" if r.random() < 0.5 else f"{given} {sur}"
        if roll < 0.22:
            return r.choice(CAPS8)
        given, sur = self.person8()
        return f"{given} {sur}"

    def zh_name8(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            return r.choice(ZH8_SURNAMES) + r.choice(ZH8_SINGLE)
        return r.choice(ZH8_SURNAMES) + r.choice(ZH8_GIVEN)

    def zh_nick8(self) -> str:
        r = self.rng
        return r.choice(("阿" + r.choice(ZH8_SINGLE), "老" + r.choice(ZH8_SURNAMES), "小" + r.choice(ZH8_SURNAMES)))

    # Addresses.

    def fill8(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(
            n=r.randint(2, 88), k=r.randint(1, 9), m=r.randint(1, 9), L=r.choice("ABCDEFGH"), f=r.randint(2, 38)
        )

    def en_addr8(self) -> str:
        r = self.rng
        roll = r.random()
        pool = HOSTEL8 if roll < 0.25 else MIL8 if roll < 0.4 else HK8 if roll < 0.65 else WORLD8
        return self.fill8(r.choice(pool))

    def zh_addr8(self) -> str:
        r = self.rng
        d = r.choice(ZH8_DISTRICTS)
        n, b, u, room = r.randint(1, 99), r.randint(1, 20), r.randint(1, 6), f"{r.randint(1, 18)}0{r.randint(1, 4)}"
        forms = (
            f"{d}{r.choice(ZH8_YUAN)}{r.randint(1, 16)}号院{b}号楼{u}单元{room}",
            f"{d}{r.choice(ZH8_LANE_ROADS)}{r.randint(100, 1999)}弄{n}号{room}室",
            f"{d}{r.choice(ZH8_XIANG)}{n}号",
            f"{d}{r.choice(ZH8_HUTONG)}{r.choice(('甲', '乙', ''))}{n}号",
            f"{r.choice(ZH8_SCHOOLS)}学生公寓{b}号楼{room}",
            f"{r.choice(ZH8_FACTORIES)}员工宿舍楼{r.choice('ABCD')}栋{room}",
            "/".join(r.choice(ZH8_PROV_SLASH)) + f"{n}号",
        )
        return r.choice(forms)

    # Telephones.

    def en_phone8(self) -> str:
        r, d = self.rng, self.digits
        return r.choice(
            (
                f"+31 6 {d(4)} {d(4)}",
                f"0151 {d(4)} {d(4)}",
                f"+52 55 {d(4)} {d(4)}",
                f"6{d(2)} {d(3)} {d(3)}",
                f"0803 {d(3)} {d(4)}",
                f"+233 24 {d(3)} {d(4)}",
                f"+254 7{d(2)} {d(3)} {d(3)}",
                f"082 {d(3)} {d(4)}",
                f"052-{d(3)}-{d(4)}",
                f"+676 77 {d(5)}",
                f"+685 7{d(6)}",
                f"+679 9{d(2)} {d(4)}",
                f"+852 9{d(3)} {d(4)}",
                f"+853 66{d(2)} {d(4)}",
            )
        )

    def zh_phone8(self) -> str:
        r = self.rng
        n = f"1{r.choice('35789')}{self.digits(9)}"
        return r.choice((f"{n[:3]}-{n[3:]}", f"0086 {n}", f"{n[:7]} {n[7:]}", n))

    # Dates of birth.

    def dob8_en(self, born: datetime.date) -> str:
        return self.rng.choice(
            (f"{born:%Y} {born:%b} {born:%d}", f"{born:%b}-{born:%d}-{born:%Y}", f"{born:%d}/{born:%b}/{born:%Y}")
        )

    def dob8_zh(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born.year}-{born.month}-{born.day}",
                f"{born.year}年{born.month}月{born.day}号",
                f"{born.year}/{born.month}/{born.day}",
            )
        )

    # Identifiers.

    def mod11(self, body: str) -> str:
        s = sum(int(c) * (i + 2) for i, c in enumerate(reversed(body))) % 11
        return "X" if s == 1 else str((11 - s) % 11 % 10)

    def en_mrn8(self) -> str:
        r, d = self.rng, self.digits
        body = d(7)
        ch = self.mod11(body)
        return r.choice(
            (f"RX{body}{ch}", f"{body[:3]}-{body[3:]}-{ch}", f"H{body}/{ch}", f"{body}{luhn.calc_check_digit(body)}")
        )

    def zh_mrn8(self) -> str:
        r, d = self.rng, self.digits
        body = d(8)
        return r.choice((f"{body}-{self.mod11(body)}", f"ZY{body[:7]}{self.mod11(body[:7])}", f"2026{body[:6]}"))

    def uk_licence(self, sur: str, given: str, born: datetime.date, female: bool) -> str:
        """A UK driving licence number: surname (5, padded with 9), decade, month (+50 for women), day, year digit,
        initials (2, padded with 9), a 9 and two check letters."""
        letters = "".join(c for c in ascii_fold(sur).upper() if c.isalpha())[:5].ljust(5, "9")
        month = born.month + (50 if female else 0)
        ini = ("".join(w[0] for w in ascii_fold(given).upper().split()) + "9")[:2]
        check = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return f"{letters}{born.year % 100 // 10}{month:02d}{born:%d}{born.year % 10}{ini}9{check}"

    def bsn(self) -> str:
        while True:
            d = [self.rng.randint(0, 9) for _ in range(8)]
            last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
            if last < 10:
                return "".join(map(str, d)) + str(last)

    def dni(self) -> str:
        n = self.rng.randint(10**7, 10**8 - 1)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def curp(self, sur: str, given: str, born: datetime.date) -> str:
        r = self.rng
        s = "".join(c for c in ascii_fold(sur).upper() if c.isalpha()) + "XX"
        g = "".join(c for c in ascii_fold(given).upper() if c.isalpha()) + "X"
        consonants = "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        state = r.choice(("DF", "JC", "NL"))
        return (
            f"{s[0]}{r.choice('AEIOU')}{s[2]}{g[0]}{born:%y%m%d}{r.choice('HM')}{state}{consonants}0{r.randint(0, 9)}"
        )

    def kvnr(self) -> str:
        letter = self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        body = f"{ord(letter) - 64:02d}{self.digits(8)}"
        total = sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(body))
        return f"{letter}{body[2:]}{total % 10}"

    def passport8(self) -> str:
        r, d = self.rng, self.digits
        return r.choice(
            (f"E{d(8)}", f"EJ{d(7)}", f"5{d(8)}", f"NX{r.choice('BCDFH')}{d(6)}", f"P{r.choice('ABC')}{d(7)}")
        )

    def rid8(self, born: datetime.date) -> str:
        body = f"{self.rng.choice(ZH8_RID_AREAS)}{born:%Y%m%d}{self.digits(3)}"
        return body + ric.calc_check_digit(body + "0")

    def email8(self, given: str, sur: str) -> str:
        r = self.rng
        first = ascii_lower(ascii_fold(given)) or "user"
        last = ascii_lower(ascii_fold(sur)) or "mail"
        return r.choice(
            (
                f"{first}.{last}@gmx.de",
                f"{first[0]}{last}{r.randint(1, 99)}@ziggo.nl",
                f"{last}.{first}@outlook.com",
                f"{first}{r.randint(1970, 2005)}@yahoo.com.mx",
            )
        )

    def values(self) -> Values:
        """One person's values with the eleventh split's forms, drawn after the tenth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH8_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo8", "drug": "drug8", "number": "num8"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        values["zh_tcm8"] = (r.choice(ZH8_TCM), "KEEP:drug", "zh")
        values["zh_tcm8b"] = (r.choice(ZH8_TCM), "KEEP:drug", "zh")
        for lang, lists in FRESH8_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        visit = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(320))
        values["en_visit8"] = (r.choice((f"{visit:%d/%m/%Y}", f"{visit.day} {visit:%b %Y}")), "KEEP:number", "en")
        values["zh_visit8"] = (
            r.choice((f"{visit:%Y-%m-%d}", f"{visit.year}年{visit.month}月{visit.day}日")),
            "KEEP:number",
            "zh",
        )
        born = self.born5()
        values["age8"] = (str(2026 - born.year), "KEEP:number", "any")
        given, sur = self.person8()
        given_b, sur_b = self.person8()
        staff = self.en_name8()
        staff_b = self.en_name8()
        zh_staff = self.zh_name8()
        zh_sur = r.choice(ZH8_SURNAMES)
        people = {
            "en_given8": (given, "en"),
            "en_sur8": (sur, "en"),
            "en_full8": (f"{given} {sur}", "en"),
            "en_given8b": (given_b, "en"),
            "en_full8b": (f"{given_b} {sur_b}", "en"),
            "en_name8": (self.en_name8(), "en"),
            "en_name8b": (self.en_name8(), "en"),
            "en_name8c": (self.en_name8(), "en"),
            "en_staff8": (staff, "en"),
            "en_staff8_ini": (self.initials8(staff), "en"),
            "en_staff8b": (staff_b, "en"),
            "en_pinyin8": (" ".join(r.choice(PINYIN8)), "en"),
            "en_caps8": (r.choice(CAPS8), "en"),
            "zh_name8": (self.zh_name8(), "zh"),
            "zh_name8b": (self.zh_name8(), "zh"),
            "zh_name8c": (self.zh_name8(), "zh"),
            "zh_staff8": (zh_staff, "zh"),
            "zh_staff8b": (self.zh_name8(), "zh"),
            "zh_sur8": (zh_sur, "zh"),
            "zh_nick8": (self.zh_nick8(), "zh"),
        }
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "en_addr8": (self.en_addr8(), "en"),
            "en_addr8b": (self.en_addr8(), "en"),
            "en_co8": (self.fill8(r.choice(CO8_STREETS)), "en"),
            "en_hk8": (self.fill8(r.choice(HK8)), "en"),
            "en_hostel8": (self.fill8(r.choice(HOSTEL8)), "en"),
            "en_mil8": (self.fill8(r.choice(MIL8)), "en"),
            "zh_addr8": (self.zh_addr8(), "zh"),
            "zh_addr8b": (self.zh_addr8(), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        phones = {
            "en_phone8": (self.en_phone8(), "en"),
            "en_phone8b": (self.en_phone8(), "en"),
            "zh_phone8": (self.zh_phone8(), "zh"),
            "zh_phone8b": (self.zh_phone8(), "zh"),
        }
        for slot, (text, lang) in phones.items():
            values[slot] = (text, "PHONE", lang)
        child = self.dob_child()
        values["dob8_en"] = (self.dob8_en(born), "DATE_OF_BIRTH", "en")
        values["dob8_zh"] = (self.dob8_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob8_en"] = (self.dob8_en(child), "DATE_OF_BIRTH", "en")
        values["child_dob8_zh"] = (self.dob8_zh(child), "DATE_OF_BIRTH", "zh")
        female = r.random() < 0.5
        values["uk_licence"] = (self.uk_licence(sur, given, born, female), "NATIONAL_ID", "en")
        values["bsn"] = (self.bsn(), "NATIONAL_ID", "en")
        values["dni"] = (self.dni(), "NATIONAL_ID", "en")
        values["curp"] = (self.curp(sur, given, born), "NATIONAL_ID", "en")
        il_body = self.digits(8)
        values["il_id"] = (il_body + luhn.calc_check_digit(il_body), "NATIONAL_ID", "en")
        values["passport8"] = (self.passport8(), "NATIONAL_ID", "any")
        values["kvnr"] = (self.kvnr(), "INSURANCE_ID", "en")
        values["ehic"] = (f"80{r.choice(('528', '276', '724'))}{self.digits(15)}", "INSURANCE_ID", "en")
        prov = r.choice(("44", "33", "43", "51", "11"))
        values["zh_ybpz"] = (f"{prov}{self.digits(2)}00{self.digits(12)}", "INSURANCE_ID", "zh")
        values["zh_ybcard"] = (f"{r.choice('ABCDEFGHJK')}{self.digits(8)}", "INSURANCE_ID", "zh")
        values["rid8"] = (self.rid8(born), "CN_RESIDENT_ID", "zh")
        values["rid8b"] = (self.rid8(self.born5()), "CN_RESIDENT_ID", "zh")
        values["card8"] = (
            (lambda b: b + luhn.calc_check_digit(b))(r.choice(("6214", "6230", "6259")) + self.digits(11)),
            "BANK_CARD",
            "zh",
        )
        for slot in ("en_mrn8", "en_mrn8b"):
            values[slot] = (self.en_mrn8(), "MEDICAL_RECORD_NO", "en")
        for slot in ("zh_mrn8", "zh_mrn8b"):
            values[slot] = (self.zh_mrn8(), "MEDICAL_RECORD_NO", "zh")
        values["email8"] = (self.email8(given, sur), "EMAIL", "en")
        values["zh_email8"] = (
            r.choice(
                (
                    f"{r.choice(('liaogy', 'mojp', 'rong_jh', 'fuxl'))}{r.randint(60, 99)}@126.com",
                    f"{self.digits(9)}@sina.com",
                )
            ),
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 10:11 UTC, seed 1796206299 from `date +%s` then), see the module docstring.
FRESH8: dict[str, dict[str, list[str]]] = {
    "dietitian": {
        "en": [
            "DIETETIC CONSULT - Ward 11\nPt: {en_full8}   Hosp No {en_mrn8}   DOB {dob8_en}\nReason: poor intake, "
            "{en_epo8}. {en_num8}; {en_num8b}; {en_diet8}.\nSeen with daughter {en_given8b}, who cooks for her. Pt "
            "prefers halal; {en_given8} dislikes sip feeds.\nPlan: {en_drug8}; refeeding bloods; {en_drug8b}.\n"
            "Review {en_visit8}. cc: Dr {en_staff8b}; {en_name8}\nDietitian: {en_staff8}   bleep 3312\n-- "
            "{en_staff8_ini}",
        ],
        "zh": [
            "营养科会诊记录\n会诊日期：{zh_visit8}\n患者{zh_name8}因{zh_epo8}进食减少一月，{zh_num8}，{zh_num8b}，"
            "{zh_diet8}。\n家属{zh_name8b}诉患者只爱喝粥，{zh_nick8}每天送饭。\n建议：{zh_drug8}；{zh_drug8b}；"
            "监测电解质。\n住院号：{zh_mrn8}\n营养师：{zh_staff8}　请{zh_sur8}医生知悉",
        ],
    },
    "speech_therapy": {
        "en": [
            "SPEECH AND LANGUAGE THERAPY - swallow session\nClient: {en_full8} ({en_mrn8}), {en_epo8}\n"
            "SLT: {en_given8}, can you swallow for me?\nPt: ...yes\nPt wife {en_given8b}: He coughs with tea, "
            "every time.\nSLT: Did {en_name8} at the care home thicken his drinks?\nPt wife {en_given8b}: Only "
            "sometimes.\nOutcome: {en_iddsi8}; {en_num8}.\nHome programme sent c/o {en_name8b}, {en_co8}.\n"
            "{en_staff8} (SLT) / {en_staff8b} (student)",
        ],
        "zh": [
            "康复训练记录（吞咽/言语）\n患者{zh_name8}　病历号{zh_mrn8}　诊断：{zh_epo8}\n"
            "治疗师：阿姨您跟着我说，“吃饭”。\n患者：吃……饭\n家属{zh_name8b}：她在家喝水总是呛，{zh_nick8}"
            "喂的时候也呛。\n治疗师：那先用增稠剂。\n评估：{zh_iddsi8}；{zh_num8}\n"
            "训练：冰刺激、门德尔松手法\n治疗师{zh_staff8}　指导老师{zh_staff8b}老师",
        ],
    },
    "hearing_aid": {
        "en": [
            "HEARING AID FITTING RECORD\nName: {en_caps8}    Patient ID {en_mrn8}    DOB {dob8_en}\nAudiogram: "
            "{en_audio8}; query {en_epo8}\nDevices: {en_aid8}, both ears\nFitted by {en_staff8}; wife "
            "{en_name8} present.\nBatteries/chargers posted to {en_addr8}\nCall {en_phone8} if whistling.\n"
            "Follow-up {en_visit8}. Signed: {en_staff8_ini}",
        ],
        "zh": [
            "助听器验配记录\n姓名：{zh_name8}　出生日期：{dob8_zh}　门诊号：{zh_mrn8}\n听力：{zh_audio8}\n"
            "诊断：{zh_epo8}\n验配型号：{zh_aid8}（双耳）\n陪同家属{zh_name8b}叔叔说平时看电视声音开很大\n"
            "邮寄地址：{zh_addr8}\n联系人{zh_name8c}电话{zh_phone8}\n验配师：{zh_staff8}",
        ],
    },
    "optometry": {
        "en": [
            "SPECTACLE PRESCRIPTION\nPatient: {en_pinyin8}   DOB: {dob8_en}   Ref: {en_mrn8}\nRx: {en_lens8}\n"
            "{en_optepo8}; {en_epo8} noted\nAddress: {en_hk8}\nTel: {en_phone8}\nOptometrist: {en_staff8} (GOC "
            "01-23456)\nValid 2 years from {en_visit8}",
        ],
        "zh": [
            "验光配镜处方单\n姓名：{zh_name8}　出生日期：{child_dob8_zh}　ID号：{zh_mrn8}\n验光结果：{zh_lens8}\n"
            "镜片：{zh_optepo8}\n家长{zh_name8b}　联系电话{zh_phone8}\n地址：{zh_addr8}\n验光师：{zh_staff8}　"
            "复查：{zh_visit8}",
        ],
    },
    "dental_lab": {
        "en": [
            "DENTAL LABORATORY WORK ORDER\nattn: {en_name8b}, ceramics\nPatient: {en_full8}    Pt no. {en_mrn8}\n"
            "Work: crown UR6 - {en_dental8}\nReturn by {en_visit8} to the surgery, c/o {en_staff8}.\nPatient "
            "phone (for shade appointment): {en_phone8}\nDentist: {en_staff8}; nurse {en_name8c}\n-- "
            "{en_staff8_ini}",
        ],
        "zh": [
            "义齿加工单\n送件单位：口腔科二诊室　医生{zh_staff8}\n患者{zh_name8}　性别：男　年龄：{age8}岁\n"
            "病历号：{zh_mrn8}\n修复体：{zh_dental8}，26全冠\n技师：{zh_sur8}师傅\n"
            "试戴日期：{zh_visit8}\n患者电话{zh_phone8}",
        ],
    },
    "partner_notification": {
        "en": [
            "SEXUAL HEALTH CLINIC - PARTNER NOTIFICATION (confidential)\nIndex: {en_full8}   Clinic no. {en_mrn8}"
            "\nDiagnosis: {en_epo8}; treated with {en_drug8}\nContacts (last 3 months): {en_name8}; {en_name8b}; "
            "{en_name8c}\nContact 1 - provider referral, phone {en_phone8}\nContact 2 - patient referral; lives "
            "at {en_hostel8}\nHealth adviser: {en_staff8}",
        ],
        "zh": [
            "性病门诊性伴通知单（保密）\n就诊者：{zh_name8}　门诊号：{zh_mrn8}\n诊断：{zh_epo8}\n"
            "性伴：{zh_name8b}/{zh_nick8}\n通知方式：医生通知　联系人{zh_name8b}电话{zh_phone8}\n"
            "就诊者住{zh_addr8}\n咨询员：{zh_staff8}",
        ],
    },
    "methadone": {
        "en": [
            "METHADONE DISPENSING LOG - community pharmacy\nClient: {en_full8} (DOB {dob8_en}), CHI-style ref "
            "{en_mrn8}\nPhoto ID: UK driving licence {uk_licence}\n{en_visit8}  {en_meth8}  supervised  "
            "{en_staff8_ini}\nMissed 2 doses - prescriber {en_staff8b} informed.\nUrine screen label:\n  *S26-"
            "44817*  {en_caps8} / {en_mrn8b} / {dob8_en}\nDispenser: {en_staff8}",
        ],
        "zh": [
            "美沙酮维持治疗服药登记\n服药人员{zh_name8}　身份证号{rid8}\n门诊号：{zh_mrn8}\n"
            "{zh_visit8}　{zh_meth8}　发药护士{zh_staff8}\n尿检标本条码：U2601883 {zh_name8}/{zh_mrn8}\n"
            "紧急联系人{zh_name8b}阿姨　{zh_phone8}",
        ],
    },
    "home_dialysis": {
        "en": [
            "HOME PD SUPPLY ORDER\nPatient: {en_full8}   Renal no. {en_mrn8}\nDeliver to: {en_addr8}\n"
            "Alt. delivery c/o {en_name8}, {en_co8}\nItems: {en_pd8} x 40 boxes; {en_pd8b}\nLast clinic: "
            "{en_pdnum8}; {en_num8}\nDriver to ring {en_phone8} / {en_phone8b}\nOrdered by {en_staff8} "
            "(home therapies)",
        ],
        "zh": [
            "居家腹膜透析耗材配送单\n患者{zh_name8}　透析号{zh_mrn8}\n配送地址：{zh_addr8}\n"
            "耗材：{zh_pd8}×40箱\n上次随访：{zh_pdnum8}，{zh_num8}\n收货人{zh_nick8}　电话{zh_phone8}\n"
            "备用联系人{zh_name8b}（女儿）{zh_phone8b}\n腹透护士：{zh_staff8}",
        ],
    },
    "telemedicine": {
        "en": [
            "[09:02] Dr {en_staff8}: Good morning, is this {en_given8}?\n[09:02] {en_given8}: yes, my husband "
            "{en_given8b} is here too\n[09:03] Dr {en_staff8}: How is the {en_epo8}?\n[09:05] {en_given8}: "
            "same, still on {en_drug8}\n[09:06] Dr {en_staff8}: Please confirm your date of birth.\n[09:06] "
            "{en_given8}: {dob8_en}\n[09:07] {en_given8}: new email {email8}\n[09:09] Dr {en_staff8}: "
            "{en_num8} looks fine. Prescription to your pharmacy.\nSession ID tm-8831 | Patient {en_full8}, "
            "{en_mrn8}",
        ],
        "zh": [
            "互联网医院图文问诊记录\n[10:14] 患者{zh_name8}：医生您好，我是{zh_name8}，吃了{zh_drug8}后头晕\n"
            "[10:16] {zh_staff8}医生：请提供出生日期和就诊卡号\n[10:17] 患者：{dob8_zh}，{zh_mrn8}\n"
            "[10:19] {zh_staff8}医生：{zh_num8}，建议减量，配合{zh_tcm8}\n[10:21] 患者：好的，药寄到{zh_addr8}，"
            "收件人写我老公{zh_name8b}",
        ],
    },
    "car_park": {
        "en": [
            "STAFF & CARER CAR-PARK PERMIT APPLICATION\nApplicant: {en_full8b}   Relation: husband of inpatient\n"
            "Patient: {en_full8} ({en_mrn8}), long-stay, Ward 4B\nApplicant address: {en_addr8}\nMobile: "
            "{en_phone8}\nVehicle details: on the attached sheet\nPermit no. CP-2291, valid to {en_visit8}\n"
            "Approved: {en_staff8} (Estates)  cc: {en_staff8b}",
        ],
        "zh": [
            "陪护停车证申请表\n申请人{zh_name8b}（患者之子）　驾驶证号：{rid8b}\n患者：{zh_name8}　住院号：{zh_mrn8}"
            "\n申请人住址：{zh_addr8b}\n电话：{zh_phone8}\n车辆信息：见附页\n停车证编号：TC-0917　有效期至{zh_visit8}\n"
            "审批：保卫科{zh_sur8}科长",
        ],
    },
    "transport_dispatch": {
        "en": [
            "PATIENT TRANSPORT DISPATCH LOG\n13:02 job 4471 booked by {en_staff8b}\n13:05 pt {en_caps8}, {en_mrn8}, "
            "from Ward 6 to {en_mil8}\n13:40 crew {en_staff8}/{en_name8c} on scene\n13:52 escort {en_name8} joins, "
            "mobile {en_phone8}\n14:31 arrived, handed to {en_name8b}\nNotes: {en_epo8}; {en_num8}",
        ],
        "zh": [
            "转运派车记录\n13:02 接单，调度员{zh_staff8b}\n13:06 患者{zh_name8}　住院号{zh_mrn8}　送往{zh_addr8}\n"
            "13:40 司机{zh_sur8}师傅、护士{zh_staff8}到达病区\n13:55 家属{zh_nick8}随车，电话{zh_phone8}\n"
            "14:30 到达，交{zh_name8b}签收\n病情：{zh_epo8}，{zh_num8}",
        ],
    },
    "tcm_clinic": {
        "en": [
            "ACUPUNCTURE CLINIC NOTE\nPatient: {en_full8}   ID {en_mrn8}   DOB {dob8_en}\nC/o low back pain; "
            "background {en_epo8}\nPoints: {en_acu8}; needles {en_needle8}\nAlso taking {en_drug8}\nReferred by "
            "{en_name8}; next session {en_visit8}\nPractitioner: {en_staff8} - {en_staff8_ini}",
        ],
        "zh": [
            "中医门诊病历\n姓名：{zh_name8}　性别：女　年龄：{age8}岁　门诊号：{zh_mrn8}\n"
            "主诉：胃脘胀痛3月\n舌脉：{zh_tongue8}\n辨证：肝郁脾虚\n处方：{zh_tcm8}、{zh_tcm8b}；"
            "针刺{zh_acu8}\n西医诊断：{zh_epo8}\n患者诉由邻居{zh_name8b}阿姨介绍来诊\n医师：{zh_staff8}",
        ],
    },
    "health_certificate": {
        "en": [
            "FOOD HANDLER FITNESS SCREEN\nName: {en_full8}   Passport: {passport8}\nDNI/NIE: {dni}   DOB: "
            "{dob8_en}\nEmployer: canteen, c/o {en_name8b}\nLodging: {en_hostel8}\nStool culture negative; "
            "{en_num8}\nFit to work. Screener: {en_staff8}",
        ],
        "zh": [
            "健康证体检登记\n姓名{zh_name8}　性别男　身份证{rid8}\n"
            "同事{en_caps8}（外籍）护照号{passport8}，同日体检\n从业类别：餐饮\n单位：宏福餐饮有限公司食堂\n"
            "住址：{zh_addr8}\n手机：{zh_phone8}\n检查：胸片未见异常；{zh_num8}；粪便培养阴性\n"
            "体检医师：{zh_staff8}　登记员{zh_name8c}",
        ],
    },
    "immunisation_book": {
        "en": [
            "CATCH-UP IMMUNISATION RECORD\nChild: {en_full8}   DOB {child_dob8_en}\nParent/guardian: "
            "{en_name8} / {en_name8b}\nAddress: {en_addr8}\nGiven {en_visit8}: {en_vax8}; {en_vax8b} next\n"
            "Parent's Israeli ID: {il_id}\nNurse: {en_staff8} - {en_staff8_ini}",
        ],
        "zh": [
            "预防接种证（计划免疫接种本）\n儿童姓名：{zh_name8}　出生日期：{child_dob8_zh}\n"
            "监护人{zh_name8b}　联系电话{zh_phone8}\n现住址：{zh_addr8}\n接种记录：{zh_visit8} {zh_vax8}\n"
            "接种医生{zh_staff8}　儿保门诊号{zh_mrn8}",
        ],
    },
    "itemised_bill": {
        "en": [
            "ITEMISED INPATIENT BILL\nInvoice 2026-118 | Patient: {en_full8} | MRN {en_mrn8}\nInsurer: German "
            "statutory, KVNR {kvnr}\nBill to: {en_full8b}, {en_addr8}\n1 {en_bill8}\n2 {en_drug8}\n3 lab: "
            "{en_num8}\nQueries: billing, attn: {en_staff8}",
        ],
        "zh": [
            "住院费用清单\n住院号：{zh_mrn8}　姓名：{zh_name8}　医保电子凭证编号：{zh_ybpz}\n"
            "1 {zh_bill8}\n2 {zh_drug8}\n3 {zh_tcm8}\n4 检验：{zh_num8}\n预交金银行卡：{card8}\n"
            "结算员：{zh_staff8}　家属{zh_name8b}签字",
        ],
    },
    "cross_border_cover": {
        "en": [
            "CROSS-BORDER HEALTHCARE COVER - registration\nPatient: {en_full8}   BSN {bsn}\nEHIC: {ehic}\n"
            "Home address: {en_addr8}\nTemporary address: {en_hk8}\nTel {en_phone8}; email {email8}\n"
            "Treating hospital no. {en_mrn8}\nProcessed by {en_staff8}",
        ],
        "zh": [
            "医保异地就医备案表\n参保人{zh_name8}　身份证号码{rid8}\n医保卡号：{zh_ybcard}\n"
            "参保地：{zh_addr8}\n就医地：{zh_addr8b}\n联系人{zh_name8b}{zh_phone8}\n邮箱：{zh_email8}\n"
            "经办人：{zh_staff8}",
        ],
    },
    "adr_followup": {
        "en": [
            "ADR FOLLOW-UP CALL\nPatient: {en_full8}   CURP {curp}\nHosp No {en_mrn8}\nReaction: {en_adr8} to "
            "{en_drug8}\nSpoke with {en_given8}'s son {en_name8} on {en_phone8}\nNow {en_num8}; rechallenge "
            "not advised. Copy to GP {en_staff8b}\nPharmacist: {en_staff8}",
        ],
        "zh": [
            "药品不良反应随访记录\n随访日期：{zh_visit8}\n患者{zh_name8}　病历号{zh_mrn8}　出生日期{dob8_zh}\n"
            "可疑药品：{zh_drug8}　并用{zh_tcm8}\n表现：{zh_adr8}\n电话随访家属{zh_name8b}（{zh_phone8}）\n"
            "现{zh_num8}\n随访药师：{zh_staff8}　审核：{zh_staff8b}老师",
        ],
    },
    "handover_book": {
        "en": [
            "NIGHT HANDOVER BOOK - Ward 4B (long-stay)\nBed 3 {en_full8} ({en_mrn8}) - usual residence Ward "
            "4B since 2019; {en_epo8}; {en_ward8}\nBed 5 {en_name8} - {en_drug8}; daughter {en_given8b} "
            "visiting from {en_addr8}\nNOK for bed 3: {en_name8b} {en_phone8}\nHandover {en_staff8} -> "
            "{en_staff8b}",
        ],
        "zh": [
            "护理交接班本\n3床{zh_name8}　住院号{zh_mrn8}　长期住院（居住地：本病区）\n{zh_epo8}，{zh_ward8}\n"
            "5床{zh_name8c}　{zh_drug8}\n3床家属{zh_name8b}　电话{zh_phone8}　住{zh_addr8}\n"
            "交班：{zh_staff8}　接班：{zh_staff8b}　护工{zh_sur8}阿姨",
        ],
    },
}


def fresh8_notes(per_template: int = 15, seed: int = FRESH8_SEED) -> list[dict]:
    """The fresh8 rows: every template rendered ``per_template`` times with values from ``Fresh8Source``."""
    return notes("fresh8", FRESH8, per_template, seed, source_factory=Fresh8Source)
