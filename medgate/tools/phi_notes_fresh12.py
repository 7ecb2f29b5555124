"""The fifteenth split of synthetic clinical notes, ``fresh12``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 16:06 UTC, seed 1796227563 from `date +%s` then) by a helper engineer who read
only ``phi_notes`` and the earlier blind generators ``phi_notes_fresh4`` to ``phi_notes_fresh11``, and none of the
detector's code, notes, lists or tests, nor ``phi_evaluate``, the latency, tagger, word-list, hanzi or NER-baseline
tools, nor any README, results file or commit message, and who never ran the detector or ``phi_evaluate`` on these
notes (only this generator, to write the JSONL and check its spans, the spans on another seed): another engineer
runs it once, and that first run is the split's figure. Eighteen document styles that no earlier split uses, one
template per style and language, 18 templates per language:

* ``court_report``: a court-ordered psychiatric report and a 司法精神病鉴定意见书;
* ``bariatric_mdt``: a bariatric-surgery MDT assessment and a 减重代谢手术多学科评估;
* ``hip_fracture``: an orthogeriatric hip-fracture pathway and a 髋部骨折绿色通道记录;
* ``sepsis_screen``: a sepsis screening and Sepsis Six record and a 脓毒症筛查与集束化治疗记录;
* ``vte_assessment``: a VTE risk assessment and a 静脉血栓栓塞症风险评估表;
* ``safeguarding_referral``: a child-safeguarding referral and a 疑似儿童受虐报告登记;
* ``holter_report``: an ambulatory ECG report and a 动态心电图报告;
* ``gdm_log``: a gestational-diabetes glucose diary review and a 妊娠期糖尿病血糖监测记录;
* ``cast_clinic``: a fracture-clinic plaster check and a 石膏固定护理告知单;
* ``semen_analysis``: a semen-analysis report and a 精液常规分析报告;
* ``prep_clinic``: an HIV PrEP clinic record and a 艾滋病暴露前预防（PrEP）门诊记录;
* ``pcr_certificate``: a PCR test certificate and a 核酸检测报告;
* ``burns_chart``: a burns assessment chart and a 烧伤面积评估记录;
* ``lumbar_puncture``: a lumbar-puncture procedure note and a 腰椎穿刺术记录;
* ``advance_directive``: an advance decision to refuse treatment and a 生前预嘱;
* ``needlestick``: a sharps-injury (occupational exposure) report and a 职业暴露登记表;
* ``breast_screening``: a mammography recall letter and a 乳房攝影檢查報告 in traditional characters (Taiwan);
* ``urodynamics``: a urodynamics report and a 尿动力学检查报告.

Where the values sit: names in running prose after verbs (``was brought in by``, ``spoke to``, ``seen with``), in
quoted speech, in lists of attendees, in ``cc:`` lines, reversed as ``Surname, Given`` (the comma inside the span),
as an initial and surname (``K. Nowak``: convention here, the whole of it, initial included, is the span), as given
name alone before a possessive ``'s`` (outside the span); Polish, Portuguese, Brazilian, Yoruba, Igbo, Filipino,
Korean, Arabic (``bin``/``al-`` inside the span), Hindi and Tamil and Hungarian names; pinyin names of Chinese
patients in English text (``Zhang Weiguo``, ``Ouyang Fei``), Chinese names inside English sentences and Latin-script
names inside Chinese sentences; Chinese names in prose, lists and signatures, Taiwan names in traditional
characters, with 医生/护士/母亲/之妻 words outside the span. Addresses: Polish ``ul. ... m. ..., 00-000 City``,
Portuguese ``Rua ..., 2.º Esq., 1100-053 Lisboa``, Brazilian with CEP, Philippine barangay, Indian PIN with
locality, Nigerian, Irish Eircode, Canadian postcode, Australian state and postcode and Hungarian forms; Chinese
村/镇/乡 and 小区/幢/单元/室 forms and Taiwan addresses in traditional characters. Telephones of Poland, Portugal,
Brazil, the Philippines, India, Nigeria, Ireland, Canada, Australia, Hungary, Taiwan and mainland China. Dates of
birth as ``14-MAR-1961``, ``14/3/1961``, ``Mar 14 1961``, ``1961.03.14``, ``1961-3-14``, ``19610314`` and
``1961年3月14日``. Polish PESEL, Portuguese NIF, Brazilian CPF, Indian Aadhaar (Verhoeff), Irish PPSN, Canadian SIN
(Luhn), Nigerian NIN and Taiwan IDs (``NATIONAL_ID``, check digits valid where they exist); Hungarian TAJ (valid
check digit), Portuguese SNS numbers and Chinese 城乡居民医保/参保号 (``INSURANCE_ID``); hospital, UR, 门诊号, 住院号
and 病案号 numbers (``MEDICAL_RECORD_NO``); Chinese resident IDs (valid check digit); Luhn-valid bank cards; e-mail
addresses at wp.pl, sapo.pt, uol.com.br, yahoo.com.ph, rediffmail.com, eircom.net, freemail.hu, naver.com, 163.com,
sina.com, foxmail.com and yahoo.com.tw.

Span types are the earlier splits' types only and their conventions hold: titles, honorifics and kinship words (Mr,
Dr, Sister, 医生, 护士, 母亲, 之妻) stay outside a name's span. Eponymous diseases, signs, fractures, formulae and
devices (Ménière's disease, Bell's palsy, Tourette syndrome, Guillain-Barré syndrome, Sjögren's syndrome, Kawasaki
disease, Colles' fracture, Parkland formula, Hartmann's solution, Roux-en-Y gastric bypass, Wolff-Parkinson-White
pattern, Klinefelter syndrome, 美尼尔病, 格林-巴利综合征, 干燥综合征), drugs and doses, device models (ZIO XT,
FreeStyle Libre 2, Sprotte 22G, Hologic Selenia Dimensions), scores (Caprini, qSOFA, BI-RADS, 4AT, HCR-20),
laboratory values and dates that are not birth dates are keep terms. Court, sample, examination and bed numbers are
plain text.
"""

import datetime

from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.pl import pesel
from stdnum.pt import nif

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh11 import Fresh11Source

# `date +%s` when this split was started (2026-12-02 16:06:03 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH12_SEED = 1796227563

FRESH12_KEEP = {
    "en": {
        "eponym": (
            "Ménière's disease",
            "Bell's palsy",
            "Tourette syndrome",
            "Guillain-Barré syndrome",
            "Sjögren's syndrome",
            "Kawasaki disease",
            "Parkinson's disease",
            "Alzheimer's disease",
            "Down syndrome",
            "Dupuytren's contracture",
            "Meckel's diverticulum",
            "Stevens-Johnson syndrome",
            "Legg-Calvé-Perthes disease",
            "Lyme disease",
        ),
        "drug": (
            "ramipril 5 mg OD",
            "bisoprolol 2.5 mg OD",
            "sertraline 50 mg OD",
            "levothyroxine 100 mcg OD",
            "gabapentin 300 mg TDS",
            "prednisolone 30 mg OD",
            "insulin glargine 18 units ON",
            "ondansetron 4 mg PRN",
            "edoxaban 60 mg OD",
            "omeprazole 20 mg OD",
        ),
        "number": (
            "Hb 98 g/L",
            "lactate 4.2 mmol/L",
            "WCC 18.3 x10^9/L",
            "NEWS2 7",
            "glucose 11.2 mmol/L",
            "pain score 7/10",
            "GCS 14/15",
            "heart rate 112 bpm",
            "sodium 128 mmol/L",
            "albumin 29 g/L",
        ),
    },
    "zh": {
        "eponym": (
            "美尼尔病",
            "格林-巴利综合征",
            "干燥综合征",
            "帕金森病",
            "阿尔茨海默病",
            "唐氏综合征",
            "贝尔面瘫",
            "抽动秽语综合征（Tourette综合征）",
            "史蒂文斯-约翰逊综合征",
            "掌腱膜挛缩（Dupuytren挛缩）",
            "梅克尔憩室",
            "莱姆病",
        ),
        "drug": (
            "缬沙坦胶囊80mg qd",
            "琥珀酸美托洛尔缓释片47.5mg qd",
            "左甲状腺素钠片50μg qd",
            "利伐沙班片10mg qd",
            "舍曲林片50mg qd",
            "甘精胰岛素注射液12U qn",
            "恩替卡韦片0.5mg qd",
            "头孢呋辛酯片0.25g bid",
            "普瑞巴林胶囊75mg bid",
        ),
        "number": (
            "血红蛋白98g/L",
            "血乳酸4.2mmol/L",
            "白细胞18.3×10⁹/L",
            "空腹血糖6.1mmol/L",
            "NRS疼痛评分7分",
            "GCS 14分",
            "心率112次/分",
            "血钠128mmol/L",
            "白蛋白29g/L",
        ),
    },
}

# Style-specific keep terms (kind after the colon); every key has an English and a Chinese list.
FRESH12_SPECIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "court12:number": ("HCR-20 moderate risk", "MMSE 27/30", "PCL-R 18", "IQ 74 (WAIS-IV)"),
        "court12:eponym": ("Korsakoff syndrome", "Capgras delusion", "Ganser syndrome", "Munchausen syndrome"),
        "bari12:number": ("BMI 46.2", "weight 131 kg", "STOP-BANG 6", "HbA1c 61 mmol/mol"),
        "bari12:eponym": (
            "Roux-en-Y gastric bypass",
            "Orbera intragastric balloon",
            "Lap-Band AP",
            "Nissen fundoplication",
        ),
        "hip12:number": ("4AT 5", "AMTS 6/10", "Nottingham Hip Fracture Score 5", "Hb 102 g/L"),
        "hip12:eponym": (
            "Garden III intracapsular fracture",
            "Thompson hemiarthroplasty",
            "Austin Moore prosthesis",
            "Pauwels type II fracture",
        ),
        "sepsis12:number": ("qSOFA 2", "MAP 58 mmHg", "lactate 4.6 mmol/L", "NEWS2 8"),
        "sepsis12:drug": (
            "Hartmann's solution 500 mL bolus",
            "piperacillin-tazobactam 4.5 g IV",
            "meropenem 1 g IV",
            "gentamicin 5 mg/kg IV",
        ),
        "vte12:number": ("Caprini score 6", "Wells score 4", "D-dimer 1.8 mg/L", "Padua score 5"),
        "vte12:eponym": ("Virchow's triad", "Homans' sign", "May-Thurner syndrome", "Trousseau's syndrome"),
        "safe12:number": (
            "bruise 2 x 3 cm",
            "Tanner stage 2",
            "weight on 0.4th centile",
            "3 fractures of differing age",
        ),
        "safe12:eponym": (
            "osteogenesis imperfecta",
            "von Willebrand screen",
            "Munchausen syndrome by proxy",
            "Ehlers-Danlos syndrome",
        ),
        "holter12:number": ("mean HR 78 bpm", "longest pause 3.2 s", "PVC burden 12%", "QTc 468 ms"),
        "holter12:eponym": (
            "Wolff-Parkinson-White pattern",
            "Mobitz type II block",
            "Wenckebach phenomenon",
            "Brugada pattern",
            "ZIO XT patch",
        ),
        "gdm12:number": ("fasting glucose 5.8 mmol/L", "1-h post-meal 8.4 mmol/L", "OGTT 2-h 9.1 mmol/L", "HbA1c 41"),
        "gdm12:drug": (
            "metformin 500 mg BD",
            "Humulin I 8 units ON",
            "NovoRapid 4 units with meals",
            "FreeStyle Libre 2 sensor",
        ),
        "cast12:eponym": (
            "Colles' fracture",
            "Smith's fracture",
            "Bennett's fracture",
            "Monteggia fracture-dislocation",
            "Salter-Harris II fracture",
        ),
        "cast12:number": ("dorsal angulation 12 degrees", "6 weeks in cast", "radial height 9 mm", "pain 3/10"),
        "semen12:number": (
            "sperm concentration 8 million/mL",
            "progressive motility 22%",
            "normal forms 3%",
            "volume 1.4 mL",
        ),
        "semen12:eponym": ("Klinefelter syndrome", "Kartagener syndrome", "Young's syndrome", "Kallmann syndrome"),
        "prep12:drug": (
            "emtricitabine/tenofovir disoproxil 200/245 mg OD",
            "Descovy one tablet daily",
            "doxycycline 200 mg PEP",
            "hepatitis B vaccine dose 2",
        ),
        "prep12:number": ("creatinine 84 umol/L", "HIV Ag/Ab negative", "eGFR >90", "syphilis RPR non-reactive"),
        "pcr12:number": ("ORF1ab Ct 31.2", "N gene Ct 29.8", "result NOT DETECTED", "E gene Ct 24.6"),
        "pcr12:eponym": ("Cepheid Xpert Xpress", "Roche cobas 6800", "Abbott Alinity m", "Hologic Panther"),
        "burns12:number": ("TBSA 18%", "full thickness 4%", "urine output 0.5 mL/kg/h", "Baux score 92"),
        "burns12:eponym": ("Lund and Browder chart", "Parkland formula", "Curling's ulcer", "Hartmann's solution"),
        "lp12:number": ("opening pressure 28 cmH2O", "CSF protein 1.2 g/L", "CSF glucose 2.1 mmol/L", "CSF WCC 86"),
        "lp12:eponym": ("Kernig's sign", "Brudzinski's sign", "Lhermitte's sign", "Argyll Robertson pupils"),
        "lpn12:eponym": ("Sprotte 22G needle", "Quincke 20G needle", "Whitacre 25G needle", "Tuohy 18G needle"),
        "ad12:eponym": (
            "Alzheimer's disease",
            "Parkinson's disease",
            "Huntington's disease",
            "Creutzfeldt-Jakob disease",
        ),
        "ad12:number": ("Clinical Frailty Scale 6", "Barthel 40/100", "MMSE 19/30", "ReSPECT form v3"),
        "needle12:drug": (
            "Truvada plus raltegravir 400 mg BD",
            "HBIG 500 IU IM",
            "hepatitis B booster",
            "tenofovir/emtricitabine 28 days",
        ),
        "needle12:number": ("anti-HBs 8 mIU/L", "hollow-bore 21G", "source HCV antibody positive", "depth 2 mm"),
        "breast12:number": ("BI-RADS 4", "lesion 14 mm", "density category C", "M4 (RCR)"),
        "breast12:eponym": ("Mondor's disease", "Cooper's ligaments", "Hologic Selenia Dimensions", "Tietze syndrome"),
        "uro12:number": ("Qmax 7 mL/s", "post-void residual 180 mL", "cystometric capacity 320 mL", "Pdet 62 cmH2O"),
        "uro12:drug": (
            "mirabegron 50 mg OD",
            "solifenacin 5 mg OD",
            "onabotulinumtoxinA 100 units",
            "tamsulosin 400 mcg",
        ),
    },
    "zh": {
        "court12:number": ("HCR-20中度风险", "MMSE 27分", "韦氏智商74分", "PANSS 86分"),
        "court12:eponym": ("科萨科夫综合征", "卡普格拉综合征", "甘瑟综合征", "孟乔森综合征"),
        "bari12:number": ("BMI 46.2kg/m²", "体重131kg", "腰围128cm", "糖化血红蛋白8.1%"),
        "bari12:eponym": ("Roux-en-Y胃旁路术", "袖状胃切除术", "胃内球囊（Orbera）", "Nissen胃底折叠术"),
        "hip12:number": ("4AT 5分", "Barthel指数35分", "Nottingham评分5分", "血红蛋白102g/L"),
        "hip12:eponym": ("Garden Ⅲ型股骨颈骨折", "Pauwels Ⅱ型", "Evans Ⅳ型转子间骨折", "PFNA内固定"),
        "sepsis12:number": ("qSOFA 2分", "平均动脉压58mmHg", "血乳酸4.6mmol/L", "SOFA 6分"),
        "sepsis12:drug": (
            "注射用哌拉西林他唑巴坦4.5g ivgtt",
            "注射用美罗培南1g ivgtt",
            "乳酸钠林格液500ml",
            "去甲肾上腺素0.1μg/kg/min",
        ),
        "vte12:number": ("Caprini评分6分", "Wells评分4分", "D-二聚体1.8mg/L", "Padua评分5分"),
        "vte12:eponym": ("Virchow三联征", "霍曼斯征阳性", "May-Thurner综合征", "Trousseau综合征"),
        "safe12:number": ("淤青2×3cm", "体重低于P3", "多处不同时期骨折", "Tanner 2期"),
        "safe12:eponym": ("成骨不全症", "血管性血友病筛查", "代理型孟乔森综合征", "埃勒斯-当洛综合征"),
        "holter12:number": ("平均心率78次/分", "最长RR间期3.2秒", "室早负荷12%", "QTc 468ms"),
        "holter12:eponym": ("预激综合征（WPW）", "莫氏Ⅱ型房室传导阻滞", "文氏现象", "Brugada波"),
        "gdm12:number": ("空腹血糖5.8mmol/L", "餐后1小时8.4mmol/L", "OGTT 2小时9.1mmol/L", "糖化血红蛋白5.9%"),
        "gdm12:drug": ("门冬胰岛素注射液4U 三餐前", "地特胰岛素注射液8U qn", "二甲双胍片0.5g bid", "瞬感扫描式血糖仪"),
        "cast12:eponym": ("Colles骨折", "Smith骨折", "Bennett骨折", "孟氏骨折（Monteggia）"),
        "cast12:number": ("背侧成角12°", "石膏固定6周", "桡骨高度9mm", "VAS 3分"),
        "semen12:number": ("精子浓度8×10⁶/ml", "前向运动精子22%", "正常形态率3%", "精液量1.4ml"),
        "semen12:eponym": ("克氏综合征（Klinefelter）", "卡塔格内综合征", "Young综合征", "卡尔曼综合征"),
        "prep12:drug": ("恩曲他滨替诺福韦片1片qd", "按需服药（2-1-1方案）", "乙肝疫苗第2针", "多西环素200mg"),
        "prep12:number": ("血肌酐84μmol/L", "HIV抗原抗体阴性", "梅毒RPR阴性", "乙肝表面抗体阴性"),
        "pcr12:number": ("ORF1ab基因Ct值31.2", "N基因Ct值29.8", "检测结果：阴性", "E基因Ct值24.6"),
        "pcr12:eponym": ("达安基因DA8600", "圣湘iPonatic", "罗氏cobas 6800", "之江生物荧光PCR试剂盒"),
        "burns12:number": ("烧伤总面积18%TBSA", "Ⅲ度4%", "尿量0.5ml/kg/h", "深Ⅱ度10%"),
        "burns12:eponym": ("中国九分法", "Parkland公式", "Curling溃疡", "伦德-布劳德表"),
        "lp12:number": ("初压280mmH2O", "脑脊液蛋白1.2g/L", "脑脊液糖2.1mmol/L", "白细胞86×10⁶/L"),
        "lp12:eponym": ("克尼格征阳性", "布鲁津斯基征阳性", "Lhermitte征阳性", "阿-罗瞳孔（Argyll Robertson）"),
        "lpn12:eponym": ("Sprotte 22G穿刺针", "Quincke 20G穿刺针", "Whitacre 25G笔尖式穿刺针", "一次性使用腰椎穿刺包"),
        "ad12:eponym": ("阿尔茨海默病", "帕金森病", "肌萎缩侧索硬化（渐冻症）", "亨廷顿病"),
        "ad12:number": ("临床衰弱量表6级", "Barthel指数40分", "MMSE 19分", "ADL重度依赖"),
        "needle12:drug": ("替诺福韦+拉替拉韦 28天", "乙肝免疫球蛋白200IU im", "乙肝疫苗加强针", "比克恩丙诺片1片qd"),
        "needle12:number": ("乙肝表面抗体8mIU/ml", "空心针头21G", "源患者HCV抗体阳性", "伤口深约2mm"),
        "breast12:number": ("BI-RADS 4類", "腫塊14mm", "乳腺密度C型", "鈣化簇5mm"),
        "breast12:eponym": ("蒙多病（Mondor）", "Cooper韌帶", "Hologic Selenia Dimensions", "Paget病"),
        "uro12:number": ("最大尿流率7ml/s", "残余尿180ml", "膀胱测压容量320ml", "逼尿肌压62cmH2O"),
        "uro12:drug": (
            "米拉贝隆缓释片50mg qd",
            "索利那新片5mg qd",
            "A型肉毒毒素100U膀胱注射",
            "坦索罗辛缓释胶囊0.2mg qn",
        ),
    },
}

# Names: (given names, surnames) by origin; a name keeps to one origin.
EN12_ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "polish": (
        ("Katarzyna", "Wojciech", "Małgorzata", "Grzegorz"),
        ("Nowak", "Wiśniewska", "Kowalczyk", "Wójcik-Lewandowska"),
    ),
    "portuguese": (("João", "Inês", "Gonçalo", "Mariana"), ("Ferreira", "Gonçalves", "Sousa Pereira", "Magalhães")),
    "brazilian": (("Thiago", "Luana", "Rafael", "Juliana"), ("da Silva", "Oliveira Santos", "Carvalho", "dos Anjos")),
    "yoruba": (("Oluwaseun", "Adebayo", "Folasade", "Temitope"), ("Adeyemi", "Ogunleye", "Balogun", "Olawale")),
    "igbo": (("Chinedu", "Ngozi", "Chukwuemeka", "Adaeze"), ("Okafor", "Nwosu", "Eze", "Obi-Okonkwo")),
    "filipino": (
        ("Maricel", "Rodel", "Ma. Lourdes", "Jun-Jun"),
        ("dela Cruz", "Bautista", "Macapagal", "de los Reyes"),
    ),
    "korean": (("Ji-hoon", "Seo-yeon", "Min-jun", "Hye-jin"), ("Park", "Choi", "Jeong", "Kang")),
    "arabic": (
        ("Mohammed", "Omar", "Khalid", "Abdulaziz"),
        ("al-Rashid", "bin Salman", "Al-Harbi", "bin Abdullah al-Otaibi"),
    ),
    "indian": (("Priya", "Rajesh", "Lakshmi", "Senthil"), ("Sharma", "Subramanian", "Venkatesan", "Iyer")),
    "hungarian": (("Zsófia", "László", "Katalin", "Gergő"), ("Nagy", "Kovács", "Szabó-Tóth", "Horváth")),
}
# Pinyin names of Chinese patients, surname first as written on a passport's romanised line.
EN12_PINYIN = (
    "Zhang Weiguo",
    "Lin Xiaoyan",
    "Huang Zhiqiang",
    "Ouyang Fei",
    "Guo Meihua",
    "Deng Jiahui",
    "Xie Haoran",
    "Situ Jing",
)
# Chinese names written in characters inside English text.
EN12_HANZI = ("王建华", "李淑珍", "陈思琪", "郑振华", "罗德明", "许丽娟")
ZH12_COMMON = ("郭", "何", "高", "罗", "郑", "梁", "宋", "许", "邓", "曹", "彭", "曾", "肖", "田", "董")
ZH12_GIVEN = (
    "晓燕",
    "德明",
    "秀英",
    "俊杰",
    "丽娟",
    "永强",
    "雨桐",
    "浩然",
    "淑珍",
    "振华",
    "思琪",
    "红梅",
    "斌",
    "静",
)
# Taiwan names in traditional characters.
ZH12_TRAD = ("陳怡君", "林志豪", "黃淑芬", "張家瑋", "李宗翰", "王雅婷", "吳俊傑", "劉佩珊", "蔡明哲", "許雅雯")
ZH12_TRAD_F = ("陳怡君", "黃淑芬", "王雅婷", "劉佩珊", "許雅雯")  # the mammography patient
EN12_SLOTS = (
    "en_name12b",
    "en_name12c",
    "en_name12d",
    "en_arabic12",
    "en_korean12",
    "en_yoruba12",
    "en_staff12",
    "en_staff12b",
    "en_staff12c",
)
ZH12_SLOTS = ("zh_name12", "zh_name12b", "zh_name12c", "zh_staff12", "zh_staff12b", "zh_staff12c")
# Latin-script names inside Chinese notes (foreign patients, relatives and staff).
ZH12_LATIN = ("Maria Santos", "Ahmed Al-Harbi", "Olga Kowalska", "Kim Min-jun", "Anna Nagy", "Chinedu Okafor")

# Addresses by country; {n}, {k}, {m}, {u}, {r} and {zh} as in fresh11.
EN12_ADDR = {
    "pl": (
        "ul. Marszałkowska {n} m. {u}, 00-{k}{m}0 Warszawa",
        "ul. Piotrkowska {n}/{k}, 90-{u}{m} Łódź",
        "os. Kalinowe {k}/{u}, 31-{m}{u} Kraków",
    ),
    "pt": (
        "Rua Augusta {n}, {k}.º Esq., 1100-0{u} Lisboa",
        "Av. da Boavista {n}{m}, {k}.º Dto., 4100-1{u} Porto",
        "Travessa do Carmo {n}, r/c, 3000-{u}{m} Coimbra",
    ),
    "br": (
        "Rua das Laranjeiras {n}{m}, apto {k}0{m}, Laranjeiras, Rio de Janeiro - RJ, 22240-0{u}",
        "Av. Paulista {n}{k}{m}, conj. {u}, Bela Vista, São Paulo - SP, 01310-{m}00",
        "Rua da Aurora {n}, Boa Vista, Recife - PE, CEP 50050-{u}0",
    ),
    "ph": (
        "Blk {k} Lot {u}, Brgy. San Isidro, Cainta, Rizal 1900",
        "{n} Mabini St., Brgy. Poblacion, Makati City 12{u}",
        "Purok {k}, Brgy. Talamban, Cebu City 6000",
    ),
    "in": (
        "Flat {k}B, {n} 2nd Avenue, Anna Nagar West, Chennai 6000{u}",
        "H.No. {n}-{k}, Kukatpally, Hyderabad, Telangana 5000{u}",
        "{n}, Sector {u}, Noida, Uttar Pradesh 2013{u}",
    ),
    "ng": (
        "{n} Adeola Odeku Street, Victoria Island, Lagos 101241",
        "Plot {n}, Independence Layout, Enugu",
        "{n} Ring Road, Ibadan, Oyo State",
    ),
    "ie": (
        "{n} Griffith Avenue, Drumcondra, Dublin 9, D09 X{k}Y{m}",
        "Apt {u}, The Maltings, Bridge Street, Galway H91 T{k}{m}P",
        "{n} Carrigrohane Road, Cork T12 N{k}{m}K",
    ),
    "ca": (
        "{n}{m}0 rue Sherbrooke Ouest, app. {u}, Montréal QC H3G 1L{k}",
        "{n} Jarvis St, Unit {u}0{k}, Toronto ON M5B 2C{m}",
        "{n}{k} 17 Ave SW, Calgary AB T2S 0A{m}",
    ),
    "au": (
        "{n} Wattle Street, Fitzroy VIC 3065",
        "Unit {k}/{n} Beach Road, Coogee NSW 2034",
        "{n} Vulture St, West End QLD 4101",
    ),
    "hu": (
        "Andrássy út {n}. {k}. em. {u}., 1061 Budapest",
        "Kossuth Lajos u. {n}, 4024 Debrecen",
        "Rákóczi út {n}, 7621 Pécs",
    ),
}
ZH12_ADDR = {
    "village": (
        "河南省周口市郸城县汲冢镇刘楼村{n}号",
        "四川省南充市仪陇县马鞍镇大寨村{zh}社",
        "江西省赣州市于都县梓山镇潭头村{zh}组{n}号",
        "云南省大理州洱源县茈碧湖镇松鹤村委会{zh}社",
        "安徽省阜阳市临泉县瓦店乡张营村{n}号",
        "贵州省毕节市大方县猫场镇龙昌村{zh}组",
    ),
    "estate": (
        "杭州市西湖区文一西路{n}号西溪花园{k}幢{m}单元{u}0{k}室",
        "成都市武侯区科华北路{n}号锦城花园{k}栋{m}单元{u}0{m}室",
        "天津市南开区鞍山西道{n}号天华里小区{k}-{m}-{u}0{k}",
        "武汉市洪山区珞喻路{n}号保利花园{k}期{m}栋{u}02室",
        "西安市雁塔区小寨东路{n}号曲江池小区{k}号楼{m}单元{u}0{m}",
    ),
    "tw": (
        "臺南市東區崇學路{n}巷{k}號{m}樓",
        "新竹市東區光復路二段{n}號{k}樓之{m}",
        "花蓮縣吉安鄉中山路三段{n}號",
        "臺中市北屯區崇德路一段{n}號{k}樓",
    ),
}
ZH12_NUMERALS = "一二三四五六七八九"
# County codes of the Chinese addresses above (郸城, 仪陇, 于都, 洱源, 大方, 沂南, 临泉, 西湖, 武侯, 南开, 洪山, 雁塔).
RID12_PLACES = (
    "412726",
    "511324",
    "360731",
    "532930",
    "520521",
    "371321",
    "341221",
    "330106",
    "510107",
    "120104",
    "420111",
    "610113",
)
EMAIL12_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ő": "o", "ű": "u", "-": "", " ": "", ".": ""})
EMAIL12_DOMAINS = {
    "pl": "wp.pl",
    "pt": "sapo.pt",
    "br": "uol.com.br",
    "ph": "yahoo.com.ph",
    "in": "rediffmail.com",
    "ng": "yahoo.com",
    "ie": "eircom.net",
    "ca": "videotron.ca",
    "au": "bigpond.com",
    "hu": "freemail.hu",
}
# Which names live at each country's addresses (migrants in Ireland, Canada and Australia).
COUNTRY12_ORIGINS = {
    "pl": ("polish",),
    "pt": ("portuguese",),
    "br": ("brazilian",),
    "ph": ("filipino",),
    "in": ("indian",),
    "ng": ("yoruba", "igbo"),
    "ie": ("polish", "brazilian", "yoruba", "igbo", "filipino", "indian"),
    "ca": ("korean", "arabic", "portuguese", "filipino", "indian"),
    "au": ("korean", "arabic", "indian", "filipino", "hungarian"),
    "hu": ("hungarian",),
}

# Given names for the countries whose residents' notes fix a sex (mammography and pregnancy: women; semen analysis
# and urodynamics: men).
COUNTRY12_GIVEN = {
    "pl": ("Katarzyna", "Małgorzata", "Agnieszka"),
    "in": ("Priya", "Lakshmi", "Kavitha"),
    "pt": ("João", "Gonçalo", "Tiago"),
    "ng": ("Oluwaseun", "Adebayo", "Chinedu", "Chukwuemeka"),
}


class Fresh12Source(Fresh11Source):
    """Values for the fifteenth split: the fourteenth split's sources and, drawn after them (so no other split
    changes), names of ten further origins, pinyin and Taiwan names, Latin-script names for Chinese notes; Polish,
    Portuguese, Brazilian, Philippine, Indian, Nigerian, Irish, Canadian, Australian and Hungarian addresses, Chinese
    village and 小区 addresses and Taiwan ones; their telephones, dates of birth and identifiers."""

    # Names.

    def person12(self, origin: str | None = None) -> tuple[str, str]:
        givens, surnames = EN12_ORIGINS[origin or self.rng.choice(list(EN12_ORIGINS))]
        return self.rng.choice(givens), self.rng.choice(surnames)

    def en_name12(self, origin: str | None = None) -> str:
        given, sur = self.person12(origin)
        return f"{given} {sur}"

    def init12(self) -> str:
        given, sur = self.person12()
        return f"{given[0]}. {sur}"

    def zh_name12(self) -> str:
        return self.rng.choice(ZH12_COMMON) + self.rng.choice(ZH12_GIVEN)

    def en_names12(self, slots: tuple[str, ...]) -> list[str]:
        """Different names for ``slots`` (a slot ending in an origin's name draws from that origin)."""
        names: list[str] = []
        while len(names) < len(slots):
            origin = next((o for o in EN12_ORIGINS if slots[len(names)].startswith(f"en_{o}")), None)
            name = self.en_name12(origin)
            if name not in names:
                names.append(name)
        return names

    def zh_names12(self, count: int) -> list[str]:
        """``count`` different Chinese names (a patient, relatives and staff in one note)."""
        names: list[str] = []
        while len(names) < count:
            name = self.zh_name12()
            if name not in names:
                names.append(name)
        return names

    # Addresses and telephones.

    def fill12(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(
            n=r.randint(2, 96),
            k=r.randint(1, 9),
            m=r.randint(1, 9),
            u=r.randint(10, 48),
            zh=r.choice(ZH12_NUMERALS),
        )

    def phone12(self, country: str) -> str:
        r, d = self.rng, self.digits
        forms = {
            "pl": (f"+48 60{d(1)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}"),
            "pt": (f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"),
            "br": (f"+55 21 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}"),
            "ph": (f"+63 917 {d(3)} {d(4)}", f"0918-{d(3)}-{d(4)}"),
            "in": (f"+91 98{d(3)} {d(5)}", f"044-{d(4)} {d(4)}"),
            "ng": (f"+234 803 {d(3)} {d(4)}", f"0805 {d(3)} {d(4)}"),
            "ie": (f"087 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}"),
            "ca": (f"(514) {r.randint(200, 999)}-{d(4)}", f"+1 416 {r.randint(200, 999)} {d(4)}"),
            "au": (f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}"),
            "hu": (f"+36 30 {d(3)} {d(4)}", f"06-1-{d(3)}-{d(4)}"),
        }
        return r.choice(forms[country])

    def zh_phone12(self, place: str = "cn") -> str:
        r, d = self.rng, self.digits
        if place == "tw":
            return r.choice((f"09{d(2)}-{d(3)}-{d(3)}", f"(06) {d(3)}-{d(4)}", f"+886 9{d(2)} {d(3)} {d(3)}"))
        n = f"1{r.choice('35789')}{d(9)}"
        return r.choice((n, f"{n[:3]} {n[3:7]} {n[7:]}", f"0{r.choice(('394', '817', '797', '872'))}-{d(7)}"))

    # Dates of birth.

    def dob12_en(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born.day:02d}-{born:%b}-{born.year}".upper(),
                f"{born.day}/{born.month}/{born.year}",
                f"{born:%b} {born.day} {born.year}",
                f"{born:%Y.%m.%d}",
            )
        )

    def dob12_zh(self, born: datetime.date) -> str:
        return self.rng.choice(
            (f"{born.year}-{born.month}-{born.day}", f"{born:%Y%m%d}", f"{born.year}年{born.month}月{born.day}日")
        )

    # Identifiers.

    def pesel12(self, born: datetime.date) -> str:
        month = born.month + (20 if born.year >= 2000 else 0)
        body = f"{born:%y}{month:02d}{born:%d}{self.digits(4)}"
        return body + pesel.calc_check_digit(body)

    def nif12(self) -> str:
        body = self.rng.choice("123") + self.digits(7)
        number = body + nif.calc_check_digit(body)
        return self.rng.choice((number, f"{number[:3]} {number[3:6]} {number[6:]}"))

    def cpf12(self) -> str:
        body = self.digits(9)
        number = body + cpf._calc_check_digits(body)
        return self.rng.choice((f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}", number))

    def sin12(self) -> str:
        body = str(self.rng.randint(1, 7)) + self.digits(7)
        number = body + luhn.calc_check_digit(body)
        return self.rng.choice((f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}"))

    def taj12(self) -> str:
        body = self.digits(8)
        check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
        number = f"{body}{check}"
        return f"{number[:3]} {number[3:6]} {number[6:]}"

    def card12(self) -> str:
        body = self.rng.choice(("4", "5", "62", "6011")) + self.digits(14)
        body = body[:15]
        n = body + luhn.calc_check_digit(body)
        return self.rng.choice((n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"))

    def rid12(self, born: datetime.date) -> str:
        while True:  # a county code that stdnum's table holds for the year of birth
            place = self.rng.choice(RID12_PLACES)
            body = f"{place}{born:%Y%m%d}{self.digits(3)}"
            number = body + ric.calc_check_digit(body + "0")
            if ric.is_valid(number):
                return number

    def en_mrn12(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"UR {d(6)}", f"IP{d(7)}", f"2026/{d(6)}", f"{d(2)}-{d(2)}-{d(2)}"))

    def zh_mrn12(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"M{d(9)}", f"2026{d(6)}", f"BA{d(7)}", f"{d(7)}"))

    def values(self) -> Values:
        """One person's values with the fifteenth split's forms, drawn after the fourteenth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH12_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo12", "drug": "drug12", "number": "num12"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        for lang, lists in FRESH12_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}_{kind[:3]}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        visit = datetime.date(2026, 1, 5) + datetime.timedelta(days=r.randrange(320))
        later = visit + datetime.timedelta(days=r.randint(7, 60))
        for slot, day in (("visit12", visit), ("later12", later)):
            values[f"en_{slot}"] = (
                r.choice((f"{day.day} {day:%b} {day.year}", f"{day:%d/%m/%Y}", f"{day:%A %d %B}")),
                "KEEP:number",
                "en",
            )
            values[f"zh_{slot}"] = (
                r.choice((f"{day.year}年{day.month}月{day.day}日", f"{day:%Y-%m-%d}", f"{day.month}月{day.day}日")),
                "KEEP:number",
                "zh",
            )
        born = self.born5()
        child = self.dob_child()
        values["age12"] = (str(2026 - born.year), "KEEP:number", "any")
        values["child_age12"] = (str(2026 - child.year), "KEEP:number", "any")

        # Per country: one resident (name, address, telephone, e-mail) whose origin fits the country.
        for country, origins in COUNTRY12_ORIGINS.items():
            given, sur = self.person12(r.choice(origins))
            if country in COUNTRY12_GIVEN:
                given = r.choice(COUNTRY12_GIVEN[country])
            values[f"{country}_given12"] = (given, "PERSON", "en")
            values[f"{country}_sur12"] = (sur, "PERSON", "en")
            values[f"{country}_full12"] = (f"{given} {sur}", "PERSON", "en")
            values[f"{country}_rev12"] = (f"{sur.upper() if r.random() < 0.3 else sur}, {given}", "PERSON", "en")
            values[f"{country}_init12"] = (f"{given[0]}. {sur}", "PERSON", "en")
            values[f"{country}_addr12"] = (self.fill12(r.choice(EN12_ADDR[country])), "ADDRESS", "en")
            values[f"{country}_phone12"] = (self.phone12(country), "PHONE", "en")
            first = ascii_lower(ascii_fold(given.translate(EMAIL12_FOLD))) or "user"
            last = ascii_lower(ascii_fold(sur.translate(EMAIL12_FOLD))) or "mail"
            values[f"{country}_email12"] = (
                r.choice((f"{first}.{last}@", f"{first[0]}{last}{r.randint(1, 99)}@", f"{last}_{first}@"))
                + EMAIL12_DOMAINS[country],
                "EMAIL",
                "en",
            )
        people = {
            **{slot: (name, "en") for slot, name in zip(EN12_SLOTS, self.en_names12(EN12_SLOTS), strict=True)},
            "en_staffsur12": (self.person12()[1], "en"),
            "en_staffinit12": (self.init12(), "en"),
            "en_pinyin12": (r.choice(EN12_PINYIN), "en"),
            "en_hanzi12": (r.choice(EN12_HANZI), "zh"),
            **{slot: (name, "zh") for slot, name in zip(ZH12_SLOTS, self.zh_names12(len(ZH12_SLOTS)), strict=True)},
            "zh_sur12": (r.choice(ZH12_COMMON), "zh"),
            "zh_latin12": (r.choice(ZH12_LATIN), "en"),
        }
        trad = r.choice(ZH12_TRAD_F)
        trad_b, trad_c = r.sample([name for name in ZH12_TRAD if name != trad], 2)
        people["zh_trad12"] = (trad, "zh")
        people["zh_trad12b"] = (trad_b, "zh")
        people["zh_trad12c"] = (trad_c, "zh")
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "zh_village12": (self.fill12(r.choice(ZH12_ADDR["village"])), "zh"),
            "zh_estate12": (self.fill12(r.choice(ZH12_ADDR["estate"])), "zh"),
            "zh_addr12": (self.fill12(r.choice(ZH12_ADDR[r.choice(("village", "estate"))])), "zh"),
            "zh_tw12": (self.fill12(r.choice(ZH12_ADDR["tw"])), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        values["zh_phone12"] = (self.zh_phone12(), "PHONE", "zh")
        values["zh_phone12b"] = (self.zh_phone12(), "PHONE", "zh")
        values["zh_tw_ph12"] = (self.zh_phone12("tw"), "PHONE", "zh")
        values["dob12_en"] = (self.dob12_en(born), "DATE_OF_BIRTH", "en")
        values["child_dob12_en"] = (self.dob12_en(child), "DATE_OF_BIRTH", "en")
        values["dob12_zh"] = (self.dob12_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob12_zh"] = (self.dob12_zh(child), "DATE_OF_BIRTH", "zh")
        values["dob12_tw"] = (f"{born.year}/{born.month:02d}/{born.day:02d}", "DATE_OF_BIRTH", "zh")
        values["pesel12"] = (self.pesel12(born), "NATIONAL_ID", "en")
        values["child_pesel12"] = (self.pesel12(child), "NATIONAL_ID", "en")
        values["nif12"] = (self.nif12(), "NATIONAL_ID", "en")
        values["cpf12"] = (self.cpf12(), "NATIONAL_ID", "en")
        values["aadhaar12"] = (self.aadhaar(), "NATIONAL_ID", "en")
        values["ppsn12"] = (self.ppsn(), "NATIONAL_ID", "en")
        values["sin12"] = (self.sin12(), "NATIONAL_ID", "en")
        values["nin12"] = (str(r.randint(1, 9)) + self.digits(10), "NATIONAL_ID", "en")
        values["twid12"] = (self.tw_id(), "NATIONAL_ID", "zh")
        values["taj12"] = (self.taj12(), "INSURANCE_ID", "en")
        values["sns12"] = (str(r.randint(1, 9)) + self.digits(8), "INSURANCE_ID", "en")
        values["zh_yb12"] = (
            f"{r.choice(('41', '51', '36', '52'))}{self.digits(4)}0{self.digits(9)}",
            "INSURANCE_ID",
            "zh",
        )
        values["rid12"] = (self.rid12(born), "CN_RESIDENT_ID", "zh")
        values["child_rid12"] = (self.rid12(child), "CN_RESIDENT_ID", "zh")
        values["card12"] = (self.card12(), "BANK_CARD", "any")
        for slot in ("en_mrn12", "en_mrn12b"):
            values[slot] = (self.en_mrn12(), "MEDICAL_RECORD_NO", "en")
        for slot in ("zh_mrn12", "zh_mrn12b"):
            values[slot] = (self.zh_mrn12(), "MEDICAL_RECORD_NO", "zh")
        values["zh_email12"] = (
            r.choice(
                (
                    f"{r.choice(('guoxy', 'hedm', 'luoyq', 'zhengzh'))}{self.digits(4)}@163.com",
                    f"{r.choice(('songjing', 'xubin', 'caohm'))}{r.randint(70, 99)}@sina.com",
                    f"{r.randint(10000, 99999)}{self.digits(4)}@foxmail.com",
                )
            ),
            "EMAIL",
            "zh",
        )
        values["zh_tw_email12"] = (
            f"{r.choice(('yijun.chen', 'chihhao.lin', 'shufen.huang', 'yating.wang'))}{r.randint(1, 99)}@yahoo.com.tw",
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 16:06 UTC, seed 1796227563 from `date +%s` then), see the module docstring.
FRESH12: dict[str, dict[str, list[str]]] = {
    "court_report": {
        "en": [
            "REPORT TO THE COURT UNDER SECTION 35\nRe: {ie_rev12} (DOB {dob12_en}), PPSN {ppsn12}\nCase no. "
            "DC 2026/4471\n\nI examined {ie_full12} at Cloverhill on {en_visit12} at the request of Judge "
            '{en_staffsur12}. The defendant told me: "{en_name12b} took my phone and I only wanted it back." '
            "{ie_given12}'s only contact is a sister, {en_name12c} "
            "({ie_phone12}).\nFindings: {en_court12_num}; no evidence "
            "of {en_court12_epo}. History of {en_epo12}; prescribed {en_drug12}.\nLast address: {ie_addr12}.\n\n"
            "{en_staff12}, Consultant Forensic Psychiatrist\ncc: {en_staffinit12}, solicitor for the defence",
        ],
        "zh": [
            "司法精神病鉴定意见书\n委托单位：某县公安局　鉴定编号：精鉴字〔2026〕第118号\n被鉴定人：{zh_name12}，男，"
            "{age12}岁，身份证号{rid12}\n户籍地址：{zh_village12}\n"
            "案情摘要：被鉴定人于{zh_visit12}持刀追砍邻居{zh_name12b}，"
            "自称“{zh_name12b}要害我全家”。\n检查：{zh_court12_num}；未见{zh_court12_epo}表现。既往{zh_epo12}。\n"
            "鉴定人：{zh_staff12}、{zh_staff12b}\n被鉴定人之妻{zh_name12c}联系电话：{zh_phone12}",
        ],
    },
    "bariatric_mdt": {
        "en": [
            "BARIATRIC SURGERY MDT - PRE-OPERATIVE ASSESSMENT\nPresent: {en_staff12} (surgeon, chair), "
            "{en_staff12b} (dietitian), {en_staff12c} (psychologist), Dr {en_staffsur12} (anaesthetist)\n"
            "Patient: {br_full12}   CPF {cpf12}   DOB {dob12_en}\nAddress: {br_addr12}\nTel {br_phone12}; "
            "{br_email12}\nMeasurements: {en_bari12_num}; {en_num12}\nComorbidities: {en_epo12}; on {en_drug12}\n"
            "Outcome: proceed to {en_bari12_epo}. {br_given12} will bring a family member, {en_name12b}, to the "
            "pre-op class on {en_later12}.",
        ],
        "zh": [
            "减重代谢手术多学科评估（MDT）\n"
            "参会人员：{zh_staff12}（普外科）、{zh_staff12b}（内分泌科）、{zh_staff12c}（营养科）、"
            "{zh_sur12}医生（麻醉科）\n患者：{zh_name12}　女　{age12}岁　"
            "住院号：{zh_mrn12}\n评估：{zh_bari12_num}；{zh_num12}\n"
            "合并症：{zh_epo12}，服用{zh_drug12}\n结论：拟行{zh_bari12_epo}\n患者母亲{zh_name12b}表示同意。"
            "住址：{zh_estate12}　电话：{zh_phone12}",
        ],
    },
    "hip_fracture": {
        "en": [
            "ORTHOGERIATRIC HIP FRACTURE PATHWAY\n{au_rev12}   {en_mrn12}   DOB {dob12_en}   Age {age12}\n"
            "Found on the kitchen floor by a neighbour, {en_name12b}; ambulance from {au_addr12}.\n"
            "X-ray: {en_hip12_epo}\nDelirium/cognition: {en_hip12_num}; {en_num12}\nPMH: {en_epo12}; meds "
            "{en_drug12}, {en_drug12b}\nNOK: son {en_korean12}, {au_phone12}\nSeen with {en_staff12} "
            "(orthogeriatrician) on {en_visit12}; theatre list of Mr {en_staffsur12}",
        ],
        "zh": [
            "髋部骨折绿色通道记录\n患者：{zh_name12}　女　{age12}岁　住院号：{zh_mrn12}　医保号：{zh_yb12}\n"
            "受伤经过：在家中如厕时跌倒，由儿媳{zh_name12b}发现后送医\n"
            "影像：{zh_hip12_epo}\n评估：{zh_hip12_num}；{zh_num12}\n"
            "既往：{zh_epo12}，长期服用{zh_drug12}\n家庭住址：{zh_village12}\n"
            "联系人：{zh_name12c}（女儿）{zh_phone12}\n"
            "骨科：{zh_staff12}　老年科：{zh_staff12b}　入院时间：{zh_visit12}",
        ],
    },
    "sepsis_screen": {
        "en": [
            "SEPSIS SCREENING TOOL AND SEPSIS SIX\nPatient: {en_pinyin12}   Hospital no. {en_mrn12}   DOB "
            "{dob12_en}\nInterpreter (Mandarin) by phone; next of kin "
            "{en_hanzi12} at bedside\nRed flags: {en_sepsis12_num}; "
            "{en_num12}\nGiven within 1 h: O2, cultures, {en_sepsis12_dru}, lactate, fluids, urine output\n"
            "Background: {en_epo12}; usual meds {en_drug12}\nEscalated to {en_staff12} (ICU registrar) at 03:10; "
            "screened by nurse {en_staff12b}\nHome: {ca_addr12}, {ca_phone12}",
        ],
        "zh": [
            "脓毒症筛查与集束化治疗记录\n姓名：{zh_name12}　性别：男　年龄：{age12}岁　病案号：{zh_mrn12}\n"
            "筛查结果：{zh_sepsis12_num}；{zh_num12}\n1小时集束化：留取血培养，{zh_sepsis12_dru}\n既往：{zh_epo12}\n"
            "值班医生{zh_staff12}于02:50通知ICU{zh_sur12}医生会诊\n家属：{zh_name12b}（儿子）　电话：{zh_phone12}\n"
            "记录护士：{zh_staff12b}",
        ],
    },
    "vte_assessment": {
        "en": [
            "VTE RISK ASSESSMENT (on admission and at 24 h)\nName: {pl_full12}   PESEL: {pesel12}   DOB: "
            "{dob12_en}\nAddress: {pl_addr12}   Tel: {pl_phone12}\nScores: {en_vte12_num}; {en_num12}\n"
            "Exam: {en_vte12_epo} noted\nPMH: {en_epo12}; on {en_drug12}\nPlan: {en_drug12b} held; mechanical "
            "prophylaxis\nAssessed by {en_staff12}; checked by {en_staffinit12}\nPatient's partner {en_name12b} "
            "asked to be called: {pl_email12}",
        ],
        "zh": [
            "静脉血栓栓塞症（VTE）风险评估表\n科室：骨科　床号：18　住院号：{zh_mrn12}\n姓名：{zh_name12}　性别：女　"
            "出生日期：{dob12_zh}\n评分：{zh_vte12_num}；{zh_num12}\n体征：{zh_vte12_epo}\n既往：{zh_epo12}\n"
            "措施：{zh_drug12}、弹力袜\n评估护士：{zh_staff12}　"
            "复核医生：{zh_staff12b}\n已告知家属{zh_name12b}，电话{zh_phone12}",
        ],
    },
    "safeguarding_referral": {
        "en": [
            "CHILD SAFEGUARDING REFERRAL\nChild: {ng_full12}   DOB: {child_dob12_en}   Age {child_age12}\n"
            "NIN (mother): {nin12}\nAddress: {ng_addr12}\nMother: {en_name12b}; mother's partner: {en_name12c}\n"
            'Concern: {en_safe12_num}; mother said "{en_name12c} was only playing with him"\nTo exclude: '
            "{en_safe12_epo}\nSchool nurse {en_staff12} informed; social worker {en_staff12b}\nContact "
            "{ng_phone12}; referred by {en_staff12c} on {en_visit12}",
        ],
        "zh": [
            "疑似儿童受虐报告登记\n儿童：{zh_name12}　性别：男　出生日期：{child_dob12_zh}　身份证号：{child_rid12}\n"
            "家庭住址：{zh_addr12}\n监护人：{zh_name12b}（继父）　电话：{zh_phone12}\n所见：{zh_safe12_num}；"
            "需排除{zh_safe12_epo}\n患儿称“是{zh_name12b}用皮带打的”。\n祖母{zh_name12c}陪同就诊\n"
            "报告医生：{zh_staff12}　已报告派出所民警{zh_staff12b}",
        ],
    },
    "holter_report": {
        "en": [
            "24-HOUR AMBULATORY ECG REPORT\nPatient: {hu_rev12}   DOB {dob12_en}   TAJ: {taj12}\nAddress: "
            "{hu_addr12}\nSymptoms: palpitations and presyncope; {en_epo12}\nFindings: {en_holter12_num}; "
            "{en_holter12_epo}\nMedication: {en_drug12}\nAnalysed by {en_staff12}; reported by Dr "
            "{en_staffsur12}\nPlease call {hu_given12} on {hu_phone12} or e-mail {hu_email12}",
        ],
        "zh": [
            "动态心电图报告\n姓名：{zh_name12}　出生日期：{dob12_zh}　"
            "门诊号：{zh_mrn12}\n佩戴时间：{zh_visit12} 09:00起24小时\n"
            "结果：{zh_holter12_num}\n结论：{zh_holter12_epo}\n既往：{zh_epo12}；{zh_drug12}\n"
            "分析：{zh_staff12}　审核：{zh_staff12b}\n患者电话：{zh_phone12}",
        ],
    },
    "gdm_log": {
        "en": [
            "ANTENATAL DIABETES CLINIC - GLUCOSE DIARY REVIEW\n{in_full12} (Mrs {in_sur12})   Aadhaar {aadhaar12}   "
            "DOB {dob12_en}\n{in_addr12}\nGestation 31+4; diary readings: {en_gdm12_num}\nTreatment: "
            "{en_gdm12_dru}\nOther: {en_epo12}; {en_num12}\nReviewed with {en_staff12} (diabetes midwife) and "
            "{en_staff12b}\nHer partner {en_name12b} reads the meter: {in_phone12}; {in_email12}\nNext {en_later12}",
        ],
        "zh": [
            "妊娠期糖尿病血糖监测记录\n孕妇：{zh_name12}　孕周：31+4周　身份证号：{rid12}\n"
            "丈夫：{zh_latin12}（外籍）　电话：{zh_phone12}\n血糖：{zh_gdm12_num}\n治疗：{zh_gdm12_dru}\n"
            "其他：{zh_epo12}；{zh_num12}\n营养师：{zh_staff12}　产科医生：{zh_staff12b}\n"
            "住址：{zh_estate12}\n下次复诊：{zh_later12}",
        ],
    },
    "cast_clinic": {
        "en": [
            "FRACTURE CLINIC - PLASTER CHECK\nName: {ph_full12}   DOB: {child_dob12_en}   {en_mrn12}\n"
            "Injury: {en_cast12_epo} after fall from monkey bars; {en_cast12_num}\nSeen with mum, "
            "{en_name12b}, who speaks for {ph_given12}\nPMH: {en_epo12}\nAdvice sheet given. Address on file: "
            "{ph_addr12}; mobile {ph_phone12}\nPlaster technician {en_staff12}; reviewed by {en_staffinit12}\n"
            "Next: {en_later12}",
        ],
        "zh": [
            "石膏固定护理告知单\n患儿：{zh_name12}　年龄：{child_age12}岁　门诊号：{zh_mrn12}\n诊断：{zh_cast12_epo}；"
            "{zh_cast12_num}\n注意事项：抬高患肢，观察末梢血运\n家长：{zh_name12b}（母亲）　电话：{zh_phone12}\n"
            "家庭住址：{zh_village12}\n告知人：{zh_staff12}　家长签字：{zh_name12b}　复查：{zh_later12}",
        ],
    },
    "semen_analysis": {
        "en": [
            "ANDROLOGY LABORATORY - SEMEN ANALYSIS\nPatient: {pt_rev12}   DOB {dob12_en}   NIF {nif12}\nSNS no. "
            "{sns12}\nAddress: {pt_addr12}\nAbstinence 3 days; sample no. A26-0931\nResults: {en_semen12_num}; "
            "{en_num12}\nComment: consider karyotype to exclude {en_semen12_epo}\nPartner: {en_name12b}\n"
            "Scientist {en_staff12}; requested by Dr {en_staffsur12}\nResults by e-mail: {pt_email12}",
        ],
        "zh": [
            "精液常规分析报告\n姓名：{zh_name12}　年龄：{age12}岁　"
            "门诊号：{zh_mrn12}\n禁欲天数：3天　标本号：J26-0931\n"
            "结果：{zh_semen12_num}\n建议：染色体核型分析以排除{zh_semen12_epo}\n配偶：{zh_name12b}　"
            "身份证号：{rid12}\n检验：{zh_staff12}　审核：{zh_staff12b}\n联系电话：{zh_phone12}",
        ],
    },
    "prep_clinic": {
        "en": [
            "SEXUAL HEALTH CLINIC - PrEP REVIEW\nClinic no. {en_mrn12}   Name given: {en_korean12}\nDOB "
            "{dob12_en}   Tel {ca_phone12}   SIN {sin12}\nAddress: {ca_addr12}\nTests: {en_prep12_num}; "
            "{en_num12}\nPrescribed: {en_prep12_dru}\nOther history: {en_epo12}\nHe asked that his partner, "
            "{en_name12b}, not be contacted at home.\nSeen by {en_staff12}; health adviser {en_staff12b}",
        ],
        "zh": [
            "艾滋病暴露前预防（PrEP）门诊记录\n门诊号：{zh_mrn12}　姓名：{zh_name12}　出生日期：{dob12_zh}\n"
            "身份证号：{rid12}\n检测：{zh_prep12_num}\n处方：{zh_prep12_dru}\n既往：{zh_epo12}\n"
            "同伴{zh_latin12}亦咨询PrEP，已预约\n随访电话：{zh_phone12}　邮箱：{zh_email12}\n"
            "医生：{zh_staff12}　咨询员：{zh_staff12b}",
        ],
    },
    "pcr_certificate": {
        "en": [
            "SARS-CoV-2 RT-PCR TEST CERTIFICATE\nName (as in passport): {en_arabic12}\nDate of birth: "
            "{dob12_en}\nPassport address: {au_addr12}\nSample collected {en_visit12} 08:15 by {en_staff12}\n"
            "Method: {en_pcr12_epo}; {en_pcr12_num}\nAuthorised by {en_staff12b}, Clinical Scientist\n"
            "Travelling with: {en_name12b}, {en_name12c}\nQueries: {au_phone12}; card used {card12}",
        ],
        "zh": [
            "新型冠状病毒核酸检测报告\n姓名：{zh_name12}　性别：女　身份证号：{rid12}\n采样时间：{zh_visit12} 08:15　"
            "采样人：{zh_staff12}\n检测方法：{zh_pcr12_epo}\n结果：{zh_pcr12_num}\n检验者：{zh_staff12b}　"
            "审核者：{zh_staff12c}\n同行人员：{zh_name12b}、{zh_latin12}\n联系电话：{zh_phone12}",
        ],
    },
    "burns_chart": {
        "en": [
            "BURNS ASSESSMENT CHART\nPatient: {en_pinyin12}   {en_mrn12}   DOB {dob12_en}\nMechanism: hot oil "
            "in the restaurant kitchen at {ie_addr12}\nAssessed with {en_burns12_epo}: {en_burns12_num}\n"
            "Fluids: {en_drug12}; {en_num12}\nPMH: {en_epo12}\nBrought in by co-worker {en_hanzi12}; employer "
            "{ie_full12} ({ie_phone12})\nBurns nurse {en_staff12}; plastics registrar {en_staff12b}",
        ],
        "zh": [
            "烧伤面积评估记录\n姓名：{zh_name12}　性别：男　年龄：{age12}岁　住院号：{zh_mrn12}\n致伤原因：煤气罐爆炸\n"
            "评估：{zh_burns12_epo}，{zh_burns12_num}\n补液：{zh_drug12}；{zh_num12}\n既往：{zh_epo12}\n"
            "送医者：同村{zh_name12b}，住{zh_village12}\n家属：{zh_name12c}　电话：{zh_phone12}\n烧伤科：{zh_staff12}",
        ],
    },
    "lumbar_puncture": {
        "en": [
            "PROCEDURE NOTE - LUMBAR PUNCTURE\nPatient: {hu_full12}   DOB {dob12_en}   {en_mrn12}\nIndication: "
            "?{en_epo12}; {en_lp12_epo}\nConsent: verbal, witnessed by {en_staff12b}\nNeedle: {en_lpn12_epo}; "
            "L3/4 at first attempt\nResults: {en_lp12_num}; {en_num12}\nPerformed by {en_staff12} under "
            "supervision of Dr {en_staffsur12}\nNext of kin {en_name12b} waiting in the relatives' room; "
            "{hu_phone12}",
        ],
        "zh": [
            "腰椎穿刺术记录\n患者：{zh_name12}　年龄：{age12}岁　"
            "住院号：{zh_mrn12}\n术前诊断：{zh_epo12}？　查体：{zh_lp12_epo}\n"
            "穿刺部位：L3-4间隙，{zh_lpn12_epo}\n结果：{zh_lp12_num}；"
            "{zh_num12}\n术者：{zh_staff12}　助手：{zh_staff12b}\n"
            "知情同意书签字人：{zh_name12b}（配偶）　电话：{zh_phone12}\n术后去枕平卧6小时",
        ],
    },
    "advance_directive": {
        "en": [
            "ADVANCE DECISION TO REFUSE TREATMENT\nI, {ca_full12}, born {dob12_en}, of {ca_addr12}, make this "
            "decision while I have capacity.\nI have {en_ad12_epo} ({en_ad12_num}). If I cannot swallow, I "
            "refuse tube feeding, even if my life is at risk.\nPeople I have told: my daughter {en_name12b}, my "
            "friend {en_name12c}, and my GP, Dr {en_staffsur12}.\nSigned: {ca_init12}   Witness: {en_staff12} "
            "({ca_phone12})\nSIN for the records office: {sin12}",
        ],
        "zh": [
            "生前预嘱\n本人{zh_name12}，身份证号{rid12}，现居{zh_estate12}，在意识清楚时订立本预嘱。\n"
            "本人患有{zh_ad12_epo}（{zh_ad12_num}）。在不可逆昏迷时，不要心肺复苏，不要气管插管。\n"
            "我已将本预嘱告知儿子{zh_name12b}、女儿{zh_name12c}。\n本人签字：{zh_name12}　见证人：{zh_staff12}、"
            "{zh_staff12b}\n联系电话：{zh_phone12}　日期：{zh_visit12}",
        ],
    },
    "needlestick": {
        "en": [
            "SHARPS INJURY / OCCUPATIONAL EXPOSURE REPORT\nInjured staff member: {ph_rev12}, staff nurse"
            "\nDOB {dob12_en}   Mobile {ph_phone12}   {ph_email12}\nHow it happened: while "
            "re-sheathing, after taking bloods from {en_name12b} ({en_mrn12}); {en_needle12_num}\nPEP: "
            "{en_needle12_dru}\nOwn history: {en_epo12}\nReported to {en_staff12} (occupational health) and "
            "ward manager {en_staff12b}\nHome: {ph_addr12}",
        ],
        "zh": [
            "职业暴露登记表\n暴露者：{zh_name12}　护士　出生日期：{dob12_zh}\n"
            "暴露经过：{zh_visit12}为患者"
            "{zh_name12b}（住院号{zh_mrn12}）拔针时被针头刺伤左手示指，{zh_needle12_num}\n处理：{zh_needle12_dru}\n"
            "暴露者既往：{zh_epo12}\n报告人：护士长{zh_staff12}　院感科：{zh_staff12b}\n联系电话：{zh_phone12}",
        ],
    },
    "breast_screening": {
        "en": [
            "BREAST SCREENING SERVICE\n\nDear Mrs {pl_sur12},\nYour mammogram on {en_visit12} showed an area we "
            "would like to look at again ({en_breast12_num}). This is common and most women recalled do not have "
            "cancer. Please come on {en_later12}. Your interpreter last time, {en_name12b}, has been booked again.\n\n"
            "Yours sincerely,\n{en_staff12}\nDirector of Breast Screening\n\nName: {pl_rev12}  DOB {dob12_en}  "
            "PESEL {pesel12}\nAddress: {pl_addr12}\ncc: {en_staffinit12} (GP); {en_staff12b}, breast care nurse",
        ],
        "zh": [
            "乳房攝影檢查報告\n姓名：{zh_trad12}　出生日期：{dob12_tw}　身分證字號：{twid12}\n病歷號碼：{zh_mrn12}\n"
            "地址：{zh_tw12}\n電話：{zh_tw_ph12}　電子郵件：{zh_tw_email12}\n"
            "結果：{zh_breast12_num}\n附註：{zh_breast12_epo}\n"
            "判讀醫師：{zh_trad12b}醫師　轉介：{zh_trad12c}診所\n建議：超音波導引切片",
        ],
    },
    "urodynamics": {
        "en": [
            "URODYNAMICS REPORT\nPatient: {ng_rev12}   DOB {dob12_en}   Hosp no. {en_mrn12}\nNIN: {nin12}   "
            "Tel: {ng_phone12}\nReferred by Dr {en_staffsur12} for voiding symptoms; background {en_epo12}\n"
            "Findings: {en_uro12_num}; {en_num12}\nPlan: {en_uro12_dru}\nStudy by {en_staff12} with "
            "{en_staff12b} chaperoning; {ng_given12}'s son, {en_yoruba12}, interpreted (Yoruba)\nAddress: "
            "{ng_addr12}",
        ],
        "zh": [
            "尿动力学检查报告\n姓名：{zh_name12}　性别：男　年龄：{age12}岁　"
            "住院号：{zh_mrn12}\n城乡居民医保号：{zh_yb12}\n"
            "检查结果：{zh_uro12_num}；{zh_num12}\n诊断：膀胱出口梗阻；{zh_epo12}\n建议：{zh_uro12_dru}\n"
            "检查者：{zh_staff12}　报告医生：{zh_sur12}医生\n住址：{zh_village12}　电话：{zh_phone12}",
        ],
    },
}


def fresh12_notes(per_template: int = 15, seed: int = FRESH12_SEED) -> list[dict]:
    """The fresh12 rows: every template rendered ``per_template`` times with values from ``Fresh12Source``."""
    return notes("fresh12", FRESH12, per_template, seed, source_factory=Fresh12Source)
