"""The thirteenth split of synthetic clinical notes, ``fresh10``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 12:27 UTC, seed 1796214461 from `date +%s` then) by a helper engineer who read
none of the detector's code, notes, lists or tests, nor ``phi_evaluate``, the tagger, word-list or hanzi tools, nor any
commit message, and who never ran the detector or ``phi_evaluate`` on these notes (only this generator, to write the
JSONL and check its spans, the spans on another seed): another engineer runs it once, and that first run is the
split's figure. Eighteen document styles that no earlier split uses, one template per style and language, 18
templates per language:

* ``driving_medical``: a fitness-to-drive medical and a 机动车驾驶人身体条件证明;
* ``hyperbaric_log``: a hyperbaric-oxygen session log and a 高压氧治疗记录;
* ``endoscopy_prep``: a colonoscopy bowel-preparation e-mail and a 肠镜检查预约单;
* ``radiotherapy_sheet``: a radiotherapy treatment sheet and a 放疗记录单;
* ``chemo_diary``: an oral-chemotherapy patient diary and a 口服化疗日记;
* ``wig_voucher``: a wig-supplier voucher request and a 化疗患者假发补贴申请;
* ``eeg_report``: an EEG report and a 脑电图报告;
* ``allergy_test``: a skin-prick test report and a 过敏原检测报告;
* ``milk_bank``: a donor-milk-bank screening record and a 母乳库捐赠登记;
* ``exercise_referral``: an exercise-on-referral form and a 运动处方;
* ``falls_clinic``: a falls-clinic assessment and a 跌倒风险门诊评估;
* ``diabetic_foot``: a diabetic foot screening and a 糖尿病足筛查记录;
* ``smoking_cessation``: a stop-smoking service chat log (speakers by chat display name) and a 戒烟门诊记录;
* ``cardiac_rehab``: a cardiac-rehabilitation programme record and a 心脏康复记录;
* ``memory_clinic``: a memory-clinic letter and a 记忆门诊评估;
* ``pacemaker_check``: a pacemaker interrogation and a 起搏器程控记录;
* ``limb_fitting``: a prosthetic limb-fitting record and a 假肢适配记录;
* ``tb_dot``: a tuberculosis directly-observed-therapy card and a 结核病患者服药管理卡.

Where the values sit: names in signature lines, after ``c/o``, ``pp``, ``Attn:`` and ``From:`` (with the e-mail
address in angle brackets, a span of its own), in parentheses, as chat display names (``Ngozi E.``), before a
possessive ``'s`` (outside the span), with initials (``J. K. Osei``), double-barrelled and hyphenated surnames; Spanish,
Portuguese, Vietnamese, Korean, Japanese, Polish, Arabic, Igbo, Yoruba, Filipino and Irish names; Chinese names in
prose and in ``｜`` tables, with 同志/先生/女士/医生/护士 outside the span, compound surnames (欧阳, 司马, 诸葛, 上官,
皇甫, 慕容, 尉迟, 东方), 阿/老/小 nicknames (the prefix inside the span, as in fresh7 to fresh9), Hong Kong and
Taiwan names in traditional characters. Addresses: US rural routes and highway contracts (``RR 2 Box 14``), US
apartments (``Apt 4B``, ``#3F``), Australian unit forms (``Unit 3/12``, ``3/47``), Irish addresses with Eircodes,
Singapore HDB blocks (``Blk 123 ... #05-67``), addresses over two lines; Chinese 小区/栋/单元/室 and 街道/社区 forms,
Hong Kong and Taiwan addresses in traditional characters. Telephones of the US, Australia, Ireland, Singapore, Hong
Kong, Taiwan and mainland China. Dates of birth as ``3/7/1961``, ``07 Mar 1961``, ``1961-Mar-07``, ``7th of March
1961``, ``1961年3月7号``, ``民國50年3月7日`` and ``07/03/1961``. PPSNs, PESELs, Spanish DNIs, Singapore NRICs,
Korean RRNs, HKIDs and Taiwan IDs (``NATIONAL_ID``, check characters valid), US SSNs (``SSN``); Australian Medicare
numbers (valid check digit), US Medicare MBIs, PhilHealth numbers, Portuguese SNS numbers and Chinese 医保卡号
(``INSURANCE_ID``); UR numbers, chart numbers and Chinese 门诊ID/住院号 (``MEDICAL_RECORD_NO``); Chinese resident IDs;
Luhn-valid bank cards; e-mail addresses at outlook.ie, bigpond.com, singnet.com.sg, naver.com, wp.pl, 163.com and
netvigator.com.

Span types are the earlier splits' types only and fresh5's to fresh9's conventions hold: titles, honorifics and
kinship words (Mr, Dr, Nurse, 先生, 女士, 同志, 医生, ``(parent)``) stay outside a name's span. Eponymous diseases and
signs (Bell's palsy, Ménière's disease, Tourette syndrome, Kawasaki disease, Guillain-Barré syndrome, 川崎病,
格林-巴利综合征, Charcot foot, Wagner grades), Chinese patent medicines (including 季德胜蛇药片 and 马应龙麝香痔疮膏),
drugs and doses, device models (Medtronic Azure, Ottobock C-Leg 4, Varian TrueBeam), scores (MoCA, Fagerström,
ABPI), laboratory values and dates that are not birth dates (visits, next appointments) are keep terms. Voucher,
fraction, session, batch and licence-class numbers are plain text.
"""

import datetime

from stdnum import luhn
from stdnum.cn import ric
from stdnum.es import dni
from stdnum.pl import pesel

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh9 import Fresh9Source

# `date +%s` when this split was started (2026-12-02 12:27:41 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH10_SEED = 1796214461

FRESH10_KEEP = {
    "en": {
        "eponym": (
            "Bell's palsy",
            "Ménière's disease",
            "Tourette syndrome",
            "Kawasaki disease",
            "Guillain-Barré syndrome",
            "Raynaud's phenomenon",
            "Addison's disease",
            "Cushing's syndrome",
            "Sjögren's syndrome",
            "Dupuytren's contracture",
            "Parkinson's disease",
            "Wolff-Parkinson-White syndrome",
            "Barrett's oesophagus",
            "Hashimoto's thyroiditis",
            "Stevens-Johnson syndrome",
        ),
        "drug": (
            "bisoprolol 2.5 mg OD",
            "ramipril 5 mg OD",
            "atorvastatin 80 mg ON",
            "clopidogrel 75 mg OD",
            "levothyroxine 100 mcg OD",
            "prednisolone 5 mg OD",
            "cetirizine 10 mg OD",
            "omeprazole 20 mg OD",
            "gliclazide 80 mg BD",
            "sertraline 50 mg OD",
            "alendronic acid 70 mg weekly",
            "Adcal-D3 one BD",
        ),
        "number": (
            "HbA1c 61 mmol/mol",
            "eGFR 52 mL/min/1.73m2",
            "Hb 112 g/L",
            "BP 156/92 mmHg",
            "pulse 88 regular",
            "BMI 31.4",
            "total cholesterol 6.2 mmol/L",
            "TSH 4.9 mU/L",
            "sodium 131 mmol/L",
            "vitamin D 28 nmol/L",
        ),
    },
    "zh": {
        "eponym": (
            "川崎病",
            "格林-巴利综合征",
            "贝尔面瘫",
            "梅尼埃病",
            "抽动秽语综合征（Tourette综合征）",
            "帕金森病",
            "雷诺现象",
            "艾迪生病",
            "库欣综合征",
            "干燥综合征",
            "预激综合征（WPW综合征）",
            "巴雷特食管",
            "桥本甲状腺炎",
            "史蒂文斯-约翰逊综合征",
        ),
        "drug": (
            "比索洛尔片2.5mg qd",
            "培哚普利片4mg qd",
            "瑞舒伐他汀钙片10mg qn",
            "替格瑞洛片90mg bid",
            "左甲状腺素钠片100μg qd",
            "泼尼松片5mg qd",
            "氯雷他定片10mg qd",
            "奥美拉唑肠溶胶囊20mg qd",
            "格列齐特缓释片30mg qd",
            "阿卡波糖片50mg tid",
            "碳酸钙D3片600mg qd",
        ),
        "number": (
            "糖化血红蛋白8.1%",
            "血压156/92mmHg",
            "心率88次/分",
            "BMI 27.6",
            "总胆固醇6.2mmol/L",
            "促甲状腺激素4.9mU/L",
            "血钠131mmol/L",
            "尿酸486μmol/L",
            "血红蛋白112g/L",
            "空腹血糖7.4mmol/L",
        ),
    },
}
ZH10_TCM = (
    "稳心颗粒",
    "脑心通胶囊",
    "养血清脑颗粒",
    "银杏叶片",
    "百令胶囊",
    "金水宝胶囊",
    "参松养心胶囊",
    "芪苈强心胶囊",
    "云南白药胶囊",
    "藿香正气水",
    "季德胜蛇药片",
    "马应龙麝香痔疮膏",
    "京都念慈菴蜜炼川贝枇杷膏",
)

# Style-specific keep terms (kind after the colon); every key has an English and a Chinese list.
FRESH10_SPECIAL = {
    "en": {
        "drive10:number": ("visual acuity 6/9 binocular", "Epworth score 14", "visual field 120 degrees", "AHI 32/h"),
        "hbo10:number": ("2.4 ATA for 90 minutes", "TcPO2 38 mmHg", "2.0 ATA, 3 x 25 min O2", "TcPO2 52 mmHg"),
        "hbo10:eponym": ("Wagner grade 3 ulcer", "osteoradionecrosis (Marx stage II)", "Fournier's gangrene"),
        "endo10:drug": ("Moviprep 2 L split dose", "Plenvu", "Picolax two sachets", "senna 15 mg at night"),
        "rt10:number": ("60 Gy in 30 fractions", "40 Gy/15#", "CTCAE grade 1 dermatitis", "36 Gy in 6 fractions"),
        "rt10:eponym": ("Varian TrueBeam", "Elekta Versa HD", "Accuray TomoTherapy", "Varian Halcyon"),
        "chemo10:drug": (
            "capecitabine 1000 mg/m2 BD days 1-14",
            "temozolomide 150 mg/m2 days 1-5",
            "imatinib 400 mg OD",
            "lenalidomide 25 mg days 1-21",
        ),
        "chemo10:number": ("neutrophils 1.3 x10^9/L", "hand-foot syndrome grade 2", "diarrhoea grade 1", "ALT 64 U/L"),
        "wig10:drug": ("docetaxel 75 mg/m2 x 6", "FEC-T", "AC x 4 then paclitaxel", "carboplatin AUC5"),
        "eeg10:eponym": ("Lennox-Gastaut syndrome", "West syndrome", "Dravet syndrome", "Rolandic epilepsy"),
        "eeg10:number": ("posterior dominant rhythm 9 Hz", "3 Hz spike-and-wave", "photic response normal"),
        "allergy10:number": ("wheal 8 mm to peanut", "histamine control 5 mm", "specific IgE 12.4 kUA/L"),
        "allergy10:drug": ("EpiPen 300 micrograms", "Jext 150 micrograms", "Emerade 500 micrograms"),
        "milk10:number": ("HIV, HBV, HCV, HTLV and syphilis negative", "CMV IgG negative", "volume 3.2 L"),
        "exercise10:number": ("PAR-Q two yes answers", "resting HR 78", "6-minute walk 420 m", "waist 104 cm"),
        "falls10:number": ("Timed Up and Go 19 s", "FRAT 3", "postural drop 28/14 mmHg", "Tinetti 18/28"),
        "foot10:number": ("monofilament 4/10 sites", "ABPI 0.72", "VPT 32 V", "ABPI 1.05"),
        "foot10:eponym": ("Charcot foot", "Wagner grade 2", "University of Texas grade 1A", "Morton's neuroma"),
        "smoke10:number": ("CO 22 ppm", "Fagerström score 7", "20 pack-years", "CO 4 ppm"),
        "smoke10:drug": ("varenicline 1 mg BD", "nicotine patch 21 mg/24 h", "nicotine mouth spray 1 mg"),
        "rehab10:number": ("LVEF 35%", "5.8 METs", "Borg RPE 13", "HADS A8 D6"),
        "memory10:number": ("MoCA 19/30", "ACE-III 72/100", "MMSE 22/30", "6CIT 14"),
        "memory10:eponym": ("Alzheimer's disease", "Lewy body dementia", "Creutzfeldt-Jakob disease"),
        "pace10:eponym": (
            "Medtronic Azure XT DR MRI",
            "Abbott Assurity MRI",
            "Boston Scientific Accolade DR",
            "Biotronik Edora 8 DR-T",
        ),
        "pace10:number": ("battery 9.5 years", "RA threshold 0.75 V @ 0.4 ms", "RV impedance 520 Ohm", "VP 98%"),
        "limb10:eponym": ("Össur Pro-Flex XC", "Ottobock C-Leg 4", "Blatchford Echelon", "Ottobock Genium X3"),
        "limb10:number": ("K-level K3", "residual limb circumference 32 cm", "AMP score 38", "socket fit 7/10"),
        "tb10:drug": ("Rifinah 300/150 two tablets OD", "pyrazinamide 1.5 g OD", "ethambutol 800 mg OD"),
        "tb10:number": ("sputum smear 2+", "GeneXpert MTB detected, RIF resistance not detected", "weight 52 kg"),
    },
    "zh": {
        "drive10:number": ("双眼视力5.0", "辨色力正常", "听力：5米处能辨别声源", "身高172cm"),
        "hbo10:number": ("0.2MPa 吸氧60分钟", "经皮氧分压38mmHg", "第12次/共30次", "0.22MPa 吸氧2×30分钟"),
        "hbo10:eponym": ("突发性耳聋", "一氧化碳中毒迟发性脑病", "Wagner 3级糖尿病足溃疡"),
        "endo10:drug": ("复方聚乙二醇电解质散2盒", "硫酸镁口服液", "西甲硅油乳剂30ml", "磷酸钠盐口服溶液"),
        "rt10:number": ("60Gy/30次", "DT 50Gy/25F", "放射性皮炎1级", "第14次/共30次"),
        "rt10:eponym": ("瓦里安TrueBeam", "医科达Versa HD", "TOMO螺旋断层放疗", "瓦里安Halcyon"),
        "chemo10:drug": (
            "卡培他滨片1.5g bid d1-14",
            "替莫唑胺胶囊150mg/m² d1-5",
            "甲磺酸伊马替尼片400mg qd",
            "阿帕替尼片500mg qd",
        ),
        "chemo10:number": ("中性粒细胞1.3×10⁹/L", "手足综合征2级", "腹泻1级", "谷丙转氨酶64U/L"),
        "wig10:drug": ("多西他赛75mg/m² ×6周期", "EC-T方案", "紫杉醇白蛋白结合型", "卡铂AUC5"),
        "eeg10:eponym": (
            "Lennox-Gastaut综合征",
            "West综合征（婴儿痉挛症）",
            "Dravet综合征",
            "伴中央颞区棘波的儿童良性癫痫",
        ),
        "eeg10:number": ("枕区优势节律9Hz", "3Hz棘慢复合波", "闪光刺激未见异常"),
        "allergy10:number": ("花生风团8mm", "组胺对照5mm", "特异性IgE 12.4kUA/L", "尘螨sIgE 3级"),
        "allergy10:drug": ("肾上腺素笔0.3mg", "盐酸西替利嗪片10mg", "孟鲁司特钠咀嚼片5mg"),
        "milk10:number": ("HIV、乙肝、丙肝、梅毒均阴性", "巨细胞病毒IgG阴性", "累计捐赠3.2L"),
        "exercise10:number": ("PAR-Q两项阳性", "静息心率78次/分", "6分钟步行420米", "腰围104cm"),
        "falls10:number": ("起立-行走计时19秒", "Morse评分55分", "体位性血压下降28/14mmHg", "Tinetti量表18/28"),
        "foot10:number": ("10g尼龙丝4/10点", "踝肱指数0.72", "振动感觉阈值32V", "踝肱指数1.05"),
        "foot10:eponym": ("夏科氏足", "Wagner 2级", "Texas分级1A", "莫顿神经瘤"),
        "smoke10:number": ("呼出气CO 22ppm", "尼古丁依赖量表（FTND）7分", "吸烟指数400年支", "呼出气CO 4ppm"),
        "smoke10:drug": ("酒石酸伐尼克兰片1mg bid", "尼古丁贴片21mg/24h", "盐酸安非他酮缓释片150mg"),
        "rehab10:number": ("LVEF 35%", "峰值摄氧量16.2ml/kg/min", "Borg评分13", "6分钟步行380米"),
        "memory10:number": ("MoCA 19/30", "MMSE 22/30", "CDR 1", "画钟试验2/4"),
        "memory10:eponym": ("阿尔茨海默病", "路易体痴呆", "克雅病"),
        "pace10:eponym": ("美敦力Azure XT DR MRI", "雅培Assurity MRI", "波科Accolade DR", "百多力Edora 8 DR-T"),
        "pace10:number": ("电池寿命9.5年", "心房阈值0.75V@0.4ms", "心室阻抗520Ω", "心室起搏比例98%"),
        "limb10:eponym": ("奥索Pro-Flex XC", "奥托博克C-Leg 4", "布莱切福德Echelon", "奥托博克Genium X3"),
        "limb10:number": ("K3级", "残肢周径32cm", "AMP评分38分", "接受腔适配7/10"),
        "tb10:drug": ("异烟肼片0.3g qd", "利福平胶囊0.45g qd", "吡嗪酰胺片1.5g qd", "乙胺丁醇片0.75g qd"),
        "tb10:number": ("痰涂片2+", "GeneXpert MTB阳性、利福平耐药阴性", "体重52kg"),
    },
}

# Names: (given names, surnames) by origin; a name keeps to one origin.
EN10_ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "spanish": (
        ("Alejandro", "Lucía", "Javier", "Maite"),
        ("Ruiz-Navarro", "Fernández", "García López", "Etxeberria"),
    ),
    "portuguese": (("João", "Conceição", "Tiago", "Inês"), ("Sousa Pereira", "Ferreira", "Gonçalves", "Magalhães")),
    "vietnamese": (("Lan", "Minh", "Thuy", "Quang"), ("Nguyen", "Tran", "Pham", "Hoang")),
    "korean": (("Min-jun", "Ji-woo", "Seo-yeon", "Dong-hyun"), ("Kim", "Park", "Choi", "Jeong")),
    "japanese": (("Haruto", "Yuki", "Aiko", "Kenji"), ("Takahashi", "Watanabe", "Nakamura", "Yamaguchi")),
    "polish": (("Małgorzata", "Krzysztof", "Agnieszka", "Wojciech"), ("Wiśniewska", "Nowak", "Kowalczyk", "Zieliński")),
    "arabic": (("Ahmed", "Fatima", "Omar", "Layla"), ("Al-Mansouri", "El-Sayed", "Haddad", "Abu-Khalil")),
    "igbo": (("Chukwuemeka", "Ngozi", "Obinna", "Chiamaka"), ("Eze", "Nwosu", "Okonkwo", "Obi")),
    "yoruba": (("Babatunde", "Folake", "Oluwaseun", "Yetunde"), ("Adebayo", "Ogunleye", "Adeleke", "Oyelaran")),
    "filipino": (("Maria Cristina", "Jose Ramon", "Ligaya", "Rommel"), ("Dela Cruz", "Bautista", "Macaraeg", "Santos")),
    "irish": (("Aoife", "Pádraig", "Siobhán", "Cathal"), ("Ní Bhriain", "Ó Súilleabháin", "Mac Giolla", "Kavanagh")),
    "english": (("Harriet", "Rupert", "Imogen", "Giles"), ("Hughes-Whitfield", "Osei", "Lloyd-Jones", "Ashworth")),
}
ZH10_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "皇甫", "慕容", "尉迟", "东方", "令狐", "夏侯")
ZH10_COMMON = ("王", "李", "张", "刘", "陈", "林", "郭", "何", "高", "罗", "梁", "宋")
ZH10_GIVEN = (
    "晓燕",
    "文博",
    "雨桐",
    "建华",
    "丽娟",
    "振宇",
    "婉清",
    "德明",
    "思远",
    "秀英",
    "浩然",
    "美玲",
    "明",
    "娜",
)
ZH10_TRAD = ("陳志明", "黃美玲", "林家豪", "張淑芬", "吳俊傑", "李嘉欣", "劉德榮", "蔡宜蓁", "許文雄", "鄭雅婷")
ZH10_NICK = ("阿", "老", "小")

# Addresses.
EN10_ADDR = {
    "us_rr": (
        "RR {k} Box {n}, Millersburg, OH 44654",
        "Rural Route {k}, Box {n}{m}A, Hays, KS 67601",
        "HC {n} Box {m}{k}, Ely, NV 89301",
        "RR {k}, Box {n}, Harlan, IA 51537",
    ),
    "us_apt": (
        "Apt {k}B, {n}{m} West 112th Street, New York, NY 10026",
        "{n}{m}0 Elm Street Apt. {u}C, Des Moines, IA 50309",
        "{n} Linden Ave #{k}F, Jersey City, NJ 07305",
        "{n}{m}{k} N Clark St, Apt {u}{m}, Chicago, IL 60614",
    ),
    "au": (
        "Unit {k}/{n} Kerr Street, Fitzroy VIC 3065",
        "{k}/{n} Railway Parade, Marrickville NSW 2204",
        "U {k}, {n} Boundary St, West End QLD 4101",
        "Unit {u}, {n}-{m} Beach Road, Glenelg SA 5045",
    ),
    "ie": (
        "{n} Cnoc na Gréine, Salthill, Galway H91 X{k}Y{m}",
        "Apt {u}, The Maltings, Bray, Co. Wicklow A98 K{k}P{m}",
        "Drumcoora, Ballinamore, Co. Leitrim N41 E{k}W{m}",
        "{n} Upper Dorset Street, Dublin 1, D01 R{k}F{m}",
    ),
    "sg": (
        "Blk {n}{k} Ang Mo Kio Avenue 3, #{k:02d}-{n}{m}, Singapore 560{n:03d}",
        "Blk {n} Toa Payoh Lorong 8, #{u:02d}-{m}{k}1, Singapore 310{n:03d}",
        "Block {n}{m}A Jurong West Street 42, #0{k}-{n}, Singapore 641{n:03d}",
    ),
}
EN10_TWO_LINE = (
    "RR {k} Box {n}\nMillersburg, OH 44654",
    "Apt {k}B, {n}{m} West 112th Street\nNew York, NY 10026",
    "Unit {k}/{n} Kerr Street\nFitzroy VIC 3065",
    "Apt {u}, The Maltings\nBray, Co. Wicklow\nA98 K{k}P{m}",
    "Blk {n}{k} Ang Mo Kio Avenue 3\n#{k:02d}-{n}{m}\nSingapore 560{n:03d}",
)
ZH10_ADDR = {
    "xiaoqu": (
        "江苏省苏州市吴中区金枫路锦绣江南小区{n}栋{k}单元{m}0{k}室",
        "湖北省武汉市洪山区珞喻路保利花园{n}栋{k}单元{u}0{m}室",
        "四川省成都市武侯区紫荆小区{k}期{n}幢{m}单元{k}0{m}",
        "天津市河西区友谊路绿荫里小区{n}-{k}-{m}0{k}",
    ),
    "jiedao": (
        "北京市朝阳区望京街道花家地社区南里{n}号楼{k}门{m}0{k}",
        "广东省佛山市南海区桂城街道平洲社区夏东三巷{n}号",
        "浙江省杭州市拱墅区米市巷街道左家新村社区{n}幢{u}0{m}室",
        "上海市徐汇区枫林路街道东安一村{n}号{m}0{k}室",
    ),
    "hk": (
        "香港九龍旺角彌敦道{n}{m}號{u}樓C室",
        "新界沙田禾輋邨豐和樓{u}{m}0{k}室",
        "香港島柴灣環翠邨{n}座{u}樓{m}號",
        "九龍觀塘秀茂坪邨秀明樓{k}座{u}0{m}室",
    ),
    "tw": (
        "臺北市大安區忠孝東路四段{n}巷{k}弄{m}號{k}樓",
        "高雄市苓雅區四維三路{n}號{u}樓之{k}",
        "臺中市西屯區福星路{n}{m}號{k}樓",
        "新北市板橋區文化路一段{n}巷{m}號",
    ),
}
ZH10_TWO_LINE = (
    "江苏省苏州市吴中区金枫路\n锦绣江南小区{n}栋{k}单元{m}0{k}室",
    "北京市朝阳区望京街道\n花家地社区南里{n}号楼{k}门{m}0{k}",
    "臺北市大安區忠孝東路四段\n{n}巷{k}弄{m}號{k}樓",
)
NRIC_LETTERS = "JZIHGFEDCBA"


class Fresh10Source(Fresh9Source):
    """Values for the thirteenth split: the twelfth split's sources and, drawn after them (so no other split
    changes), names of twelve origins in many positions, Chinese compound-surname, traditional and nickname names;
    US rural-route and apartment, Australian unit, Irish Eircode, Singapore HDB, Chinese 小区 and 街道 and Hong Kong
    and Taiwan addresses; their telephones, dates of birth and identifiers."""

    # Names.

    def person10(self) -> tuple[str, str]:
        givens, surnames = EN10_ORIGINS[self.rng.choice(list(EN10_ORIGINS))]
        return self.rng.choice(givens), self.rng.choice(surnames)

    def en_name10(self) -> str:
        given, sur = self.person10()
        return f"{given} {sur}"

    def en_init10(self) -> str:
        given, sur = self.person10()
        initials = [part[0].upper() for part in given.replace("-", " ").split()]
        if len(initials) == 1 and self.rng.random() < 0.5:
            initials.append(self.rng.choice("ABCDEJKMORT"))
        return " ".join(f"{i}." for i in initials) + f" {sur}"

    def zh_name10(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return r.choice(ZH10_COMPOUND) + r.choice(ZH10_GIVEN)
        return r.choice(ZH10_COMMON) + r.choice(ZH10_GIVEN)

    def zh_nick10(self) -> str:
        r = self.rng
        prefix = r.choice(ZH10_NICK)
        return prefix + (r.choice(ZH10_GIVEN)[-1] if prefix == "阿" else r.choice(ZH10_COMMON + ZH10_COMPOUND))

    # Addresses.

    def fill10(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(n=r.randint(2, 96), k=r.randint(1, 9), m=r.randint(1, 9), u=r.randint(10, 24))

    def en_addr10(self, kind: str | None = None) -> str:
        pool = EN10_ADDR[kind or self.rng.choice(list(EN10_ADDR))]
        return self.fill10(self.rng.choice(pool))

    def zh_addr10(self, kind: str | None = None) -> str:
        pool = ZH10_ADDR[kind or self.rng.choice(("xiaoqu", "jiedao"))]
        return self.fill10(self.rng.choice(pool))

    # Telephones.

    def en_phone10(self, country: str | None = None) -> str:
        r, d = self.rng, self.digits
        forms = {
            "us": (f"({r.randint(201, 989)}) {r.randint(200, 999)}-{d(4)}", f"{r.randint(201, 989)}.{d(3)}.{d(4)}"),
            "au": (f"04{d(2)} {d(3)} {d(3)}", f"+61 2 {d(4)} {d(4)}", f"(03) {d(4)} {d(4)}"),
            "ie": (f"08{r.choice('3579')} {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"(091) {d(6)}"),
            "sg": (f"+65 9{d(3)} {d(4)}", f"8{d(3)} {d(4)}", f"6{d(3)}-{d(4)}"),
        }
        return r.choice(forms[country or r.choice(list(forms))])

    def zh_phone10(self, place: str = "cn") -> str:
        r, d = self.rng, self.digits
        if place == "hk":
            return r.choice((f"+852 9{d(3)} {d(4)}", f"6{d(3)}-{d(4)}", f"(852) 2{d(3)} {d(4)}"))
        if place == "tw":
            return r.choice((f"09{d(2)}-{d(3)}-{d(3)}", f"(02)2{d(3)}-{d(4)}", f"+886 9{d(2)} {d(3)} {d(3)}"))
        n = f"1{r.choice('35789')}{d(9)}"
        return r.choice((f"{n[:3]} {n[3:7]} {n[7:]}", n, f"0{r.choice(('571', '27', '28', '22'))}-{d(8)}"))

    # Dates of birth.

    def dob10_en(self, born: datetime.date) -> str:
        day = born.day
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.rng.choice(
            (
                f"{born.month}/{day}/{born.year}",
                f"{born:%d %b %Y}",
                f"{born.year}-{born:%b}-{born:%d}",
                f"{day}{suffix} of {born:%B} {born.year}",
            )
        )

    def dob10_zh(self, born: datetime.date, place: str = "cn") -> str:
        if place == "tw":
            return f"民國{born.year - 1911}年{born.month}月{born.day}日"
        if place == "hk":
            return f"{born:%d/%m/%Y}"
        return self.rng.choice((f"{born.year}年{born.month}月{born.day}号", f"{born.year}-{born.month}-{born.day}"))

    # Identifiers.

    def pesel10(self, born: datetime.date) -> str:
        month = born.month + (20 if born.year >= 2000 else 0)
        body = f"{born:%y}{month:02d}{born:%d}{self.digits(4)}"
        return body + pesel.calc_check_digit(body)

    def dni10(self) -> str:
        body = self.digits(8)
        return self.rng.choice((f"{body}{dni.calc_check_digit(body)}", f"{body}-{dni.calc_check_digit(body)}"))

    def nric10(self) -> str:
        r = self.rng
        prefix = r.choice("ST")
        body = self.digits(7)
        total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix == "T" else 0)
        return f"{prefix}{body}{NRIC_LETTERS[total % 11]}"

    def medicare_au10(self) -> str:
        first = str(self.rng.randint(2, 6))
        body = first + self.digits(7)
        check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        n = f"{body}{check}{self.rng.randint(1, 9)}"
        return self.rng.choice((f"{n[:4]} {n[4:9]} {n[9]}", n))

    def mbi10(self) -> str:
        r = self.rng
        letters = "ACDEFGHJKMNPQRTUVWXY"

        def a() -> str:
            return r.choice(letters)

        def x() -> str:
            return r.choice(letters + "0123456789")

        mbi = f"{r.randint(1, 9)}{a()}{x()}{r.randint(0, 9)}{a()}{x()}{r.randint(0, 9)}{a()}{a()}{self.digits(2)}"
        return r.choice((mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"))

    def card10(self) -> str:
        body = self.rng.choice(("4", "51", "62")) + self.digits(14)
        body = body[:15]
        n = body + luhn.calc_check_digit(body)
        return self.rng.choice((n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"))

    def en_mrn10(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"UR{d(6)}", f"{d(2)}-{d(2)}-{d(2)}-{d(1)}", f"A-{d(6)}", f"MRN{d(8)}"))

    def zh_mrn10(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"{d(10)}", f"2026-{d(7)}", f"MZ{d(9)}", f"HN{d(8)}"))

    def rid10(self, born: datetime.date) -> str:
        place = self.rng.choice(("320500", "420100", "510100", "110105", "440600", "120103", "310104"))
        body = f"{place}{born:%Y%m%d}{self.digits(3)}"
        return body + ric.calc_check_digit(body + "0")

    def values(self) -> Values:
        """One person's values with the thirteenth split's forms, drawn after the twelfth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH10_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo10", "drug": "drug10", "number": "num10"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        values["zh_tcm10"] = (r.choice(ZH10_TCM), "KEEP:drug", "zh")
        for lang, lists in FRESH10_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}_{kind[:3]}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        visit = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(320))
        later = visit + datetime.timedelta(days=r.randint(7, 60))
        for slot, day in (("visit10", visit), ("later10", later)):
            values[f"en_{slot}"] = (
                r.choice((f"{day.month}/{day.day}/{day.year}", f"{day:%d %b %Y}", f"{day:%A %d %B}")),
                "KEEP:number",
                "en",
            )
            values[f"zh_{slot}"] = (
                r.choice((f"{day.year}年{day.month}月{day.day}日", f"{day:%Y-%m-%d}", f"{day.month}月{day.day}号")),
                "KEEP:number",
                "zh",
            )
        born = self.born5()
        child = self.dob_child()
        values["age10"] = (str(2026 - born.year), "KEEP:number", "any")
        given, sur = self.person10()
        given_b, sur_b = self.person10()
        zh_sur = r.choice(ZH10_COMPOUND + ZH10_COMMON)
        trad, trad_b = r.sample(ZH10_TRAD, 2)
        people = {
            "en_given10": (given, "en"),
            "en_full10": (f"{given} {sur}", "en"),
            "en_inv10": (f"{sur.upper()}, {given}", "en"),
            "en_chat10": (f"{given} {sur[0]}.", "en"),
            "en_given10b": (given_b, "en"),
            "en_full10b": (f"{given_b} {sur_b}", "en"),
            "en_chat10b": (f"{given_b} {sur_b[0]}.", "en"),
            "en_name10": (self.en_name10(), "en"),
            "en_name10b": (self.en_name10(), "en"),
            "en_name10c": (self.en_name10(), "en"),
            "en_init10": (self.en_init10(), "en"),
            "en_init10b": (self.en_init10(), "en"),
            "en_staff10": (self.en_name10(), "en"),
            "en_staff10b": (self.en_init10(), "en"),
            "en_staffsur10": (self.person10()[1], "en"),
            "zh_name10": (r.choice(ZH10_COMMON) + r.choice(ZH10_GIVEN), "zh"),
            "zh_name10b": (self.zh_name10(), "zh"),
            "zh_name10c": (self.zh_name10(), "zh"),
            "zh_cmp10": (r.choice(ZH10_COMPOUND) + r.choice(ZH10_GIVEN), "zh"),
            "zh_nick10": (self.zh_nick10(), "zh"),
            "zh_staff10": (self.zh_name10(), "zh"),
            "zh_staff10b": (self.zh_name10(), "zh"),
            "zh_sur10": (zh_sur, "zh"),
            "zh_trad10": (trad, "zh"),
            "zh_trad10b": (trad_b, "zh"),
        }
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "en_addr10": (self.en_addr10(), "en"),
            "en_rr10": (self.en_addr10("us_rr"), "en"),
            "en_apt10": (self.en_addr10("us_apt"), "en"),
            "en_au10": (self.en_addr10("au"), "en"),
            "en_ie10": (self.en_addr10("ie"), "en"),
            "en_sg10": (self.en_addr10("sg"), "en"),
            "en_addr10_2l": (self.fill10(r.choice(EN10_TWO_LINE)), "en"),
            "zh_addr10": (self.zh_addr10(), "zh"),
            "zh_addr10b": (self.zh_addr10(), "zh"),
            "zh_hkaddr10": (self.zh_addr10("hk"), "zh"),
            "zh_twaddr10": (self.zh_addr10("tw"), "zh"),
            "zh_addr10_2l": (self.fill10(r.choice(ZH10_TWO_LINE)), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        phones = {
            "en_phone10": (self.en_phone10(), "en"),
            "en_phone10b": (self.en_phone10(), "en"),
            "en_us_ph10": (self.en_phone10("us"), "en"),
            "en_au_ph10": (self.en_phone10("au"), "en"),
            "en_ie_ph10": (self.en_phone10("ie"), "en"),
            "en_sg_ph10": (self.en_phone10("sg"), "en"),
            "zh_phone10": (self.zh_phone10(), "zh"),
            "zh_phone10b": (self.zh_phone10(), "zh"),
            "zh_hkph10": (self.zh_phone10("hk"), "zh"),
            "zh_twph10": (self.zh_phone10("tw"), "zh"),
        }
        for slot, (text, lang) in phones.items():
            values[slot] = (text, "PHONE", lang)
        values["dob10_en"] = (self.dob10_en(born), "DATE_OF_BIRTH", "en")
        values["child_dob10_en"] = (self.dob10_en(child), "DATE_OF_BIRTH", "en")
        values["dob10_zh"] = (self.dob10_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob10_zh"] = (self.dob10_zh(child), "DATE_OF_BIRTH", "zh")
        values["dob10_tw"] = (self.dob10_zh(born, "tw"), "DATE_OF_BIRTH", "zh")
        values["dob10_hk"] = (self.dob10_zh(born, "hk"), "DATE_OF_BIRTH", "zh")
        values["ppsn10"] = (self.ppsn(), "NATIONAL_ID", "en")
        values["pesel10"] = (self.pesel10(born), "NATIONAL_ID", "en")
        values["dni10"] = (self.dni10(), "NATIONAL_ID", "en")
        values["nric10"] = (self.nric10(), "NATIONAL_ID", "en")
        values["rrn10"] = (self.kr_rrn(), "NATIONAL_ID", "any")
        values["hkid10"] = (self.hkid(), "NATIONAL_ID", "zh")
        values["twid10"] = (self.tw_id(), "NATIONAL_ID", "zh")
        values["ssn10"] = (self.ssn(), "SSN", "en")
        values["medicare10"] = (self.medicare_au10(), "INSURANCE_ID", "en")
        values["mbi10"] = (self.mbi10(), "INSURANCE_ID", "en")
        values["philhealth10"] = (f"{self.digits(2)}-{self.digits(9)}-{self.digits(1)}", "INSURANCE_ID", "en")
        values["sns10"] = (f"{r.randint(1, 3)}{self.digits(8)}", "INSURANCE_ID", "en")
        values["zh_yb10"] = (f"{r.choice(('32', '42', '51', '44'))}{self.digits(10)}", "INSURANCE_ID", "zh")
        values["rid10"] = (self.rid10(born), "CN_RESIDENT_ID", "zh")
        values["rid10b"] = (self.rid10(self.born5()), "CN_RESIDENT_ID", "zh")
        values["card10"] = (self.card10(), "BANK_CARD", "any")
        for slot in ("en_mrn10", "en_mrn10b"):
            values[slot] = (self.en_mrn10(), "MEDICAL_RECORD_NO", "en")
        for slot in ("zh_mrn10", "zh_mrn10b"):
            values[slot] = (self.zh_mrn10(), "MEDICAL_RECORD_NO", "zh")
        first = ascii_lower(ascii_fold(given.replace("ł", "l"))).replace(" ", "") or "user"
        last = ascii_lower(ascii_fold(sur.replace("ł", "l"))).replace(" ", "").replace("'", "") or "mail"
        values["email10"] = (
            r.choice(
                (
                    f"{first}.{last}@outlook.ie",
                    f"{first[0]}{last}@bigpond.com",
                    f"{last}{r.randint(1, 99)}@singnet.com.sg",
                    f"{first}{r.randint(70, 99)}@naver.com",
                    f"{first}_{last}@wp.pl",
                )
            ),
            "EMAIL",
            "en",
        )
        values["zh_email10"] = (
            r.choice(
                (
                    f"{r.choice(('ouyang', 'sima', 'zhuge', 'lin'))}{self.digits(4)}@163.com",
                    f"{r.choice(('chanchiming', 'wongml', 'lkh'))}@netvigator.com",
                )
            ),
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 12:27 UTC, seed 1796214461 from `date +%s` then), see the module docstring.
FRESH10: dict[str, dict[str, list[str]]] = {
    "driving_medical": {
        "en": [
            "MEDICAL EXAMINATION REPORT - FITNESS TO DRIVE (Group 2)\nApplicant: {en_inv10}   DOB: {dob10_en}\n"
            "Home address:\n{en_addr10_2l}\nPPSN: {ppsn10}   Tel: {en_ie_ph10}\nHistory: {en_epo10}; on {en_drug10}\n"
            "Examination: {en_drive10_num}; {en_num10}\nApplicant's GP: Dr {en_staff10}\nI certify that I examined "
            "{en_full10} on {en_visit10}.\nSigned ........ {en_staff10b}, MICGP",
        ],
        "zh": [
            "机动车驾驶人身体条件证明\n姓名：{zh_name10}　性别：男　出生日期：{dob10_zh}\n身份证明号码：{rid10}\n"
            "住址：{zh_addr10}\n联系电话：{zh_phone10}\n申请准驾车型：C1\n既往史：{zh_epo10}，服用{zh_drug10}\n"
            "体检：{zh_drive10_num}；{zh_num10}\n体检医生：{zh_staff10}　审核：{zh_sur10}医生\n体检日期：{zh_visit10}",
        ],
    },
    "hyperbaric_log": {
        "en": [
            "HYPERBARIC MEDICINE UNIT - SESSION LOG {en_visit10}\nChamber 2, dive 14:00\n"
            "Seat 1: {en_full10} ({en_mrn10}) - {en_hbo10_epo}; {en_hbo10_num}\nSeat 2: {en_init10} - "
            "{en_epo10}; ear check OK\nSeat 3: {en_name10b} - session 12 of 30\nAttendant inside: "
            "{en_staff10}\nSupervising physician: {en_staff10b}\nNote: {en_given10}'s daughter asks that we ring "
            "{en_phone10} when they surface.",
        ],
        "zh": [
            "高压氧治疗记录\n日期：{zh_visit10}　舱号：2号多人舱\n"
            "座位｜姓名｜病历号｜诊断｜治疗参数\n1｜{zh_name10}｜{zh_mrn10}｜{zh_hbo10_epo}｜{zh_hbo10_num}\n"
            "2｜{zh_cmp10}｜{zh_mrn10b}｜{zh_epo10}｜第5次\n3｜{zh_nick10}｜—｜陪舱家属｜—\n"
            "舱内陪护：{zh_staff10}　操舱员：{zh_staff10b}\n家属电话：{zh_phone10}",
        ],
    },
    "endoscopy_prep": {
        "en": [
            "From: {en_full10} <{email10}>\nTo: Endoscopy Bookings\nSubject: Re: Your colonoscopy on {en_visit10}\n\n"
            "Thanks - {en_name10b} will come with me.\n\n> Dear {en_given10},\n> Your bowel preparation is "
            "{en_endo10_dru}. Stop iron tablets 7 days before and hold {en_drug10} on the day.\n"
            "> Because of your {en_epo10} please bring "
            "a list of medicines.\n> Please bring a companion; we will ring {en_phone10} the day before.\n"
            "> Booking ref EN-44812, hospital no. {en_mrn10}\n"
            "> Kind regards,\n> pp {en_staff10}\n> {en_staff10b}, Endoscopy Nurse",
        ],
        "zh": [
            "肠镜检查预约单\n姓名：{zh_cmp10}　门诊ID：{zh_mrn10}　年龄：{age10}岁\n检查时间：{zh_visit10} 上午8:30\n"
            "肠道准备：{zh_endo10_dru}\n注意事项：{zh_drug10}检查当日暂停；既往{zh_epo10}\n"
            "陪同人：{zh_name10b}（配偶）　电话{zh_phone10}\n通知地址：{zh_addr10_2l}\n预约护士：{zh_staff10}",
        ],
    },
    "radiotherapy_sheet": {
        "en": [
            "RADIOTHERAPY TREATMENT RECORD\nPatient: {en_inv10}   UR {en_mrn10}   DOB {dob10_en}\nMedicare: "
            "{medicare10}\nAddress: {en_au10}\nPrescription: {en_rt10_num}, machine {en_rt10_epo}\nFraction 14 "
            "delivered {en_visit10}; {en_num10}\nCarer transport: {en_name10b} (carer), {en_au_ph10}\n"
            "RTs: {en_staff10} / {en_staff10b}   Radiation oncologist: Dr {en_staffsur10}",
        ],
        "zh": [
            "放疗记录单\n姓名：{zh_name10}　住院号：{zh_mrn10}　身份证号：{rid10}\n诊断：鼻咽癌，合并{zh_epo10}\n"
            "处方剂量：{zh_rt10_num}\n设备：{zh_rt10_epo}\n执行日期：{zh_visit10}\n"
            "主管医生：{zh_sur10}医生　技师：{zh_staff10}、{zh_staff10b}\n家属：{zh_cmp10}　电话{zh_phone10}",
        ],
    },
    "chemo_diary": {
        "en": [
            "MY ORAL CHEMOTHERAPY DIARY\nName: {en_full10}   Chart # {en_mrn10}\nDrug: {en_chemo10_dru}\n"
            "{en_visit10}: took both doses, some nausea. {en_given10b} (my partner) checked temp 37.4\n"
            "Day 9: sore hands - rang the 24h line {en_us_ph10}, spoke to {en_staff10}\nBloods: "
            "{en_chemo10_num}; {en_num10}\nOther meds: {en_drug10}\nNext clinic with {en_staff10b} {en_later10}\n"
            "Home: {en_apt10}",
        ],
        "zh": [
            "口服化疗日记\n患者：{zh_name10}　病案号：{zh_mrn10}　电话：{zh_phone10}\n方案：{zh_chemo10_dru}\n"
            "{zh_visit10}：按时服药，轻度恶心，女儿{zh_nick10}陪同\n第9天：手掌发红，电话咨询{zh_staff10}护士\n"
            "复查：{zh_chemo10_num}；{zh_num10}\n合并用药：{zh_drug10}、{zh_tcm10}\n下次门诊：{zh_later10}",
        ],
    },
    "wig_voucher": {
        "en": [
            "WIG AND HEADWEAR VOUCHER REQUEST\nAttn: {en_staff10}, Hair Loss Support Service\nPatient: "
            '{en_full10} (prefers "{en_given10}")\nDOB {dob10_en}   Hospital no. {en_mrn10}\nTreatment causing '
            "alopecia: {en_wig10_dru}\nDeliver voucher c/o {en_name10b}, {en_addr10}\nRefund for private purchase "
            "to card {card10}\nRequested by {en_staff10b}, Chemotherapy Day Unit, {en_phone10}",
        ],
        "zh": [
            "化疗患者假发补贴申请\n申请人：{zh_cmp10}女士　身份证号：{rid10}\n化疗方案：{zh_wig10_dru}\n"
            "医保卡号：{zh_yb10}\n补贴发放银行卡号：{card10}\n联系地址：{zh_addr10}\n联系电话：{zh_phone10}\n"
            "经治医生：{zh_staff10}　社工：{zh_name10c}\n申请日期：{zh_visit10}",
        ],
    },
    "eeg_report": {
        "en": [
            "ELECTROENCEPHALOGRAM REPORT\nName: {en_full10}   DOB: {child_dob10_en}   Hosp no: {en_mrn10}\n"
            "Referred by Dr {en_staff10} for ?{en_eeg10_epo}\nRecording {en_visit10}, awake and drowsy, with "
            "parent ({en_name10b}) present\nFindings: {en_eeg10_num}; {en_num10}\nOn {en_drug10}\n"
            "Conclusion: abnormal. Results to parents at {en_addr10}.\nClinical physiologist {en_init10b}; "
            "reported by {en_staff10b}",
        ],
        "zh": [
            "脑电图报告\n姓名：{zh_name10}　性别：女　出生日期：{child_dob10_zh}　门诊号：{zh_mrn10}\n"
            "临床诊断：{zh_eeg10_epo}？\n描记所见：{zh_eeg10_num}\n"
            "结论：异常脑电图。\n申请医生：{zh_staff10}　报告医生：{zh_sur10}医生\n家长{zh_name10b}，电话{zh_phone10}",
        ],
    },
    "allergy_test": {
        "en": [
            "ALLERGY CLINIC - SKIN PRICK TEST REPORT\nPatient: {en_init10}   NRIC {nric10}   DOB {child_dob10_en}\n"
            "Address: {en_sg10}\nResults: {en_allergy10_num}; {en_num10}\nHistory: {en_epo10}; urticaria after "
            "amoxicillin in 2024\nPlan: {en_allergy10_dru}; training given to {en_name10b} (parent)\n"
            "Contact {en_sg_ph10}\n"
            "Allergist: {en_staff10}",
        ],
        "zh": [
            "過敏原檢測報告\n姓名：{zh_trad10}　出生日期：{dob10_hk}　身份證號碼：{hkid10}\n"
            "地址：{zh_hkaddr10}\n電話：{zh_hkph10}\n結果：{zh_allergy10_num}\n處理：{zh_allergy10_dru}\n"
            "既往：{zh_epo10}\n檢測護士：{zh_trad10b}　醫生：{zh_staff10}",
        ],
    },
    "milk_bank": {
        "en": [
            "DONOR MILK BANK - DONOR SCREENING\nDonor: {en_full10}   DOB {dob10_en}\nBaby: {en_given10b}, 6 weeks, "
            "term; screened {en_visit10}\nAddress for collection: {en_rr10}\nScreening: {en_milk10_num}; {en_num10}\n"
            "Medicines: {en_drug10}\nCourier contact {en_us_ph10}; email {email10}\nSSN (for the lab): {ssn10}\n"
            "Milk bank coordinator: {en_staff10}",
        ],
        "zh": [
            "母乳库捐赠登记\n捐赠者：{zh_name10}　身份证号：{rid10}\n宝宝月龄：6周（足月）　筛查日期：{zh_visit10}\n"
            "住址：{zh_addr10}\n筛查：{zh_milk10_num}；{zh_num10}\n用药：{zh_drug10}\n"
            "联系人：丈夫{zh_name10b}　电话：{zh_phone10}\n登记人：{zh_staff10}",
        ],
    },
    "exercise_referral": {
        "en": [
            "EXERCISE ON REFERRAL\nReferrer: Dr {en_staff10}\nClient: {en_full10}   DOB {dob10_en}\nPESEL "
            "(on Polish ID, for the gym's records): {pesel10}\nAddress: {en_addr10}\nPhone: {en_phone10}\n"
            "Reason: {en_epo10}; {en_exercise10_num}; {en_num10}\nMeds: {en_drug10}\nPlease copy "
            "{en_full10b}'s key worker.\nInstructor: {en_staff10b}",
        ],
        "zh": [
            "运动处方\n姓名：{zh_cmp10}　性别：男　年龄：{age10}岁　门诊号：{zh_mrn10}\n诊断：{zh_epo10}\n"
            "评估：{zh_exercise10_num}；{zh_num10}\n处方：快走每次30分钟，每周5次\n"
            "社区健身指导员：{zh_name10b}同志　电话{zh_phone10}\n居住社区：{zh_addr10b}\n开具医生：{zh_staff10}",
        ],
    },
    "falls_clinic": {
        "en": [
            "FALLS CLINIC ASSESSMENT\nPatient: {en_full10} ({en_given10} to family)   DOB {dob10_en}\n"
            "Medicare MBI: {mbi10}\nLives alone at {en_rr10}; {en_name10b} (neighbour) visits daily ({en_us_ph10})\n"
            "Tests: {en_falls10_num}; {en_num10}\nContributing: {en_epo10}; {en_drug10}\nPlan: OT home visit.\n"
            "Seen by {en_staff10} with {en_staff10b}",
        ],
        "zh": [
            "跌倒风险门诊评估\n姓名：{zh_name10}　出生日期：{dob10_zh}　医保卡号：{zh_yb10}\n"
            "居住：{zh_addr10}，独居\n评估：{zh_falls10_num}；{zh_num10}\n相关因素：{zh_epo10}，服用{zh_drug10}\n"
            "照护者：{zh_nick10}（保姆），电话{zh_phone10}\n评估人：{zh_staff10}　复核：{zh_cmp10}医生",
        ],
    },
    "diabetic_foot": {
        "en": [
            "DIABETIC FOOT SCREENING\nName: {en_full10}   UR: {en_mrn10}   PhilHealth no. {philhealth10}\n"
            "Address: {en_au10}\nFindings: {en_foot10_num}; {en_foot10_epo} left foot\nHbA1c and meds: {en_num10}; "
            "{en_drug10}\nRisk: HIGH. Podiatrist {en_init10b} will see {en_given10} in 4 weeks.\n"
            "Interpreter (Tagalog): {en_name10b}\nContact: {en_au_ph10}",
        ],
        "zh": [
            "糖尿病足筛查记录\n姓名：{zh_name10}　住院号：{zh_mrn10}\n住址：{zh_addr10_2l}\n"
            "检查：{zh_foot10_num}；左足{zh_foot10_epo}\n血糖情况：{zh_num10}；用药{zh_drug10}\n"
            "风险分级：高危\n家属：{zh_name10b}（儿子）{zh_phone10}\n筛查护士：{zh_staff10}",
        ],
    },
    "smoking_cessation": {
        "en": [
            "QUIT SUPPORT - chat transcript {en_visit10}\n[09:02] {en_chat10}: hi its day 10, still off them\n"
            "[09:03] Advisor {en_staff10}: Brilliant! Your last reading was {en_smoke10_num}. Still on "
            "{en_smoke10_dru}?\n[09:05] {en_chat10}: yes. {en_chat10b} says i'm grumpy lol\n[09:06] Advisor "
            "{en_staff10}: Normal. Call me on {en_phone10} if cravings are bad.\nClient record {en_mrn10}; DOB "
            "{dob10_en}; {en_epo10}",
        ],
        "zh": [
            "戒烟门诊记录\n姓名：{zh_name10}　年龄：{age10}岁　联系电话：{zh_phone10}\n住址：{zh_addr10}\n"
            "吸烟情况：{zh_smoke10_num}\n合并疾病：{zh_epo10}\n处方：{zh_smoke10_dru}\n"
            "家属{zh_cmp10}（妻子）表示支持，家中已无人吸烟。\n随访：{zh_later10}\n戒烟门诊医生：{zh_staff10}",
        ],
    },
    "cardiac_rehab": {
        "en": [
            "CARDIAC REHABILITATION - PROGRAMME RECORD\nParticipant: {en_full10}   Hospital no. {en_mrn10}\n"
            "Korean RRN (insurance): {rrn10}   Email: {email10}\nEvent: NSTEMI, PCI; background {en_epo10}\n"
            "Baseline: {en_rehab10_num}; {en_num10}\nMeds: {en_drug10}, {en_drug10b}\nPartner {en_given10b} "
            "attends education sessions.\nPhysio {en_staff10}; nurse {en_staff10b}",
        ],
        "zh": [
            "心脏康复记录\n姓名：{zh_cmp10}　病历号：{zh_mrn10}　出生日期：{dob10_zh}\n"
            "诊断：冠心病PCI术后，{zh_epo10}\n评估：{zh_rehab10_num}；{zh_num10}\n用药：{zh_drug10}、{zh_tcm10}\n"
            "康复治疗师：{zh_staff10}　护士：{zh_staff10b}\n家属：{zh_name10b}先生　{zh_phone10}",
        ],
    },
    "memory_clinic": {
        "en": [
            "MEMORY CLINIC\n\nRe: {en_full10}, DOB {dob10_en}, DNI {dni10}\n{en_addr10}\n\n"
            "Dear Dr {en_staffsur10},\nI saw {en_given10} with a relative, {en_name10b}, on {en_visit10}. "
            "Scores: {en_memory10_num}. The picture fits {en_memory10_epo}. {en_num10}. I have started donepezil "
            "5 mg ON.\n\nYours sincerely,\n{en_staff10b}\nConsultant in Old Age Psychiatry\ncc: {en_name10b}, "
            "{en_phone10}",
        ],
        "zh": [
            "记忆门诊评估\n患者：{zh_name10}　年龄：{age10}岁　门诊号：{zh_mrn10}\n陪诊：女儿{zh_name10b}、"
            "保姆{zh_nick10}\n主诉：近事遗忘2年\n量表：{zh_memory10_num}\n印象：{zh_memory10_epo}\n"
            "用药：盐酸多奈哌齐片5mg qn\n家庭住址：{zh_addr10}\n联系电话：{zh_phone10}\n医生：{zh_staff10}",
        ],
    },
    "pacemaker_check": {
        "en": [
            "PACEMAKER INTERROGATION\nPatient: {en_init10}   Hosp No {en_mrn10}   DOB {dob10_en}\nDevice: "
            "{en_pace10_epo}, implanted for {en_epo10}\nMeasurements: {en_pace10_num}; {en_num10}\nRemote "
            "monitor registered to {en_ie10}\nNOK: {en_name10b}, {en_ie_ph10}\nPhysiologist: {en_staff10}",
        ],
        "zh": [
            "起搏器程控记录\n姓名：{zh_trad10}　出生日期：{dob10_tw}　身分證字號：{twid10}\n"
            "植入装置：{zh_pace10_epo}\n适应证：{zh_epo10}\n程控结果：{zh_pace10_num}；{zh_num10}\n"
            "通讯地址：{zh_twaddr10}\n联系电话：{zh_twph10}\n程控医师：{zh_staff10}",
        ],
    },
    "limb_fitting": {
        "en": [
            "PROSTHETIC LIMB FITTING RECORD\nUser: {en_full10}   SNS no. {sns10}   Hosp no {en_mrn10}\n"
            "Level: transfemoral, right\nComponents: {en_limb10_epo}\nAssessment: {en_limb10_num}; {en_num10}\n"
            "Cause: {en_epo10}\nPartner {en_given10b} to attend next fitting {en_later10}\nProsthetist: "
            "{en_staff10}   Contact: {en_phone10}, {email10}",
        ],
        "zh": [
            "假肢适配记录\n姓名：{zh_cmp10}　身份证号：{rid10}\n截肢平面：右小腿\n组件：{zh_limb10_epo}\n"
            "评估：{zh_limb10_num}；{zh_num10}\n病因：{zh_epo10}\n"
            "联系人：{zh_name10b}（弟弟）　{zh_phone10}\n通讯地址：{zh_addr10}\n假肢技师：{zh_staff10}",
        ],
    },
    "tb_dot": {
        "en": [
            "TB DIRECTLY OBSERVED THERAPY CARD\nName: {en_full10}   DOB {dob10_en}   Clinic no. {en_mrn10}\n"
            "Address: {en_addr10}\nRegimen: {en_tb10_dru}, {en_drug10}\nBaseline: {en_tb10_num}; {en_num10}\n"
            "Observer: {en_name10b} (community DOT worker), {en_phone10}\nHousehold contacts screened: "
            "{en_full10b}, {en_given10b}'s children\nTB nurse: {en_staff10}",
        ],
        "zh": [
            "结核病患者服药管理卡\n姓名：{zh_name10}　身份证号：{rid10}\n现住址：{zh_addr10}\n联系电话：{zh_phone10}\n"
            "治疗方案：{zh_tb10_dru}\n基线：{zh_tb10_num}\n督导员：{zh_name10b}（村医）　电话{zh_phone10b}\n"
            "密切接触者：{zh_cmp10}、{zh_nick10}\n开始治疗日期：{zh_visit10}　责任医生：{zh_staff10}",
        ],
    },
}


def fresh10_notes(per_template: int = 15, seed: int = FRESH10_SEED) -> list[dict]:
    """The fresh10 rows: every template rendered ``per_template`` times with values from ``Fresh10Source``."""
    return notes("fresh10", FRESH10, per_template, seed, source_factory=Fresh10Source)
