"""The fourteenth split of synthetic clinical notes, ``fresh11``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 13:17 UTC, seed 1796217422 from `date +%s` then) by a helper engineer who read
none of the detector's code, notes, lists or tests, nor ``phi_evaluate``, the tagger, word-list or hanzi tools, nor any
commit message, and who never ran the detector or ``phi_evaluate`` on these notes (only this generator, to write the
JSONL and check its spans, the spans on another seed): another engineer runs it once, and that first run is the
split's figure. Eighteen document styles that no earlier split uses, one template per style and language, 18
templates per language:

* ``pathology_request``: a histopathology request and a 病理检查申请单;
* ``restraint_record``: a seclusion-and-restraint observation record and a 精神科保护性约束记录;
* ``newborn_screening``: a newborn blood-spot card and a 新生儿疾病筛查采血卡;
* ``mri_safety``: an MRI safety questionnaire and a 磁共振检查安全筛查表;
* ``anticoagulation``: an INR-clinic record and a 华法林抗凝门诊记录 (a ``｜`` table);
* ``syringe_driver``: a community syringe-driver chart and a 镇痛泵（PCA）记录单;
* ``contraception``: a LARC fitting record and a 宫内节育器放置记录;
* ``against_advice``: a discharge-against-medical-advice form (first person) and a 自动出院告知书;
* ``animal_bite``: a rabies post-exposure record and a 狂犬病暴露预防处置门诊登记;
* ``poison_call``: a poisons-information call record and a 中毒咨询电话记录;
* ``dexa_report``: a DXA bone-densitometry report and a 骨密度检测报告;
* ``spirometry``: a lung-function report and a 肺功能检查报告;
* ``echo_report``: an echocardiogram report and a 超聲心動圖報告 in traditional characters;
* ``cataract_listing``: a cataract-surgery listing and a 白内障手术登记;
* ``home_oxygen``: a home-oxygen order form and a 家庭氧疗登记;
* ``stroke_thrombolysis``: a thrombolysis pathway record and a 卒中溶栓时间节点记录;
* ``dermoscopy``: a teledermatology dermoscopy report and a 皮肤镜检查报告;
* ``cervical_screening``: a colposcopy-clinic letter and a 宫颈癌筛查报告.

Where the values sit: names in signature blocks, after ``For and on behalf of``, ``per`` and ``I,``, as a patient's
signature, in ALL CAPS (``SCHÄFER, Friederike``, ``BJØRN HAUGEN``), as given name and surname in separate fields, a
surname alone after ``Mr`` or as ``Baby's surname``, before a possessive ``'s`` (outside the span), in an e-mail address
(a span of its own) and separately; Norwegian, Swedish, Danish, Finnish, Dutch, German, Turkish, Greek, Russian,
Vietnamese, Thai and Indonesian names with hyphenated and double surnames (``van Dijk-Smit``, ``Møller Nielsen``).
Chinese names in prose, in ``｜`` tables and as signatures, with 医生/护士/家属 words outside the span;
compound surnames (端木, 公孙, 宇文, 长孙, 独孤, 呼延, 南宫, 澹台, 申屠, 闻人); 氏 names (``张王氏``);
Uyghur and Kazakh names with the separating dot and Tibetan, Mongolian and Yi names without; 阿/老/小
nicknames (the prefix inside the span); a mother's name before 之子 (outside the span); Hong Kong and Macau
names in traditional characters. Addresses: German, Dutch, Norwegian, Swedish, Danish and Finnish ``Street Number,
Postcode City``; Japanese and Korean addresses in English; US ``Suite``/``Ste`` forms; UK ``Flat 2, 14 ...`` with a
postcode; addresses over two lines; Chinese 街道/社区/号楼 forms, rural 组, 屯 and 生产队 addresses, Hong Kong
and Macau addresses in traditional characters. Telephones of Germany, the Netherlands, Norway, Sweden, Denmark,
Turkey, Greece, Russia, Thailand, Indonesia, Vietnam, Japan, Korea, the US (with ``ext.``), the UK, Macau, Hong Kong
and mainland China (with ``+86``). Dates of birth as ``14.03.1961``, ``14-03-1961``, ``March 14, 1961``,
``14.3.1961``, ``1961.3.14``, ``1961/03/14``, ``1961年03月14日`` and, for newborns, ``09/05/2026`` and
``2026年5月9日``. Norwegian fødselsnummer, Swedish personnummer, Danish CPR, Finnish HETU, Greek AMKA, Belgian
national numbers and HKIDs (``NATIONAL_ID``, check digits valid where they exist), US SSNs (``SSN``); Austrian SVNRs
(valid check digit), Dutch insurance numbers and Chinese 医保卡号 (``INSURANCE_ID``); hospital, patient and
住院号/门诊号 numbers (``MEDICAL_RECORD_NO``); Chinese resident IDs; Luhn-valid bank cards; e-mail addresses at
gmx.de, ziggo.nl, telia.com, yandex.ru, otenet.gr, yahoo.co.jp, qq.com, 126.com and macau.ctm.net.

Span types are the earlier splits' types only and fresh5's to fresh10's conventions hold: titles, honorifics and
kinship words (Mr, Dr, 医生, 护士, 母亲, 之子) stay outside a name's span. Eponymous diseases and signs (Addison's
disease, Cushing syndrome, Wilson's disease, Raynaud's phenomenon, Barrett's oesophagus, Takotsubo cardiomyopathy,
Bowen's disease, 桥本甲状腺炎, 川崎病, 雷诺综合征, 白塞病), screened conditions, Chinese patent medicines, drugs and
doses, device models (McKinley T34, Nexplanon, Mirena, Medtronic SureScan, Alcon AcrySof IQ SN60WF, 鱼跃7F-5), scores
(NIHSS, BPRS, FRAX, Swede), laboratory values and dates that are not birth dates (visits, next appointments) are keep
terms. Specimen, examination (MR26-1182, BMD-26-3391), bed and 病理号 numbers are plain text.
"""

import datetime

from stdnum import luhn
from stdnum.at import vnr
from stdnum.cn import ric
from stdnum.no import fodselsnummer

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh10 import Fresh10Source

# `date +%s` when this split was started (2026-12-02 13:17:02 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH11_SEED = 1796217422

FRESH11_KEEP = {
    "en": {
        "eponym": (
            "Addison's disease",
            "Cushing syndrome",
            "Wilson's disease",
            "Raynaud's phenomenon",
            "Barrett's oesophagus",
            "Graves' disease",
            "Crohn's disease",
            "Huntington's disease",
            "Marfan syndrome",
            "Osgood-Schlatter disease",
            "von Willebrand disease",
            "Paget's disease of bone",
            "Hirschsprung's disease",
            "Peyronie's disease",
        ),
        "drug": (
            "metformin 1 g BD",
            "amlodipine 10 mg OD",
            "lansoprazole 30 mg OD",
            "furosemide 40 mg mane",
            "apixaban 5 mg BD",
            "mirtazapine 15 mg ON",
            "simvastatin 40 mg ON",
            "tamsulosin 400 mcg OD",
            "co-codamol 30/500 two QDS PRN",
            "Fostair 100/6 two puffs BD",
            "ferrous fumarate 210 mg BD",
        ),
        "number": (
            "HbA1c 54 mmol/mol",
            "eGFR 38 mL/min/1.73m2",
            "CRP 47 mg/L",
            "BP 142/88 mmHg",
            "SpO2 93% on air",
            "BMI 28.9",
            "potassium 5.6 mmol/L",
            "ferritin 9 ug/L",
            "platelets 96 x10^9/L",
            "temperature 38.2 C",
        ),
    },
    "zh": {
        "eponym": (
            "桥本甲状腺炎",
            "川崎病",
            "雷诺综合征",
            "艾迪生病",
            "库欣综合征",
            "肝豆状核变性（Wilson病）",
            "格雷夫斯病",
            "克罗恩病",
            "亨廷顿病",
            "马凡综合征",
            "白塞病",
            "巴雷特食管",
            "梅尼埃病",
        ),
        "drug": (
            "二甲双胍缓释片0.5g bid",
            "苯磺酸氨氯地平片5mg qd",
            "阿托伐他汀钙片20mg qn",
            "硫酸氢氯吡格雷片75mg qd",
            "呋塞米片20mg qd",
            "螺内酯片20mg qd",
            "甲钴胺片0.5mg tid",
            "雷贝拉唑钠肠溶片10mg qd",
            "硝苯地平控释片30mg qd",
            "门冬胰岛素30注射液 早14U晚10U",
        ),
        "number": (
            "糖化血红蛋白7.6%",
            "血压148/90mmHg",
            "血肌酐132μmol/L",
            "C反应蛋白47mg/L",
            "血氧饱和度93%",
            "血钾5.6mmol/L",
            "血小板96×10⁹/L",
            "体温38.2℃",
            "低密度脂蛋白3.9mmol/L",
            "血红蛋白96g/L",
        ),
    },
}
ZH11_TCM = (
    "复方丹参滴丸",
    "连花清瘟胶囊",
    "六味地黄丸",
    "安宫牛黄丸",
    "速效救心丸",
    "血府逐瘀胶囊",
    "片仔癀",
    "板蓝根颗粒",
    "逍遥丸",
    "麝香保心丸",
    "通心络胶囊",
    "金匮肾气丸",
)

# Style-specific keep terms (kind after the colon); every key has an English and a Chinese list.
FRESH11_SPECIAL = {
    "en": {
        "path11:eponym": (
            "Barrett's oesophagus",
            "Crohn's disease",
            "Hodgkin lymphoma",
            "Paget's disease of the nipple",
        ),
        "path11:number": ("Breslow 1.2 mm", "PSA 8.4 ng/mL", "CA-125 310 U/mL", "CEA 12.6 ug/L"),
        "restr11:number": ("BPRS 58", "RASS +3", "agitation score 3", "DASA 5"),
        "restr11:drug": ("lorazepam 2 mg IM", "haloperidol 5 mg IM", "olanzapine 10 mg IM", "promethazine 50 mg IM"),
        "nbs11:number": ("TSH 32 mIU/L", "phenylalanine 480 umol/L", "IRT 96 ng/mL", "birth weight 3.21 kg"),
        "nbs11:eponym": ("congenital hypothyroidism", "phenylketonuria", "cystic fibrosis", "MCADD"),
        "mri11:eponym": (
            "Medtronic Advisa MRI SureScan",
            "Cochlear Nucleus CI632",
            "Codman Hakim programmable valve",
            "Abbott Infinity DBS",
        ),
        "mri11:number": ("weight 78 kg", "eGFR 48", "1.5 T only", "SAR limit 2 W/kg"),
        "inr11:number": ("INR 2.6", "INR 4.1", "target INR 2.0-3.0", "TTR 68%"),
        "inr11:drug": ("warfarin 5 mg", "warfarin 3 mg alternating with 4 mg", "vitamin K 1 mg oral", "warfarin 6 mg"),
        "pca11:drug": (
            "morphine 20 mg + midazolam 10 mg over 24 h",
            "oxycodone 10 mg/24 h",
            "levomepromazine 6.25 mg/24 h",
            "glycopyrronium 1.2 mg/24 h",
        ),
        "pca11:eponym": ("McKinley T34", "BD BodyGuard T", "CME T34 syringe pump", "Niki T34"),
        "contra11:eponym": ("Nexplanon 68 mg implant", "Mirena 52 mg LNG-IUS", "Copper T380A", "Kyleena 19.5 mg"),
        "contra11:number": ("BMI 24.1", "BP 118/74", "pregnancy test negative", "uterine sound 7.5 cm"),
        "ama11:number": ("GCS 15", "lactate 3.1 mmol/L", "troponin 64 ng/L", "NEWS2 5"),
        "bite11:drug": (
            "Verorab rabies vaccine days 0, 3, 7 and 14",
            "HRIG 20 IU/kg",
            "Rabipur 1 mL IM",
            "tetanus toxoid 0.5 mL",
        ),
        "bite11:number": ("category III exposure", "wound 2 cm", "category II exposure"),
        "poison11:drug": ("paracetamol 24 g", "amitriptyline 1.5 g", "acetylcysteine 21-hour regimen", "charcoal 50 g"),
        "poison11:number": ("paracetamol level 182 mg/L at 4 h", "QRS 128 ms", "GCS 13", "salicylate 520 mg/L"),
        "dexa11:number": ("L1-L4 T-score -2.8", "femoral neck T-score -2.1", "FRAX major 18%", "Z-score -1.2"),
        "dexa11:drug": ("alendronic acid 70 mg weekly", "denosumab 60 mg 6-monthly", "zoledronic acid 5 mg yearly"),
        "spiro11:number": ("FEV1 1.42 L (52% predicted)", "FEV1/FVC 0.58", "reversibility 6%", "FeNO 48 ppb"),
        "spiro11:drug": (
            "Trelegy Ellipta 92/55/22 one puff OD",
            "salbutamol 100 mcg two puffs PRN",
            "Spiriva Respimat 2.5 mcg two puffs OD",
        ),
        "echo11:number": ("LVEF 38% (Simpson's biplane)", "TAPSE 14 mm", "E/e' 16", "AVA 0.8 cm2"),
        "echo11:eponym": (
            "Takotsubo cardiomyopathy",
            "Ebstein anomaly",
            "Libman-Sacks endocarditis",
            "Marfan syndrome",
        ),
        "cat11:number": ("VA 6/36 right", "axial length 23.4 mm", "IOL +21.5 D", "IOP 18 mmHg"),
        "cat11:eponym": ("Alcon AcrySof IQ SN60WF", "Fuchs endothelial dystrophy", "pseudoexfoliation"),
        "oxy11:number": ("PaO2 7.1 kPa", "SpO2 86% on air", "2 L/min for 16 h/day", "PaCO2 6.8 kPa"),
        "oxy11:eponym": ("Philips EverFlo concentrator", "Inogen One G5", "Invacare Platinum 5"),
        "stroke11:number": ("NIHSS 14", "door-to-needle 38 min", "ASPECTS 9", "last known well 08:40"),
        "stroke11:drug": ("alteplase 0.9 mg/kg", "tenecteplase 0.25 mg/kg", "labetalol 10 mg IV"),
        "derm11:eponym": ("Spitz naevus", "Bowen's disease", "Kaposi sarcoma", "Hutchinson's sign"),
        "derm11:number": ("7-point checklist 4", "TDS 5.2", "lesion 7 x 5 mm", "Breslow 0.6 mm"),
        "cerv11:number": ("HPV 16 positive", "cytology LSIL", "transformation zone type 2", "Swede score 6"),
        "cerv11:eponym": (
            "Nabothian cysts",
            "acetowhite epithelium, Lugol's iodine negative",
            "Schiller test positive",
            "ectropion",
        ),
    },
    "zh": {
        "path11:eponym": ("桥本甲状腺炎", "克罗恩病", "霍奇金淋巴瘤", "乳腺佩吉特病"),
        "path11:number": ("CA125 310U/ml", "PSA 8.4ng/ml", "CEA 12.6ng/ml", "AFP 420ng/ml"),
        "restr11:number": ("BPRS 58分", "激越程度3级", "MOAS 12分", "PANSS-EC 24分"),
        "restr11:drug": ("氟哌啶醇注射液5mg im", "劳拉西泮片2mg", "奥氮平片10mg", "地西泮注射液10mg"),
        "nbs11:number": ("TSH 32mIU/L", "苯丙氨酸480μmol/L", "G6PD活性偏低", "出生体重3210g"),
        "nbs11:eponym": ("先天性甲状腺功能减低症", "苯丙酮尿症", "蚕豆病（G6PD缺乏症）", "先天性肾上腺皮质增生症"),
        "mri11:eponym": ("美敦力SureScan起搏器", "人工耳蜗（Nucleus CI632）", "可调压分流阀", "冠脉支架（2019年植入）"),
        "mri11:number": ("体重78kg", "肌酐清除率48ml/min", "仅限1.5T", "眼眶X线未见金属异物"),
        "inr11:number": ("INR 2.6", "INR 4.1", "目标INR 2.0-3.0", "TTR 68%"),
        "inr11:drug": ("华法林钠片3mg qd", "华法林钠片2.5mg qd", "维生素K1片10mg", "华法林钠片3.75mg qd"),
        "pca11:drug": ("舒芬太尼100μg+生理盐水至100ml", "吗啡注射液50mg", "地佐辛注射液10mg", "盐酸氢吗啡酮注射液10mg"),
        "pca11:number": ("背景剂量2ml/h", "PCA 0.5ml 锁定15min", "VAS 3分", "Ramsay评分2分"),
        "contra11:eponym": (
            "TCu380A宫内节育器",
            "曼月乐（左炔诺孕酮宫内缓释系统）",
            "吉妮致美环",
            "依托孕烯皮下埋植剂",
        ),
        "contra11:number": ("宫腔深度7.5cm", "尿hCG阴性", "血压118/74mmHg", "BMI 24.1"),
        "ama11:number": ("GCS 15分", "肌钙蛋白I 0.64ng/ml", "血乳酸3.1mmol/L", "NEWS 5分"),
        "bite11:drug": (
            "人用狂犬病疫苗（Vero细胞）0、3、7、14、28天",
            "狂犬病人免疫球蛋白20IU/kg",
            "破伤风抗毒素1500IU",
            "吸附破伤风疫苗0.5ml",
        ),
        "bite11:number": ("Ⅲ级暴露", "Ⅱ级暴露", "伤口长约2cm"),
        "poison11:drug": ("百草枯20ml", "对乙酰氨基酚片24g", "乙酰半胱氨酸注射液", "活性炭50g"),
        "poison11:number": ("胆碱酯酶活性35%", "QRS 128ms", "GCS 13分", "血药浓度182mg/L"),
        "dexa11:number": ("腰椎L1-L4 T值-2.8", "股骨颈T值-2.1", "FRAX主要骨折风险18%", "Z值-1.2"),
        "dexa11:drug": ("阿仑膦酸钠片70mg 每周一次", "唑来膦酸注射液5mg 每年一次", "骨化三醇软胶囊0.25μg qd"),
        "spiro11:number": ("FEV1 1.42L（占预计值52%）", "FEV1/FVC 58%", "支气管舒张试验阴性", "FeNO 48ppb"),
        "spiro11:drug": ("噻托溴铵粉吸入剂18μg qd", "布地奈德福莫特罗粉吸入剂160/4.5μg bid", "沙丁胺醇气雾剂100μg prn"),
        "echo11:number": ("LVEF 38%（双平面Simpson法）", "TAPSE 14mm", "E/e' 16", "主动脉瓣口面积0.8cm²"),
        "echo11:eponym": ("应激性心肌病（Takotsubo）", "埃布斯坦畸形", "马方综合征", "法洛四联症"),
        "cat11:number": ("右眼视力0.1", "眼轴23.4mm", "人工晶体+21.5D", "眼压18mmHg"),
        "cat11:eponym": ("爱尔康AcrySof IQ SN60WF", "Fuchs角膜内皮营养不良", "假性剥脱综合征"),
        "oxy11:number": ("PaO2 52mmHg", "静息SpO2 86%", "氧流量2L/min 每日≥15小时", "PaCO2 51mmHg"),
        "oxy11:eponym": ("鱼跃7F-5制氧机", "飞利浦EverFlo制氧机", "欧姆龙KJR-Y53W制氧机"),
        "stroke11:number": ("NIHSS 14分", "DNT 38分钟", "ASPECTS 9分", "最后正常时间08:40"),
        "stroke11:drug": ("阿替普酶0.9mg/kg", "替奈普酶0.25mg/kg", "乌拉地尔注射液12.5mg"),
        "derm11:eponym": ("Spitz痣", "鲍温病", "卡波西肉瘤", "Hutchinson征"),
        "derm11:number": ("七点清单4分", "TDS 5.2", "皮损7×5mm", "Breslow厚度0.6mm"),
        "cerv11:number": ("HPV16型阳性", "TCT：LSIL", "转化区2型", "Swede评分6分"),
        "cerv11:eponym": ("纳氏囊肿", "醋白上皮，卢戈碘试验阴性", "席勒试验阳性", "宫颈柱状上皮异位"),
    },
}

# Names: (given names, surnames) by origin; a name keeps to one origin.
EN11_ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "norwegian": (("Sigrid", "Bjørn", "Ingrid", "Håkon"), ("Haugen", "Østby", "Solberg-Dahl", "Kristiansen")),
    "swedish": (("Astrid", "Henrik", "Linnéa", "Gustav"), ("Lindqvist", "Johansson", "Åberg", "Sjöström")),
    "danish": (("Mette", "Søren", "Freja", "Rasmus"), ("Østergaard", "Kjærgaard", "Møller Nielsen", "Thomsen")),
    "finnish": (("Aino", "Juhani", "Kirsi", "Eero"), ("Virtanen", "Mäkinen", "Hämäläinen", "Korhonen")),
    "dutch": (("Maarten", "Femke", "Joost", "Sanne"), ("van den Berg", "de Vries", "van Dijk-Smit", "Bakker")),
    "german": (("Jürgen", "Anneliese", "Wolfgang", "Friederike"), ("Schäfer", "Becker-Hoffmann", "Weiß", "Krüger")),
    "turkish": (("Mehmet", "Ayşe", "Emre", "Zeynep"), ("Yılmaz", "Öztürk", "Çelik", "Karagöz")),
    "greek": (
        ("Dimitrios", "Eleni", "Konstantinos", "Georgia"),
        ("Papadopoulos", "Christodoulou", "Oikonomou", "Karagianni"),
    ),
    "russian": (("Dmitri", "Svetlana", "Aleksandr", "Yekaterina"), ("Ivanova", "Kuznetsov", "Smirnova", "Volkov")),
    "vietnamese": (("Thi Hoa", "Van Duc", "Ngoc Anh", "Bao"), ("Le", "Vo", "Dang", "Bui")),
    "thai": (("Somchai", "Siriporn", "Kittipong", "Nattaya"), ("Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn")),
    "indonesian": (("Budi", "Siti Aminah", "Agus", "Dewi"), ("Santoso", "Wijaya", "Hartono", "Kusumawati")),
}
ZH11_COMPOUND = ("端木", "公孙", "宇文", "长孙", "独孤", "呼延", "南宫", "澹台", "申屠", "闻人")
ZH11_COMMON = ("赵", "周", "吴", "孙", "徐", "马", "朱", "胡", "杨", "黄", "谢", "韩", "唐", "冯")
ZH11_GIVEN = (
    "春梅",
    "国庆",
    "海燕",
    "立新",
    "玉兰",
    "志刚",
    "梦瑶",
    "子轩",
    "桂芳",
    "建军",
    "欣怡",
    "宏伟",
    "霞",
    "军",
)
# 氏 names: the husband's surname, her own and 氏 (older rural registrations).
ZH11_SHI = ("张王氏", "李刘氏", "赵陈氏", "孙周氏", "马杨氏", "王何氏", "刘郭氏")
# Minority names: with the separating dot and without.
ZH11_MINORITY = (
    "阿依古丽·吐尔逊",
    "买买提·艾力",
    "古丽娜尔·艾买提",
    "努尔兰·哈森",
    "扎西次仁",
    "次仁央金",
    "巴特尔",
    "乌日娜",
    "阿苏拉则",
    "热依拉",
)
ZH11_TRAD = ("梁志偉", "何詠詩", "區國強", "歐陽美儀", "鄧家樂", "葉慧珊", "麥偉權", "譚嘉敏", "馮志堅", "關淑儀")
ZH11_NICK = ("阿", "老", "小")

# Addresses.
EN11_ADDR = {
    "europe": (
        "Lindenstraße {n}, 10{k}{m}9 Berlin",
        "Hauptstr. {n}a, 80{k}31 München",
        "Keizersgracht {n}{m}-II, 1015 {r} Amsterdam",
        "Oudegracht {n} bis, 3511 {r} Utrecht",
        "Storgata {n}B, 0{k}55 Oslo",
        "Drottninggatan {n}, 11{k} 5{m} Stockholm",
        "Nørrebrogade {n}, {k}. th., 2200 København N",
        "Mannerheimintie {n} A {u}, 00{k}00 Helsinki",
    ),
    "jpkr": (
        "{k}-{u}-{m} Shibuya, Shibuya-ku, Tokyo 150-000{k}",
        "Sakura Mansion {k}0{m}, {m}-{k}-1 Nishiki, Naka-ku, Nagoya 460-000{m}",
        "{n}, Teheran-ro {u}-gil, Gangnam-gu, Seoul 06{u}{m}",
        "Apt 10{k}-{u}0{m}, {n} Haeundae-ro, Haeundae-gu, Busan 48{u}{k}",
    ),
    "us_suite": (
        "{n}00 Peachtree St NE, Suite {k}10, Atlanta, GA 30309",
        "{n}5 Market St Ste {u}00, San Francisco, CA 94105",
        "{n}{m} W Lake Street, Ste. {k}B, Minneapolis, MN 55408",
        "{n}{k}0 Congress Ave, Suite {u}{m}, Austin, TX 78701",
    ),
    "uk_flat": (
        "Flat {k}, {n} Marchmont Road, Edinburgh EH9 1{r}",
        "Flat {k}B, {n} Albert Road, Southsea PO5 2{r}",
        "Flat {u}, {n} Mill Lane, Cardiff CF10 {k}{r}",
        "Flat {k}/{m}, {n} Dumbarton Road, Glasgow G11 6{r}",
    ),
}
EN11_TWO_LINE = (
    "Lindenstraße {n}\n10{k}{m}9 Berlin",
    "Flat {k}, {n} Marchmont Road\nEdinburgh EH9 1{r}",
    "{n}00 Peachtree St NE, Suite {k}10\nAtlanta, GA 30309",
    "Apt 10{k}-{u}0{m}, {n} Haeundae-ro\nHaeundae-gu, Busan 48{u}{k}",
)
ZH11_ADDR = {
    "jiedao": (
        "北京市海淀区学院路街道二里庄社区{n}号楼{k}单元{m}0{k}",
        "重庆市渝中区解放碑街道较场口社区民族路{n}号{u}-{k}",
        "广州市越秀区北京街道盐运西社区{n}号{m}0{k}房",
        "南京市鼓楼区宁海路街道颐和路社区{n}号楼{k}0{m}室",
    ),
    "rural": (
        "黑龙江省绥化市望奎县灵山乡前进村{zh}组",
        "吉林省四平市梨树县孤家子镇王家屯{n}号",
        "湖南省邵阳市隆回县桃洪镇石门村{zh}组{n}号",
        "甘肃省定西市通渭县马营镇华岭村第{zh}生产队",
        "广西壮族自治区百色市田阳区那坡镇那元屯{n}号",
    ),
    "hkmo": (
        "香港灣仔軒尼詩道{n}{m}號{u}樓B室",
        "新界荃灣象山邨{k}座{u}0{m}室",
        "澳門氹仔柯維納馬路{n}號{k}樓C座",
        "澳門新馬路{n}號{u}樓",
    ),
}
ZH11_TWO_LINE = (
    "北京市海淀区学院路街道\n二里庄社区{n}号楼{k}单元{m}0{k}",
    "湖南省邵阳市隆回县桃洪镇\n石门村{zh}组{n}号",
    "澳門氹仔柯維納馬路\n{n}號{k}樓C座",
)
ZH11_NUMERALS = "一二三四五六七八九"
BE_FORMATS = ("{0}.{1}.{2}-{3}.{4}", "{0}{1}{2}{3}{4}")
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
EMAIL_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ı": "i"})


class Fresh11Source(Fresh10Source):
    """Values for the fourteenth split: the thirteenth split's sources and, drawn after them (so no other split
    changes), names of twelve further origins, Chinese compound-surname, 氏, minority, nickname and Hong Kong and
    Macau names; German, Dutch, Scandinavian and Finnish, Japanese and Korean, US suite and UK flat addresses, Chinese
    街道/社区 and rural 组/屯/生产队 addresses and Hong Kong and Macau ones; their telephones, dates of birth and
    identifiers."""

    # Names.

    def person11(self) -> tuple[str, str]:
        givens, surnames = EN11_ORIGINS[self.rng.choice(list(EN11_ORIGINS))]
        return self.rng.choice(givens), self.rng.choice(surnames)

    def en_name11(self) -> str:
        given, sur = self.person11()
        return f"{given} {sur}"

    def en_caps11(self) -> str:
        given, sur = self.person11()
        return self.rng.choice((f"{given.upper()} {sur.upper()}", f"{sur.upper()} {given}"))

    def zh_name11(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            return r.choice(ZH11_COMPOUND) + r.choice(ZH11_GIVEN)
        return r.choice(ZH11_COMMON) + r.choice(ZH11_GIVEN)

    def zh_nick11(self) -> str:
        r = self.rng
        prefix = r.choice(ZH11_NICK)
        return prefix + (r.choice(ZH11_GIVEN)[-1] if prefix == "阿" else r.choice(ZH11_COMMON))

    # Addresses.

    def fill11(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(
            n=r.randint(2, 96),
            k=r.randint(1, 9),
            m=r.randint(1, 9),
            u=r.randint(10, 24),
            r=r.choice("ABDEFHJLNPQRSTUWXYZ") + r.choice("ABDEFHJLNPQRSTUWXYZ"),
            zh=r.choice(ZH11_NUMERALS),
        )

    def en_addr11(self, kind: str | None = None) -> str:
        pool = EN11_ADDR[kind or self.rng.choice(list(EN11_ADDR))]
        return self.fill11(self.rng.choice(pool))

    def zh_addr11(self, kind: str | None = None) -> str:
        pool = ZH11_ADDR[kind or self.rng.choice(("jiedao", "rural"))]
        return self.fill11(self.rng.choice(pool))

    # Telephones.

    def en_phone11(self, country: str | None = None) -> str:
        r, d = self.rng, self.digits
        forms = {
            "de": (f"+49 30 {d(7)}", f"0171 {d(7)}", f"(089) {d(3)} {d(4)}"),
            "nl": (f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}"),
            "nordic": (f"+47 9{d(2)} {d(2)} {d(3)}", f"070-{d(3)} {d(2)} {d(2)}", f"+45 {d(2)} {d(2)} {d(2)} {d(2)}"),
            "tr_gr_ru": (
                f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
                f"+30 69{d(1)} {d(3)} {d(4)}",
                f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
            ),
            "sea": (f"08{d(1)} {d(3)} {d(4)}", f"+62 812-{d(4)}-{d(4)}", f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}"),
        }
        return r.choice(forms[country or r.choice(list(forms))])

    def jpkr_phone11(self) -> str:
        d = self.digits
        return self.rng.choice(
            (f"090-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2-{d(3)}-{d(4)}")
        )

    def us_uk_phone11(self) -> str:
        r, d = self.rng, self.digits
        return r.choice(
            (
                f"{r.randint(201, 989)}-{r.randint(200, 999)}-{d(4)} ext. {d(3)}",
                f"1-{r.randint(201, 989)}-{r.randint(200, 999)}-{d(4)}",
                f"07{d(3)} {d(6)}",
                f"0131 {d(3)} {d(4)}",
            )
        )

    def zh_phone11(self, place: str = "cn") -> str:
        r, d = self.rng, self.digits
        if place == "hkmo":
            return r.choice((f"+853 6{d(3)} {d(4)}", f"2{d(3)} {d(4)}", f"+852 5{d(3)} {d(4)}", f"(853) 28{d(6)}"))
        n = f"1{r.choice('35789')}{d(9)}"
        return r.choice((f"{n[:3]}-{n[3:7]}-{n[7:]}", n, f"0{r.choice(('451', '739', '23', '25'))}-{d(8)}", f"+86 {n}"))

    # Dates of birth.

    def dob11_en(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born:%d.%m.%Y}",
                f"{born:%d-%m-%Y}",
                f"{born:%B} {born.day}, {born.year}",
                f"{born.day}.{born.month}.{born.year}",
            )
        )

    def dob11_zh(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born.year}.{born.month}.{born.day}",
                f"{born:%Y/%m/%d}",
                f"{born.year}年{born.month:02d}月{born.day:02d}日",
            )
        )

    # Identifiers.

    def fnr11(self, born: datetime.date) -> str:
        while True:
            individual = self.rng.randint(0, 499) if born.year < 2000 else self.rng.randint(500, 999)
            body = f"{born:%d%m%y}{individual:03d}"
            k1 = fodselsnummer.calc_check_digit1(body)
            if len(k1) != 1:
                continue
            k2 = fodselsnummer.calc_check_digit2(body + k1)
            if len(k2) == 1:
                return body + k1 + k2

    def pnr11(self, born: datetime.date) -> str:
        body = f"{born:%y%m%d}{self.digits(3)}"
        return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"

    def cpr11(self, born: datetime.date) -> str:
        seventh = str(self.rng.randint(0, 3)) if born.year < 2000 else "4"
        return f"{born:%d%m%y}-{seventh}{self.digits(3)}"

    def hetu11(self, born: datetime.date) -> str:
        individual = f"{self.rng.randint(2, 899):03d}"
        check = HETU_CHECK[int(f"{born:%d%m%y}{individual}") % 31]
        return f"{born:%d%m%y}{'-' if born.year < 2000 else 'A'}{individual}{check}"

    def amka11(self, born: datetime.date) -> str:
        body = f"{born:%d%m%y}{self.digits(4)}"
        return body + luhn.calc_check_digit(body)

    def be_nn11(self, born: datetime.date) -> str:
        serial = f"{self.rng.randint(1, 997):03d}"
        body = f"{born:%y%m%d}{serial}"
        check = 97 - int(("2" if born.year >= 2000 else "") + body) % 97
        return self.rng.choice(BE_FORMATS).format(f"{born:%y}", f"{born:%m}", f"{born:%d}", serial, f"{check:02d}")

    def svnr11(self, born: datetime.date) -> str:
        while True:
            serial = f"{self.rng.randint(100, 999)}"
            check = vnr.calc_check_digit(f"{serial}0{born:%d%m%y}")
            if len(check) == 1:
                return self.rng.choice((f"{serial}{check}{born:%d%m%y}", f"{serial}{check} {born:%d%m%y}"))

    def card11(self) -> str:
        body = (self.rng.choice(("4", "52", "62", "37")) + self.digits(14))[:15]
        n = body + luhn.calc_check_digit(body)
        return self.rng.choice((n, f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}", f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"))

    def en_mrn11(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"{d(8)}", f"K{d(7)}", f"{d(3)} {d(3)} {d(3)}", f"HN-{d(2)}-{d(5)}"))

    def zh_mrn11(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"ZY{d(8)}", f"{d(8)}", f"MZ-2026-{d(6)}", f"00{d(8)}"))

    def rid11(self, born: datetime.date) -> str:
        place = self.rng.choice(("430500", "110108", "440100", "320100", "230100", "450100", "430100"))
        body = f"{place}{born:%Y%m%d}{self.digits(3)}"
        return body + ric.calc_check_digit(body + "0")

    def values(self) -> Values:
        """One person's values with the fourteenth split's forms, drawn after the thirteenth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH11_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo11", "drug": "drug11", "number": "num11"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        values["zh_tcm11"] = (r.choice(ZH11_TCM), "KEEP:drug", "zh")
        for lang, lists in FRESH11_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}_{kind[:3]}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        visit = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(320))
        later = visit + datetime.timedelta(days=r.randint(7, 60))
        for slot, day in (("visit11", visit), ("later11", later)):
            values[f"en_{slot}"] = (
                r.choice((f"{day:%d %B %Y}", f"{day:%Y-%m-%d}", f"{day:%a} {day.day} {day:%b}")),
                "KEEP:number",
                "en",
            )
            values[f"zh_{slot}"] = (
                r.choice((f"{day.year}年{day.month}月{day.day}日", f"{day:%Y.%m.%d}", f"{day.month}月{day.day}日")),
                "KEEP:number",
                "zh",
            )
        born = self.born5()
        child = self.dob_child()
        newborn = visit - datetime.timedelta(days=r.randint(2, 6))
        values["age11"] = (str(2026 - born.year), "KEEP:number", "any")
        given, sur = self.person11()
        given_b, sur_b = self.person11()
        zh_sur = r.choice(ZH11_COMPOUND + ZH11_COMMON)
        trad, trad_b = r.sample(ZH11_TRAD, 2)
        people = {
            "en_given11": (given, "en"),
            "en_sur11": (sur, "en"),
            "en_full11": (f"{given} {sur}", "en"),
            "en_caps11": (r.choice((f"{given.upper()} {sur.upper()}", f"{sur.upper()}, {given}")), "en"),
            "en_given11b": (given_b, "en"),
            "en_full11b": (f"{given_b} {sur_b}", "en"),
            "en_name11": (self.en_name11(), "en"),
            "en_name11b": (self.en_name11(), "en"),
            "en_name11c": (self.en_name11(), "en"),
            "en_capsname11": (self.en_caps11(), "en"),
            "en_staff11": (self.en_name11(), "en"),
            "en_staff11b": (self.en_name11(), "en"),
            "en_staffsur11": (self.person11()[1], "en"),
            "zh_name11": (r.choice(ZH11_COMMON) + r.choice(ZH11_GIVEN), "zh"),
            "zh_name11b": (self.zh_name11(), "zh"),
            "zh_name11c": (self.zh_name11(), "zh"),
            "zh_cmp11": (r.choice(ZH11_COMPOUND) + r.choice(ZH11_GIVEN), "zh"),
            "zh_shi11": (r.choice(ZH11_SHI), "zh"),
            "zh_min11": (r.choice(ZH11_MINORITY), "zh"),
            "zh_nick11": (self.zh_nick11(), "zh"),
            "zh_staff11": (self.zh_name11(), "zh"),
            "zh_staff11b": (self.zh_name11(), "zh"),
            "zh_sur11": (zh_sur, "zh"),
            "zh_trad11": (trad, "zh"),
            "zh_trad11b": (trad_b, "zh"),
        }
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "en_addr11": (self.en_addr11(), "en"),
            "en_eu11": (self.en_addr11("europe"), "en"),
            "en_jpkr11": (self.en_addr11("jpkr"), "en"),
            "en_ste11": (self.en_addr11("us_suite"), "en"),
            "en_flat11": (self.en_addr11("uk_flat"), "en"),
            "en_addr11_2l": (self.fill11(r.choice(EN11_TWO_LINE)), "en"),
            "zh_addr11": (self.zh_addr11(), "zh"),
            "zh_addr11b": (self.zh_addr11("jiedao"), "zh"),
            "zh_rural11": (self.zh_addr11("rural"), "zh"),
            "zh_hkmo11": (self.zh_addr11("hkmo"), "zh"),
            "zh_addr11_2l": (self.fill11(r.choice(ZH11_TWO_LINE)), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        phones = {
            "en_phone11": (self.en_phone11(), "en"),
            "en_phone11b": (self.en_phone11(), "en"),
            "en_eu_ph11": (self.en_phone11(r.choice(("de", "nl", "nordic"))), "en"),
            "en_jpkr_ph11": (self.jpkr_phone11(), "en"),
            "en_usuk_ph11": (self.us_uk_phone11(), "en"),
            "zh_phone11": (self.zh_phone11(), "zh"),
            "zh_phone11b": (self.zh_phone11(), "zh"),
            "zh_hkmo_ph11": (self.zh_phone11("hkmo"), "zh"),
        }
        for slot, (text, lang) in phones.items():
            values[slot] = (text, "PHONE", lang)
        values["dob11_en"] = (self.dob11_en(born), "DATE_OF_BIRTH", "en")
        values["child_dob11_en"] = (self.dob11_en(child), "DATE_OF_BIRTH", "en")
        values["newborn_dob11_en"] = (f"{newborn:%d/%m/%Y}", "DATE_OF_BIRTH", "en")
        values["dob11_zh"] = (self.dob11_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob11_zh"] = (self.dob11_zh(child), "DATE_OF_BIRTH", "zh")
        values["newborn_dob11_zh"] = (f"{newborn.year}年{newborn.month}月{newborn.day}日", "DATE_OF_BIRTH", "zh")
        values["dob11_hk"] = (f"{born:%d-%m-%Y}", "DATE_OF_BIRTH", "zh")
        values["fnr11"] = (self.fnr11(born), "NATIONAL_ID", "en")
        values["pnr11"] = (self.pnr11(born), "NATIONAL_ID", "en")
        values["cpr11"] = (self.cpr11(born), "NATIONAL_ID", "en")
        values["hetu11"] = (self.hetu11(born), "NATIONAL_ID", "en")
        values["amka11"] = (self.amka11(born), "NATIONAL_ID", "en")
        values["be_nn11"] = (self.be_nn11(born), "NATIONAL_ID", "en")
        values["hkid11"] = (self.hkid(), "NATIONAL_ID", "zh")
        values["ssn11"] = (self.ssn(), "SSN", "en")
        values["svnr11"] = (self.svnr11(born), "INSURANCE_ID", "en")
        values["zvw11"] = (f"{r.randint(1, 9)}{self.digits(8)}", "INSURANCE_ID", "en")
        values["zh_yb11"] = (
            f"{r.choice(('23', '22', '43', '62'))}{self.digits(4)}{r.choice('ABCD')}{self.digits(6)}",
            "INSURANCE_ID",
            "zh",
        )
        values["rid11"] = (self.rid11(born), "CN_RESIDENT_ID", "zh")
        values["child_rid11"] = (self.rid11(child), "CN_RESIDENT_ID", "zh")
        values["card11"] = (self.card11(), "BANK_CARD", "any")
        for slot in ("en_mrn11", "en_mrn11b"):
            values[slot] = (self.en_mrn11(), "MEDICAL_RECORD_NO", "en")
        for slot in ("zh_mrn11", "zh_mrn11b"):
            values[slot] = (self.zh_mrn11(), "MEDICAL_RECORD_NO", "zh")
        first = ascii_lower(ascii_fold(given.translate(EMAIL_FOLD))) or "user"
        last = ascii_lower(ascii_fold(sur.translate(EMAIL_FOLD))) or "mail"
        values["email11"] = (
            r.choice(
                (
                    f"{first}.{last}@gmx.de",
                    f"{first[0]}.{last}@ziggo.nl",
                    f"{last}{r.randint(1, 99)}@telia.com",
                    f"{first}_{last}@yandex.ru",
                    f"{first}{last[0]}@otenet.gr",
                    f"{last}.{first}@yahoo.co.jp",
                )
            ),
            "EMAIL",
            "en",
        )
        values["zh_email11"] = (
            r.choice(
                (
                    f"{r.randint(10000, 99999)}{self.digits(5)}@qq.com",
                    f"{r.choice(('duanmu', 'gongsun', 'yuwen', 'zhao', 'zhou'))}{self.digits(3)}@126.com",
                    f"{r.choice(('leungcw', 'hoyeesze', 'tamkm'))}@macau.ctm.net",
                )
            ),
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 13:17 UTC, seed 1796217422 from `date +%s` then), see the module docstring.
FRESH11: dict[str, dict[str, list[str]]] = {
    "pathology_request": {
        "en": [
            "HISTOPATHOLOGY REQUEST\nPATIENT: {en_caps11}   DOB: {dob11_en}   Pat-Nr. {en_mrn11}\nAddress: {en_eu11}\n"
            "Specimen: oesophageal biopsies x4 (specimen no. H26-04417)\nClinical details: ?{en_path11_epo}; "
            "{en_path11_num}; on {en_drug11}\nRequesting clinician: Dr {en_staffsur11}\nFor and on behalf of "
            "{en_staff11}, Endoscopy Unit\nPatient agrees to results by e-mail: {email11}",
        ],
        "zh": [
            "病理检查申请单\n姓名：{zh_cmp11}　性别：女　年龄：{age11}岁　住院号：{zh_mrn11}\n身份证号：{rid11}\n"
            "送检标本：甲状腺右叶（病理号B2026-08812）\n临床诊断：{zh_path11_epo}；{zh_path11_num}\n既往史：{zh_epo11}\n"
            "送检医生：{zh_staff11}　标本离体时间：{zh_visit11} 10:42\n固定：10%中性福尔马林，核对护士{zh_staff11b}\n"
            "联系电话：{zh_phone11}",
        ],
    },
    "restraint_record": {
        "en": [
            "SECLUSION AND RESTRAINT OBSERVATION RECORD\nPatient: {en_full11} (Mr {en_sur11})   Hosp no. {en_mrn11}   "
            "DOB {dob11_en}\nStart: {en_visit11} 22:15, authorised by Dr {en_staff11}\nReason: {en_restr11_num}; "
            "struck a health care assistant ({en_name11b})\nRapid tranquillisation: {en_restr11_dru}\n"
            "15-min obs: 22:30 shouting; 22:45 settling - {en_staff11b}\nNearest relative informed: {en_full11b}, "
            "{en_phone11}\nBackground: {en_epo11}; {en_num11}",
        ],
        "zh": [
            "精神科保护性约束记录\n患者：{zh_name11}　住院号：{zh_mrn11}　床号：12\n约束开始：{zh_visit11} 22:15　"
            "约束部位：双上肢、双下肢\n约束原因：{zh_restr11_num}，冲动伤人（被打者：护工{zh_nick11}）\n"
            "临时医嘱：{zh_restr11_dru}\n开具医生：{zh_sur11}医生　执行护士：{zh_staff11}、{zh_staff11b}\n"
            "监护人：{zh_name11b}（母亲），电话{zh_phone11}，已电话告知\n既往：{zh_epo11}",
        ],
    },
    "newborn_screening": {
        "en": [
            "NEWBORN BLOOD SPOT CARD\nBaby's surname: {en_sur11}   Sex: F   Hospital no. {en_mrn11}\n"
            "Baby's DOB: {newborn_dob11_en}   {en_nbs11_num}, 39+2 weeks\nMother: {en_caps11}   Mother's ID "
            "(personnummer): {pnr11}\nAddress:\n{en_addr11_2l}\nSample taken {en_visit11} by midwife {en_staff11}\n"
            "Family history: {en_epo11}; screening includes {en_nbs11_epo}\nResults to parents on {en_eu_ph11}",
        ],
        "zh": [
            "新生儿疾病筛查采血卡\n母亲姓名：{zh_name11}　身份证号：{rid11}\n"
            "新生儿：{zh_name11}之子（住院号{zh_mrn11}）\n"
            "出生日期：{newborn_dob11_zh}　孕周：39+2周\n筛查指标：{zh_nbs11_num}\n筛查病种：{zh_nbs11_epo}等\n"
            "家庭住址：{zh_rural11}\n联系电话：{zh_phone11}　父亲：{zh_name11b}\n采血人：{zh_staff11}　"
            "采血日期：{zh_visit11}",
        ],
    },
    "mri_safety": {
        "en": [
            "MRI SAFETY SCREENING QUESTIONNAIRE\nName: {en_full11}   DOB: {dob11_en}   {en_mri11_num}\n"
            "Hospital number: {en_mrn11}\nImplants: {en_mri11_epo} - checked against the MR conditions\n"
            "History: {en_epo11}; {en_num11}\nQ12 Metal fragments in eyes? No\nPatient signature: {en_full11}    "
            "Date: {en_visit11}\nScreened by radiographer {en_staff11}; second check {en_staff11b}\n"
            "If we need to rebook: {en_jpkr_ph11}, {en_jpkr11}",
        ],
        "zh": [
            "磁共振检查安全筛查表\n姓名：{zh_min11}　性别：男　年龄：{age11}岁　检查号：MR26-1182　门诊号：{zh_mrn11}\n"
            "体内植入物：{zh_mri11_epo}\n{zh_mri11_num}；{zh_num11}\n既往：{zh_epo11}\n受检者签名：{zh_min11}　"
            "日期：{zh_visit11}\n陪同翻译：{zh_name11b}　{zh_phone11}\n筛查技师：{zh_staff11}",
        ],
    },
    "anticoagulation": {
        "en": [
            "ANTICOAGULATION CLINIC - INR RECORD\n{en_caps11}  |  {en_mrn11}  |  born {dob11_en}\nIndication: AF, "
            "{en_epo11}; {en_inr11_num}\nDose: {en_inr11_dru}; also on {en_drug11}\nNext INR {en_later11}\n"
            "Dosing letter posted to {en_flat11}\nText reminders to {en_usuk_ph11}\nCarer: {en_name11b} "
            "(daughter-in-law)\nPharmacist: {en_staff11}",
        ],
        "zh": [
            "华法林抗凝门诊记录\n姓名｜{zh_shi11}｜年龄｜{age11}岁\n门诊ID｜{zh_mrn11}｜医保卡号｜{zh_yb11}\n"
            "指征：房颤，合并{zh_epo11}\n本次：{zh_inr11_num}　剂量：{zh_inr11_dru}\n家住：{zh_rural11}\n"
            "孙子{zh_nick11}代为取药，电话{zh_phone11}\n下次复查：{zh_later11}　药师：{zh_staff11}",
        ],
    },
    "syringe_driver": {
        "en": [
            "SYRINGE DRIVER CHART (community)\nName: {en_full11}   CPR: {cpr11}\nAddress: {en_eu11}\n"
            "Device: {en_pca11_epo}\nDrugs: {en_pca11_dru}\nSet up {en_visit11} 10:00 by {en_staff11} (district "
            "nurse)\n14:00 site OK - {en_staff11b}\n18:00 {en_given11}'s wife, {en_given11b}, says comfortable\n"
            "Diagnosis: {en_epo11}\nGP: Dr {en_staffsur11}; out-of-hours {en_eu_ph11}",
        ],
        "zh": [
            "镇痛泵（PCA）记录单\n姓名：{zh_name11}　床号：7　住院号：{zh_mrn11}\n诊断：胰腺癌晚期，{zh_epo11}\n"
            "配方：{zh_pca11_dru}\n参数：{zh_pca11_num}\n{zh_visit11} 08:00 上泵　麻醉科：{zh_staff11}\n"
            "12:00 疼痛评分稳定，护士{zh_staff11b}\n家属：{zh_cmp11}（女儿）{zh_phone11}",
        ],
    },
    "contraception": {
        "en": [
            "CONTRACEPTION CLINIC - LARC FITTING RECORD\nClient: {en_given11} {en_sur11}   Date of birth "
            "{dob11_en}\nGreek AMKA (for the insurer): {amka11}\nMethod fitted: {en_contra11_epo}; "
            "{en_contra11_num}\nPMH: {en_epo11}; meds {en_drug11}\nInterpreter: {en_name11b}\nFitted by "
            "{en_staff11}; chaperone {en_staff11b}\nRecall SMS to {en_phone11}; e-mail {email11}",
        ],
        "zh": [
            "宫内节育器放置记录\n姓名：{zh_name11}　年龄：{age11}岁　身份证号：{rid11}\n丈夫：{zh_name11b}\n"
            "放置日期：{zh_visit11}　节育器：{zh_contra11_epo}\n术前：{zh_contra11_num}；{zh_num11}\n既往：{zh_epo11}\n"
            "户籍地址：{zh_rural11}\n手术医生：{zh_staff11}　随访电话：{zh_phone11}\n复查：{zh_later11}",
        ],
    },
    "against_advice": {
        "en": [
            "DISCHARGE AGAINST MEDICAL ADVICE\nI, {en_full11}, born {dob11_en}, of {en_ste11}, have been told by "
            "Dr {en_staff11} that leaving now may put my life at risk ({en_ama11_num}; {en_epo11}).\nI choose to "
            "leave.\nSigned: {en_full11}\nWitness: {en_staff11b}, RN\nSSN: {ssn11}   MRN {en_mrn11}\n"
            "Collected by {en_name11b} ({en_usuk_ph11})",
        ],
        "zh": [
            "自动出院告知书\n患者{zh_name11}（住院号{zh_mrn11}），因{zh_epo11}入院，目前{zh_ama11_num}，病情未稳定。\n"
            "经治医生{zh_staff11}已告知自动出院可能导致的风险。\n患者/家属意见：坚持自动出院，后果自负。\n"
            "签字人：{zh_name11b}　与患者关系：儿子\n患者身份证号：{rid11}\n"
            "联系电话：{zh_phone11}　住址：{zh_addr11b}\n"
            "谈话医生：{zh_staff11}　见证护士：{zh_staff11b}　日期：{zh_visit11}",
        ],
    },
    "animal_bite": {
        "en": [
            "ANIMAL BITE - RABIES POST-EXPOSURE RECORD\nName: {en_full11}   DOB {dob11_en}\nBitten by a stray dog "
            "while on holiday in Bali; {en_bite11_num}\nHome address: {en_jpkr11}\nPhone: {en_jpkr_ph11}\n"
            "PEP: {en_bite11_dru}\nPMH: {en_epo11}\nTravelling companion {en_name11b} may also be exposed - "
            "advised to attend\nNurse {en_staff11}; reviewed by Dr {en_staffsur11}\nNext dose {en_later11}",
        ],
        "zh": [
            "狂犬病暴露预防处置门诊登记\n姓名：{zh_name11}　性别：男　出生日期：{child_dob11_zh}\n监护人：{zh_name11b}"
            "（父亲）　电话：{zh_phone11}\n暴露情况：{zh_visit11} 被邻居家犬咬伤右小腿，{zh_bite11_num}\n"
            "处置：{zh_bite11_dru}\n家庭住址：{zh_rural11}\n犬主：{zh_nick11}，电话{zh_phone11b}\n"
            "自费疫苗缴费卡号：{card11}\n接诊医生：{zh_staff11}",
        ],
    },
    "poison_call": {
        "en": [
            "POISONS INFORMATION CENTRE - CALL RECORD\nCaller: {en_staff11}, ED registrar, {en_eu_ph11}\n"
            "Patient: {en_caps11}, {age11} y, Pat-Nr. {en_mrn11}\nAgent: {en_poison11_dru} taken around 02:00\n"
            "Results: {en_poison11_num}; {en_num11}\nPMH: {en_epo11}\nFound by flatmate {en_name11b} at "
            "{en_eu11}\nAdvice given by {en_staff11b} (SPI)",
        ],
        "zh": [
            "中毒咨询电话记录\n来电时间：{zh_visit11} 02:40　来电者：{zh_staff11}（县医院急诊科）电话{zh_phone11}\n"
            "患者：{zh_shi11}，女，{age11}岁\n中毒物：{zh_poison11_dru}\n现况：{zh_poison11_num}；{zh_num11}\n"
            "发现者：邻居{zh_nick11}，家住{zh_rural11}\n建议：立即转上级医院\n接听：{zh_staff11b}",
        ],
    },
    "dexa_report": {
        "en": [
            "DXA BONE DENSITOMETRY REPORT\nPatient: {en_full11}   Sex: F   DOB: {dob11_en}\nHETU: {hetu11}   "
            "Ref: {en_mrn11}\nResults: {en_dexa11_num}; {en_num11}\nRisk factors: {en_epo11}; on {en_drug11}\n"
            "Recommendation: start {en_dexa11_dru}\nReported by {en_staff11}\nfor and on behalf of Dr "
            "{en_staff11b}\ncc: {en_given11}, {en_addr11}",
        ],
        "zh": [
            "骨密度检测报告\n姓名：{zh_cmp11}　性别：女　出生日期：{dob11_zh}　检查号：BMD-26-3391\n"
            "门诊号：{zh_mrn11}\n"
            "结果：{zh_dexa11_num}\n结论：骨质疏松\n建议：{zh_dexa11_dru}、{zh_tcm11}\n申请医生：{zh_staff11}　"
            "报告医生：{zh_sur11}医生\n联系电话：{zh_phone11}",
        ],
    },
    "spirometry": {
        "en": [
            "LUNG FUNCTION REPORT\nSurname: {en_sur11}   Forename: {en_given11}   DOB: {dob11_en}\nHosp no: "
            "{en_mrn11}   Height 168 cm\nResults: {en_spiro11_num}; {en_num11}\nInterpretation: obstructive "
            "defect; background {en_epo11}\nInhalers: {en_spiro11_dru}\nPhysiologist: {en_staff11}\n"
            "The patient's daughter, {en_name11b}, asks that copies go to\n{en_addr11_2l}",
        ],
        "zh": [
            "肺功能检查报告\n姓名：{zh_min11}　年龄：{age11}岁　住院号：{zh_mrn11}\n结果：{zh_spiro11_num}\n"
            "结论：中度阻塞性通气功能障碍\n合并：{zh_epo11}\n用药：{zh_spiro11_dru}\n检查者：{zh_staff11}　"
            "审核：{zh_staff11b}\n家属：{zh_name11b}　{zh_phone11}",
        ],
    },
    "echo_report": {
        "en": [
            "TRANSTHORACIC ECHOCARDIOGRAM\nPatient: {en_caps11}   DOB {dob11_en}\nNational number: {be_nn11}\n"
            "Referrer: Dr {en_staff11}\nFindings: {en_echo11_num}; {en_num11}\nImpression: in keeping with "
            "{en_echo11_epo}\nSonographer: {en_staff11b}\nFor {en_full11}'s file: {en_addr11}, {en_phone11}",
        ],
        "zh": [
            "超聲心動圖報告\n姓名：{zh_trad11}　出生日期：{dob11_hk}　身份證號碼：{hkid11}\n地址：{zh_hkmo11}\n"
            "電話：{zh_hkmo_ph11}\n測量：{zh_echo11_num}\n診斷：{zh_echo11_epo}\n轉介醫生：{zh_trad11b}醫生　"
            "超聲技師：{zh_staff11}",
        ],
    },
    "cataract_listing": {
        "en": [
            "CATARACT SURGERY LISTING\nName: {en_full11} ({en_given11})   MRN {en_mrn11}\nBiometry: {en_cat11_num}; "
            "{en_cat11_epo}\nGeneral: {en_epo11}; {en_drug11}\nTransport home with {en_name11b}\nAddress: "
            "{en_addr11}   Phone: {en_phone11}\nSelf-pay card on file: {card11}\nListed by {en_staff11} for "
            "Mr {en_staffsur11}\nSurgery date {en_later11}",
        ],
        "zh": [
            "白内障手术登记\n姓名：{zh_name11}　性别：女　年龄：{age11}岁　身份证号：{rid11}\n检查：{zh_cat11_num}\n"
            "诊断：年龄相关性白内障；{zh_cat11_epo}\n全身情况：{zh_epo11}，{zh_num11}\n医保卡号：{zh_yb11}\n"
            "住址：{zh_addr11}\n陪护：{zh_nick11}　电话{zh_phone11}\n登记人：{zh_staff11}　手术日期：{zh_later11}",
        ],
    },
    "home_oxygen": {
        "en": [
            "HOME OXYGEN ORDER FORM\nPatient: {en_full11}   DOB: {dob11_en}\nSVNR (e-card): {svnr11}\n"
            "Delivery address (flat, lift available):\n{en_addr11_2l}\nKey holder: {en_name11b}, {en_phone11}\n"
            "Assessment: {en_oxy11_num}; {en_num11}\nEquipment: {en_oxy11_epo}\nDiagnosis: COPD, {en_epo11}\n"
            "Ordered by {en_staff11} per Dr {en_staffsur11}",
        ],
        "zh": [
            "家庭氧疗登记\n姓名：{zh_name11}　年龄：{age11}岁　医保卡号：{zh_yb11}\n居住地址：{zh_addr11_2l}\n"
            "血气：{zh_oxy11_num}；{zh_num11}\n设备：{zh_oxy11_epo}\n诊断：慢阻肺，{zh_epo11}\n"
            "照顾者：{zh_name11b}（老伴）{zh_phone11}\n社区责任医生：{zh_staff11}　登记日期：{zh_visit11}",
        ],
    },
    "stroke_thrombolysis": {
        "en": [
            "STROKE THROMBOLYSIS PATHWAY\nPatient: {en_full11}   Fødselsnummer: {fnr11}   DOB {dob11_en}\n"
            "Witness to onset: {en_name11b} (husband), {en_eu_ph11}\nTimes and scores: {en_stroke11_num}\n"
            "Treatment: {en_stroke11_dru}\nPMH: {en_epo11}; {en_drug11}\nInterpreter: {en_capsname11}\n"
            "Stroke nurse {en_staff11}; consultant {en_staff11b}",
        ],
        "zh": [
            "卒中溶栓时间节点记录\n患者：{zh_name11}　性别：男　年龄：{age11}岁　住院号：{zh_mrn11}\n"
            "发病目击者：{zh_name11b}（妻子）　电话：{zh_phone11}\n时间：{zh_stroke11_num}\n溶栓：{zh_stroke11_dru}\n"
            "既往：{zh_epo11}，长期服用{zh_drug11}\n卒中护士：{zh_staff11}　神经内科：{zh_sur11}医生\n"
            "家属签字：{zh_name11b}",
        ],
    },
    "dermoscopy": {
        "en": [
            "TELEDERMATOLOGY - DERMOSCOPY REPORT\nReply to: {en_full11} <{email11}>\nPatient: {en_full11}, born "
            "{dob11_en}, personnummer {pnr11}\nLesion: left calf\nFindings: {en_derm11_num}; ?{en_derm11_epo}\n"
            "Other: {en_epo11}\nPlan: excision biopsy; book on {en_phone11}\nReported by {en_staff11}, Consultant "
            "Dermatologist\n{en_staff11b} (medical secretary)\n{en_eu11}",
        ],
        "zh": [
            "皮肤镜检查报告\n姓名：{zh_cmp11}　性别：男　年龄：{age11}岁　门诊号：{zh_mrn11}\n部位：左足底\n"
            "所见：{zh_derm11_num}\n诊断：{zh_derm11_epo}？\n既往：{zh_epo11}\n建议：手术切除送病理\n"
            "检查医生：{zh_staff11}\n患者邮箱（接收报告）：{zh_email11}　电话：{zh_phone11}",
        ],
    },
    "cervical_screening": {
        "en": [
            "COLPOSCOPY CLINIC\n\nDear {en_given11},\nYour results from {en_visit11}: {en_cerv11_num}. At colposcopy "
            "we saw {en_cerv11_epo}. We recommend a follow-up in 6 months. If you have moved from {en_addr11} or "
            "changed your number ({en_phone11}), please tell us.\n\nYours sincerely,\n\n{en_staff11}\n"
            "Colposcopist\n\nPatient: {en_caps11}  DOB {dob11_en}  Insurance no. {zvw11}\ncc: Dr {en_staffsur11} "
            "(GP)",
        ],
        "zh": [
            "宫颈癌筛查报告\n姓名：{zh_name11}　年龄：{age11}岁　身份证号：{rid11}\n筛查结果：{zh_cerv11_num}\n"
            "阴道镜：{zh_cerv11_epo}\n户籍：{zh_rural11}\n建议：6个月后复查\n筛查医生：{zh_staff11}　"
            "联系电话：{zh_phone11}\n报告领取人：{zh_name11b}（受本人委托）",
        ],
    },
}


def fresh11_notes(per_template: int = 15, seed: int = FRESH11_SEED) -> list[dict]:
    """The fresh11 rows: every template rendered ``per_template`` times with values from ``Fresh11Source``."""
    return notes("fresh11", FRESH11, per_template, seed, source_factory=Fresh11Source)
