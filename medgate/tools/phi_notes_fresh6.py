"""The ninth split of synthetic clinical notes, ``fresh6``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (about 07:15 UTC) by an engineer who read none of the detector's code, notes,
lists or tests, nor the commit messages about its rules, and who never ran the detector or ``phi_evaluate`` on these
notes: another engineer runs it once, and that first run is the split's figure. Eighteen document styles that no
earlier split uses, 18 templates per language:

* ``hospice_plan``: a hospice advance care plan and a 安宁疗护计划;
* ``school_health``: a school nurse's log and a 学生健康档案;
* ``custody_health``: a New Zealand prison reception screen and a 看守所入所健康检查表;
* ``veterans``: a US VA intake (SSN, Medicaid) and a 退役军人优抚对象体检表;
* ``travel_clinic``: an ICVP yellow-fever certificate (German traveller) and a 国际旅行健康检查证明书;
* ``fertility``: a Spanish IVF cycle record with donor codes and a 辅助生殖夫妇档案;
* ``adoption_medical``: a South African foster-care medical and a 收养登记体检表;
* ``equipment_delivery``: a home-oxygen delivery note (PO boxes, rural routes) and a 家用制氧机配送单;
* ``switchboard_slip``: switchboard message slips (总机留言条);
* ``mediation``: a Korean medical-dispute mediation record and a 医疗纠纷人民调解记录;
* ``health_screening``: a Japanese health-check (ningen dock) report and a 体检报告;
* ``gp_enrolment``: a New Zealand PHO enrolment form and a 家庭医生签约服务协议;
* ``birth_notification``: a Philippine birth notification and a 出生医学证明 application;
* ``disability_assessment``: a South African disability-grant assessment and a 残疾评定表;
* ``elder_voucher``: Hong Kong 長者醫療券 claims (English and Chinese) and a Taiwan 長照 care plan;
* ``asr_transcript``: dictated letters as speech recognition wrote them (lower case, no punctuation, numbers as
  words; 语音识别病历 with 幺 and spoken dates);
* ``ocr_scan``: scanned forms as OCR read them (O for 0, l for 1, S for 5, lines broken inside values);
* ``malaysia_mc``: a Malaysian medical certificate (Sijil Cuti Sakit) with MyKad number.

Where the values sit differs too: names in ALL CAPS, with nicknames in quotes (``Robert "Bobby" Okafor``), with
suffixes (``Jr.``, ``III``), hyphenated, Korean, Japanese, Filipino, Afrikaans, Zulu, Xhosa, Māori, Spanish,
German and French names, Chinese names with English given names (``Ivy 陈``, ``陈 Ivy``, ``Kelvin Chan 陈家豪``),
names written in speech-recognition lower case and names broken across lines by OCR; German, French, Spanish,
Korean, Japanese (romanised, block-numbered), Philippine (Blk/Lot/Brgy.), South African (stands, townships), New
Zealand (RD rural delivery) and US PO-box, rural-route and HC addresses, Chinese 小区/号楼/单元 addresses written with
spaces, as ``3-2-501`` or in pinyin; German, French, Spanish, Korean, Japanese, Philippine, South African and New
Zealand telephones, telephones with digits spoken as words and OCR letters; dates of birth in words (``the fourth of
July nineteen sixty-one``, ``一九六一年七月四日``), month and year after an age (``aged 64 (born July 1961)``,
``1961年7月``), Korean ``1961.07.04.``, Japanese era dates (``昭和36年7月4日``, ``S36.7.4``) and OCR'd dates;
Japanese My Number, Korean resident registration numbers, South African ID numbers and New Zealand NHI numbers
(``NATIONAL_ID``), PhilHealth numbers, US Medicaid IDs and Japanese insurance 記号・番号 (``INSURANCE_ID``), US
SSNs, Hong Kong identity cards and Taiwan ID numbers, MyKad numbers; record numbers as spoken words and with OCR
letters; and e-mail addresses at web.de, gmx.de, orange.fr, naver.com, docomo.ne.jp, xtra.co.nz, telkomsa.net,
hotmail.es and yahoo.com.ph.

Span types are the earlier splits' types only and fresh5's conventions hold: titles, honorifics and kinship words
(Mr, Dr, Sister, 先生, 之女, ``father``) stay outside a name's span, a name's suffix (``Jr.``) and quoted nickname
are inside it; ``born``, ``b.``, ``生`` stay outside a date's span; an OCR'd or spoken value is a span as written.
Eponymous diseases, vaccines, drugs, scales and donor/embryo codes (``D-ES-2291``, ``AA 4BB``) are keep terms or
plain text, not PHI.
"""

import datetime

from stdnum import luhn

from medgate.tools.phi_notes import ZH_DIGITS, Values, notes, zh_small_number
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import Fresh5Source, ascii_fold

# `date +%s` when these templates were finished, before any draw was looked at; never run on the detector by its author.
FRESH6_SEED = 1796195760

FRESH6_KEEP = {
    "en": {
        "eponym": (
            "Parkinson's disease",
            "Huntington's disease",
            "Addison's disease",
            "Hashimoto's thyroiditis",
            "Kaposi sarcoma",
            "Guillain-Barré syndrome",
            "Crohn's disease",
            "Meniere's disease",
            "Bell's palsy",
            "Asperger syndrome",
            "Tourette syndrome",
            "Osgood-Schlatter disease",
            "Perthes disease",
            "Kawasaki disease",
            "Graves' disease",
            "Raynaud's phenomenon",
            "Sjögren's syndrome",
            "Dupuytren's contracture",
        ),
        "drug": (
            "morphine sulfate 2.5 mg s/c PRN",
            "midazolam 2.5 mg s/c PRN",
            "glycopyrronium 200 mcg s/c",
            "haloperidol 0.5 mg nocte",
            "Oramorph 5 mg/2.5 mL",
            "Ventolin 2 puffs PRN",
            "EpiPen Jr 0.15 mg",
            "Ritalin LA 20 mg",
            "Concerta 36 mg",
            "Panadol 1 g QID",
            "Augmentin 625 mg TDS",
        ),
        "number": (
            "SpO2 86% on air",
            "PPS 40%",
            "AKPS 40",
            "height 142 cm (50th centile)",
            "BP 168/94",
            "HbA1c 8.4%",
            "LDL 4.2 mmol/L",
            "FEV1 48% predicted",
            "O2 2 L/min via concentrator",
            "vision 6/9 both eyes",
        ),
    },
    "zh": {
        "eponym": (
            "帕金森病",
            "亨廷顿舞蹈病",
            "艾迪生病",
            "桥本甲状腺炎",
            "卡波西肉瘤",
            "吉兰-巴雷综合征",
            "克罗恩病",
            "梅尼埃病",
            "贝尔面瘫",
            "阿斯伯格综合征",
            "抽动秽语综合征（图雷特综合征）",
            "川崎病",
            "格雷夫斯病",
            "雷诺现象",
            "干燥综合征（舍格伦综合征）",
            "唐氏综合征",
        ),
        "drug": (
            "吗啡注射液2.5mg皮下注射prn",
            "咪达唑仑2.5mg皮下注射",
            "芬太尼透皮贴剂25μg/h",
            "沙丁胺醇气雾剂2揿prn",
            "哌甲酯缓释片18mg",
            "二甲双胍0.5g tid",
            "氨氯地平5mg qd",
            "云南白药胶囊",
            "藿香正气水",
        ),
        "number": (
            "血氧饱和度86%",
            "KPS评分40分",
            "身高142cm",
            "血压168/94mmHg",
            "糖化血红蛋白8.4%",
            "低密度脂蛋白4.2mmol/L",
            "FEV1占预计值48%",
            "氧流量2L/min",
            "视力左4.8右4.9",
            "空腹血糖7.8mmol/L",
        ),
    },
}

# Style-specific keep terms: travel vaccines and prophylaxis, IVF drugs and ovarian-reserve numbers.
FRESH6_SPECIAL = {
    "en": {
        "vacc": (
            "Stamaril (yellow fever vaccine) 0.5 mL s/c",
            "Typhim Vi 25 mcg IM",
            "Havrix 1440 IM",
            "Rabipur 1 mL IM (pre-exposure)",
            "Dukoral oral cholera vaccine",
        ),
        "prophylaxis": ("Malarone 1 tab daily", "doxycycline 100 mg daily", "Vivotif capsules", "Lariam 250 mg weekly"),
        "ivf": ("Gonal-f 225 IU", "Cetrotide 0.25 mg", "Ovitrelle 250 mcg", "Crinone 8% gel", "Menopur 150 IU"),
        "ivfnum": ("AMH 0.9 ng/mL", "AFC 6", "E2 2,400 pg/mL on day 9", "12 oocytes, 9 MII, 7 2PN"),
        "palli": (
            "morphine sulfate 2.5 mg s/c PRN",
            "midazolam 2.5 mg s/c PRN",
            "glycopyrronium 200 mcg s/c PRN",
            "haloperidol 0.5 mg s/c PRN",
            "Oramorph 5 mg/2.5 mL PRN",
        ),
        "school": (
            "Ventolin 2 puffs via spacer",
            "EpiPen Jr 0.15 mg",
            "Ritalin LA 20 mg (lunchtime dose)",
            "Zyrtec 5 mg",
            "glucagon 0.5 mg (per plan)",
        ),
        "schoolnum": ("peak flow 180 L/min", "height 142 cm (50th centile)", "vision 6/9 both eyes", "BGL 3.4 mmol/L"),
        "o2num": (
            "SpO2 86% on air",
            "2 L/min via nasal cannula, 16 h/day",
            "FEV1 0.9 L (38% predicted)",
            "PaO2 7.1 kPa",
        ),
    },
    "zh": {
        "vacc": (
            "黄热病疫苗0.5ml皮下注射",
            "伤寒Vi多糖疫苗",
            "甲肝灭活疫苗",
            "口服霍乱疫苗（可唯适）",
            "人用狂犬病疫苗（暴露前）",
        ),
        "prophylaxis": ("蒿甲醚本芴醇片", "多西环素100mg qd", "甲氟喹250mg每周"),
        "ivf": (
            "重组人促卵泡激素225IU",
            "醋酸西曲瑞克0.25mg",
            "黄体酮阴道缓释凝胶90mg",
            "尿促性素150IU",
            "注射用绒促性素10000IU",
        ),
        "ivfnum": ("AMH 0.9ng/ml", "窦卵泡数6个", "扳机日E2 2400pg/ml", "获卵12枚，MII 9枚，2PN 7枚"),
        "palli": ("吗啡注射液2.5mg皮下注射prn", "咪达唑仑2.5mg皮下注射", "芬太尼透皮贴剂25μg/h", "氟哌啶醇0.5mg睡前"),
        "school": ("沙丁胺醇气雾剂2揿", "哌甲酯缓释片18mg", "肾上腺素笔0.15mg", "氯雷他定糖浆5ml"),
        "schoolnum": ("身高142cm", "视力左4.8右4.9", "体重指数百分位92", "脊柱侧弯筛查阳性（ATR 7°）"),
        "o2num": (
            "指脉氧86%（未吸氧）",
            "氧流量2L/min，每日15小时以上",
            "FEV1 0.9L（占预计值38%）",
            "动脉血氧分压53mmHg",
        ),
    },
}

# Names.
CAPS_GIVEN = ("Robert", "William", "Dolores", "Carmen", "Thabo", "Nomvula", "Hemi", "Mere", "Jürgen", "Élodie")
NICKNAMED = (
    ('Robert "Bobby"', "Okafor"),
    ('William "Bud"', "Harlan"),
    ('Margaret "Peggy"', "Van der Merwe"),
    ('Tevita "Tev"', "Fifita"),
    ('Maria Cristina "Tintin"', "Dela Cruz"),
    ('José "Pepe"', "García Ruiz"),
    ('Kwame "KJ"', "Mensah"),
)
SUFFIXED = (
    "Leroy Jackson Jr.",
    "Earl T. Whitfield III",
    "James Buchanan Sr.",
    "Dwayne Rodriguez II",
    "Carlos M. Reyes Jr.",
    "Thomas Kealoha IV",
)
HYPHENATED = (
    "Ana-Maria Schulz-Hoffmann",
    "Pieter Janse van Rensburg",
    "Thandiwe Makhubele-Dlamini",
    "Aroha Parata-Walker",
    "Marie-Claire Lefèvre-Dubois",
    "Sung-min Yoo",
    "Carmen Fernández-Villaverde",
)
WORLD_GIVEN = (
    "Sipho",
    "Lindiwe",
    "Anelisa",
    "Johannes",
    "Riaan",
    "Tamati",
    "Wiremu",
    "Kiri",
    "Jürgen",
    "Friederike",
    "Benoît",
    "Maëlle",
    "Iñaki",
    "Rocío",
    "Maricel",
    "Jericho",
    "Ma. Luisa",
)
WORLD_SURNAMES = (
    "Nkosi",
    "Mahlangu",
    "Mthembu",
    "Botha",
    "Pretorius",
    "Ngata",
    "Tūhoe",
    "Schäfer",
    "Weiß",
    "Boulanger",
    "Garnier",
    "Etxeberria",
    "Sánchez Gil",
    "Bautista",
    "Macapagal",
    "Villanueva",
)
KR_FULL = ("Kim Min-seo", "Park Ji-hoon", "Lee Soo-jin", "Choi Dong-wook", "Jung Hye-won", "Han Seung-ho")
JP_FULL = ("Tanaka Yoshiko", "Suzuki Ichiro", "Ito Mayumi", "Yamada Taro", "Kato Hanako", "Ogawa Shun")
EN_GIVEN_FOR_ZH = ("Ivy", "Kelvin", "Winnie", "Jason", "Cherry", "Eric", "Tiffany", "Kenny", "Apple", "Ken")
ZH6_SURNAMES = (
    ("陈", "Chen", "Chan"),
    ("林", "Lin", "Lam"),
    ("黄", "Huang", "Wong"),
    ("张", "Zhang", "Cheung"),
    ("周", "Zhou", "Chow"),
    ("吴", "Wu", "Ng"),
    ("郑", "Zheng", "Cheng"),
    ("徐", "Xu", "Tsui"),
)
ZH6_GIVEN = ("家豪", "静怡", "子轩", "梓涵", "浩然", "欣怡", "俊杰", "雨桐", "建国", "秀英", "德胜", "美玲")
ZH6_COMPOUND = ("欧阳", "司马", "诸葛", "慕容", "皇甫", "东方")
ZH6_MINORITY = ("阿依古丽·买买提", "扎西次仁", "格桑卓玛", "乌兰其其格", "木拉提·艾力", "阿卜杜拉·吐尔逊")

# Addresses.
DE_ADDRS = (
    ("Hauptstraße", "10115 Berlin"),
    ("Schillerstr.", "80336 München"),
    ("Am Lindenhof", "50667 Köln"),
    ("Goethestraße", "04109 Leipzig"),
)
FR_ADDRS = (("rue des Lilas", "69003 Lyon"), ("avenue Jean-Jaurès", "75019 Paris"), ("chemin du Moulin", "13100 Aix"))
ES_ADDRS = (("C/ Mayor", "28013 Madrid"), ("Avda. Diagonal", "08019 Barcelona"), ("C/ San Vicente", "46002 Valencia"))
KR_ADDRS = (
    ("Olympic-ro", "Songpa-gu, Seoul", "05505"),
    ("Haeundae-ro", "Haeundae-gu, Busan", "48095"),
    ("Dongtan-daero", "Hwaseong-si, Gyeonggi-do", "18450"),
)
JP_ADDRS = (
    ("Jingumae", "Shibuya-ku, Tokyo", "150-0001"),
    ("Nakanoshima", "Kita-ku, Osaka", "530-0005"),
    ("Kamigyo", "Kyoto-shi, Kyoto", "602-8041"),
)
JP_ADDRS_ZH = (
    ("東京都渋谷区神宮前", "150-0001"),
    ("大阪府大阪市北区中之島", "530-0005"),
    ("神奈川県横浜市港北区日吉", "223-0061"),
)
PH_ADDRS = (
    ("Brgy. San Isidro, Cainta, Rizal", "1900"),
    ("Brgy. Mambaling, Cebu City", "6000"),
    ("Brgy. Talomo, Davao City", "8000"),
    ("Brgy. Bagong Silang, Caloocan City", "1428"),
)
ZA_ADDRS = (
    "{n} Vilakazi St, Orlando West, Soweto, 1804",
    "Stand {n}, Zone {k}, Ga-Rankuwa, 0208",
    "{n} NY{k} Street, Gugulethu, Cape Town, 7750",
    "Erf {n}, Kwa-Thema Ext {k}, Springs, 1575",
    "Flat {k}0{m}, Ponte City, Berea, Johannesburg, 2198",
    "Mkhize Kraal, Ward {k}, Nquthu, KwaZulu-Natal, 3135",
)
NZ_ADDRS = (
    "{n} Kaipara Coast Hwy, RD {k}, Helensville 0875",
    "{n}A Te Rapa Road, Beerescourt, Hamilton 3200",
    "Flat {k}, {n} Cuba Street, Te Aro, Wellington 6011",
    "{n} State Highway 35, RD {k}, Te Araroa 4086",
)
US_RURAL = (
    "PO Box {n}, Tishomingo, OK 73460",
    "RR {k} Box {n}, Hazard, KY 41701",
    "HC 61 Box {n}, Chinle, AZ 86503",
    "{n} County Road {m}, Apt B, Lubbock, TX 79401",
    "General Delivery, Window Rock, AZ 86515",
    "{n} NE 23rd St, Trlr {k}, Oklahoma City, OK 73111",
)
ZH6_XIAOQU = (
    ("北京市", "朝阳区", "望京", "花家地北里", "Huajiadi Beili", "Chaoyang Qu, Beijing"),
    ("上海市", "浦东新区", "张江", "汤臣豪园", "Tangchen Haoyuan", "Pudong Xinqu, Shanghai"),
    ("成都市", "武侯区", "玉林", "玉林北路小区", "Yulin Beilu Xiaoqu", "Wuhou Qu, Chengdu"),
    ("杭州市", "西湖区", "文新", "嘉绿苑", "Jialüyuan", "Xihu Qu, Hangzhou"),
    ("郑州市", "金水区", "经八路", "省直家属院", "Shengzhi Jiashuyuan", "Jinshui Qu, Zhengzhou"),
)

EN_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_ORDINALS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
SHOWA_START, HEISEI_START = 1926, 1989
NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
OCR_SWAPS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def en_number(n: int) -> str:
    """0..99 in words (sixty-one)."""
    if n < 20:
        return EN_ONES[n]
    tens, ones = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_ONES[ones]}" if ones else "")


def en_ordinal(n: int) -> str:
    """1..31 as an ordinal word (fourth, twenty-second, thirtieth)."""
    if n <= 20:
        return EN_ORDINALS[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return EN_TENS[tens][:-1] + "ieth"
    return f"{EN_TENS[tens]}-{EN_ORDINALS[ones]}"


def en_year(year: int) -> str:
    """A year as spoken (nineteen sixty-one, nineteen oh five, two thousand and two)."""
    if year >= 2000:
        return "two thousand" + (f" and {en_number(year - 2000)}" if year > 2000 else "")
    head, tail = divmod(year, 100)
    return f"{en_number(head)} " + (f"oh {EN_ONES[tail]}" if tail < 10 else en_number(tail))


def zh_year(year: int) -> str:
    return "".join(ZH_DIGITS[int(d)] for d in str(year))


class Fresh6Source(Fresh5Source):
    """Values for the ninth split: the eighth split's sources and, drawn after them (so no other split changes),
    names, addresses, telephones, dates of birth and identifiers of Germany, France, Spain, Korea, Japan, the
    Philippines, South Africa, New Zealand and the rural US, spoken and OCR'd forms, and Chinese 小区 addresses."""

    # Names.

    def en_name6(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.12:
            return f"{r.choice(CAPS_GIVEN).upper()} {r.choice(WORLD_SURNAMES).upper()}"
        if roll < 0.24:
            given, surname = r.choice(NICKNAMED)
            return f"{given} {surname}"
        if roll < 0.34:
            return r.choice(SUFFIXED)
        if roll < 0.46:
            return r.choice(HYPHENATED)
        if roll < 0.54:
            return r.choice(KR_FULL)
        if roll < 0.62:
            return r.choice(JP_FULL)
        if roll < 0.72:
            return self.mixed_name()
        if roll < 0.8:
            surname = r.choice(WORLD_SURNAMES)
            return f"{surname.upper()}, {r.choice(WORLD_GIVEN)}"
        return f"{r.choice(WORLD_GIVEN)} {r.choice(WORLD_SURNAMES)}"

    def mixed_name(self) -> str:
        """A Chinese name with an English given name (Ivy 陈, Kelvin Chan 陈家豪, CHAN Ka Ho Kelvin)."""
        r = self.rng
        chars, mandarin, cantonese = r.choice(ZH6_SURNAMES)
        english = r.choice(EN_GIVEN_FOR_ZH)
        given = r.choice(ZH6_GIVEN)
        return r.choice(
            (
                f"{english} {chars}",
                f"{english} {cantonese} {chars}{given}",
                f"{english} {mandarin}",
                f"{cantonese.upper()} {english}",
            )
        )

    def zh_name6(self) -> str:
        r = self.rng
        roll = r.random()
        chars, _, _ = r.choice(ZH6_SURNAMES)
        if roll < 0.4:
            return chars + r.choice(ZH6_GIVEN)
        if roll < 0.55:
            return (
                f"{r.choice(EN_GIVEN_FOR_ZH)} {chars}" if r.random() < 0.5 else f"{chars} {r.choice(EN_GIVEN_FOR_ZH)}"
            )
        if roll < 0.65:
            return f"{chars}{r.choice(EN_GIVEN_FOR_ZH)}"
        if roll < 0.78:
            return r.choice(ZH6_COMPOUND) + r.choice(ZH6_GIVEN)
        if roll < 0.88:
            return r.choice(ZH6_MINORITY)
        return f"{chars} {r.choice(ZH6_GIVEN)}"  # written with a space between surname and given name

    def spoken_name(self) -> str:
        """A name as speech recognition writes it: lower case, no punctuation."""
        name = self.rng.choice((*KR_FULL, *JP_FULL, *HYPHENATED, *SUFFIXED))
        return " ".join(ascii_fold(name).lower().replace("-", " ").replace(".", "").split())

    def broken_name(self) -> str:
        """A name that OCR broke across two lines."""
        r = self.rng
        name = f"{r.choice(WORLD_GIVEN)} {r.choice(WORLD_SURNAMES)}".upper()
        cut = r.randint(len(name) // 2, len(name) - 2)
        if name[cut] == " " or name[cut - 1] == " ":
            return name.replace(" ", "\n", 1)
        return f"{name[:cut]}-\n{name[cut:]}"

    # Addresses.

    def de_addr(self) -> str:
        r = self.rng
        street, city = r.choice(DE_ADDRS)
        extra = r.choice(("", ", Hinterhaus", f", {r.randint(1, 5)}. OG links", f", c/o {r.choice(WORLD_SURNAMES)}"))
        return f"{street} {r.randint(1, 140)}{r.choice(('', 'a', 'b'))}{extra}, {city}"

    def fr_addr(self) -> str:
        r = self.rng
        street, city = r.choice(FR_ADDRS)
        head = r.choice(("", f"Bât. {r.choice('ABC')}, esc. {r.randint(1, 4)}, {r.randint(2, 9)}e étage, "))
        return f"{head}{r.randint(1, 120)}{r.choice(('', ' bis'))} {street}, {city}"

    def es_addr(self) -> str:
        r = self.rng
        street, city = r.choice(ES_ADDRS)
        return f"{street}, {r.randint(1, 200)}, {r.randint(1, 8)}º {r.randint(1, 4)}ª, {city}"

    def eu_addr(self) -> str:
        return self.rng.choice((self.de_addr, self.fr_addr, self.es_addr))()

    def kr_addr(self) -> str:
        r = self.rng
        road, district, post = r.choice(KR_ADDRS)
        unit = f"{r.randint(101, 112)}-{r.randint(2, 25)}0{r.randint(1, 4)}"
        return f"Apt {unit}, {r.randint(10, 400)} {road}, {district} {post}"

    def jp_addr(self) -> str:
        r = self.rng
        town, ward, post = r.choice(JP_ADDRS)
        block = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        if r.random() < 0.5:
            return f"{block}-{r.randint(1, 9)}0{r.randint(1, 9)} {town}, {ward} {post}"
        house = f"Maison {r.choice(('Sakura', 'Aoi', 'Hikari'))} {r.randint(1, 9)}0{r.randint(1, 9)}"
        return f"〒{post} {ward}, {town} {block}, {house}"

    def jp_addr_zh(self) -> str:
        r = self.rng
        town, post = r.choice(JP_ADDRS_ZH)
        block = f"{r.randint(1, 6)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号"
        return f"〒{post} {town}{block}{r.randint(1, 9)}0{r.randint(1, 9)}号室"

    def ph_addr(self) -> str:
        r = self.rng
        area, post = r.choice(PH_ADDRS)
        head = r.choice(
            (
                f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)}, Phase {r.randint(1, 4)}",
                f"{r.randint(1, 900)} Purok {r.randint(1, 7)}",
                f"Unit {r.randint(2, 30)}{r.choice('ABCD')}, Tower {r.randint(1, 3)}, SMDC Grass Residences",
            )
        )
        return f"{head}, {area} {post}"

    def za_addr(self) -> str:
        r = self.rng
        return r.choice(ZA_ADDRS).format(n=r.randint(2, 4800), k=r.randint(1, 9), m=r.randint(1, 9))

    def nz_addr(self) -> str:
        r = self.rng
        return r.choice(NZ_ADDRS).format(n=r.randint(2, 900), k=r.randint(1, 9))

    def us_rural(self) -> str:
        r = self.rng
        return r.choice(US_RURAL).format(n=r.randint(2, 9999), k=r.randint(1, 9), m=r.randint(100, 4000))

    def zh_xiaoqu(self) -> str:
        """A 小区 address: with spaces, as 3-2-501, or with 号楼/单元."""
        r = self.rng
        city, district, area, xiaoqu, _, _ = r.choice(ZH6_XIAOQU)
        building, unit, room = r.randint(1, 30), r.randint(1, 6), f"{r.randint(1, 28)}0{r.randint(1, 4)}"
        roll = r.random()
        if roll < 0.35:
            return f"{city} {district} {area} {xiaoqu} {building}号楼 {unit}单元 {room}"
        if roll < 0.65:
            return f"{city}{district}{xiaoqu}{building}-{unit}-{room}"
        if roll < 0.85:
            return f"{city}{district}{area}{xiaoqu}{building}栋{unit}单元{room}室"
        return f"{xiaoqu}{ZH_DIGITS[building % 10] if building < 10 else building}号楼{unit}门{room}"

    def zh_pinyin_addr(self) -> str:
        r = self.rng
        _, _, _, _, xiaoqu, tail = r.choice(ZH6_XIAOQU)
        building, unit, room = r.randint(1, 30), r.randint(1, 6), f"{r.randint(1, 28)}0{r.randint(1, 4)}"
        if r.random() < 0.5:
            return f"Rm {room}, Unit {unit}, Bldg {building}, {xiaoqu}, {tail}"
        return f"{xiaoqu} {building}-{unit}-{room}, {tail}"

    # Telephones.

    def de_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"+49 30 {self.digits(8)}",
                f"0171 {self.digits(7)}",
                f"089/{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}",
                f"+49 (0)152 {self.digits(4)} {self.digits(4)}",
            )
        )

    def fr_phone(self) -> str:
        pairs = " ".join(self.digits(2) for _ in range(4))
        return self.rng.choice((f"06 {pairs}", f"+33 (0)7 {pairs}", f"01.{pairs.replace(' ', '.')}"))

    def es_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"+34 6{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                f"91 {self.digits(3)} {self.digits(2)} {self.digits(2)}",
            )
        )

    def eu_phone(self) -> str:
        return self.rng.choice((self.de_phone, self.fr_phone, self.es_phone))()

    def kr_phone(self) -> str:
        return self.rng.choice((f"010-{self.digits(4)}-{self.digits(4)}", f"+82 10 {self.digits(4)} {self.digits(4)}"))

    def jp_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"090-{self.digits(4)}-{self.digits(4)}",
                f"03-{self.digits(4)}-{self.digits(4)}",
                f"+81 80 {self.digits(4)} {self.digits(4)}",
                f"06({self.digits(4)}){self.digits(4)}",
            )
        )

    def ph_phone(self) -> str:
        r = self.rng
        prefix = r.choice(("917", "918", "927", "939", "998"))
        return r.choice(
            (f"+63 {prefix} {self.digits(3)} {self.digits(4)}", f"0{prefix}-{self.digits(3)}-{self.digits(4)}")
        )

    def za_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"0{r.choice(('72', '82', '83', '71'))} {self.digits(3)} {self.digits(4)}",
                f"+27 11 {self.digits(3)} {self.digits(4)}",
                f"(021) {self.digits(3)}-{self.digits(4)}",
            )
        )

    def nz_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"021 {self.digits(3)} {self.digits(4)}",
                f"(09) {self.digits(3)} {self.digits(4)}",
                f"027-{self.digits(7)}",
            )
        )

    def us_phone6(self) -> str:
        r = self.rng
        area = r.choice(("580", "606", "928", "806", "405"))
        return r.choice(
            (f"({area}) {r.randint(200, 999)}-{self.digits(4)}", f"{area}.{r.randint(200, 999)}.{self.digits(4)}")
        )

    def spoken_digits(self, digits: str) -> str:
        zero = self.rng.choice(("oh", "zero"))
        return " ".join(zero if d == "0" else EN_ONES[int(d)] for d in digits)

    def phone_spoken6(self) -> str:
        r = self.rng
        number = r.choice(("0", "07")) + self.digits(9)
        words = self.spoken_digits(number)
        return words if r.random() < 0.7 else words.replace("seven seven", "double seven", 1)

    def zh_phone_spoken6(self) -> str:
        number = f"1{self.rng.choice('3589')}{self.digits(9)}"
        return "".join("幺" if d == "1" else ZH_DIGITS[int(d)] for d in number)

    def ocr(self, text: str) -> str:
        """OCR's reading of a printed value: some 0, 1, 5 and 8 read as letters."""
        return "".join(OCR_SWAPS[c] if c in OCR_SWAPS and self.rng.random() < 0.4 else c for c in text)

    # Dates of birth.

    def dob_words(self) -> str:
        b = self.born5()
        r = self.rng
        return r.choice(
            (
                f"the {en_ordinal(b.day)} of {b:%B} {en_year(b.year)}",
                f"{b:%B} the {en_ordinal(b.day)} {en_year(b.year)}",
                f"{en_ordinal(b.day)} {b:%B} {en_year(b.year)}",
            )
        )

    def dob_words_zh(self) -> str:
        b = self.born5()
        r = self.rng
        return r.choice(
            (
                f"{zh_year(b.year)}年{zh_small_number(b.month)}月{zh_small_number(b.day)}日",
                f"{zh_year(b.year)[2:]}年{zh_small_number(b.month)}月{zh_small_number(b.day)}号",
            )
        )

    def dob_kr(self) -> str:
        b = self.born5()
        return self.rng.choice((f"{b.year}.{b:%m}.{b:%d}.", f"{b.year}. {b.month}. {b.day}."))

    def dob_jp(self) -> str:
        b = self.born5()
        r = self.rng
        era, letter, start = ("昭和", "S", SHOWA_START) if b.year < HEISEI_START else ("平成", "H", HEISEI_START)
        year = b.year - start + 1
        return r.choice(
            (f"{era}{year}年{b.month}月{b.day}日", f"{letter}{year}.{b.month}.{b.day}", f"{b.year}/{b:%m}/{b:%d}")
        )

    def dob_child(self) -> datetime.date:
        """A schoolchild's or foster child's date of birth (2009 to 2021)."""
        return datetime.date(2009, 1, 1) + datetime.timedelta(days=self.rng.randrange(4700))

    # Identifiers.

    def my_number(self) -> str:
        """A Japanese Individual Number (12 digits, check digit last)."""
        body = self.digits(11)
        total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), start=1))
        check = 0 if total % 11 <= 1 else 11 - total % 11
        number = body + str(check)
        return self.rng.choice((number, f"{number[:4]} {number[4:8]} {number[8:]}"))

    def kr_rrn(self) -> str:
        b = self.born5()
        r = self.rng
        sex = r.choice("12") if b.year < 2000 else r.choice("34")
        body = f"{b:%y%m%d}{sex}{r.randint(0, 95):02d}{self.digits(3)}"  # place-of-registration code 00-95
        total = sum(int(d) * w for d, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
        number = body + str((11 - total % 11) % 10)
        return f"{number[:6]}-{number[6:]}"

    def za_id(self, born: datetime.date | None = None) -> str:
        b = born or self.born5()
        body = f"{b:%y%m%d}{self.digits(4)}{self.rng.choice('01')}8"
        number = body + luhn.calc_check_digit(body)
        return number if self.rng.random() < 0.7 else f"{number[:6]} {number[6:10]} {number[10:]}"

    def nz_nhi(self) -> str:
        r = self.rng
        while True:
            letters = "".join(r.choice(NHI_LETTERS) for _ in range(3))
            digits = self.digits(3)
            total = sum((NHI_LETTERS.index(c) + 1) * w for c, w in zip(letters, (7, 6, 5), strict=True))
            total += sum(int(d) * w for d, w in zip(digits, (4, 3, 2), strict=True))
            if total % 11:
                return f"{letters}{digits}{(11 - total % 11) % 10}"

    def philhealth(self) -> str:
        return self.rng.choice((f"{self.digits(2)}-{self.digits(9)}-{self.digits(1)}", f"PIN {self.digits(12)}"))

    def medicaid(self) -> str:
        r = self.rng
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return r.choice(
            (f"{letters}{self.digits(5)}{r.choice('ABCDEFGHJKLMN')}", f"{self.digits(10)}", f"OK{self.digits(9)}")
        )

    def jp_insurance(self) -> str:
        return f"{self.digits(4)}・{self.digits(3)}"

    def mrn6(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"Chart #{self.digits(4)}-{self.digits(4)}",
                f"PID {r.choice(('SEV', 'AMC', 'SNUH'))}{self.digits(8)}",
                f"H{self.digits(6)}",
                f"CR{r.randint(2019, 2026)}/{self.digits(5)}",
                f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}",
            )
        )

    def zh_mrn6(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"TJ{r.randint(2024, 2026)}{self.digits(7)}",
                f"JK{self.digits(10)}",
                f"{r.randint(2024, 2026)}-{self.digits(5)}",
                f"AN{self.digits(8)}",
            )
        )

    def email6(self) -> str:
        r = self.rng
        first = ascii_lower(ascii_fold(r.choice((*WORLD_GIVEN, *EN_GIVEN_FOR_ZH)))) or "pat"
        last = ascii_lower(ascii_fold(r.choice(WORLD_SURNAMES))) or "lee"
        return r.choice(
            (
                f"{first}.{last}@web.de",
                f"{last}{r.randint(1, 99)}@gmx.de",
                f"{first}.{last}@orange.fr",
                f"{first}{r.randint(1960, 2010)}@naver.com",
                f"{first[0]}-{last}@docomo.ne.jp",
                f"{first}{last}@xtra.co.nz",
                f"{last}.{first}@telkomsa.net",
                f"{first}_{last}@hotmail.es",
                f"{first}{last}{r.randint(1, 99)}@yahoo.com.ph",
            )
        )

    def values(self) -> Values:
        """One person's values with the ninth split's forms, drawn after the eighth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH6_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo6", "drug": "drug6", "number": "num6"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        for lang, lists in FRESH6_SPECIAL.items():
            for kind, choices in lists.items():
                keep_kind = "number" if kind.endswith("num") else "drug"
                values[f"{lang}_{kind}"] = (r.choice(choices), f"KEEP:{keep_kind}", lang)
        people = {
            "en_name6": (self.en_name6, "en"),
            "en_name6b": (self.en_name6, "en"),
            "en_name6c": (self.en_name6, "en"),
            "en_staff6": (self.en_name6, "en"),
            "en_staff6b": (self.en_name6, "en"),
            "en_mixed": (self.mixed_name, "en"),
            "en_kr": (lambda: self.pick(KR_FULL), "en"),
            "en_jp": (lambda: self.pick(JP_FULL), "en"),
            "en_spoken": (self.spoken_name, "en"),
            "en_spoken_b": (self.spoken_name, "en"),
            "en_broken": (self.broken_name, "en"),
            "en_caps": (lambda: f"{r.choice(CAPS_GIVEN)} {r.choice(WORLD_SURNAMES)}".upper(), "en"),
            "zh_name6": (self.zh_name6, "zh"),
            "zh_name6b": (self.zh_name6, "zh"),
            "zh_name6c": (self.zh_name6, "zh"),
            "zh_staff6": (self.zh_name6, "zh"),
            "zh_staff6b": (self.zh_name6, "zh"),
            "zh_plain6": (lambda: r.choice(ZH6_SURNAMES)[0] + r.choice(ZH6_GIVEN), "zh"),
        }
        for slot, (draw, lang) in people.items():
            values[slot] = (draw(), "PERSON", lang)
        plain = values["zh_plain6"][0]
        values["zh_broken"] = (f"{plain[0]}\n{plain[1:]}" if r.random() < 0.5 else " ".join(plain), "PERSON", "zh")
        addresses = {
            "eu_addr": (self.eu_addr, "en"),
            "de_addr": (self.de_addr, "en"),
            "es_addr": (self.es_addr, "en"),
            "kr_addr": (self.kr_addr, "en"),
            "jp_addr": (self.jp_addr, "en"),
            "ph_addr": (self.ph_addr, "en"),
            "za_addr": (self.za_addr, "en"),
            "nz_addr": (self.nz_addr, "en"),
            "us_rural": (self.us_rural, "en"),
            "zh_pinyin_addr": (self.zh_pinyin_addr, "en"),
            "hk_addr_en": (self.hk_addr_en, "en"),
            "nz_po": (
                lambda: f"PO Box {r.randint(2, 900)}, {r.choice(('Kaikohe 0440', 'Ruatoria 4032', 'Ōpōtiki 3162'))}",
                "en",
            ),
            "addr_spoken": (lambda: " ".join(self.za_addr().replace(",", " ").lower().split()), "en"),
            "zh_xiaoqu": (self.zh_xiaoqu, "zh"),
            "zh_xiaoqu_b": (self.zh_xiaoqu, "zh"),
            "jp_addr_zh": (self.jp_addr_zh, "zh"),
        }
        for slot, (draw, lang) in addresses.items():
            values[slot] = (draw(), "ADDRESS", lang)
        za = self.za_addr()
        values["za_addr_ocr"] = (self.ocr(za).replace(", ", ",\n", 1), "ADDRESS", "en")
        xq = self.zh_xiaoqu().replace(" ", "")
        values["zh_xiaoqu_ocr"] = (xq[: len(xq) // 2] + "\n" + xq[len(xq) // 2 :], "ADDRESS", "zh")
        phones = {
            "eu_phone": (self.eu_phone, "en"),
            "de_phone": (self.de_phone, "en"),
            "es_phone": (self.es_phone, "en"),
            "kr_phone": (self.kr_phone, "en"),
            "jp_phone": (self.jp_phone, "en"),
            "ph_phone": (self.ph_phone, "en"),
            "za_phone": (self.za_phone, "en"),
            "nz_phone": (self.nz_phone, "en"),
            "us_phone6": (self.us_phone6, "en"),
            "phone_spoken6": (self.phone_spoken6, "en"),
            "zh_phone_spoken6": (self.zh_phone_spoken6, "zh"),
            "jp_phone_zh": (self.jp_phone, "zh"),
            "kr_phone_zh": (self.kr_phone, "zh"),
        }
        for slot, (draw, lang) in phones.items():
            values[slot] = (draw(), "PHONE", lang)
        values["za_phone_ocr"] = (self.ocr(self.za_phone()), "PHONE", "en")
        values["zh_phone_ocr"] = (self.ocr(f"1{r.choice('3589')}{self.digits(9)}"), "PHONE", "zh")
        child = self.dob_child()
        ocr_born = self.born5()
        dates = {
            "dob_words": (self.dob_words(), "en"),
            "dob_words_zh": (self.dob_words_zh(), "zh"),
            "dob_kr": (self.dob_kr(), "en"),
            "dob_jp": (self.dob_jp(), "zh"),
            "dob_jp_en": (self.dob_jp(), "en"),
            "child_dob_en": (r.choice((f"{child:%d/%m/%Y}", f"{child.day} {child:%B} {child.year}")), "en"),
            "child_dob_zh": (r.choice((f"{child.year}年{child.month}月{child.day}日", f"{child:%Y.%m.%d}")), "zh"),
            "dob_ocr": (self.ocr(f"{ocr_born:%d/%m/%Y}"), "en"),
            "dob_ocr_zh": (self.ocr(f"{ocr_born.year}年{ocr_born:%m}月{ocr_born:%d}日"), "zh"),
        }
        born = self.born5()
        dates["dob_zh_month"] = (f"{born.year}年{born.month}月", "zh")
        dates["dob_month_year"] = (self.rng.choice((f"{born:%B} {born.year}", f"{born:%b} {born.year}")), "en")
        for slot, (text, lang) in dates.items():
            values[slot] = (text, "DATE_OF_BIRTH", lang)
        values["age6"] = (str(2026 - born.year), "KEEP:number", "any")
        values["en_epo6_lc"] = (values["en_epo6"][0].lower().replace("'", ""), "KEEP:eponym", "en")
        values["dob_words_lc"] = (self.dob_words().lower(), "DATE_OF_BIRTH", "en")
        values["en_drug6_lc"] = (values["en_drug6"][0].lower().replace("/", " per "), "KEEP:drug", "en")
        values["child_za_id"] = (self.za_id(child), "NATIONAL_ID", "en")
        values["za_id"] = (self.za_id(), "NATIONAL_ID", "en")
        values["my_number"] = (self.my_number(), "NATIONAL_ID", "any")
        values["kr_rrn"] = (self.kr_rrn(), "NATIONAL_ID", "any")
        values["nz_nhi"] = (self.nz_nhi(), "NATIONAL_ID", "en")
        values["philhealth"] = (self.philhealth(), "INSURANCE_ID", "en")
        values["medicaid"] = (self.medicaid(), "INSURANCE_ID", "en")
        values["jp_insurance"] = (self.jp_insurance(), "INSURANCE_ID", "any")
        values["mrn6"] = (self.mrn6(), "MEDICAL_RECORD_NO", "any")
        values["mrn_ocr"] = (self.ocr(f"MRN {self.digits(8)}"), "MEDICAL_RECORD_NO", "en")
        values["mrn_spoken6"] = (self.spoken_digits(self.digits(7)), "MEDICAL_RECORD_NO", "en")
        values["zh_mrn6"] = (self.zh_mrn6(), "MEDICAL_RECORD_NO", "zh")
        values["zh_mrn_ocr"] = (self.ocr(f"{r.randint(2019, 2026)}{self.digits(6)}"), "MEDICAL_RECORD_NO", "zh")
        values["email6"] = (self.email6(), "EMAIL", "any")
        values["ssn6"] = (
            r.choice(
                (
                    f"{self.digits(3)}-{self.digits(2)}-{self.digits(4)}",
                    f"{self.digits(3)} {self.digits(2)} {self.digits(4)}",
                )
            ),
            "SSN",
            "en",
        )
        values["mykad6"] = (
            f"{self.born5():%y%m%d}-{r.choice(('10', '14', '08', '12'))}-{self.digits(4)}",
            "NATIONAL_ID",
            "en",
        )
        return values


# Written blind on 2026-12-02 (finished 07:16 UTC, seed 1796195760 from `date +%s` then), see the module docstring.
FRESH6: dict[str, dict[str, list[str]]] = {
    "hospice_plan": {
        "en": [
            "ST CATHERINE'S HOSPICE - ADVANCE CARE PLAN & ANTICIPATORY MEDICATION\nName: {en_name6}    DOB: "
            "{dob_month_year} (aged {age6})\nNHI: {nz_nhi}    Address: {nz_addr}\nDiagnosis: metastatic lung cancer; "
            "{en_epo6}. {en_num6}\nPreferred place of death: home. Lasting power of attorney (health): {en_name6b} "
            "(daughter), {nz_phone}\nJust-in-case box: {en_palli}; {en_drug6}\nDNACPR discussed with patient and "
            "{en_name6c} (son). Hospice nurse: {en_staff6}",
        ],
        "zh": [
            "安宁疗护计划书\n患者：{zh_name6}　性别：女　出生年月：{dob_zh_month}（{age6}岁）\n住院号：{zh_mrn6}\n"
            "诊断：胰腺癌晚期多发转移，{zh_epo6}；{zh_num6}\n症状管理：{zh_palli}；{zh_drug6}\n"
            "患者意愿：回家，不插管、不做心肺复苏。\n委托代理人：{zh_name6b}（长女），电话{zh_phone5}\n"
            "居家地址：{zh_xiaoqu}\n安宁疗护团队：医师{zh_staff6}、社工{zh_staff6b}",
        ],
    },
    "school_health": {
        "en": [
            "SCHOOL NURSE VISIT LOG - Riverside Elementary, Rm 104\n"
            "Student: {en_name6}    Grade 4    DOB {child_dob_en}\n"
            "Parent/guardian: {en_name6b}, cell {us_phone6}, work e-mail {email6}\nHome: {us_rural}\n"
            "10:40 c/o wheeze after recess; {en_schoolnum}. Known {en_epo6}. Gave {en_school} per care plan.\n"
            "11:05 parent called, picking up. Allergy action plan on file (EpiPen Jr 0.15 mg).\nRN: {en_staff6}",
        ],
        "zh": [
            "学生健康档案\n学校：城南实验小学　班级：五年级（3）班\n学生姓名：{zh_name6}　出生日期：{child_dob_zh}\n"
            "健康档案号：{zh_mrn6}\n家长姓名：{zh_name6b}　联系电话：{zh_phone5}\n家庭住址：{zh_xiaoqu}\n"
            "既往史：{zh_epo6}，在用{zh_school}\n本学期体检：{zh_schoolnum}\n校医：{zh_staff6}",
        ],
    },
    "custody_health": {
        "en": [
            "CORRECTIONS HEALTH - RECEPTION HEALTH SCREEN (within 24 h)\nPrisoner: {en_name6}  Health file {mrn6}  "
            "NHI: {nz_nhi}\nDOB: {dob_words}\nLast address: {nz_addr}\nNext of kin: {en_name6b} (partner) {nz_phone}\n"
            "Hx: {en_epo6}; opioid substitution - {en_drug6}. {en_num6}.\nSelf-harm risk: moderate, at-risk "
            "unit. Lawyer: {en_staff6b}.\nScreening nurse: {en_staff6}",
        ],
        "zh": [
            "看守所在押人员入所健康检查表\n姓名：{zh_name6}　绰号：{zh_milk}　出生日期：{dob_words_zh}\n"
            "身份证号：{rid5}\n户籍地：{zh_addr5}\n家属：{zh_name6b}（母亲），电话{zh_phone5}\n"
            "既往史：{zh_epo6}，自述长期服用{zh_drug6}\n"
            "查体：{zh_num6}；{zh_num6b}\n检查医生：{zh_staff6}　民警：{zh_sur5}",
        ],
    },
    "veterans": {
        "en": [
            "VA HEALTH CARE ENROLLMENT - INTAKE NOTE\nVeteran: {en_name6}    SSN: {ssn6}\nDOB: {dob5_en}    "
            "Branch: USMC, 1988-1996\nMailing address: {us_rural}\nPhone: {us_phone6}\nOther coverage: Medicaid "
            "ID {medicaid}\nService-connected: PTSD 70%; {en_epo6}. Meds: {en_drug6}.\nCaregiver: {en_name6b} "
            "(wife). Emergency contact: {en_name6c}, {email6}\nIntake: {en_staff6}, MSW",
        ],
        "zh": [
            "退役军人优抚对象健康体检表\n姓名：{zh_name6}　出生日期：{dob_sheng}　身份证号：{rid5}\n"
            "优抚类别：伤残军人（六级）　入伍时间：1979年\n住址：{zh_xiaoqu}\n联系电话：{zh_phone5}\n"
            "体检结果：{zh_epo6}；{zh_num6}\n用药：{zh_drug6}\n"
            "退役军人服务站联系人：{zh_name6b}　体检医师：{zh_staff6}",
        ],
    },
    "travel_clinic": {
        "en": [
            "INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that {en_name6}, date of "
            "birth {dob5_en}, nationality German, national identification document, if applicable: {passport}\n"
            "has on the date indicated been vaccinated against: yellow fever - {en_vacc}\nTravel clinic notes: "
            "going to Ghana 3 weeks; {en_prophylaxis}; {en_epo6}\nHome address: {de_addr}\nMobile: {de_phone}\n"
            "Emergency contact: {en_caps}, {eu_phone}\nSupervising clinician: Dr. {en_staff6}",
        ],
        "zh": [
            "国际旅行健康检查证明书\n姓名：{zh_name6}　出生日期：{dob5_zh}　护照号码：{passport}\n"
            "前往国家：安哥拉（劳务）　预防接种：{zh_vacc}；预防服药{zh_prophylaxis}\n"
            "检查结果：{zh_num6}；既往{zh_epo6}\n"
            "国内联系人：{zh_name6b}，{zh_phone5}\n工作单位地址：{zh_xiaoqu}\n主检医师：{zh_staff6}",
        ],
    },
    "fertility": {
        "en": [
            "UNIDAD DE REPRODUCCIÓN ASISTIDA - IVF CYCLE RECORD\nPatient: {en_name6}    DOB: {dob5_en}    NHC: {mrn6}\n"
            "Partner: {en_name6b}    Address: {es_addr}    Tel: {es_phone}\nDonor oocytes: donor code D-ES-2291 "
            "(anonymous)\nStimulation: {en_ivf}, then {en_drug6}; {en_ivfnum}\nEmbryos: 2 blastocysts "
            "4AA and 4BB; 1 transferred, 1 vitrified\nHx: {en_epo6}\nEmbryologist: {en_staff6}  E-mail for results: "
            "{email6}",
        ],
        "zh": [
            "辅助生殖夫妇档案\n女方：{zh_name6}　出生日期：{dob5_zh}　身份证号：{rid5}\n"
            "男方：{zh_name6b}　身份证号：{rid_hkmo}\n联系电话：{zh_phone5}　住址：{zh_xiaoqu}\n"
            "促排方案：拮抗剂方案，{zh_ivf}；{zh_ivfnum}\n胚胎：D5囊胚4AA×1、4BB×1，冷冻编号E-26-0412\n"
            "既往：{zh_epo6}\n主治医师：{zh_staff6}　胚胎师：{zh_staff6b}",
        ],
    },
    "adoption_medical": {
        "en": [
            "FOSTER CARE / ADOPTION MEDICAL ASSESSMENT (Form 30)\nChild: {en_name6}    DOB: {child_dob_en}    "
            "ID no.: {child_za_id}\nPlacement address: {za_addr}\nFoster parent: {en_name6b}, ID {za_id}, cell "
            "{za_phone}\nSocial worker: {en_staff6b}\nFindings: {en_num6}; {en_epo6}. Immunisations incomplete; "
            "{en_drug6} given.\nAssessing doctor: Dr {en_staff6}",
        ],
        "zh": [
            "收养登记当事人健康检查表（被收养人）\n被收养人：{zh_name6}　曾用名：{zh_milk}　出生日期：{child_dob_zh}\n"
            "送养机构：市社会福利院　档案号：{zh_mrn6}\n收养人：{zh_name6b}、{zh_name6c}（夫妻）　电话：{zh_phone5}\n"
            "收养人住址：{zh_xiaoqu}\n检查结果：{zh_num6}；{zh_epo6}，{zh_drug6}\n检查医生：{zh_staff6}",
        ],
    },
    "equipment_delivery": {
        "en": [
            "HOME OXYGEN DELIVERY NOTE - Lincare\nDeliver to: {en_name6}\n{us_rural}\nDirections: gravel road past "
            "the grain elevator, 2nd trailer on left\nPhone: {us_phone6} (cell poor - try {en_name6b} at "
            "{phone_spoken6})\nEquipment: 5 L concentrator + 6 E cylinders; {en_o2num}\nDx: COPD; {en_epo6}\n"
            "Medicare MBI: {mbi}\nDriver: {en_staff6}   Signed for by: {en_name6c}",
        ],
        "zh": [
            "家用制氧机配送安装单\n收货人：{zh_name6}　电话：{zh_phone5}\n送货地址：{zh_xiaoqu}（电梯坏了，走楼梯）\n"
            "设备：5L制氧机一台，{zh_o2num}\n病情：慢阻肺，{zh_epo6}\n备用联系人：{zh_name6b} {zh_phone5b}\n"
            "配送员：{zh_staff6}　签收人：{zh_name6c}",
        ],
    },
    "switchboard_slip": {
        "en": [
            "WHILE YOU WERE OUT\nFor: Dr {en_staff6}    Time: 14:20    Taken by: {en_staff6b} (switchboard)\n"
            "Caller: {en_mixed} re her father-in-law {en_name6b} (DOB {dob_kr}, {mrn6})\nCall back on: {kr_phone}\n"
            "Message: family in Seoul, asking if he can fly home with {en_epo6}; still on {en_drug6}. Also "
            "e-mail: {email6}. She is staying at {zh_pinyin_addr} until Friday.\n"
            "[x] Please call  [ ] Will call again  [ ] Urgent",
        ],
        "zh": [
            "总机电话留言条\n致：{zh_staff6}医生　时间：16:05　接线员：{zh_staff6b}\n"
            "来电人：{zh_name6}（患者{zh_name6b}的外甥女）\n回电号码：{zh_phone5}　或 {jp_phone_zh}（日本）\n"
            "留言：患者住院号{zh_mrn5}，{zh_epo6}，想问{zh_drug6}能否带去日本。患者在日住址{jp_addr_zh}。\n"
            "□已回电　☑请回电",
        ],
    },
    "mediation": {
        "en": [
            "KOREA MEDICAL DISPUTE MEDIATION AND ARBITRATION AGENCY - MEDIATION RECORD (translated)\nApplicant: "
            "{en_name6} (RRN {kr_rrn}), Address: {kr_addr}, Tel {kr_phone}\nPatient (deceased): {en_kr}, born "
            "{dob_kr}\nRespondent: {en_hosp5}; attending physician {en_staff6}\nClaim: delayed diagnosis of "
            "{en_epo6}; {en_num6}; given {en_drug6}.\nMediator: {en_staff6b}. Agreement reached.",
        ],
        "zh": [
            "医疗纠纷人民调解记录\n申请人：{zh_name6}，身份证号{rid5}，住{zh_xiaoqu}，电话{zh_phone5}\n"
            "被申请人：{zh_hosp5}　委托代理人：{zh_staff6b}\n患者：{zh_name6b}（申请人之父），已故\n"
            "纠纷事由：患者因{zh_epo6}住院，使用{zh_drug6}后{zh_num6}，家属认为诊疗存在过错。\n"
            "调解员：{zh_staff6}　记录人：{zh_sur5}",
        ],
    },
    "health_screening": {
        "en": [
            "NINGEN DOCK (COMPREHENSIVE HEALTH CHECK) RESULTS\nName: {en_jp}    Birth date: {dob_jp_en}\nMy Number "
            "(for insurer only): {my_number}\n"
            "Health insurance (記号・番号): {jp_insurance}\nAddress: {jp_addr}    TEL: {jp_phone}\n"
            "Findings: {en_num6}; {en_num6b}; {en_epo6} suspected - referral.\nCurrent medication: {en_drug6}\n"
            "Physician: {en_staff6}. Results also sent to {email6}",
        ],
        "zh": [
            "健康体检报告\n体检编号：{zh_mrn6}　姓名：{zh_name6}　性别：男　年龄：{age6}岁\n出生日期：{dob_words_zh}\n"
            "单位：市自来水公司　联系电话：{zh_phone5}\n通讯地址：{zh_xiaoqu}\n主要异常：1.{zh_num6}；2.{zh_num6b}；"
            "3.{zh_epo6}待排\n建议：内分泌科就诊，在服{zh_drug6}\n总检医师：{zh_staff6}",
        ],
    },
    "gp_enrolment": {
        "en": [
            "PHO ENROLMENT FORM - Te Kōhanga Health Centre\nName: {en_name6}    Preferred name: {en_nick5}\n"
            "NHI: {nz_nhi}    DOB: {dob5_en}\nPhysical address: {nz_addr}\nPostal: {nz_po}\n"
            "Mobile: {nz_phone}    E-mail: {email6}\nEthnicity: NZ Māori (Ngāpuhi)\nPrevious GP: Dr {en_staff6b}\n"
            "Health conditions: {en_epo6}; {en_drug6}\nWitnessed by: {en_staff6}",
        ],
        "zh": [
            "家庭医生签约服务协议书\n甲方（家庭医生团队）：{zh_hosp5}　团队长：{zh_staff6}\n"
            "乙方（签约居民）：{zh_name6}　出生日期：{dob5_zh}　身份证号：{rid5}\n医保卡号：{yibao}\n"
            "居住地址：{zh_xiaoqu}\n联系电话：{zh_phone5}\n服务包：高血压慢病管理（{zh_epo6}，{zh_drug6}；{zh_num6}）\n"
            "紧急联系人：{zh_name6b}",
        ],
    },
    "birth_notification": {
        "en": [
            "CERTIFICATE OF LIVE BIRTH - worksheet for the Local Civil Registrar\nChild: {en_name6}, female, born "
            "{baby_dob_en} 06:12; {en_neo}\nMother: {en_name6b}, age {age6}, PhilHealth {philhealth}\nResidence: "
            "{ph_addr}\nFather: {en_name6c}    Contact: {ph_phone}\nNewborn: {en_neodrug}; {en_epo6} screen pending\n"
            "Attendant: {en_staff6}, RM",
        ],
        "zh": [
            "出生医学证明首次签发登记\n新生儿姓名：{zh_name6}　出生时间：{baby_dob_zh} 22:40　{zh_neo}\n"
            "母亲：{zh_name6b}　身份证号：{rid5}\n父亲：{zh_name6c}　有效身份证件：{passport}\n"
            "家庭住址：{zh_xiaoqu}\n联系电话：{zh_phone5}\n处理：{zh_neodrug}；{zh_epo6}筛查待报\n"
            "接生机构：{zh_hosp5}　签发人：{zh_staff6}",
        ],
    },
    "disability_assessment": {
        "en": [
            "SASSA DISABILITY GRANT - MEDICAL ASSESSMENT REPORT\nApplicant: {en_name6}    ID number: {za_id}\n"
            "Date of birth: {dob_words}\nResidential address: {za_addr}\nCell: {za_phone}\nDiagnosis: {en_epo6}; "
            "{en_num6}. On {en_drug6}.\nFunctional: unable to work for more than 12 months\nProcurator: {en_name6b}\n"
            "Assessing medical officer: Dr {en_staff6}",
        ],
        "zh": [
            "残疾人残疾评定表\n姓名：{zh_name6}　出生日期：{dob_sheng}　身份证号：{rid5}\n户籍地址：{zh_addr5}\n"
            "现住址：{zh_xiaoqu}\n监护人：{zh_name6b}（父亲）　电话：{zh_phone5}\n残疾类别：肢体　评定等级：二级\n"
            "诊断：{zh_epo6}；{zh_num6}\n评定医师：{zh_staff6}",
        ],
    },
    "elder_voucher": {
        "en": [
            "ELDERLY HEALTH CARE VOUCHER SCHEME - CLAIM RECORD\nElder: {trad_roman5} ({zh_trad5})    HKID: {hkid}\n"
            "DOB: {dob5_en}    Tel: {hk_phone}\nAddress: {hk_addr_en}\nVoucher amount used: HK$ 1,200\nService: "
            "Chinese medicine practitioner consultation; {en_epo6}; {en_drug6}\nConsent signed by: {en_name6} "
            "(daughter-in-law)\nProvider: {en_staff6}",
        ],
        "zh": [
            "長者醫療券使用記錄\n長者姓名：{zh_trad5}　香港身份證號碼：{hkid}\n出生日期：{dob_mo}　電話：{hk_phone}\n"
            "地址：{hk_addr}\n使用醫療券：港幣500元　服務：物理治療，{zh_epo6}，{zh_num6}\n"
            "代簽人：{zh_name6}（外傭）\n醫療服務提供者：{zh_staff6}",
            "長期照顧服務照顧計畫\n個案：{zh_trad}　身分證字號：{tw_id}\n出生日期：{dob_tw}　電話：{tw_phone}\n"
            "地址：{tw_addr}\n長照需要等級：CMS 第6級；{zh_epo6}，{zh_num6}\n"
            "主要照顧者：{zh_name6}（印尼籍看護），{tw_mobile}\n"
            "用藥：{zh_drug6}\nA單位個管師：{zh_staff6}",
        ],
    },
    "asr_transcript": {
        "en": [
            "dictation start dear doctor {en_spoken} thank you for referring {en_spoken_b} "
            "date of birth {dob_words_lc} "
            "medical record number {mrn_spoken6} who lives at {addr_spoken} she has a long history of "
            "{en_epo6_lc} and is currently taking {en_drug6_lc} her daughter can be reached on {phone_spoken6} "
            "new paragraph on examination {en_num6} kind regards end of dictation",
        ],
        "zh": [
            "【语音录入】患者{zh_name6}女{age6}岁出生日期{dob_words_zh}身份证号{rid}因{zh_epo6}入院目前服用{zh_drug6}"
            "家属{zh_name6b}电话{zh_phone_spoken6}住址{zh_xiaoqu}查体{zh_num6}句号下一段",
        ],
    },
    "ocr_scan": {
        "en": [
            "[scanned referral, OCR text]\nSOUTH AFRlCAN NATlONAL DEPARTMENT OF HEALTH  REFERRAL LETTER\n"
            "Patient: {en_broken}\nD.O.B: {dob_ocr}    Folder no: {mrn_ocr}\nAddress: {za_addr_ocr}\n"
            "Tel: {za_phone_ocr}\nRe: {en_epo6} - {en_num6}; Rx {en_drug6}\nReferring: Sr {en_staff6}",
        ],
        "zh": [
            "［扫描件识别结果］\n转 诊 单\n姓名：{zh_broken}　住院号：{zh_mrn_ocr}\n出生日期：{dob_ocr_zh}\n"
            "联系电话：{zh_phone_ocr}\n住址：{zh_xiaoqu_ocr}\n诊断：{zh_epo6}；{zh_num6}\n转出医师：{zh_staff6}",
        ],
    },
    "malaysia_mc": {
        "en": [
            "SIJIL CUTI SAKIT / MEDICAL CERTIFICATE    No. MC 041288\nKlinik Kesihatan Seri Kembangan\n"
            "Saya mengesahkan bahawa / I certify that {en_name6} (No. K/P: {mykad6}) telah diperiksa oleh saya "
            "dan tidak sihat untuk bekerja selama 3 hari.\nDiagnosis: {en_epo6}; {en_num6}\nUbat: {en_drug6}\n"
            "Employer: ABC Logistics Sdn Bhd, HR {en_name6b} ({email6})\nDr {en_staff6} (MMC 61234)",
        ],
    },
}


def fresh6_notes(per_template: int = 15, seed: int = FRESH6_SEED) -> list[dict]:
    """The fresh6 rows: every template rendered ``per_template`` times with values from ``Fresh6Source``."""
    return notes("fresh6", FRESH6, per_template, seed, source_factory=Fresh6Source)
