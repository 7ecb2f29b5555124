"""The eighth split of synthetic clinical notes, ``fresh5``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (about 06:30 UTC) by an engineer who read none of the detector's code, notes,
lists or tests, nor the commit messages about its rules, and who never ran the detector or ``phi_evaluate`` on these
notes: another engineer runs it once, and that first run is the split's figure. Sixteen document styles that no
earlier split uses, 18 templates per language:

* ``gp_reply``: GP reply letters from Australia and Ireland, and a 双向转诊（回转）单;
* ``care_home_transfer``: a Canadian long-term-care transfer form and a 养老院外出就医交接单;
* ``nicu_admission``: NICU admissions (``Baby of ...``), a 新生儿出生记录 and a Macau 新生兒深切治療部 record;
* ``mha_form``: Irish Mental Health Act Form 1, a Victorian assessment order and a 非自愿住院 consent;
* ``trial_screening``: clinical-trial screening logs (an Indian site with Aadhaar numbers; 受试者筛选入选表);
* ``incident_report``: a fall incident report and a 护理不良事件报告表;
* ``lab_callback``: critical-result telephone logs and a 危急值报告登记本;
* ``guardianship``: a tribunal medical report and a 民事行为能力情况说明 to a court;
* ``pedigree``: genetic-counselling family histories with many relatives (家系调查表);
* ``cross_border``: Macau discharge summaries and a 香港→深圳 cross-border referral;
* ``coroner``: a report of death to the coroner and a 死亡病例讨论记录;
* ``organ_donation``: a donation referral and a 器官捐献登记表;
* ``dental``: a dental chart and a 口腔科门诊病历;
* ``sick_note``: an Indian medical certificate and a 诊断证明书;
* ``fit_to_fly``: airline MEDIF forms;
* ``interpreter_log``: interpreter bookings (Vietnamese, Korean and Japanese patients; 外籍就诊翻译登记).

Where the values sit differs too: Irish and Scottish names (``Ó Súilleabháin``, ``Nic Aodha``, ``MacLeòid``),
Indian names with initials (``K. S. Iyer``), ``Kaur`` and ``Singh``, Vietnamese names with and without
diacritics, Korean and Japanese names in either order, Québécois and First Nations names, Macau and Hong Kong
romanisations paired with the same person's characters (``Leong Sio Hong`` / ``梁兆康``, the one-letter surname
``U``), Japanese, Korean, Vietnamese and transliterated Western names in Chinese (``佐藤花子``, ``约翰·奥布莱恩``),
Chinese given names that are ordinary words (``高山``, ``夏天``), 乳名 (``二丫``, ``铁蛋``) and 曾用名; Australian
(remote-community and ``via`` addresses included), Canadian (rural-route, general-delivery), Irish (Eircodes,
townlands, Irish-language), Indian (``H.No.``, ``#12, 4th Cross``), Macau (Portuguese and Chinese), Hong Kong
private-building and 唐樓 addresses, 兵团/农场 addresses, 胡同, 弄堂 and 城中村 addresses, 台灣 ``段`` addresses;
Australian, Irish, Indian, Canadian and Macau telephones; dates of birth as ``3rd of March 1961`` and ``3rd day of
March, 1961`` (after "born on the"), ``3.III.1961``, ``Friday, 3 March 1961``, ``03 / 03 / 1961``, ``3rd Mar.
1961``, ``1961年3月3日`` before ``生``, lunar dates (农历一九六一年三月初三, with 农历 outside the span), month-only
dates (``1961年3月``), Macau ``03/03/1961`` and babies' dates of birth (``Baby of ...``);
Australian Medicare numbers, Ontario and British Columbia health numbers and Indian ABHA numbers (``INSURANCE_ID``),
Aadhaar numbers, Irish PPSNs, Macau BIR numbers and 港澳居民来往内地通行证 numbers (``NATIONAL_ID``), 港澳居民居住证
and 15-digit first-generation ID numbers (``CN_RESIDENT_ID``), UR/URN, HN, UHID and 门诊号 record numbers, baby
record numbers, and e-mail addresses at bigpond.com, eircom.net, rediffmail.com, sympatico.ca, macau.ctm.net,
netvigator.com, 126.com and sina.com.

Span types are the earlier splits' types only. Titles, honorifics and kinship words (Mr, Dr, 先生, 警官, 之女,
``Baby of``, ``father``) stay outside a name's span; ``born on the``, ``生`` and ``农历`` stay outside a date's; a
weekday written with a date is part of it. Eponymous diseases, genetic variants, hospitals named after people
(Conde de São Januário, Pamela Youde Nethersole, Sir Ganga Ram, 仁伯爵, 葛量洪), scales (Silverman-Andersen, MoCA)
and patent medicines named after people (马应龙麝香痔疮膏, 季德胜蛇药片, 潘高寿, 黄道益活络油) are keep terms.
"""

import datetime
import random
import unicodedata

from stdnum import luhn, verhoeff
from stdnum.cn import ric

from medgate.tools.phi_notes import ZH_DIGITS, Values, notes, zh_small_number
from medgate.tools.phi_notes_fresh4 import Fresh4Source, ascii_lower

# `date +%s` when these templates were finished, before any draw was looked at; never run on the detector by its author.
FRESH5_SEED = 1796192984

FRESH5_EN_KEEP = {
    "eponym": (
        "Lynch syndrome",
        "Korsakoff syndrome",
        "dementia with Lewy bodies",
        "Brugada syndrome",
        "Takotsubo cardiomyopathy",
        "Charcot-Marie-Tooth disease",
        "Friedreich's ataxia",
        "Wilson's disease",
        "Ehlers-Danlos syndrome",
        "Peutz-Jeghers syndrome",
        "von Willebrand disease",
        "Klinefelter syndrome",
        "Jarisch-Herxheimer reaction",
        "Virchow's node",
        "Kussmaul breathing",
        "Cheyne-Stokes breathing",
        "Caplan syndrome",
        "Weil's disease",
        "Alport syndrome",
        "Gilbert's syndrome",
    ),
    "drug": (
        "Clexane 40 mg s/c daily",
        "Epilim 500 mg BD",
        "Lithicarb 250 mg nocte",
        "Targin 10/5 BD",
        "Norspan 10 mcg/h patch",
        "Coloxyl with Senna 2 nocte",
        "Movicol 1 sachet daily",
        "Somac 40 mg mane",
        "Cartia 100 mg",
        "Oroxine 100 mcg",
        "Champix 1 mg BD",
        "Ozempic 0.5 mg weekly",
        "Crestor 10 mg",
        "Efexor-XR 150 mg",
        "Ural 1 sachet QID",
        "Chlorsig eye drops",
        "Tylenol #3 PRN",
        "Crocin 650 mg SOS",
        "Dolo 650 TDS",
    ),
    "number": (
        "eGFR 48 mL/min/1.73m2",
        "QTc 452 ms",
        "INR 3.1",
        "Na 129 mmol/L",
        "BMI 31.4",
        "CK 2,400 U/L",
        "ferritin 12 ug/L",
        "temp 38.9 C",
        "RR 28",
        "HR 124 bpm",
        "GCS 13 (E3 V4 M6)",
        "Hb 96 g/L",
    ),
}
FRESH5_ZH_KEEP = {
    "eponym": (
        "林奇综合征",
        "科萨科夫综合征",
        "路易体痴呆",
        "Brugada综合征",
        "应激性心肌病（Takotsubo综合征）",
        "腓骨肌萎缩症（夏科-马里-图思病）",
        "弗里德赖希共济失调",
        "肝豆状核变性（威尔逊病）",
        "埃勒斯-当洛斯综合征",
        "黑斑息肉综合征（Peutz-Jeghers综合征）",
        "克兰费尔特综合征",
        "吉尔伯特综合征",
        "奥尔波特综合征",
        "钩端螺旋体病（威尔病）",
    ),
    "drug": (
        "依诺肝素钠4000IU皮下注射",
        "丙戊酸钠缓释片500mg bid",
        "碳酸锂片250mg qn",
        "羟考酮纳洛酮缓释片10mg/5mg",
        "乳果糖口服液15ml",
        "泮托拉唑40mg qd",
        "左甲状腺素钠片50μg",
        "司美格鲁肽0.5mg每周一次",
        "瑞舒伐他汀10mg",
        "马应龙麝香痔疮膏外用",
        "季德胜蛇药片5片tid",
        "潘高寿川贝枇杷露15ml",
        "黄道益活络油外搽",
        "京都念慈菴蜜炼川贝枇杷膏",
        "片仔癀1粒",
        "安宫牛黄丸1丸",
        "复方丹参滴丸10丸",
    ),
    "number": (
        "eGFR 48ml/min/1.73m²",
        "QTc 452ms",
        "INR 3.1",
        "血钠129mmol/L",
        "体重指数31.4",
        "肌酸激酶2400U/L",
        "铁蛋白12μg/L",
        "体温38.9℃",
        "呼吸28次/分",
        "心率124次/分",
        "GCS 13分（E3V4M6）",
        "血红蛋白96g/L",
    ),
}
# Named after people, not PHI.
FRESH5_PLACES = {
    "en": (
        "the Mater Misericordiae University Hospital",
        "St James's Hospital",
        "Sunnybrook Health Sciences Centre",
        "Sir Ganga Ram Hospital",
        "Tata Memorial Hospital",
        "Queensland Children's Hospital (formerly Lady Cilento)",
        "Centro Hospitalar Conde de São Januário",
        "Pamela Youde Nethersole Eastern Hospital",
        "Alice Ho Miu Ling Nethersole Hospital",
        "Grantham Hospital",
        "the Royal Prince Alfred",
        "Kokilaben Dhirubhai Ambani Hospital",
        "Lady Hardinge Medical College",
    ),
    "zh": (
        "仁伯爵綜合醫院",
        "鏡湖醫院",
        "東區尤德夫人那打素醫院",
        "雅麗氏何妙齡那打素醫院",
        "葛量洪醫院",
        "中山大学附属第一医院",
        "林口長庚紀念醫院",
        "馬偕紀念醫院",
        "逸仙医院",
        "中山医院",
        "鲁迅纪念医院",
        "林巧稚妇产医院",
    ),
}
FRESH5_SCALES = {
    "en": (
        "MoCA 19/30",
        "Folstein MMSE 17/30",
        "Silverman-Andersen score 4",
        "Ballard score 30 (34 weeks)",
        "Barthel index 45/100",
        "Abbey pain scale 9",
        "Clinical Dementia Rating 2",
        "Braden 13",
    ),
    "zh": (
        "蒙特利尔认知评估19分",
        "Folstein简易精神状态检查17分",
        "Silverman评分4分",
        "Ballard评分30分",
        "Barthel指数45分",
        "Abbey疼痛量表9分",
        "临床痴呆评定量表2分",
        "Braden评分13分",
    ),
}
FRESH5_NEO = {
    "en": (
        "birth weight 2,840 g",
        "GA 36+4 weeks",
        "head circumference 33 cm",
        "Apgars 4 and 8",
        "cord pH 7.08",
        "SBR 285 umol/L at 40 h",
        "BGL 1.9 mmol/L",
        "FiO2 0.35 on CPAP 6",
    ),
    "zh": (
        "出生体重2840g",
        "胎龄36+4周",
        "头围33cm",
        "Apgar评分1分钟4分、5分钟8分",
        "脐动脉血pH 7.08",
        "经皮胆红素285μmol/L",
        "血糖1.9mmol/L",
        "CPAP 6cmH2O，FiO2 0.35",
    ),
}
FRESH5_NEO_DRUGS = {
    "en": (
        "Konakion 1 mg IM",
        "Curosurf 200 mg/kg via ETT",
        "caffeine citrate 20 mg/kg",
        "benzylpenicillin 60 mg/kg and gentamicin 5 mg/kg",
        "hepatitis B vaccine (Engerix-B paediatric)",
    ),
    "zh": (
        "维生素K1 1mg肌注",
        "猪肺磷脂注射液（固尔苏）200mg/kg气管内给药",
        "枸橼酸咖啡因20mg/kg",
        "乙肝疫苗10μg及乙肝免疫球蛋白100IU",
        "卡介苗0.1ml皮内注射",
    ),
}
FRESH5_PSYCH = {
    "en": (
        "persecutory delusions, on Clozaril 300 mg",
        "mania with psychosis; Zyprexa Velotab 10 mg given",
        "Capgras delusion about his wife",
        "de Clérambault syndrome; Haldol 5 mg IM PRN",
        "Cotard delusion, not eating; Avanza 30 mg",
        "command hallucinations; Abilify Maintena 400 mg monthly",
    ),
    "zh": (
        "被害妄想，服用氯氮平300mg/日",
        "躁狂发作伴精神病性症状，予奥氮平口崩片10mg",
        "卡普格拉综合征（替身妄想）",
        "钟情妄想（德克莱朗博综合征），氟哌啶醇5mg肌注",
        "科塔尔综合征（虚无妄想），拒食",
        "命令性幻听，阿立哌唑长效针400mg每月",
    ),
}
FRESH5_LAB = {
    "en": (
        "K+ 2.6 mmol/L",
        "troponin I 1,240 ng/L",
        "INR 6.8",
        "Na 118 mmol/L",
        "glucose 1.9 mmol/L",
        "platelets 12 x10^9/L",
        "lithium 2.1 mmol/L",
        "blood culture: Gram-positive cocci in clusters",
    ),
    "zh": (
        "血钾2.6mmol/L",
        "肌钙蛋白I 1.24ng/ml",
        "INR 6.8",
        "血钠118mmol/L",
        "血糖1.9mmol/L",
        "血小板12×10^9/L",
        "血锂2.1mmol/L",
        "血培养：革兰阳性球菌（葡萄串状）",
    ),
}
FRESH5_GENE = {
    "en": (
        "Lynch syndrome, MLH1 c.350C>T",
        "BRCA2 c.5946delT (6174delT)",
        "Huntington disease, CAG 42 repeats",
        "Duchenne muscular dystrophy, DMD exon 45-50 deletion",
        "Fabry disease, GLA c.644A>G",
        "Gaucher disease type 1, GBA N370S",
        "Marfan syndrome, FBN1 c.7754T>C",
        "karyotype 47,XXY",
    ),
    "zh": (
        "林奇综合征，MLH1 c.350C>T",
        "BRCA1 c.5470_5477del",
        "亨廷顿病，CAG重复42次",
        "杜氏肌营养不良，DMD基因45-50号外显子缺失",
        "法布里病，GLA c.644A>G",
        "戈谢病Ⅰ型，GBA c.1448T>C",
        "马方综合征，FBN1 c.7754T>C",
        "核型47,XXY",
    ),
}
FRESH5_DENT = {
    "en": (
        "BPE 3/2/4 | 2/2/3",
        "26 MOD caries, probing depth 6 mm on 36 distal",
        "47 grade II mobility, BPE code 4",
        "Hutchinson's incisors noted",
        "Fordyce spots, no action",
    ),
    "zh": (
        "46远中邻面深龋，叩痛（+），探诊深度6mm",
        "37松动Ⅱ度，牙周袋深5mm",
        "BPE 3/2/4",
        "哈钦森牙（半月形切牙）",
        "福代斯斑，无需处理",
    ),
}
FRESH5_DENT_DRUGS = {
    "en": (
        "Duraphat 5000 toothpaste",
        "Bonjela gel",
        "Corsodyl 0.2% mouthwash",
        "articaine 4% with adrenaline 1:100,000, 2.2 mL",
        "Ledermix paste",
        "Difflam spray",
    ),
    "zh": (
        "阿替卡因肾上腺素注射液1.7ml局麻",
        "李施德林漱口水",
        "氯己定含漱液",
        "碘仿糊剂根管充填",
        "丁香油酚氧化锌暂封",
        "西吡氯铵含漱液",
    ),
}
FRESH5_TRIAL = {
    "en": (
        "QTcF 468 ms, exclusion 7.3",
        "eGFR 38, below 45 cut-off",
        "ECOG 2, exclusion 4.1",
        "prior pembrolizumab (Keytruda), exclusion 9",
        "HBsAg positive",
    ),
    "zh": (
        "QTcF 468ms，符合排除标准7.3",
        "eGFR 38ml/min，低于45",
        "ECOG 2分，排除",
        "既往使用卡瑞利珠单抗",
        "HBsAg阳性",
    ),
}

# Names.
IRISH_GIVEN = (
    "Siobhán",
    "Aoife",
    "Niamh",
    "Ciarán",
    "Pádraig",
    "Seán",
    "Eoin",
    "Caoimhe",
    "Róisín",
    "Dónal",
    "Fionnuala",
    "Hamish",
    "Morag",
    "Euan",
    "Ailsa",
    "Callum",
    "Kirsty",
    "Tadhg",
    "Bríd",
)
IRISH_SURNAMES = (
    "O'Brien",
    "O'Sullivan",
    "Ó Súilleabháin",
    "Mac Giolla Phádraig",
    "MacLeòid",
    "McAllister",
    "Mac an tSaoi",
    "Ní Dhomhnaill",
    "Nic Aodha",
    "McCarthy",
    "O'Donoghue",
    "Ó Ceallaigh",
    "MacKenzie",
    "M'Gregor",
    "Uí Bhriain",
    "Mhic Suibhne",
)
INDIAN5_GIVEN = (
    "Venkatesh",
    "Priyanka",
    "Sai Kiran",
    "Harpreet",
    "Gurdeep",
    "Manjunath",
    "Anjali",
    "Deepika",
    "Mohammed Irfan",
    "Sreelakshmi",
    "Thirumalai",
    "Bhavna",
    "Arjun",
    "Fatima Begum",
)
INDIAN5_SURNAMES = (
    "Reddy",
    "Venkataraman",
    "Chatterjee",
    "Bhattacharya",
    "Iyer",
    "Kulkarni",
    "Deshpande",
    "Menon",
    "Sandhu",
    "Chaudhary",
    "Naidu",
    "Banerjee",
    "Gowda",
    "Siddiqui",
)
VIET_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi")
VIET_MIDDLE = ("Thị", "Văn", "Minh", "Ngọc", "Đức", "Thanh")
VIET_GIVEN = ("Lan", "Hùng", "Thu Hà", "Tuấn", "Hương", "Phúc", "Dũng", "Mai", "Quang")
KOREAN_SURNAMES = ("Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Jang")
KOREAN_GIVEN = ("Min-jun", "Ji-yeon", "Seo-yeon", "Young-ho", "Hae-in", "Eun-ji", "Dong-hyun", "Soo-ah")
JAPANESE_SURNAMES = ("Sato", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Inoue", "Matsumoto")
JAPANESE_GIVEN = ("Haruto", "Yui", "Keiko", "Hiroshi", "Kenji", "Aiko", "Sakura", "Takeshi")
QUEBEC_NAMES = (
    "Marie-Ève Tremblay",
    "Jean-François Gagnon",
    "Geneviève Bouchard-Roy",
    "Kateri Deer",
    "Nathaniel Twoyoungmen",
    "Louis-Philippe Côté",
    "Mélissa Lévesque",
    "Jordan Cardinal",
    "Tanya Whiteduck",
)
PACIFIC_NAMES = (
    "Jedda Napaljarri",
    "Ngaire Te Whata",
    "Sione Tupou",
    "Losana Vuniwaqa",
    "Tjilpi Tjukadai",
    "Aroha Ngata-Reid",
)
PINYIN5_NAMES = (
    ("Wang", ("Guilan", "Shufen", "Jianjun", "Defu")),
    ("Zhou", ("Yuying", "Laoliu", "Xiaoyan")),
    ("Ma", ("Yulan", "Jinbao", "Haiyan")),
    ("Tang", ("Caifeng", "Youcai", "Shuzhen")),
)
EN_NICK5 = (
    "Paddy",
    "Séamie",
    "Dec",
    "Jonno",
    "Gazza",
    "Pinky",
    "Bunty",
    "Chintu",
    "Bablu",
    "Micky",
    "Tommo",
    "Nonna",
    "Big Mick",
    "Shaz",
)
# Traditional characters with a Macau and a Hong Kong romanisation each.
TRAD_SURNAMES = (
    ("陳", "Chan", "Chan"),
    ("李", "Lei", "Lee"),
    ("黃", "Wong", "Wong"),
    ("梁", "Leong", "Leung"),
    ("何", "Ho", "Ho"),
    ("歐陽", "Au Ieong", "Au Yeung"),
    ("區", "Au", "Au"),
    ("吳", "Ng", "Ng"),
    ("葉", "Ip", "Yip"),
    ("余", "U", "Yu"),
    ("蘇", "Sou", "So"),
    ("楊", "Ieong", "Yeung"),
    ("郭", "Kuok", "Kwok"),
    ("司徒", "Si Tou", "Szeto"),
)
TRAD_GIVEN = (
    ("嘉", "Ka", "Ka"),
    ("敏", "Man", "Man"),
    ("永", "Weng", "Wing"),
    ("基", "Kei", "Kei"),
    ("兆", "Sio", "Siu"),
    ("康", "Hong", "Hong"),
    ("健", "Kin", "Kin"),
    ("聰", "Chong", "Chung"),
    ("詠", "Weng", "Wing"),
    ("詩", "Si", "Sze"),
    ("俊", "Chon", "Chun"),
    ("偉", "Wai", "Wai"),
    ("鳳", "Fong", "Fung"),
    ("儀", "I", "Yee"),
    ("玉", "Iok", "Yuk"),
    ("明", "Meng", "Ming"),
    ("麗", "Lai", "Lai"),
    ("國", "Kuok", "Kwok"),
)
ZH5_SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "高", "夏", "白", "江", "石", "方", "钱", "林", "马", "程", "常")
ZH5_GIVEN = ("桂兰", "秀珍", "建军", "志强", "春燕", "玉梅", "德福", "金凤", "永生", "翠花", "宝山", "淑贞", "红旗")
ZH_WORD_NAMES = ("高山", "夏天", "白雪", "江河", "林海", "石磊", "方圆", "程功", "常青", "马兰", "钱多多", "文静")
ZH_MILK_NAMES = ("二丫", "铁蛋", "狗剩", "小宝", "大毛", "囡囡", "妞妞", "豆豆", "石头", "三娃", "丫蛋", "虎子")
ZH_FOREIGN_NAMES = (
    "佐藤花子",
    "高桥健一",
    "渡边洋子",
    "山本一郎",
    "中村爱子",
    "金敏俊",
    "朴智妍",
    "崔英浩",
    "阮氏兰",
    "陈文雄",
    "约翰·奥布莱恩",
    "玛丽亚·加西亚",
    "拉杰什·库马尔",
    "安娜·伊万诺娃",
    "伊丽莎白·麦克劳德",
)

# Addresses.
AU_STREETS = ("Banksia", "Wattle", "Jacaranda", "Waratah", "Coolabah", "Boronia", "Kurrajong", "Bottlebrush")
AU_STREET_TYPES = ("St", "Cres", "Pde", "Cct", "Esp", "Hwy", "Rd", "Ave")
AU_SUBURBS = (
    ("Marrickville", "NSW", "2204"),
    ("Footscray", "VIC", "3011"),
    ("Inala", "QLD", "4077"),
    ("Elizabeth", "SA", "5112"),
    ("Mirrabooka", "WA", "6061"),
    ("Moonah", "TAS", "7009"),
    ("Palmerston", "NT", "0830"),
    ("Tuggeranong", "ACT", "2901"),
)
AU_REMOTE = (
    "Lot {n}, Yuendumu NT 0872",
    "House {n}, Pukatja (Ernabella) SA 0872",
    "{n} Mulga Rd, via Bourke NSW 2840",
    "'Glenrowan' Station, {k}0 km north of Longreach QLD 4730",
    "RMB {n}, Nar Nar Goon North VIC 3812",
)
CA_STREETS = ("Saint-Denis", "Sherbrooke", "Jasper", "Portage", "Yonge", "Barrington", "Kingsway", "Water")
CA_CITIES = (
    ("Rue {s}, app. {k}, Montréal (Québec)", "H2X"),
    ("{s} Ave NW, Edmonton AB", "T5K"),
    ("{s} St, Unit {k}, Toronto ON", "M4Y"),
    ("{s} Blvd, Winnipeg MB", "R3C"),
    ("{s} St, Halifax NS", "B3J"),
)
CA_RURAL = (
    "RR {k}, Site {n}, Comp {m}, Sylvan Lake AB T4S 1X6",
    "General Delivery, Iqaluit NU X0A 0H0",
    "Box {n}, Attawapiskat ON P0L 1A0",
    "{n} Concession Rd {k}, RR {m}, Lanark ON K0G 1K0",
)
IE_ESTATES = ("Ard na Gréine", "Cois Abhann", "The Maltings", "Castlepark", "Cluain Mhuire", "Glenview Heights")
IE_TOWNS = (
    ("Ballyfermot, Dublin 10", "D10"),
    ("Bray, Co. Wicklow", "A98"),
    ("Knocknacarra, Galway", "H91"),
    ("Ballincollig, Co. Cork", "P31"),
    ("Ennis, Co. Clare", "V95"),
    ("Letterkenny, Co. Donegal", "F92"),
)
IE_TOWNLANDS = (
    ("Cloonfad, Ballyhaunis, Co. Roscommon", "F35"),
    ("Gortnagross, Athea, Co. Limerick", "V94"),
    ("An Cheathrú Rua, Co. na Gaillimhe", "H91"),
    ("Baile an Fheirtéaraigh, Trá Lí, Co. Chiarraí", "V92"),
    ("Drumkeeran, Co. Leitrim", "N41"),
)
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
IN_CITIES = (
    ("Kharghar, Navi Mumbai, Maharashtra", "410210"),
    ("Kukatpally, Hyderabad, Telangana", "500072"),
    ("Jayanagar 4th Block, Bengaluru, Karnataka", "560011"),
    ("Salt Lake Sector V, Kolkata, West Bengal", "700091"),
    ("Anna Nagar West, Chennai, Tamil Nadu", "600040"),
)
IN_BUILDINGS = ("Sai Krupa", "Shree Ganesh", "Lakshmi Nivas", "Green Acres", "Royal Palms")
IN_VILLAGES = (
    "Village Kotli Ablu, PO Kotli, Tehsil Gidderbaha, District Sri Muktsar Sahib, Punjab 152101",
    "At & Post Wadgaon, Taluka Maval, District Pune, Maharashtra 412106",
    "Near Hanuman Mandir, Ward No. {k}, Village Bhadasar, Churu, Rajasthan 331001",
)
MO_RUAS = (
    ("Rua de Francisco H. Fernandes", "新口岸宋玉生廣場"),
    ("Avenida do Almirante Lacerda", "提督馬路"),
    ("Rua do Campo", "水坑尾街"),
    ("Avenida de Horta e Costa", "高士德大馬路"),
    ("Rua Central da Areia Preta", "黑沙環新街"),
    ("Avenida Dr. Sun Yat-Sen, Taipa", "氹仔孫逸仙博士大馬路"),
)
MO_BUILDINGS = (("Edf. Kam Fai", "金輝大廈"), ("Edf. Lei Pou", "利寶大廈"), ("Jardim Nam Fong", "南方花園"))
HK_PRIVATE = (
    ("{n} King's Road, North Point", "北角英皇道{n}號", "Kam Fung Mansion", "金鳳大廈"),
    ("{n} Nathan Road, Mong Kok", "旺角彌敦道{n}號", "Sincere House", "先施大廈"),
    ("{n} Shanghai Street, Yau Ma Tei", "油麻地上海街{n}號", "", ""),
    ("{n} Castle Peak Road, Tsuen Wan", "荃灣青山公路{n}號", "Tsuen Wan Centre", "荃灣中心"),
)
ZH5_BINGTUAN = (
    "新疆生产建设兵团第八师一四三团",
    "新疆生产建设兵团第一师阿拉尔市十团",
    "新疆生产建设兵团第四师六十六团",
)
ZH5_FARMS = ("黑龙江省北大荒农垦集团八五三农场", "黑龙江省友谊农场", "黑龙江省建三江七星农场")
ZH5_HUTONG = ("北京市东城区南锣鼓巷", "北京市西城区百花深处胡同", "北京市东城区史家胡同", "北京市西城区砖塔胡同")
ZH5_LONGTANG = ("上海市黄浦区复兴中路", "上海市静安区新闸路", "上海市虹口区四川北路")
ZH5_URBAN_VILLAGES = ("广州市天河区石牌村", "深圳市南山区白石洲塘头村", "广州市海珠区康乐村", "深圳市福田区上沙村")
ZH5_RURAL = (
    ("云南省昭通市镇雄县", "以勒镇", "大坪村", "老鹰岩"),
    ("安徽省阜阳市临泉县", "杨桥镇", "孟庄村", "前孟"),
    ("陕西省榆林市米脂县", "杨家沟镇", "杨家沟村", "后沟"),
    ("广东省梅州市五华县", "华城镇", "塘湖村", "新屋"),
)
TW5_ROADS = (
    ("臺北市大安區", "羅斯福路"),
    ("新北市板橋區", "文化路"),
    ("臺中市北區", "三民路"),
    ("高雄市苓雅區", "中正一路"),
)
LUNAR_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"
# Rural county codes that were valid for every birth year drawn (1930-2002).
ZH5_RID_AREAS = ("232700", "522623", "513431", "452624", "522635", "422823")


def lunar_day(day: int) -> str:
    """1..30 as a lunar day (初三, 十五, 廿一, 三十)."""
    if day <= 10:
        return "初" + zh_small_number(day)
    if day < 20:
        return zh_small_number(day)
    if day == 20:
        return "二十"
    return "廿" + ZH_DIGITS[day - 20] if day < 30 else "三十"


def ascii_fold(text: str) -> str:
    """Vietnamese and Irish letters without their diacritics (Nguyễn -> Nguyen, Đặng -> Dang)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Fresh5Source(Fresh4Source):
    """Values for the eighth split: the seventh split's sources and, drawn after them (so no other split changes),
    names, addresses, telephones, dates of birth and identifiers of Australia, Canada, Ireland, India, Macau and
    rural China in forms no earlier split draws, and medicine named after people."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.paired: tuple[str, str] = ("", "")

    def initial(self) -> str:
        return chr(ord("A") + self.rng.randrange(26))

    # Names.

    def en_name5(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.22:
            return f"{r.choice(IRISH_GIVEN)} {r.choice(IRISH_SURNAMES)}"
        if roll < 0.42:
            sub = r.random()
            if sub < 0.3:
                return f"{self.initial()}. {self.initial()}. {r.choice(INDIAN5_SURNAMES)}"
            if sub < 0.45:
                return f"{r.choice(('Harpreet', 'Manpreet', 'Jaswinder'))} Kaur"
            if sub < 0.6:
                return f"{r.choice(('Gurdeep', 'Harjit', 'Balwinder'))} Singh {r.choice(('Sandhu', 'Gill', 'Dhillon'))}"
            return f"{r.choice(INDIAN5_GIVEN)} {r.choice(INDIAN5_SURNAMES)}"
        if roll < 0.52:
            text = f"{r.choice(VIET_SURNAMES)} {r.choice(VIET_MIDDLE)} {r.choice(VIET_GIVEN)}"
            return ascii_fold(text) if r.random() < 0.4 else text
        if roll < 0.6:
            surname, given = r.choice(KOREAN_SURNAMES), r.choice(KOREAN_GIVEN)
            return f"{surname} {given}" if r.random() < 0.5 else f"{given} {surname}"
        if roll < 0.68:
            surname, given = r.choice(JAPANESE_SURNAMES), r.choice(JAPANESE_GIVEN)
            return f"{surname} {given}" if r.random() < 0.5 else f"{given} {surname}"
        if roll < 0.78:
            return r.choice(QUEBEC_NAMES)
        if roll < 0.84:
            return r.choice(PACIFIC_NAMES)
        if roll < 0.92:
            surname, givens = r.choice(PINYIN5_NAMES)
            return f"{surname} {r.choice(givens)}"
        return self.trad_pair()[1]

    def en_asian5(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            text = f"{r.choice(VIET_SURNAMES)} {r.choice(VIET_MIDDLE)} {r.choice(VIET_GIVEN)}"
            return ascii_fold(text) if r.random() < 0.5 else text
        if roll < 0.75:
            surname, given = r.choice(KOREAN_SURNAMES), r.choice(KOREAN_GIVEN)
            return f"{surname} {given}" if r.random() < 0.5 else f"{given} {surname.upper()}"
        surname, given = r.choice(JAPANESE_SURNAMES), r.choice(JAPANESE_GIVEN)
        return f"{surname.upper()} {given}" if r.random() < 0.5 else f"{given} {surname}"

    def en_sur5(self) -> str:
        r = self.rng
        return r.choice((*IRISH_SURNAMES, *INDIAN5_SURNAMES, *KOREAN_SURNAMES, *JAPANESE_SURNAMES, "Tremblay", "Ng"))

    def en_first5(self) -> str:
        r = self.rng
        return r.choice((*IRISH_GIVEN, *INDIAN5_GIVEN, *JAPANESE_GIVEN, "Marie-Ève", "Jean-Luc", "Ah Lan"))

    def trad_pair(self) -> tuple[str, str]:
        """A Macau or Hong Kong name in characters and the same name romanised."""
        r = self.rng
        macau = r.random() < 0.6
        surname = r.choice(TRAD_SURNAMES)
        given = [r.choice(TRAD_GIVEN) for _ in range(2)]
        chars = surname[0] + given[0][0] + given[1][0]
        sur, g1, g2 = (surname[1], given[0][1], given[1][1]) if macau else (surname[2], given[0][2], given[1][2])
        roll = r.random()
        if roll < 0.4:
            roman = f"{sur} {g1} {g2}"
        elif roll < 0.6:
            roman = f"{sur.upper()} {g1} {g2}"
        elif roll < 0.8:
            roman = f"{sur} {g1}-{g2.lower()}"
        else:
            roman = f"{r.choice(('Peter', 'Winnie', 'Ricky', 'Fátima', 'José', 'Cecília'))} {sur} {g1} {g2}"
        self.paired = (chars, roman)
        return self.paired

    def zh_name5(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return r.choice(ZH5_SURNAMES) + r.choice(ZH5_GIVEN)
        if roll < 0.65:
            return r.choice(ZH_WORD_NAMES)
        if roll < 0.85:
            return r.choice(ZH5_SURNAMES) + r.choice(("洋", "磊", "静", "勇", "娟", "军", "平"))
        return r.choice(ZH_FOREIGN_NAMES)

    # Addresses.

    def eircode(self, key: str) -> str:
        return f"{key} " + "".join(self.rng.choice(EIRCODE_CHARS) for _ in range(4))

    def ca_postcode(self, fsa: str) -> str:
        r = self.rng
        return f"{fsa} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"

    def au_addr(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            return r.choice(AU_REMOTE).format(n=r.randint(2, 480), k=r.randint(3, 9))
        suburb, state, post = r.choice(AU_SUBURBS)
        street = f"{r.randint(1, 220)} {r.choice(AU_STREETS)} {r.choice(AU_STREET_TYPES)}"
        head = r.choice(("", f"Unit {r.randint(1, 24)}/", f"{r.randint(1, 12)}/"))
        sep = r.choice((", ", " ", ",\n"))
        return f"{head}{street}{sep}{suburb.upper() if r.random() < 0.3 else suburb} {state} {post}"

    def ca_addr(self) -> str:
        r = self.rng
        if r.random() < 0.3:
            return r.choice(CA_RURAL).format(n=r.randint(2, 480), k=r.randint(1, 9), m=r.randint(1, 40))
        pattern, fsa = r.choice(CA_CITIES)
        street = pattern.format(s=r.choice(CA_STREETS), k=r.randint(1, 30))
        return f"{r.randint(10, 9999)} {street} {self.ca_postcode(fsa)}"

    def ie_addr(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            townland, key = r.choice(IE_TOWNLANDS)
            return f"{r.choice(('', 'Teach na Gréine, ', 'Hillview, '))}{townland} {self.eircode(key)}"
        town, key = r.choice(IE_TOWNS)
        head = r.choice(("", f"Apt {r.randint(1, 40)} "))
        return f"{head}{r.randint(1, 90)} {r.choice(IE_ESTATES)}, {town}, {self.eircode(key)}"

    def in_addr(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return r.choice(IN_VILLAGES).format(k=r.randint(1, 20))
        area, pin = r.choice(IN_CITIES)
        if roll < 0.55:
            flat = f"{r.randint(1, 12)}0{r.randint(1, 4)}"
            head = f"Flat No. {flat}, {r.choice(IN_BUILDINGS)} Apartments, Plot {r.randint(1, 90)}"
        elif roll < 0.8:
            head = f"H.No. {r.randint(1, 12)}-{r.randint(1, 99)}-{r.randint(1, 400)}/{r.randint(1, 9)}"
        else:
            head = f"#{r.randint(1, 400)}, {r.randint(1, 12)}th Cross, {r.randint(1, 9)}th Main"
        return f"{head}, {area} {pin[:3]} {pin[3:]}" if r.random() < 0.3 else f"{head}, {area} {pin}"

    def mo_addr_en(self) -> str:
        r = self.rng
        rua, _ = r.choice(MO_RUAS)
        building, _ = r.choice(MO_BUILDINGS)
        return f"{rua}, n.º {r.randint(1, 300)}, {building}, {r.randint(2, 30)}.º andar {r.choice('ABCDEFG')}, Macau"

    def mo_addr(self) -> str:
        r = self.rng
        _, rua = r.choice(MO_RUAS)
        _, building = r.choice(MO_BUILDINGS)
        head = "" if rua.startswith("氹仔") else "澳門"
        return f"{head}{rua}{r.randint(1, 300)}號{building}{r.randint(2, 30)}樓{r.choice('ABCDEFG')}座"

    def hk_addr_en(self) -> str:
        r = self.rng
        road, _, building, _ = r.choice(HK_PRIVATE)
        flat = f"Flat {r.choice('ABCDEFGH')}, {r.randint(2, 30)}/F, "
        return f"{flat}{building + ', ' if building else ''}{road.format(n=r.randint(1, 600))}, Hong Kong"

    def hk_addr5(self) -> str:
        r = self.rng
        _, road, _, building = r.choice(HK_PRIVATE)
        if not building:
            return f"九龍{road.format(n=r.randint(1, 600))}{r.randint(2, 6)}樓後座"
        return f"香港{road.format(n=r.randint(1, 600))}{building}{r.randint(2, 30)}樓{r.choice('ABCDEFGH')}室"

    def zh_addr5(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.15:
            return f"{r.choice(ZH5_BINGTUAN)}{zh_small_number(r.randint(1, 12))}连{r.randint(1, 80)}号"
        if roll < 0.25:
            return f"{r.choice(ZH5_FARMS)}第{r.randint(1, 9)}管理区{r.randint(1, 30)}委{r.randint(1, 90)}号"
        if roll < 0.38:
            return f"{r.choice(ZH5_HUTONG)}{r.randint(1, 90)}号院{r.randint(1, 12)}号"
        if roll < 0.48:
            return f"{r.choice(ZH5_LONGTANG)}{r.randint(100, 900)}弄{r.randint(1, 60)}号亭子间"
        if roll < 0.6:
            room = f"{r.randint(1, 8)}0{r.randint(1, 4)}房"
            return f"{r.choice(ZH5_URBAN_VILLAGES)}{r.randint(1, 30)}巷{r.randint(1, 40)}号{room}"
        if roll < 0.85:
            county, town, village, hamlet = r.choice(ZH5_RURAL)
            tail = r.choice((f"{hamlet}自然村{r.randint(1, 60)}号", f"{ZH_DIGITS[r.randint(1, 9)]}组", f"{hamlet}组"))
            return f"{county}{town}{village}{r.choice(('', '村民委员会'))}{tail}"
        city, road = r.choice(TW5_ROADS)
        return (
            f"{city}{road}{ZH_DIGITS[r.randint(1, 5)]}段{r.randint(1, 300)}巷{r.randint(1, 90)}號"
            f"{r.randint(2, 14)}樓{r.choice(('', '', f'之{r.randint(1, 6)}'))}"
        )

    # Telephones.

    def au_phone(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"+61 (0)4{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                f"04{self.digits(2)}-{self.digits(3)}-{self.digits(3)}",
                f"(08) 8{self.digits(3)} {self.digits(4)}",
                f"(07) 3{self.digits(3)} {self.digits(4)}",
                f"+61 8 9{self.digits(3)} {self.digits(4)}",
            )
        )

    def ca_phone(self) -> str:
        r = self.rng
        area = r.choice(("416", "514", "604", "780", "204", "867", "902"))
        return r.choice(
            (
                f"{area}-{r.randint(200, 999)}-{self.digits(4)}",
                f"+1 {area} {r.randint(200, 999)} {self.digits(4)}",
                f"({area}) {r.randint(200, 999)}-{self.digits(4)}, poste {r.randint(100, 999)}",
            )
        )

    def ie_phone(self) -> str:
        r = self.rng
        mobile = r.choice(("083", "085", "086", "087", "089"))
        return r.choice(
            (
                f"{mobile} {self.digits(3)} {self.digits(4)}",
                f"+353 (0){mobile[1:]} {self.digits(3)} {self.digits(4)}",
                f"(091) {self.digits(2)} {self.digits(4)}",
                f"01-8{self.digits(6)}",
                f"{mobile}-{self.digits(7)}",
            )
        )

    def in_phone(self) -> str:
        r = self.rng
        first = r.choice("6789")
        return r.choice(
            (
                f"+91 {first}{self.digits(4)} {self.digits(5)}",
                f"+91-{first}{self.digits(4)}-{self.digits(5)}",
                f"0{first}{self.digits(9)}",
                f"080-2{self.digits(3)} {self.digits(4)}",
                f"011 4{self.digits(3)} {self.digits(4)}",
            )
        )

    def mo_phone(self) -> str:
        r = self.rng
        mobile = f"6{r.choice('2368')}{self.digits(6)}"
        return r.choice(
            (
                f"{mobile[:4]} {mobile[4:]}",
                f"+853 {mobile}",
                f"(853) 28{self.digits(2)} {self.digits(4)}",
                f"00853-{mobile}",
            )
        )

    def en_phone5(self) -> str:
        return self.rng.choice((self.au_phone, self.ca_phone, self.ie_phone, self.in_phone, self.mo_phone))()

    def zh_phone5(self) -> str:
        r = self.rng
        number = f"1{r.choice('3456789')}{self.digits(9)}"
        area = r.choice(("0870", "0558", "0912", "0753", "0991", "0454"))
        return r.choice(
            (
                f"{number[:3]} {number[3:7]} {number[7:]}",
                f"+86 {number[:3]} {number[3:7]} {number[7:]}",
                f"{area}-{r.randint(2, 8)}{self.digits(6)}",
                f"+86 (0){area[1:]} {r.randint(2, 8)}{self.digits(6)}",
                number,
                f"{number[:3]}.{number[3:7]}.{number[7:]}",
            )
        )

    # Dates of birth.

    def born5(self) -> datetime.date:
        """An adult's date of birth (1930 to 2002)."""
        return datetime.date(1930, 1, 1) + datetime.timedelta(days=self.rng.randrange(26300))

    def dob5_en(self) -> str:
        b = self.born5()
        month = f"{b:%b}." if f"{b:%b}" != f"{b:%B}" else f"{b:%B}"
        suffix = "th" if 10 <= b.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10, "th")
        return self.rng.choice(
            (
                f"{b.day}.{ROMAN_MONTHS[b.month - 1]}.{b.year}",
                f"{b:%A}, {b.day} {b:%B} {b.year}",
                f"{b:%d} / {b:%m} / {b.year}",
                f"{b.day}{suffix} {month} {b.year}",
                f"{b.year} {b:%b} {b:%d}",
                f"{b:%Y-%m-%d}",
                f"{b.day}-{b.month}-{b.year}",
            )
        )

    def dob_ordinal(self) -> str:
        b = self.born5()
        suffix = "th" if 10 <= b.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10, "th")
        return (
            f"{b.day}{suffix} of {b:%B} {b.year}"
            if self.rng.random() < 0.7
            else f"{b.day}{suffix} day of {b:%B}, {b.year}"
        )

    def dob5_zh(self) -> str:
        b = self.born5()
        return self.rng.choice(
            (
                f"{b.year}年{b.month}月{b.day}号",
                f"{b.year}/{b.month}/{b.day}",
                f"{b.year}年{b.month}月",
                f"{b:%y}年{b.month}月{b.day}日",
                f"{b.year}年{b:%m}月{b:%d}日",
            )
        )

    def dob_mo(self) -> str:
        b = self.born5()
        return self.rng.choice((f"{b:%d/%m/%Y}", f"{b.year}年{b:%m}月{b:%d}日", f"{b:%d-%m-%Y}"))

    def dob_sheng(self) -> str:
        b = self.born5()
        return self.rng.choice((f"{b.year}年{b.month}月{b.day}日", f"{b.year}.{b.month}.{b.day}"))

    def dob_lunar(self) -> str:
        b = self.born5()
        year = "".join(ZH_DIGITS[int(d)] for d in str(b.year)) if self.rng.random() < 0.6 else str(b.year)
        return f"{year}年{LUNAR_MONTHS[b.month - 1]}月{lunar_day(min(b.day, 30))}"

    def baby_born(self) -> datetime.date:
        return datetime.date(2026, 11, 1) + datetime.timedelta(days=self.rng.randrange(30))

    # Identifiers.

    def medicare_au(self) -> str:
        r = self.rng
        body = [r.randint(2, 6), *(r.randrange(10) for _ in range(7))]
        check = sum(d * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        number = "".join(map(str, body)) + str(check) + str(r.randint(1, 9))
        return r.choice((f"{number[:4]} {number[4:9]} {number[9]}", number, f"{number[:4]}-{number[4:9]}-{number[9]}"))

    def hcn_ca(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            body = self.digits(9)
            number = body + luhn.calc_check_digit(body)
            version = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
            return r.choice((f"{number[:4]}-{number[4:7]}-{number[7:]}-{version}", f"{number} {version}"))
        return f"9{self.digits(3)} {self.digits(3)} {self.digits(3)}"  # British Columbia PHN

    def aadhaar(self) -> str:
        body = str(self.rng.randint(2, 9)) + self.digits(10)
        number = body + verhoeff.calc_check_digit(body)
        return self.rng.choice(
            (f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}", number)
        )

    def abha(self) -> str:
        return f"91-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}"

    def ppsn(self) -> str:
        r = self.rng
        body = self.digits(7)
        suffix = r.choice(("", "", "A", "W"))
        total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True))
        total += 9 * PPS_LETTERS.index(suffix) if suffix else 0
        return f"{body}{PPS_LETTERS[total % 23]}{suffix}"

    def mo_bir(self) -> str:
        r = self.rng
        body = f"{r.choice('157')}{self.digits(6)}"
        return r.choice((f"{body}({r.randrange(10)})", f"{body[0]}/{body[1:]}/{r.randrange(10)}"))

    def hrp(self) -> str:
        r = self.rng
        return f"{r.choice('HM')}{self.digits(8)}" + r.choice(("", f"{r.randint(0, 9):02d}"))

    def rid5(self) -> str:
        r = self.rng
        b = self.born5()
        roll = r.random()
        if roll < 0.25:  # first-generation 15-digit number
            return f"{r.choice(ZH5_RID_AREAS)}{b:%y%m%d}{self.digits(3)}"
        body = f"{r.choice(ZH5_RID_AREAS)}{b:%Y%m%d}{self.digits(3)}"
        number = body + ric.calc_check_digit(body + "0")
        if roll < 0.5:
            return f"{number[:6]} {number[6:14]} {number[14:]}"
        return number.replace("X", "x") if roll < 0.6 else number

    def rid_hkmo(self) -> str:
        b = self.born5()
        body = f"{self.rng.choice(('810000', '820000'))}{b:%Y%m%d}{self.digits(3)}"
        return body + ric.calc_check_digit(body + "0")

    def mrn5(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"UR{self.digits(7)}",
                f"URN {self.digits(6)}",
                f"HN{self.digits(8)}({r.randrange(10)})",
                f"UHID {r.choice(('MAXS', 'AIIMS', 'KMC'))}.{self.digits(7)}",
                f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",
                f"MRN-{r.randint(18, 26)}-{self.digits(5)}",
            )
        )

    def zh_mrn5(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"MZ{r.randint(2018, 2026)}{self.digits(6)}",
                f"{r.randint(2018, 2026)}{self.digits(6)}",
                f"门{self.digits(8)}",
                f"0{self.digits(7)}-{r.randint(1, 9)}",
            )
        )

    def card5(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            body = "6217" + self.digits(14)
            number = body + luhn.calc_check_digit(body)
            return " ".join(number[i : i + 4] for i in range(0, 19, 4))
        body = "6259" + self.digits(11)
        number = body + luhn.calc_check_digit(body)
        return "-".join(number[i : i + 4] for i in range(0, 16, 4))

    def email5(self) -> str:
        r = self.rng
        first = ascii_lower(ascii_fold(r.choice((*IRISH_GIVEN, *INDIAN5_GIVEN, *KOREAN_GIVEN)))) or "pat"
        last = ascii_lower(ascii_fold(r.choice((*IRISH_SURNAMES, *INDIAN5_SURNAMES, *JAPANESE_SURNAMES)))) or "lee"
        pinyin = ascii_lower(r.choice(PINYIN5_NAMES)[0] + r.choice(r.choice(PINYIN5_NAMES)[1]))
        return r.choice(
            (
                f"{first}.{last}@bigpond.com",
                f"{last}{first[0]}@eircom.net",
                f"{first}_{last}{r.randint(1, 99)}@rediffmail.com",
                f"{first[0]}{last}@sympatico.ca",
                f"{last}{r.randint(1, 999)}@macau.ctm.net",
                f"{first}{last}@netvigator.com",
                f"{pinyin}{r.randint(1960, 2005)}@126.com",
                f"{pinyin}_{r.randint(1, 99)}@sina.com",
                f"{first}.{last}@yahoo.co.in",
            )
        )

    def values(self) -> Values:
        """One person's values with the eighth split's forms, drawn after the seventh split's."""
        values = super().values()
        r = self.rng
        for lang, keep in (("en", FRESH5_EN_KEEP), ("zh", FRESH5_ZH_KEEP)):
            for kind, choices in keep.items():
                slot = {"eponym": "epo5", "drug": "drug5", "number": "num5"}[kind]
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
            values[f"{lang}_hosp5"] = (r.choice(FRESH5_PLACES[lang]), "KEEP:eponym", lang)
            values[f"{lang}_scale5"] = (r.choice(FRESH5_SCALES[lang]), "KEEP:number", lang)
            neo, neo2 = r.sample(FRESH5_NEO[lang], 2)
            values[f"{lang}_neo"] = (neo, "KEEP:number", lang)
            values[f"{lang}_neo2"] = (neo2, "KEEP:number", lang)
            values[f"{lang}_neodrug"] = (r.choice(FRESH5_NEO_DRUGS[lang]), "KEEP:drug", lang)
            values[f"{lang}_psych"] = (r.choice(FRESH5_PSYCH[lang]), "KEEP:eponym", lang)
            values[f"{lang}_lab"] = (r.choice(FRESH5_LAB[lang]), "KEEP:number", lang)
            values[f"{lang}_gene"] = (r.choice(FRESH5_GENE[lang]), "KEEP:eponym", lang)
            values[f"{lang}_dent"] = (r.choice(FRESH5_DENT[lang]), "KEEP:number", lang)
            values[f"{lang}_dentdrug"] = (r.choice(FRESH5_DENT_DRUGS[lang]), "KEEP:drug", lang)
            values[f"{lang}_trial"] = (r.choice(FRESH5_TRIAL[lang]), "KEEP:number", lang)
        people = {
            "en_name5": (self.en_name5, "en"),
            "en_name5b": (self.en_name5, "en"),
            "en_name5c": (self.en_name5, "en"),
            "en_name5d": (self.en_name5, "en"),
            "en_asian5": (self.en_asian5, "en"),
            "en_asian5b": (self.en_asian5, "en"),
            "en_sur5": (self.en_sur5, "en"),
            "en_first5": (self.en_first5, "en"),
            "en_nick5": (lambda: self.pick(EN_NICK5), "en"),
            "en_staff5": (self.en_name5, "en"),
            "en_staff5b": (self.en_name5, "en"),
            "zh_name5": (self.zh_name5, "zh"),
            "zh_name5b": (self.zh_name5, "zh"),
            "zh_name5c": (self.zh_name5, "zh"),
            "zh_name5d": (self.zh_name5, "zh"),
            "zh_foreign5": (lambda: self.pick(ZH_FOREIGN_NAMES), "zh"),
            "zh_milk": (lambda: self.pick(ZH_MILK_NAMES), "zh"),
            "zh_sur5": (lambda: self.pick(ZH5_SURNAMES), "zh"),
            "zh_staff5": (self.zh_name5, "zh"),
            "zh_staff5b": (self.zh_name5, "zh"),
            "zh_trad5b": (lambda: self.trad_pair()[0], "zh"),
        }
        for slot, (draw, lang) in people.items():
            values[slot] = (draw(), "PERSON", lang)
        chars, roman = self.trad_pair()
        values["zh_trad5"] = (chars, "PERSON", "zh")
        values["trad_roman5"] = (roman, "PERSON", "en")
        addresses = {
            "au_addr": (self.au_addr, "en"),
            "ca_addr": (self.ca_addr, "en"),
            "ie_addr": (self.ie_addr, "en"),
            "in_addr": (self.in_addr, "en"),
            "mo_addr_en": (self.mo_addr_en, "en"),
            "en_addr5": (
                lambda: r.choice((self.au_addr, self.ca_addr, self.ie_addr, self.in_addr, self.hk_addr_en))(),
                "en",
            ),
            "mo_addr": (self.mo_addr, "zh"),
            "hk_addr5": (self.hk_addr5, "zh"),
            "zh_addr5": (self.zh_addr5, "zh"),
        }
        for slot, (draw, lang) in addresses.items():
            values[slot] = (draw(), "ADDRESS", lang)
        phones = {
            "au_phone": (self.au_phone, "en"),
            "ca_phone": (self.ca_phone, "en"),
            "ie_phone": (self.ie_phone, "en"),
            "in_phone": (self.in_phone, "en"),
            "en_phone5": (self.en_phone5, "en"),
            "mo_phone": (self.mo_phone, "zh"),
            "zh_phone5": (self.zh_phone5, "zh"),
            "zh_phone5b": (self.zh_phone5, "zh"),
        }
        for slot, (draw, lang) in phones.items():
            values[slot] = (draw(), "PHONE", lang)
        baby = self.baby_born()
        dates = {
            "dob5_en": (self.dob5_en(), "en"),
            "dob5_en2": (self.dob5_en(), "en"),
            "dob_ordinal": (self.dob_ordinal(), "en"),
            "dob5_zh": (self.dob5_zh(), "zh"),
            "dob_sheng": (self.dob_sheng(), "zh"),
            "dob_mo": (self.dob_mo(), "zh"),
            "dob_lunar": (self.dob_lunar(), "zh"),
            "baby_dob_en": (
                r.choice((f"{baby:%d/%m/%Y}", f"{baby.day} {baby:%b} {baby.year}", f"{baby:%Y-%m-%d}")),
                "en",
            ),
            "baby_dob_zh": (r.choice((f"{baby.year}年{baby.month}月{baby.day}日", f"{baby:%Y-%m-%d}")), "zh"),
        }
        for slot, (text, lang) in dates.items():
            values[slot] = (text, "DATE_OF_BIRTH", lang)
        mother_mrn = self.mrn5()
        values["mrn5"] = (self.mrn5(), "MEDICAL_RECORD_NO", "any")
        values["mrn5b"] = (mother_mrn, "MEDICAL_RECORD_NO", "any")
        values["baby_mrn"] = (f"{mother_mrn}-B{r.randint(1, 2)}", "MEDICAL_RECORD_NO", "any")
        values["zh_mrn5"] = (self.zh_mrn5(), "MEDICAL_RECORD_NO", "zh")
        values["medicare_au"] = (self.medicare_au(), "INSURANCE_ID", "en")
        values["hcn_ca"] = (self.hcn_ca(), "INSURANCE_ID", "en")
        values["abha"] = (self.abha(), "INSURANCE_ID", "en")
        values["aadhaar"] = (self.aadhaar(), "NATIONAL_ID", "en")
        values["aadhaar2"] = (self.aadhaar(), "NATIONAL_ID", "en")
        values["ppsn"] = (self.ppsn(), "NATIONAL_ID", "en")
        values["mo_bir"] = (self.mo_bir(), "NATIONAL_ID", "any")
        values["hrp"] = (self.hrp(), "NATIONAL_ID", "any")
        values["rid5"] = (self.rid5(), "CN_RESIDENT_ID", "zh")
        values["rid_hkmo"] = (self.rid_hkmo(), "CN_RESIDENT_ID", "zh")
        values["card5"] = (self.card5(), "BANK_CARD", "zh")
        values["email5"] = (self.email5(), "EMAIL", "any")
        return values


# Written blind on 2026-12-02 (finished 06:30 UTC, seed 1796192984 from `date +%s` then), see the module docstring.
FRESH5: dict[str, dict[str, list[str]]] = {
    "gp_reply": {
        "en": [
            "Dear Dr {en_staff5b},\n\nRe: {en_name5}, DOB {dob5_en}, Medicare {medicare_au} (IRN 2)\n{au_addr}\n\n"
            "Thank you for seeing {en_nick5} in the fracture clinic at {en_hosp5}. I reviewed her today, a week after "
            "discharge. She remains on {en_drug5}; her {en_num5} this morning. Her daughter-in-law, {en_name5b}, now "
            "does the shopping and the best number for the household is {au_phone}. Given her {en_epo5} I have also "
            "referred her to the falls clinic.\n\nKind regards,\n\nDr {en_staff5}\nWattle Grove Family Practice",
            "GP REPLY - ED ATTENDANCE FOLLOW-UP\nTo: Emergency Department, {en_hosp5}\n"
            "Patient: {en_name5}   PPSN: {ppsn}   DOB: {dob5_en}\nAddress: {ie_addr}\nTel: {ie_phone}\n\n"
            "Seen in surgery on Monday. Wound healing well, sutures out; {en_num5}. Started on {en_drug5}. Known "
            "{en_epo5}, stable. Her partner, {en_name5b}, is her carer and asks that letters also go to {email5}.\n\n"
            "Is mise le meas,\nDr {en_staff5}, MICGP",
        ],
        "zh": [
            "双向转诊单（回转）\n城关街道社区卫生服务中心：\n"
            "现将患者{zh_name5}（女，出生日期：{dob5_zh}，身份证号：{rid5}）转回你中心继续康复治疗。\n"
            "出院诊断：{zh_epo5}\n出院带药：{zh_drug5}；出院前{zh_num5}\n家庭住址：{zh_addr5}\n"
            "请家庭医生签约团队随访。患者之子{zh_name5b}，电话{zh_phone5}。\n"
            "转出医院：{zh_hosp5}　经治医师：{zh_staff5}",
        ],
    },
    "care_home_transfer": {
        "en": [
            "LONG-TERM CARE TO HOSPITAL TRANSFER FORM\nResident: {en_name5}   Health card: {hcn_ca}\n"
            "DOB: {dob5_en}   Room 214, Maple Ridge Manor\nSubstitute decision-maker: {en_name5b} (son), {ca_phone}\n"
            "Home address on file: {ca_addr}\nReason for transfer: unwitnessed fall, ?NOF; {en_num5}\n"
            "Baseline: {en_epo5}; {en_scale5}; mobilises with walker\nMeds sent with resident: {en_drug5}\n"
            "Code status: DNR (form on chart)\nSending nurse: {en_staff5}, RPN    Receiving: {en_hosp5} ED",
        ],
        "zh": [
            "养老院老人外出就医交接单\n老人姓名：{zh_name5}　小名：{zh_milk}　床位：3楼12床\n"
            "出生日期：{dob5_zh}　身份证号：{rid5}\n监护人：{zh_name5b}（侄女）　电话：{zh_phone5}\n"
            "户籍地址：{zh_addr5}\n转院原因：发热、咳嗽两天，{zh_num5}\n既往：{zh_epo5}；{zh_scale5}\n"
            "随身药品：{zh_drug5}\n交接护理员：{zh_staff5}　接收医院：{zh_hosp5}急诊科",
        ],
    },
    "nicu_admission": {
        "en": [
            "NICU ADMISSION NOTE\nBaby of {en_name5}    Baby MRN {baby_mrn}    (mother's MRN {mrn5b})\n"
            "DOB {baby_dob_en}, time of birth 03:42; {en_neo}\nResus: 5 inflation breaths then CPAP; {en_neo2}\n"
            "Given {en_neodrug}.\nMother's history: {en_epo5}.\nParents: {en_name5} and {en_name5b}; father's "
            "mobile {en_phone5}\nHome: {en_addr5}\nPaeds reg: Dr {en_staff5}",
        ],
        "zh": [
            "新生儿出生记录\n母亲姓名：{zh_name5}　住院号：{zh_mrn5}　身份证号：{rid5}\n"
            "父亲姓名：{zh_name5b}　联系电话：{zh_phone5}\n新生儿：{zh_name5}之女　出生时间：{baby_dob_zh} 04:15\n"
            "{zh_neo}；{zh_neo2}\n处理：{zh_neodrug}\n乳名（家属提供）：{zh_milk}\n"
            "接生者：{zh_staff5}　记录者：{zh_staff5b}",
            "新生兒深切治療部入院記錄（{zh_hosp5}）\n嬰兒：{zh_trad5}之子　病歷號：{baby_mrn}\n"
            "出生日期：{baby_dob_zh}　{zh_neo}\n母親：{zh_trad5}（{trad_roman5}），澳門居民身份證{mo_bir}，"
            "電話{mo_phone}\n父親：{zh_trad5b}\n住址：{mo_addr}\n處理：{zh_neodrug}；{zh_neo2}\n當值醫生：{zh_staff5}",
        ],
    },
    "mha_form": {
        "en": [
            "MENTAL HEALTH ACT 2001 - FORM 1\nApplication by a relative for a recommendation that a person be "
            "involuntarily admitted to an approved centre\n\nI, {en_name5b}, of {ie_addr}, being a relative "
            "(sibling) of {en_name5}, PPSN {ppsn}, who was born on the {dob_ordinal}, hereby apply for a "
            "recommendation that the person be admitted to {en_hosp5}. I last saw them on Sunday: {en_psych}. I can "
            "be contacted on {ie_phone}.\n\n"
            "Recommendation by registered medical practitioner: Dr {en_staff5}",
            "ASSESSMENT ORDER - Mental Health and Wellbeing Act 2022 (Vic)\nPerson: {en_name5} (goes by '{en_nick5}')\n"
            "Date of birth: {dob5_en}    Medicare: {medicare_au}\nUsual residence: {au_addr}\n"
            "Nominated support person: {en_name5b}, {au_phone}\nClinical grounds: {en_psych}; {en_scale5}. Collateral "
            "from GP Dr {en_sur5}.\nAuthorised psychiatrist: {en_staff5}",
        ],
        "zh": [
            "严重精神障碍患者住院治疗知情同意书（非自愿）\n患者姓名：{zh_name5}　曾用名：{zh_name5c}\n"
            "身份证号：{rid5}\n"
            "出生日期：{dob5_zh}\n监护人：{zh_name5b}（配偶）　电话：{zh_phone5}\n住址：{zh_addr5}\n"
            "诊断：{zh_psych}；{zh_scale5}\n根据《中华人民共和国精神卫生法》第三十条，经诊断评估，患者已发生危害他人安全的"
            "行为，监护人同意住院治疗。\n送诊人：{zh_sur5}警官（城关派出所）\n经治医师：{zh_staff5}",
        ],
    },
    "trial_screening": {
        "en": [
            "SCREENING & ENROLMENT LOG - Protocol ONC-4417, Site 12 ({en_hosp5})\n"
            "| Scr no. | Participant | DOB | Aadhaar | Contact | Outcome |\n"
            "| S12-001 | {en_name5} | {dob5_en} | {aadhaar} | {in_phone} | screen fail: {en_trial} |\n"
            "| S12-002 | {en_name5b} | {dob5_en2} | {aadhaar2} | {email5} | enrolled; ABHA {abha} |\n"
            "LAR for S12-002: {en_name5c} (husband), {in_addr}\nConcomitant: {en_drug5}\nPI: Dr {en_staff5}   "
            "CRC: {en_staff5b}",
        ],
        "zh": [
            "受试者筛选入选表\n方案编号：HR-2026-017　研究中心：{zh_hosp5}\n"
            "筛选号S017：{zh_name5}，{age}岁，身份证号{rid5}，手机{zh_phone5}\n入选：是；合并用药{zh_drug5}\n"
            "筛选号S018：{zh_name5b}，筛选失败（{zh_trial}）\n受试者交通补助发放银行卡：{card5}（开户人：{zh_name5}）\n"
            "主要研究者：{zh_staff5}　CRC：{zh_staff5b}",
        ],
    },
    "incident_report": {
        "en": [
            "INCIDENT REPORT (RiskMan) - Fall with harm\nPerson affected: {en_name5}, {mrn5}, {age}y\n"
            "Location: {en_hosp5}, Ward 7B, bathroom\nDescription: found on the floor by {en_staff5} (RN) at 02:10. "
            "{en_num5}. On {en_drug5}; {en_scale5}.\nWitness: bay neighbour {en_name5b}\n"
            "NOK informed: {en_nick5} (daughter) on {en_phone5}\nOpen disclosure by Dr {en_sur5} at 09:00.",
        ],
        "zh": [
            "护理不良事件报告表\n事件类型：给药错误（Ⅱ级）\n患者：{zh_name5}，住院号{zh_mrn5}，{zh_epo5}\n"
            "经过：夜班护士{zh_staff5}误将{zh_drug5}给予同病室患者{zh_name5b}，发现后立即报告值班医生。{zh_num5}\n"
            "家属{zh_milk}（患者之孙）已知情，电话{zh_phone5}\n报告人：{zh_staff5b}　护士长：{zh_sur5}",
        ],
    },
    "lab_callback": {
        "en": [
            "CRITICAL RESULT PHONE LOG - Biochemistry\n21:14  {en_lab} on {en_name5} ({mrn5}, DOB {dob5_en})\n"
            "Called ward 5: spoke to {en_first5}, RN - read back correctly\n21:20  GP after-hours: Dr {en_staff5}\n"
            "21:35  patient phoned at home on {en_phone5} ({en_addr5}); {en_name5b} (partner) answered, will bring her "
            "in. Known {en_epo5}.\nScientist: {en_staff5b}",
        ],
        "zh": [
            "危急值报告登记本\n时间：10:32　患者：{zh_name5}　门诊号：{zh_mrn5}\n危急值：{zh_lab}\n"
            "报告人：检验科{zh_staff5}　接收人：{zh_staff5b}（护士）　复述：已复述\n"
            "门诊患者已离院，电话通知本人{zh_phone5}未接，后联系其女{zh_name5b}（{zh_phone5b}），嘱立即返院急诊。"
            "既往{zh_epo5}，服用{zh_drug5}。",
        ],
    },
    "guardianship": {
        "en": [
            "GUARDIANSHIP AND ADMINISTRATION TRIBUNAL - MEDICAL REPORT\nRe: {en_name5}, DOB {dob5_en}, of {au_addr}\n"
            "Applicant / proposed guardian: {en_name5b} (niece), {email5}\n\nI have treated the person since 2019. "
            "Diagnosis: {en_epo5}; {en_scale5}. She cannot retain information about her {en_drug5} long enough to "
            "weigh it. Other relatives: {en_name5c}, overseas ({en_phone5}).\n\nDr {en_staff5}, geriatrician",
        ],
        "zh": [
            "关于{zh_name5}民事行为能力情况的说明\n{zh_sur5}法官：\n"
            "贵院受理的申请宣告无民事行为能力一案，被申请人{zh_name5}，男，{dob_sheng}生，身份证号{rid5}，住{zh_addr5}，"
            "自2024年起在我院就诊，诊断{zh_epo5}，{zh_scale5}。申请人{zh_name5b}（其妻）及{zh_name5c}（其子）要求指定监护人。"
            "申请人电话{zh_phone5}。\n附：病历复印件。\n{zh_hosp5}医务部　经办人：{zh_staff5}",
        ],
    },
    "pedigree": {
        "en": [
            "GENETIC COUNSELLING - FAMILY HISTORY (pedigree notes)\nProband: {en_name5} (III-2), DOB {dob5_en}: "
            "{en_gene}\nII-1 father {en_name5b}, d. 58, bowel cancer\nII-2 mother {en_name5c}, alive, 84\n"
            "III-1 brother {en_first5}, not tested\nIII-3 sister {en_name5d}, lives at {en_addr5}, consents to "
            "cascade testing\nIV-1 niece '{en_nick5}', 19\nCounsellor: {en_staff5}. Results letter to {email5}.",
        ],
        "zh": [
            "遗传咨询家系调查表\n先证者：{zh_name5}（Ⅲ-2），{age}岁，{zh_gene}\nⅡ-1 父亲{zh_name5b}，52岁去世\n"
            "Ⅱ-2 母亲{zh_name5c}，健在\nⅢ-1 哥哥{zh_name5d}，未检测\nⅢ-3 配偶{zh_foreign5}\n"
            "Ⅲ-4 表妹{zh_milk}，在外地打工\n联系人手机：{zh_phone5}　家庭住址：{zh_addr5}\n遗传咨询师：{zh_staff5}",
        ],
    },
    "cross_border": {
        "en": [
            "DISCHARGE SUMMARY (for transfer to Zhuhai)\nName: {trad_roman5} ({zh_trad5})    BIR: {mo_bir}\n"
            "Home Return Permit: {hrp}    DOB: {dob5_en}\nTel: {mo_phone}\nAddress: {mo_addr_en}\n"
            "Diagnosis: {en_epo5}; {en_num5}\nMedication on discharge: {en_drug5}\nDischarging doctor: {en_staff5}, "
            "{en_hosp5}",
        ],
        "zh": [
            "出院摘要\n病人：{zh_trad5}（{trad_roman5}）　澳門居民身份證：{mo_bir}\n"
            "出生日期：{dob_mo}　聯絡電話：{mo_phone}\n"
            "地址：{mo_addr}\n診斷：{zh_epo5}\n出院用藥：{zh_drug5}\n轉介珠海，回鄉證號碼：{hrp}，內地居住證：{rid_hkmo}\n"
            "醫生：{zh_staff5}（{zh_hosp5}）",
            "跨境转诊单（香港→深圳）\n患者：{zh_trad5b}　香港身份证：{hkid}\n港澳居民来往内地通行证：{hrp}\n"
            "香港住址：{hk_addr5}\n内地住址：{zh_addr5}\n联系人：{zh_name5}（女儿），内地手机{zh_phone5}，香港手机{hk_phone}\n"
            "转出医院：{zh_hosp5}　诊断：{zh_epo5}，{zh_num5}\n经办：{zh_staff5}",
        ],
    },
    "coroner": {
        "en": [
            "REPORT OF DEATH TO THE CORONER\nDeceased: {en_name5}    Date of birth: {dob5_en}\n"
            "Usual address: {en_addr5}\nIdentified by: {en_name5b} (partner), contact {en_phone5}\n"
            "Circumstances: collapsed at home, asystole on arrival; ?{en_epo5}. Last obs {en_num5}.\n"
            "Medications: {en_drug5}\nUsual GP: Dr {en_staff5b}\nReporting doctor: {en_staff5}",
        ],
        "zh": [
            "死亡病例讨论记录\n患者姓名：{zh_name5}　住院号：{zh_mrn5}　出生：农历{dob_lunar}\n死亡诊断：{zh_epo5}\n"
            "主持人：{zh_staff5}主任　参加人员：{zh_staff5b}、{zh_sur5}医师\n"
            "讨论意见：入院时{zh_num5}，抢救过程符合规范。\n"
            "家属{zh_name5b}（长子）拒绝尸检，已签字。家属住址：{zh_addr5}",
        ],
    },
    "organ_donation": {
        "en": [
            "ORGAN AND TISSUE DONATION - REFERRAL\nReferred by: {en_staff5}, ICU registrar, {en_hosp5}\n"
            "Potential donor: {en_name5}, {age}, {mrn5}\nDOB {dob5_en}; Medicare {medicare_au}\n"
            "Cause: {en_epo5}; {en_num5}\nRegistered donor: yes\nSenior available next of kin: {en_name5b} (wife); "
            "also daughter {en_nick5}\nFamily address: {au_addr}; phone {au_phone}",
        ],
        "zh": [
            "公民逝世后器官捐献登记表\n捐献者：{zh_name5}　身份证号：{rid5}　出生日期：{dob5_zh}\n"
            "户籍地址：{zh_addr5}\n直系亲属签字：配偶{zh_name5b}、父亲{zh_name5c}、儿子{zh_milk}（未成年，由配偶代签）\n联系电话：{zh_phone5}\n"
            "临床诊断：{zh_epo5}，{zh_num5}\n器官获取组织协调员：{zh_staff5}",
        ],
    },
    "dental": {
        "en": [
            "DENTAL CHART - {en_hosp5} dental clinic\nPt: {en_name5}    DOB {dob5_en}    File {mrn5}\n"
            "Med hx: {en_epo5}; on {en_drug5}\nExam: {en_dent}\nTx today: {en_dentdrug}\nAccompanied by sister "
            "{en_first5} (interpreting)\nRecall 6/12; reminder SMS to {en_phone5}\nDentist: {en_staff5}",
        ],
        "zh": [
            "口腔科门诊病历\n姓名：{zh_name5}　门诊号：{zh_mrn5}　出生日期：{dob5_zh}\n主诉：右下后牙疼痛3天\n"
            "检查：{zh_dent}\n既往：{zh_epo5}，长期服用{zh_drug5}\n处理：{zh_dentdrug}\n"
            "医嘱：一周后复诊，复诊前电话确认（{zh_phone5}）\n医师：{zh_staff5}　护士：{zh_staff5b}",
        ],
    },
    "sick_note": {
        "en": [
            "MEDICAL CERTIFICATE\nI, Dr {en_staff5}, after careful examination of the case, hereby certify that "
            "Mr {en_name5} (Aadhaar {aadhaar}), residing at {in_addr}, whose signature is given below, is suffering "
            "from {en_epo5} ({en_num5}) and is advised rest for ten days. Prescribed {en_drug5}.\n"
            "Father's / husband's name: {en_name5b}\nMobile: {in_phone}",
        ],
        "zh": [
            "诊断证明书\n姓名：{zh_name5}　性别：男　年龄：{age}岁　工作单位：县粮食局\n身份证号：{rid5}\n"
            "诊断：{zh_epo5}\n建议：休息两周，{zh_drug5}。{zh_num5}\n医师签名：{zh_staff5}（本证明仅供请假用）\n"
            "病人地址：{zh_addr5}；手机：{zh_phone5}",
        ],
    },
    "fit_to_fly": {
        "en": [
            "MEDIF - PART 2 (to be completed by the attending physician)\nPassenger: {en_name5}\n"
            "Date of birth: {dob5_en}\nEscort: {en_name5b} (next of kin), mobile {en_phone5}\n"
            "Diagnosis: {en_epo5}; {en_num5}\n"
            "Oxygen: 2 L/min in flight; {en_drug5} in cabin bag\nAddress at destination: {en_addr5}\n"
            "Physician: Dr {en_staff5}, {en_hosp5} ({email5})",
        ],
        "zh": [
            "航空旅客医疗证明（MEDIF）\n旅客姓名：{zh_name5}　身份证号：{rid5}\n出生日期：{dob5_zh}\n"
            "陪同人员：{zh_name5b}（女儿），手机{zh_phone5}\n诊断：{zh_epo5}；{zh_num5}\n"
            "机上需用氧：是，2L/min；随身携带{zh_drug5}\n目的地住址：{en_addr5}\n主治医师：{zh_staff5}（{zh_hosp5}）",
        ],
    },
    "interpreter_log": {
        "en": [
            "INTERPRETER BOOKING REQUEST\nLanguage requested: see patient\nPatient: {en_asian5}    {mrn5}    "
            "DOB {dob5_en}\nAppointment: Tue 10:30, Dr {en_staff5}, {en_hosp5} renal clinic ({en_epo5})\n"
            "Patient contact: {en_phone5}; son {en_asian5b} prefers e-mail {email5}\n"
            "Notes: do not use family to interpret {en_drug5} dosing.\nInterpreter assigned: {en_staff5b}",
        ],
        "zh": [
            "外籍患者就诊翻译服务登记\n就诊人：{zh_foreign5}（外籍）　护照号：{passport}\n就诊卡号：{zh_mrn5}\n"
            "在华住址：{zh_addr5}\n联系电话：{zh_phone5}\n陪同翻译：{zh_name5}（{zh_sur5}老师介绍）\n"
            "就诊科室：{zh_hosp5}肾内科，{zh_epo5}，{zh_num5}\n登记人：{zh_staff5}",
        ],
    },
}


def fresh5_notes(per_template: int = 15, seed: int = FRESH5_SEED) -> list[dict]:
    """The fresh5 rows: every template rendered ``per_template`` times with values from ``Fresh5Source``."""
    return notes("fresh5", FRESH5, per_template, seed, source_factory=Fresh5Source)
