"""The tenth split of synthetic clinical notes, ``fresh7``: templates and value sources (see ``phi_notes``).

Written blind on 2026-12-02 (started 09:21 UTC, seed 1796203274 from `date +%s` then) by a helper engineer who read
none of the detector's code, notes, lists or tests, nor ``phi_evaluate``, the tagger, word-list or hanzi tools, nor any
commit message, and who never ran the detector or ``phi_evaluate`` on these notes (only this generator, to write the
JSONL and check its spans): another engineer runs it once, and that first run is the split's figure. Eighteen document
styles that no earlier split uses, one template per style and language, 18 templates per language:

* ``pharmacy_counselling``: an outpatient pharmacy medicines-counselling record and a 门诊药学咨询记录;
* ``midwife_visit``: a community midwife's postnatal home visit and a 产后访视记录;
* ``blood_donor``: a blood-donor health questionnaire (Emirates ID) and a 献血者健康征询表;
* ``photo_consent``: consent for clinical photography and a 临床摄影知情同意书;
* ``valuables_log``: a ward property and valuables book and a 贵重物品及遗失物品登记本;
* ``whiteboard``: ward whiteboards typed up from a photograph (names wrapped over two lines, numbers in columns);
* ``family_meeting``: family-meeting minutes and a 医患沟通记录（家庭会议）;
* ``bereavement_letter``: bereavement follow-up letters (哀伤随访信);
* ``records_request``: a subject-access request by e-mail (name in the signature) and a 病案复印申请表 with the
  applicant's text message;
* ``deposit_receipt``: an international-patient deposit receipt and a 住院预交金收据 (bank cards);
* ``infusion_register``: a day infusion register and a 门诊输液登记本;
* ``vaccine_sms``: vaccination-appointment SMS logs with the parent's replies (疫苗接种预约短信);
* ``transport_booking``: non-emergency patient transport bookings (非急救转运预约单) with directions in speech;
* ``work_injury``: an Indonesian workplace injury report (NIK, BPJS) and a 工伤认定申请表;
* ``adr_report``: adverse drug reaction reports (e-mail signature) and a 药品不良反应/事件报告表;
* ``pump_clinic``: insulin-pump and CGM download reviews with the patient's message;
* ``sleep_study``: polysomnography reports (多导睡眠监测报告);
* ``biobank_consent``: biobank consent and sample records (生物样本库知情同意书).

Where the values sit differs too: names inside quoted speech and at the start of a sentence (a given name alone),
possessives (``Mrs Okonkwo's daughter``, ``Khalid's consultant``: the ``'s`` is outside the span), Indian names with
initials before or after the surname (``R. K. Narayanan``, ``Narayanan R K``, ``Venkataraman S.R.``), Arabic,
Persian, Turkish, Vietnamese, Thai, Indonesian (single names too), Igbo, Polish, Greek and Welsh names, ``SURNAME,
Given`` in one span, names wrapped over a line break (the newline is inside the span), names in e-mail signatures;
in Chinese, Japanese and Korean names written in characters (``田中美咲``, ``金敏浩``), nicknames with 阿/老/小
(``阿强``, ``老谭``, ``小蔡``: the prefix is inside the span, as the nickname is the name used), double surnames
(上官, 司徒, 端木, 令狐, 夏侯, 公孙, 尉迟, 呼延, 欧阳, 司马) and surnames alone before 护士. Addresses: US, UK
(Edinburgh ``2F1``, basement flats), UAE, Turkish, Thai (Moo/Tambon), Indonesian (RT/RW), Iranian and Vietnamese
addresses with apartment and unit forms, a street alone in running text (``lives on Kowalski Street``), multi-line
letter headings; Chinese addresses without province or city (``鼓楼区湖东路88号``), 县城 addresses, rural 乡/镇/村/组
and 屯 addresses, building-room forms alone (``12栋3单元502``, ``B座1808室``, ``东区8号楼1单元402``) and addresses in
a patient's or relative's message. Telephones of the UAE, Turkey, Thailand, Indonesia, Iran, Vietnam, the UK and the
US; Chinese mobiles with hyphens (``138-1234-5678``, ``+86-138-...``) and landlines with area codes. Dates of birth as
``07-Mar-61``, ``07MAR1961``, ``7/3/61``, ``1961/03/07``, ``07.03.1961``, ``61年3月7日``, ``1961.3.7``, ``19610307`` and
``1961年03月07日``. Turkish T.C. Kimlik, UAE Emirates ID, Indonesian NIK, Thai ID and Iranian national codes
(``NATIONAL_ID``), Chinese resident IDs grouped with spaces or with a lower-case ``x`` (``CN_RESIDENT_ID``), bank
cards grouped in fours (``BANK_CARD``), BPJS and Daman-style member numbers and 社会保障卡号 (``INSURANCE_ID``),
record numbers under Hosp No., UR number, Case No., ID, 住院号, 病案号, 门诊号, ID号, 病历号 and in unlabelled
columns or parentheses, blood-donor numbers and 献血码 (``MEDICAL_RECORD_NO``, a number the health service keeps for
the person), and e-mail addresses at hotmail.com.tr, yahoo.co.th, yahoo.co.id, emirates.net.ae, qq.com, 163.com and
nhs.net (staff addresses built from the staff name).

Span types are the earlier splits' types only and fresh5's and fresh6's conventions hold: titles, honorifics and
kinship words (Mr, Mrs, Dr, 女士, 老先生, 护士, 之女) stay outside a name's span. Eponymous diseases, signs and
reactions (Stevens-Johnson syndrome, 希恩综合征), hospitals named after people (Addenbrooke's, 邵逸夫医院), devices and
model numbers (Dexcom G7, MiniMed 780G, ResMed AirSense 10, 鱼跃YH-360), drugs and Chinese patent medicines
(复方丹参滴丸, 连花清瘟胶囊), doses, laboratory values and scale scores (Epworth 14, EPDS 11, AHI 32/h) are keep terms;
register entry, study and sample codes (pseudonymised), bed numbers, bleeps and extensions are plain text, not PHI.
"""

import datetime

from stdnum import luhn
from stdnum.cn import ric

from medgate.tools.phi_notes import Values, notes
from medgate.tools.phi_notes_fresh4 import ascii_lower
from medgate.tools.phi_notes_fresh5 import ascii_fold
from medgate.tools.phi_notes_fresh6 import Fresh6Source

# `date +%s` when this split was started (2026-12-02 09:21:14 UTC), before any draw was looked at; never run on the
# detector by its author.
FRESH7_SEED = 1796203274

FRESH7_KEEP = {
    "en": {
        "eponym": (
            "Marfan syndrome",
            "Barrett's oesophagus",
            "Paget's disease of bone",
            "Horner's syndrome",
            "Conn's syndrome",
            "Wernicke's encephalopathy",
            "Ludwig's angina",
            "Tietze syndrome",
            "Still's disease",
            "Sheehan's syndrome",
            "Budd-Chiari syndrome",
            "Reye's syndrome",
            "Hirschsprung disease",
            "Osler-Weber-Rendu syndrome",
            "Pick's disease",
            "Zollinger-Ellison syndrome",
        ),
        "drug": (
            "Eliquis 5 mg BD",
            "Xarelto 20 mg OD",
            "Ozempic 0.5 mg weekly",
            "Mounjaro 5 mg weekly",
            "Jardiance 10 mg",
            "Entresto 49/51 mg BD",
            "Symbicort 200/6 two puffs BD",
            "co-amoxiclav 625 mg TDS",
            "flucloxacillin 500 mg QDS",
            "tramadol 50 mg PRN",
            "ferrous fumarate 210 mg BD",
            "Movicol 1 sachet OD",
        ),
        "number": (
            "Hb 128 g/L",
            "ferritin 9 µg/L",
            "HbA1c 58 mmol/mol",
            "eGFR 54 mL/min/1.73m2",
            "ALT 312 U/L",
            "platelets 38 x10^9/L",
            "CRP 87 mg/L",
            "K+ 5.9 mmol/L",
            "INR 3.8",
            "BP 96/58, HR 118",
            "temp 38.6 °C",
            "lactate 4.1 mmol/L",
        ),
    },
    "zh": {
        "eponym": (
            "马凡综合征",
            "巴雷特食管",
            "佩吉特骨病",
            "霍纳综合征",
            "希恩综合征",
            "韦尼克脑病",
            "布加综合征",
            "成人斯蒂尔病",
            "先天性巨结肠（赫什朋病）",
            "蒂策综合征",
            "瑞氏综合征",
            "原发性醛固酮增多症（康恩综合征）",
            "卓-艾综合征",
            "皮克病",
        ),
        "drug": (
            "利伐沙班片20mg qd",
            "阿哌沙班2.5mg bid",
            "司美格鲁肽注射液0.5mg每周一次",
            "达格列净片10mg",
            "沙库巴曲缬沙坦钠片100mg bid",
            "布地奈德福莫特罗粉吸入剂",
            "阿莫西林克拉维酸钾片457mg",
            "左氧氟沙星片0.5g qd",
            "琥珀酸亚铁片0.1g tid",
            "门冬胰岛素30注射液早14单位晚10单位",
            "硝苯地平控释片30mg",
            "瑞舒伐他汀钙片10mg",
        ),
        "number": (
            "血红蛋白98g/L",
            "铁蛋白9μg/L",
            "糖化血红蛋白8.1%",
            "估算肾小球滤过率54ml/min",
            "丙氨酸氨基转移酶312U/L",
            "血小板38×10^9/L",
            "C反应蛋白87mg/L",
            "血钾5.9mmol/L",
            "INR 3.8",
            "血压96/58mmHg，心率118次/分",
            "体温38.6℃",
            "乳酸4.1mmol/L",
        ),
    },
}
ZH7_TCM = (
    "复方丹参滴丸",
    "连花清瘟胶囊",
    "速效救心丸",
    "安宫牛黄丸",
    "六味地黄丸",
    "板蓝根颗粒",
    "血塞通软胶囊",
    "银杏叶片",
    "补中益气丸",
    "片仔癀",
    "通心络胶囊",
    "麝香保心丸",
)

# Style-specific keep terms (kind in the key after the colon).
FRESH7_SPECIAL = {
    "en": {
        "hosp7:eponym": (
            "Addenbrooke's",
            "John Radcliffe",
            "Guy's and St Thomas'",
            "Sir Charles Gairdner",
            "Rashid Hospital",
            "Sheikh Khalifa Medical City",
        ),
        "obs7:eponym": (
            "Pfannenstiel caesarean section",
            "Kielland's rotational forceps",
            "Kiwi OmniCup ventouse",
            "Leboyer-style water birth",
        ),
        "neo7:eponym": (
            "Guthrie heel-prick test done",
            "Moro reflex present",
            "Ortolani and Barlow negative",
            "Erb's palsy excluded",
        ),
        "scale7:number": (
            "Edinburgh Postnatal Depression Scale 11",
            "EPDS 13",
            "PHQ-9 score 12",
            "Bishop score 7",
            "Braden score 14",
        ),
        "cam7:eponym": ("Canon EOS R6 with 100 mm macro", "Nikon D7500", "Sony ZV-E10", "Canfield VECTRA H2"),
        "iv7:drug": (
            "Ferinject 1 g IV over 15 min",
            "infliximab 5 mg/kg IV",
            "zoledronic acid 5 mg IV",
            "ceftriaxone 2 g IV OD",
            "Venofer 200 mg IV",
            "Ocrevus 600 mg IV",
        ),
        "iv7b:drug": ("tocilizumab 8 mg/kg IV", "pamidronate 90 mg IV", "IVIg (Privigen) 0.4 g/kg", "Monofer 1000 mg"),
        "dev7:eponym": ("BD Venflon 22G", "BD Insyte 20G", "B. Braun Introcan 22G", "Baxter Flo-Gard 6201"),
        "vax7:drug": (
            "MMR (Priorix) dose 2",
            "Infanrix hexa",
            "Prevenar 13",
            "Bexsero",
            "Gardasil 9",
            "Rotarix oral",
        ),
        "adr7:eponym": (
            "Stevens-Johnson syndrome",
            "Lyell's syndrome (toxic epidermal necrolysis)",
            "red man syndrome",
            "Nicolau syndrome",
            "Kounis syndrome",
        ),
        "pump7:eponym": (
            "MiniMed 780G",
            "Omnipod 5",
            "Tandem t:slim X2",
            "Accu-Chek Insight",
            "Ypsomed mylife YpsoPump",
        ),
        "cgm7:eponym": ("Dexcom G7", "FreeStyle Libre 3", "Guardian 4 sensor", "Dexcom ONE+"),
        "cgmnum7:number": ("TIR 71%, TBR 3%, GMI 7.1%", "time in range 58%", "CV 38%", "TBR 6% (<3.9 mmol/L)"),
        "sleepnum7:number": ("AHI 32/h", "ODI 28/h, nadir SpO2 78%", "RDI 41/h", "T90 18%", "AHI 54/h supine"),
        "sleepepo7:eponym": (
            "Cheyne-Stokes respiration during N1",
            "Pickwickian syndrome (obesity hypoventilation)",
            "Mallampati class IV",
            "Willis-Ekbom disease (restless legs) symptoms",
        ),
        "sleepscale7:number": (
            "Epworth Sleepiness Scale 14",
            "STOP-BANG 6/8",
            "Epworth 19/24",
            "Berlin questionnaire high",
        ),
        "insulin7:drug": (
            "NovoRapid via pump, TDD 38 units",
            "Fiasp via pump, basal 0.8 units/h",
            "Humalog U100 via pump",
            "Lyumjev via pump, ICR 1:10",
        ),
        "pnc7:drug": (
            "ferrous fumarate 210 mg BD",
            "enoxaparin 40 mg s/c OD for 10 days",
            "paracetamol 1 g QDS PRN",
            "lactulose 10 mL BD",
        ),
        "inj7:drug": (
            "co-amoxiclav 625 mg TDS",
            "flucloxacillin 500 mg QDS",
            "ibuprofen 400 mg TDS",
            "tramadol 50 mg PRN",
        ),
        "cpap7:eponym": (
            "ResMed AirSense 10 AutoSet",
            "Philips DreamStation 2",
            "ResMed AirSense 11",
            "Fisher & Paykel SleepStyle",
        ),
    },
    "zh": {
        "hosp7:eponym": ("邵逸夫医院", "中山医院", "宋庆龄妇幼保健院", "逸夫楼", "白求恩国际和平医院", "仁济医院"),
        "obs7:eponym": ("剖宫产（Pfannenstiel横切口）", "产钳助产（Kielland产钳）", "胎头吸引（Kiwi吸引器）"),
        "neo7:eponym": ("新生儿足跟血筛查已做", "莫罗反射存在", "Ortolani征阴性", "欧勃麻痹已排除"),
        "scale7:number": ("爱丁堡产后抑郁量表11分", "EPDS评分13分", "PHQ-9评分12分", "Braden评分14分"),
        "cam7:eponym": ("佳能EOS R6＋100mm微距镜头", "尼康D7500", "索尼ZV-E10", "VECTRA H2三维成像系统"),
        "iv7:drug": (
            "0.9%氯化钠注射液250ml＋头孢曲松钠2g",
            "蔗糖铁注射液100mg",
            "唑来膦酸注射液5mg",
            "5%葡萄糖注射液250ml＋丹参多酚酸盐200mg",
            "左氧氟沙星氯化钠注射液0.5g",
        ),
        "iv7b:drug": ("血塞通注射液400mg", "英夫利西单抗300mg", "人免疫球蛋白10g", "醒脑静注射液20ml"),
        "dev7:eponym": ("BD Intima II 24G留置针", "贝朗Introcan 22G", "威高一次性输液器", "百特Flo-Gard 6201输液泵"),
        "vax7:drug": (
            "麻腮风疫苗第2剂",
            "百白破疫苗",
            "13价肺炎球菌结合疫苗",
            "乙脑减毒活疫苗",
            "口服五价轮状病毒疫苗",
        ),
        "adr7:eponym": ("史蒂文斯-约翰逊综合征", "中毒性表皮坏死松解症（Lyell综合征）", "红人综合征", "Kounis综合征"),
        "pump7:eponym": ("美敦力MiniMed 780G胰岛素泵", "微泰Equil贴敷式胰岛素泵", "Omnipod 5", "美敦力722泵"),
        "cgm7:eponym": ("德康G7", "雅培瞬感3（FreeStyle Libre 3）", "硅基动感", "美奇CGM"),
        "cgmnum7:number": ("TIR 71%，TBR 3%，GMI 7.1%", "目标范围内时间58%", "血糖变异系数38%"),
        "sleepnum7:number": (
            "AHI 32次/小时",
            "氧减指数28次/小时，最低血氧饱和度78%",
            "AHI 54次/小时（仰卧位）",
            "T90 18%",
        ),
        "sleepepo7:eponym": (
            "N1期见陈-施呼吸",
            "匹克威克综合征（肥胖低通气）",
            "Mallampati分级Ⅳ级",
            "不宁腿综合征（Willis-Ekbom病）症状",
        ),
        "sleepscale7:number": ("Epworth嗜睡量表14分", "STOP-BANG 6分", "匹兹堡睡眠质量指数16分"),
        "insulin7:drug": (
            "门冬胰岛素（诺和锐）泵入，每日总量38单位",
            "赖脯胰岛素（优泌乐）基础率0.8U/h",
            "谷赖胰岛素（艾倍得）泵入",
        ),
        "pnc7:drug": ("琥珀酸亚铁片0.1g tid", "低分子肝素钠4000IU皮下注射qd", "益母草颗粒", "产妇康颗粒"),
        "inj7:drug": ("破伤风抗毒素1500IU肌注", "头孢呋辛酯片0.25g bid", "伤科接骨片", "布洛芬缓释胶囊0.3g bid"),
        "cpap7:eponym": ("瑞思迈AirSense 10自动呼吸机", "飞利浦DreamStation 2", "鱼跃YH-360", "瑞迈特BMC G2S"),
    },
}

# Names.
INDIAN7_SURNAMES = (
    "Narayanan",
    "Venkataraman",
    "Subramanian",
    "Krishnamurthy",
    "Raghavan",
    "Balasubramaniam",
    "Chandrasekhar",
    "Ramanathan",
    "Gopalakrishnan",
    "Padmanabhan",
)
NAME7_CULTURES = {
    "arabic": (
        ("Abdulrahman", "Fatima", "Youssef", "Layla", "Khalid", "Mariam", "Omar", "Noura", "Hamad", "Reem"),
        ("Al-Qahtani", "Al Mansoori", "El-Amrani", "Abu-Ghazaleh", "Haddad", "Al-Shamsi", "Khoury", "Al Nuaimi"),
    ),
    "persian": (
        ("Farhad", "Shirin", "Mehrdad", "Negar", "Babak", "Parisa", "Kourosh", "Mahsa"),
        ("Rostami", "Ghorbani", "Tehrani-Nasab", "Mohammadzadeh", "Hosseini", "Karimi", "Jafari", "Sadeghi"),
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Gülşen", "Mustafa", "Zeynep", "Burak", "Elif", "Hüseyin", "Şükrü"),
        ("Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Kaya", "Aydın", "Kılıç", "Güneş"),
    ),
    "thai": (
        ("Somchai", "Siriporn", "Nattapong", "Kanokwan", "Thanawat", "Pimchanok", "Apichart", "Ratchanee"),
        ("Jaidee", "Wongsawat", "Srisuk", "Chaiyaporn", "Rattanakorn", "Boonmee", "Sukprasert", "Thongchai"),
    ),
    "indonesian": (
        ("Bambang", "Dewi", "Agus", "Sri", "Made", "Putu", "Wahyu", "Ratna"),
        ("Susilo", "Lestari", "Hidayat", "Rahayu", "Wirawan", "Setiawan", "Kusuma", "Nugroho"),
    ),
    "west_african": (
        ("Chinwe", "Obinna", "Ngozi", "Chukwuemeka", "Adaeze", "Ifeanyi"),
        ("Okonkwo", "Eze", "Nwachukwu", "Okafor-Ibe", "Obiora", "Udeh"),
    ),
    "european": (
        ("Małgorzata", "Grzegorz", "Eleni", "Dimitrios", "Rhiannon", "Gareth", "Agnieszka", "Stavros"),
        ("Kowalczyk", "Wiśniewska", "Papadopoulos", "Konstantinidou", "ap Rhys", "Llewellyn", "Zieliński"),
    ),
}
VIET7_NAMES = (
    "Trương Thị Bích Ngọc",
    "Đỗ Quang Vinh",
    "Ngo Thanh Tam",
    "Lý Hoàng Nam",
    "Hoang Thi Kim Oanh",
    "Vu Duc Thang",
    "Dương Văn Lực",
    "Phan Thị Mỹ Linh",
)
INDO7_MONONYMS = ("Sukarni", "Wahyuni", "Suparman", "Sumiati", "Mulyadi", "Tukiyem")

JP7_KANJI = (
    "田中美咲",
    "渡边健太",
    "山口惠子",
    "高桥翔太",
    "小林由美",
    "中村拓也",
    "松本彩香",
    "森田明日香",
    "井上阳菜",
)
KR7_HANZI = ("金敏浩", "朴智妍", "李俊熙", "崔秀贤", "郑允浩", "姜惠真", "尹在元", "韩素希")
ZH7_DOUBLE = ("欧阳", "司马", "上官", "司徒", "端木", "令狐", "夏侯", "公孙", "尉迟", "呼延")
ZH7_SURNAMES = ("谭", "邓", "潘", "龚", "蒋", "韦", "覃", "甘", "柯", "翁", "骆", "卢", "蔡", "范", "彭", "岑")
ZH7_GIVEN = (
    "晓峰",
    "思琪",
    "宇航",
    "佳怡",
    "振华",
    "丽娟",
    "国庆",
    "海燕",
    "子涵",
    "文博",
    "春花",
    "志远",
    "婉婷",
    "立新",
    "秋菊",
    "卫东",
)
ZH7_SINGLE = ("强", "芳", "伟", "娟", "军", "敏", "磊", "静", "勇", "霞", "坤", "妹")

# Addresses.
US7_APTS = (
    ("Conant St", "Hamtramck, MI 48212"),
    ("Warren Ave", "Dearborn, MI 48126"),
    ("Cedar Ave S", "Minneapolis, MN 55454"),
    ("Getty Ave", "Paterson, NJ 07503"),
    ("Bellaire Blvd", "Houston, TX 77036"),
)
UK7_FLATS = (
    "2F1, {n} Marchmont Crescent, Edinburgh EH9 1HN",
    "Basement Flat, {n} Ashgrove Terrace, Bristol BS6 5PQ",
    "Flat {k}, {house} Court, {n} Dock Road, Tilbury RM18 7BH",
    "Flat {k}/{m}, {n} Dumbarton Road, Glasgow G11 6PW",
    "Room {k}, {n} Hollybush Lane (HMO), Leeds LS6 2JF",
)
UK7_HOUSES = ("Rowntree", "Caxton", "Brunel", "Pankhurst", "Attlee")
UAE7 = (
    "Apt {k}0{m}, Al Waha Tower, Al Nahda 2, Dubai",
    "Villa {n}, Street {k}b, Al Barsha 2, Dubai",
    "Flat {k}{m}04, Sun Tower, Al Reem Island, Abu Dhabi",
    "Bldg {k}, Flat {m}1, Rolla Street, Al Ghuwair, Sharjah",
)
TR7 = (
    "Bağdat Cad. No: {n} Daire {k}, Kadıköy, İstanbul",
    "Atatürk Mah. Gül Sok. No:{n}/{k} Çankaya/Ankara",
    "Cumhuriyet Mah. {n}. Sokak No:{m} D:{k}, Konak, İzmir",
)
TH7 = (
    "{n}/{m} Moo {k}, Tambon Bang Phli Yai, Amphoe Bang Phli, Samut Prakan 10540",
    "{n} Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110",
    "Condo Lumpini Place, Bldg B, Rm {k}0{m}, Rama 9 Rd, Huai Khwang, Bangkok 10310",
)
ID7 = (
    "Jl. Kenanga No. {n}, RT 0{k}/RW 0{m}, Kel. Cempaka Putih, Jakarta Pusat 10510",
    "Perum Griya Asri Blok C{k} No. {m}, Sidoarjo 61252",
    "Gg. Melati II No. {n}, Denpasar Barat, Bali 80117",
)
IR7 = ("Unit {k}, No. {n}, Golestan Alley, Shariati St, Tehran", "No. {n}, {k}th Narges Alley, Chaharbagh, Isfahan")
VN7 = ("Số {n} ngõ {k}{m} Trần Duy Hưng, Cầu Giấy, Hà Nội", "{n}/{k} Lê Văn Sỹ, Phường 13, Quận 3, TP.HCM")
EN7_STREETS = (
    "Kowalski Street",
    "Dock Road",
    "Hollybush Lane",
    "Jalan Kenanga",
    "Soi Sukhumvit 39",
    "Bağdat Caddesi",
    "Al Wasl Road",
    "Conant Street",
    "Marchmont Crescent",
    "Rolla Street",
)

ZH7_DISTRICTS = ("海淀区", "鼓楼区", "雨花台区", "天心区", "江岸区", "南岗区", "龙华区", "禅城区", "市中区", "白云区")
ZH7_ROADS = (
    "学院路",
    "湖东路",
    "劳动西路",
    "汉黄路",
    "红旗大街",
    "民治大道",
    "季华五路",
    "经十路",
    "新港中路",
    "育才街",
)
ZH7_XIAOQU = ("碧桂园", "万科城", "保利香槟国际", "恒大名都", "绿地新里", "龙湖春江郦城", "融创玖玺台", "阳光100")
ZH7_COUNTIES = ("固始县", "宁都县", "沭阳县", "岳西县", "剑川县", "合浦县", "平舆县", "会同县")
ZH7_TOWNS = ("陈集镇", "黄陂镇", "汤家汇镇", "花园乡", "马坊乡", "石门乡", "沙田镇", "甸南镇")
ZH7_VILLAGES = ("大塘", "杨湾", "上坝", "柳树沟", "高家庄", "下营", "龙潭", "新屋场")
ZH7_TUN = ("那坡屯", "六合屯", "岜扶屯", "弄怀屯")
ZH7_RID_AREAS = ("411525", "360730", "321322", "340828", "532931", "450521", "411723", "431225")
ZH7_LAND_AREAS = ("0371", "0551", "0791", "0851", "0898", "0471", "0771", "0731")


class Fresh7Source(Fresh6Source):
    """Values for the tenth split: the ninth split's sources and, drawn after them (so no other split changes),
    Indian-initialled, Arabic, Persian, Turkish, Thai, Indonesian, Vietnamese, Igbo and European names in parts
    (given name, surname, ``SURNAME, Given``, wrapped), Japanese and Korean names in characters, 阿/老/小 nicknames and
    double surnames; UAE, Turkish, Thai, Indonesian, Iranian, Vietnamese, UK-flat and US-apartment addresses, streets
    alone, Chinese addresses without province, 县城 and rural addresses and building-room forms; their telephones,
    dates of birth in other forms and their national identifiers, bank cards and insurance numbers."""

    # Names.

    def person7(self) -> tuple[str, str]:
        """A given name and surname of one culture."""
        given, surnames = self.rng.choice(list(NAME7_CULTURES.values()))
        return self.rng.choice(given), self.rng.choice(surnames)

    def indian7(self) -> str:
        r = self.rng
        a, b = self.initial(), self.initial()
        sur = r.choice(INDIAN7_SURNAMES)
        return r.choice(
            (f"{a}. {b}. {sur}", f"{a}.{b}. {sur}", f"{sur} {a} {b}", f"{sur} {a}.{b}.", f"{sur.upper()} {a}{b}")
        )

    def en_name7(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.18:
            return self.indian7()
        if roll < 0.3:
            return r.choice(VIET7_NAMES)
        if roll < 0.36:
            return r.choice(INDO7_MONONYMS)
        given, sur = self.person7()
        if roll < 0.42:
            return f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    def wrapped7(self) -> str:
        """A two-word name wrapped onto the next line (the newline is part of the value)."""
        given, sur = self.person7()
        return f"{given}\n{sur}"

    def zh_name7(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.15:
            return r.choice(JP7_KANJI)
        if roll < 0.3:
            return r.choice(KR7_HANZI)
        if roll < 0.48:
            return r.choice(ZH7_DOUBLE) + r.choice((*ZH7_GIVEN, *ZH7_SINGLE))
        if roll < 0.6:
            return r.choice(ZH7_SURNAMES) + r.choice(ZH7_SINGLE)
        return r.choice(ZH7_SURNAMES) + r.choice(ZH7_GIVEN)

    def zh_nick7(self) -> str:
        r = self.rng
        return r.choice(
            (
                "阿" + r.choice(ZH7_SINGLE),
                "老" + r.choice(ZH7_SURNAMES),
                "小" + r.choice(ZH7_SURNAMES),
                "阿" + r.choice(ZH7_SURNAMES),
            )
        )

    def zh_wrapped7(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return f"{r.choice(ZH7_DOUBLE)}\n{r.choice(ZH7_GIVEN)}"
        name = r.choice(ZH7_SURNAMES) + r.choice(ZH7_GIVEN)
        return f"{name[:2]}\n{name[2:]}"

    # Addresses.

    def fill7(self, pattern: str) -> str:
        r = self.rng
        return pattern.format(n=r.randint(2, 180), k=r.randint(1, 9), m=r.randint(1, 9), house=r.choice(UK7_HOUSES))

    def en_addr7(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.18:
            street, city = r.choice(US7_APTS)
            unit = r.choice((f"Apt {r.randint(1, 6)}{r.choice('ABCD')}", f"Unit {r.randint(101, 420)}", "Apt 2R"))
            return f"{r.randint(1200, 14999)} {street} {unit}, {city}"
        pools = (UK7_FLATS, UAE7, TR7, TH7, ID7, IR7, VN7)
        return self.fill7(r.choice(pools[min(int((roll - 0.18) / 0.82 * len(pools)), len(pools) - 1)]))

    def en_addr7_ml(self) -> str:
        """A letter heading's address: the street line and the town line on separate lines."""
        r = self.rng
        if r.random() < 0.5:
            street, city = r.choice(US7_APTS)
            return f"{r.randint(1200, 14999)} {street}, Apt {r.randint(1, 6)}{r.choice('ABCD')}\n{city}"
        return self.fill7(r.choice(UK7_FLATS)).replace(", ", "\n")

    def en_street7(self) -> str:
        r = self.rng
        street = r.choice(EN7_STREETS)
        return street if r.random() < 0.6 else f"{r.randint(2, 140)} {street}"

    def zh_room7(self) -> str:
        r = self.rng
        b, u, room = r.randint(1, 32), r.randint(1, 6), f"{r.randint(1, 33)}0{r.randint(1, 4)}"
        return r.choice(
            (
                f"{b}栋{u}单元{room}",
                f"{r.choice('ABCD')}座{room}室",
                f"{b}幢{u}单元{room}室",
                f"东区{b}号楼{u}单元{room}",
                f"{b}号楼{u}门{room}",
            )
        )

    def zh_village7(self) -> str:
        r = self.rng
        county, town, village = r.choice(ZH7_COUNTIES), r.choice(ZH7_TOWNS), r.choice(ZH7_VILLAGES)
        group = r.choice(("一", "二", "三", "四", "五", "六", "七"))
        return r.choice(
            (
                f"{county}{town}{village}村{group}组",
                f"{county}{town}{village}村{r.randint(1, 12)}组{r.randint(1, 60)}号",
                f"{town}{village}村{group}组",
                f"{county}{town}{village}村委会{r.choice(ZH7_TUN)}",
                f"{county}城关镇{r.choice(('北街', '南关', '东大街', '西环路'))}{r.randint(1, 200)}号",
            )
        )

    def zh_addr7(self) -> str:
        r = self.rng
        district, road, xiaoqu = r.choice(ZH7_DISTRICTS), r.choice(ZH7_ROADS), r.choice(ZH7_XIAOQU)
        n = r.randint(1, 399)
        roll = r.random()
        if roll < 0.2:
            return f"{district}{road}{n}号"
        if roll < 0.4:
            return f"{district}{road}{n}号{xiaoqu}{self.zh_room7()}"
        if roll < 0.55:
            return f"{xiaoqu}{self.zh_room7()}"
        if roll < 0.7:
            return f"{road}{n}号{self.zh_room7()}"
        return self.zh_village7()

    # Telephones.

    def en_phone7(self) -> str:
        r, d = self.rng, self.digits
        return r.choice(
            (
                f"+971 50 {d(3)} {d(4)}",
                f"055 {d(7)}",
                f"0532 {d(3)} {d(2)} {d(2)}",
                f"+90 5{d(2)} {d(3)} {d(4)}",
                f"08{r.randint(1, 9)}-{d(3)}-{d(4)}",
                f"+66 8{r.randint(1, 9)} {d(3)} {d(4)}",
                f"0812-{d(4)}-{d(4)}",
                f"+62 813 {d(4)} {d(4)}",
                f"0912 {d(3)} {d(4)}",
                f"090 {d(3)} {d(2)} {d(2)}",
                f"07{d(3)} {d(6)}",
                f"(313) {r.randint(200, 989)}-{d(4)}",
            )
        )

    def zh_phone7(self) -> str:
        r = self.rng
        number = f"1{r.choice('35789')}{self.digits(9)}"
        return r.choice(
            (
                f"{number[:3]}-{number[3:7]}-{number[7:]}",
                f"+86-{number[:3]}-{number[3:7]}-{number[7:]}",
                f"(+86){number}",
                number,
            )
        )

    def zh_land7(self) -> str:
        r = self.rng
        area = r.choice(ZH7_LAND_AREAS)
        body = f"{r.randint(2, 8)}{self.digits(7)}"
        return r.choice((f"{area}-{body[:4]} {body[4:]}", f"（{area}）{body}", f"{area}-{body}"))

    # Dates of birth.

    def dob7_en(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born:%d}-{born:%b}-{born:%y}",
                f"{born:%d%b%Y}".upper(),
                f"{born.day}/{born.month}/{born:%y}",
                f"{born:%Y/%m/%d}",
                f"{born:%d.%m.%Y}",
            )
        )

    def dob7_zh(self, born: datetime.date) -> str:
        return self.rng.choice(
            (
                f"{born:%y}年{born.month}月{born.day}日",
                f"{born.year}.{born.month}.{born.day}",
                f"{born:%Y%m%d}",
                f"{born.year}年{born:%m}月{born:%d}日",
            )
        )

    # Identifiers.

    def tckn(self) -> str:
        """A Turkish T.C. Kimlik number (11 digits, two check digits)."""
        d = [self.rng.randint(1, 9)] + [int(c) for c in self.digits(8)]
        d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))

    def emirates_id(self, born: datetime.date) -> str:
        body = f"784{born.year}{self.digits(7)}"
        number = body + luhn.calc_check_digit(body)
        return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"

    def nik(self, born: datetime.date) -> str:
        """An Indonesian NIK: region, date of birth (day + 40 for women), serial."""
        day = born.day + self.rng.choice((0, 40))
        return f"{self.rng.choice(('317101', '327302', '510305', '357806'))}{day:02d}{born:%m%y}{self.digits(4)}"

    def thai_id(self) -> str:
        body = str(self.rng.randint(1, 8)) + self.digits(11)
        check = (11 - sum(int(c) * (13 - i) for i, c in enumerate(body)) % 11) % 10
        n = body + str(check)
        return self.rng.choice(
            (n, f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}", f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}")
        )

    def iran_id(self) -> str:
        body = self.digits(9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        n = body + str(s if s < 2 else 11 - s)
        return n if self.rng.random() < 0.5 else f"{n[:3]}-{n[3:9]}-{n[9]}"

    def rid7(self) -> str:
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=self.rng.randrange(24000))
        body = f"{self.rng.choice(ZH7_RID_AREAS)}{born:%Y%m%d}{self.digits(3)}"
        number = body + ric.calc_check_digit(body + "0")
        roll = self.rng.random()
        if roll < 0.4:
            return f"{number[:6]} {number[6:14]} {number[14:]}"
        if roll < 0.6:
            return number.replace("X", "x")
        return number

    def card7(self) -> str:
        body = self.rng.choice(("6217", "6222", "6228", "6212")) + self.digits(14)
        n = body + luhn.calc_check_digit(body)
        return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"

    def en_mrn7(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"00{d(5)}", f"K{d(7)}", f"26/{d(6)}", f"IP{d(7)}", f"M{d(6)}-{self.initial()}", f"UR{d(6)}"))

    def zh_mrn7(self) -> str:
        r, d = self.rng, self.digits
        return r.choice((f"ZY{r.randint(2024, 2026)}-{d(5)}", f"0{d(6)}", f"B{d(7)}", f"MZ{d(10)}", f"1{d(8)}"))

    def email7(self, given: str, sur: str) -> str:
        r = self.rng
        first, last = ascii_lower(ascii_fold(given)) or "user", ascii_lower(ascii_fold(sur)) or "mail"
        return r.choice(
            (
                f"{first}.{last}{r.randint(1, 99)}@hotmail.com.tr",
                f"{first}_{last}@yahoo.co.th",
                f"{first}{last}@yahoo.co.id",
                f"{first[0]}{last}@emirates.net.ae",
                f"{first}.{last}{r.randint(60, 99)}@gmail.com",
            )
        )

    def values(self) -> Values:
        """One person's values with the tenth split's forms, drawn after the ninth split's."""
        values = super().values()
        r = self.rng
        for lang, keep in FRESH7_KEEP.items():
            for kind, choices in keep.items():
                first, second = r.sample(choices, 2)
                slot = {"eponym": "epo7", "drug": "drug7", "number": "num7"}[kind]
                values[f"{lang}_{slot}"] = (first, f"KEEP:{kind}", lang)
                values[f"{lang}_{slot}b"] = (second, f"KEEP:{kind}", lang)
        values["zh_tcm7"] = (r.choice(ZH7_TCM), "KEEP:drug", "zh")
        for lang, lists in FRESH7_SPECIAL.items():
            for key, choices in lists.items():
                slot, kind = key.split(":")
                values[f"{lang}_{slot}"] = (r.choice(choices), f"KEEP:{kind}", lang)
        born = self.born5()
        values["age7"] = (str(2026 - born.year), "KEEP:number", "any")
        given, sur = self.person7()
        given_b, sur_b = self.person7()
        staff_given, staff_sur = self.person7()
        people = {
            "en_given7": (given, "en"),
            "en_sur7": (sur, "en"),
            "en_full7": (f"{given} {sur}", "en"),
            "en_given7b": (given_b, "en"),
            "en_full7b": (f"{given_b} {sur_b}", "en"),
            "en_name7": (self.en_name7(), "en"),
            "en_name7b": (self.en_name7(), "en"),
            "en_staff7": (f"{staff_given} {staff_sur}", "en"),
            "en_staff7b": (self.en_name7(), "en"),
            "en_indian7": (self.indian7(), "en"),
            "en_wrapped7": (self.wrapped7(), "en"),
            "zh_name7": (self.zh_name7(), "zh"),
            "zh_name7b": (self.zh_name7(), "zh"),
            "zh_name7c": (self.zh_name7(), "zh"),
            "zh_staff7": (self.zh_name7(), "zh"),
            "zh_staff7b": (self.zh_name7(), "zh"),
            "zh_jk7": (r.choice((*JP7_KANJI, *KR7_HANZI)), "zh"),
            "zh_nick7": (self.zh_nick7(), "zh"),
            "zh_sur7": (r.choice((*ZH7_SURNAMES, *ZH7_DOUBLE)), "zh"),
            "zh_wrapped7": (self.zh_wrapped7(), "zh"),
        }
        c_given, c_sur = self.person7()
        people["en_comma7"] = (f"{c_sur.upper()}, {c_given}", "en")
        for slot, (text, lang) in people.items():
            values[slot] = (text, "PERSON", lang)
        addresses = {
            "en_addr7": (self.en_addr7(), "en"),
            "en_addr7b": (self.en_addr7(), "en"),
            "en_addr7_ml": (self.en_addr7_ml(), "en"),
            "en_street7": (self.en_street7(), "en"),
            "zh_addr7": (self.zh_addr7(), "zh"),
            "zh_addr7b": (self.zh_addr7(), "zh"),
            "zh_room7": (self.zh_room7(), "zh"),
            "zh_village7": (self.zh_village7(), "zh"),
        }
        for slot, (text, lang) in addresses.items():
            values[slot] = (text, "ADDRESS", lang)
        phones = {
            "en_phone7": (self.en_phone7(), "en"),
            "en_phone7b": (self.en_phone7(), "en"),
            "zh_phone7": (self.zh_phone7(), "zh"),
            "zh_phone7b": (self.zh_phone7(), "zh"),
            "zh_land7": (self.zh_land7(), "zh"),
        }
        for slot, (text, lang) in phones.items():
            values[slot] = (text, "PHONE", lang)
        child = self.dob_child()
        values["dob7_en"] = (self.dob7_en(born), "DATE_OF_BIRTH", "en")
        values["dob7_zh"] = (self.dob7_zh(born), "DATE_OF_BIRTH", "zh")
        values["child_dob7_zh"] = (self.dob7_zh(child), "DATE_OF_BIRTH", "zh")
        values["tckn"] = (self.tckn(), "NATIONAL_ID", "en")
        values["emirates_id"] = (self.emirates_id(born), "NATIONAL_ID", "en")
        values["nik"] = (self.nik(born), "NATIONAL_ID", "en")
        values["thai_id"] = (self.thai_id(), "NATIONAL_ID", "en")
        values["iran_id"] = (self.iran_id(), "NATIONAL_ID", "en")
        values["rid7"] = (self.rid7(), "CN_RESIDENT_ID", "zh")
        values["card7"] = (self.card7(), "BANK_CARD", "any")
        values["bpjs"] = (f"000{self.digits(10)}", "INSURANCE_ID", "en")
        values["daman"] = (
            f"{r.randint(1, 9)}-{self.digits(4)}-{self.digits(8)}-0{r.randint(1, 4)}",
            "INSURANCE_ID",
            "en",
        )
        values["zh_sscard"] = (f"{self.initial()}{self.digits(8)}", "INSURANCE_ID", "zh")
        values["en_mrn7"] = (self.en_mrn7(), "MEDICAL_RECORD_NO", "en")
        values["en_mrn7b"] = (self.en_mrn7(), "MEDICAL_RECORD_NO", "en")
        values["zh_mrn7"] = (self.zh_mrn7(), "MEDICAL_RECORD_NO", "zh")
        values["zh_mrn7b"] = (self.zh_mrn7(), "MEDICAL_RECORD_NO", "zh")
        values["zh_mrn7c"] = (self.zh_mrn7(), "MEDICAL_RECORD_NO", "zh")
        values["donor7"] = (
            r.choice((f"DN{self.digits(7)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}")),
            "MEDICAL_RECORD_NO",
            "en",
        )
        values["zh_donor7"] = (f"{r.randint(11, 65)}0{self.digits(9)}", "MEDICAL_RECORD_NO", "zh")
        values["email7"] = (self.email7(given, sur), "EMAIL", "en")
        staff_mail = f"{ascii_lower(ascii_fold(staff_given)) or 'staff'}.{ascii_lower(ascii_fold(staff_sur)) or 'nhs'}"
        values["staff_email7"] = (f"{staff_mail}{r.choice(('', '2', '3'))}@nhs.net", "EMAIL", "en")
        values["zh_email7"] = (
            r.choice(
                (
                    f"{r.randint(10**7, 10**10)}@qq.com",
                    f"{r.choice(('tanxf', 'cenlj', 'ouyang_yh', 'kecf'))}{r.randint(70, 99)}@163.com",
                )
            ),
            "EMAIL",
            "zh",
        )
        return values


# Written blind on 2026-12-02 (started 09:21 UTC, seed 1796203274 from `date +%s` then), see the module docstring.
FRESH7: dict[str, dict[str, list[str]]] = {
    "pharmacy_counselling": {
        "en": [
            "OUTPATIENT PHARMACY - MEDICINES COUNSELLING RECORD\nPatient: {en_full7}    Hosp No. {en_mrn7}    DOB "
            "{dob7_en}\nNew medicine: {en_drug7} (started by the {en_hosp7} cardiology clinic)\nAlso takes: "
            "{en_drug7b}\n{en_given7} was counselled with {en_name7} (son) interpreting and repeated the dosing back. "
            'History of {en_epo7}; {en_num7}.\nPatient said: "{en_name7b} from the mosque drives me, so call after '
            'four."\nFollow-up call to {en_phone7} in one week.\nPharmacist: {en_staff7}',
        ],
        "zh": [
            "门诊药学咨询记录\n咨询日期：2026-11-28　门诊号：{zh_mrn7}\n患者：{zh_name7}　年龄：{age7}岁　联系电话：{zh"
            "_phone7}\n咨询内容：{zh_name7}的老伴{zh_nick7}代问，{zh_drug7}和{zh_tcm7}能不能一起吃\n"
            "既往：{zh_epo7}；{zh_num7}\n药师建议：两药间隔2小时服用，继续{zh_drug7b}\n"
            "{zh_nick7}说：“我们住{zh_addr7}，下次让儿子来拿药。”\n咨询药师：{zh_staff7}",
        ],
    },
    "midwife_visit": {
        "en": [
            "COMMUNITY MIDWIFE - POSTNATAL HOME VISIT (day 5)\nMother: {en_full7}    UR number: {en_mrn7}    DOB: "
            "{dob7_en}\nAddress: {en_addr7}\nBaby: {en_given7b}, delivered by {en_obs7}; {en_neo7}\nMum said: "
            '"{en_given7b} feeds every three hours and my husband {en_name7} does the night bottle."\n{en_scale7}. '
            "{en_num7}.\nPlan: {en_pnc7}. Next visit Thursday; ring {en_phone7} if bleeding increases.\nMidwife: "
            "{en_staff7}",
        ],
        "zh": [
            "产后访视记录（第一次）\n产妇：{zh_name7}　住院号：{zh_mrn7}　出生日期：{dob7_zh}\n现住址：{zh_addr7}\n"
            "分娩方式：{zh_obs7}　新生儿：{zh_neo7}\n产妇说：“{zh_nick7}吃奶挺好，晚上都是他爸{zh_name7b}起来冲奶。”\n"
            "{zh_scale7}，{zh_num7}\n指导：{zh_pnc7}；恶露增多随时打{zh_phone7}\n访视人：{zh_staff7}（社区妇幼保健）",
        ],
    },
    "blood_donor": {
        "en": [
            "BLOOD DONOR HEALTH QUESTIONNAIRE\nDonor: {en_full7}    Donor No. {donor7}    DOB {dob7_en}\nID checked: "
            "Emirates ID {emirates_id}\nMobile {en_phone7}    E-mail {email7}\nQ7 Any medicine in the last 7 days? YES "
            "- {en_drug7}\nQ9 Ever had {en_epo7}? NO\nPre-donation checks: {en_num7}; Hb 142 g/L (finger prick)\n"
            "Outcome: deferred 28 days (antibiotics). {en_given7} was thanked and given a new appointment card.\n"
            "Session nurse: {en_staff7}",
        ],
        "zh": [
            "献血者健康征询表\n献血者姓名：{zh_name7}　性别：女　出生日期：{dob7_zh}\n"
            "证件类型：居民身份证　证件号码：{rid7}\n献血码：{zh_donor7}\n联系电话：{zh_phone7}　通讯地址：{zh_addr7}\n"
            "近一周是否服药：是，{zh_tcm7}\n体检：{zh_num7}，血红蛋白135g/L\n结论：暂缓献血，一周后再来\n"
            "征询医师：{zh_staff7}",
        ],
    },
    "photo_consent": {
        "en": [
            "CONSENT FOR CLINICAL PHOTOGRAPHY\nPatient: {en_name7}    Case No.: {en_mrn7}\nDate of birth: {dob7_en}\n"
            "Condition: {en_epo7} (face and hands)\nCamera: {en_cam7}; images go to the medical illustration server, "
            "never to phones.\nI agree to images being used for: [x] my records [x] teaching [ ] publication\nSigned: "
            "{en_name7}    Witness: {en_staff7b}\nPhotographer: {en_staff7}, Medical Illustration, ext 4412",
        ],
        "zh": [
            "临床摄影知情同意书\n姓名：{zh_name7}　病案号：{zh_mrn7}　科室：皮肤科\n拍摄部位：面部及双手（{zh_epo7}）\n"
            "拍摄设备：{zh_cam7}\n用途：☑病历资料　☑教学　□论文发表（需另行同意）\n"
            "患者签名：{zh_name7}　监护人：{zh_name7b}（母亲）\n联系电话：{zh_phone7}\n"
            "拍摄人：{zh_staff7}　见证人：{zh_staff7b}",
        ],
    },
    "valuables_log": {
        "en": [
            "WARD 7 - PATIENT PROPERTY AND VALUABLES BOOK\nEntry 0412. Patient: {en_full7} ({en_mrn7}), admitted via "
            "ED confused.\nItems: wallet with bank card {card7}, Turkish ID card {tckn}, gold ring, mobile phone.\n"
            "Found in coat pocket: a letter addressed to {en_name7} at {en_addr7}.\nHanded to the cashier's office, "
            "sealed bag.\nSigned: {en_staff7} (RN) and {en_staff7b} (RN)\n28/11: {en_full7b} (brother) collected "
            "the phone; ID seen, tel {en_phone7}. Mr {en_sur7}'s watch still in the ward safe.",
        ],
        "zh": [
            "病区贵重物品及遗失物品登记本\n登记号：0412　日期：2026-11-27 23:40\n"
            "患者：{zh_name7}　住院号：{zh_mrn7}　床号：16床\n物品：手机一部、银行卡一张（卡号{card7}）、身份证（{rid7}"
            "）、金项链一条\n交接：护士{zh_staff7}清点，家属{zh_nick7}（患者外甥）签收\n签收人电话：{zh_phone7}\n"
            "备注：家属称住同小区{zh_room7}，明早送衣物来",
        ],
    },
    "whiteboard": {
        "en": [
            "[Ward 9 whiteboard - photo typed up by the ward clerk, 07:30]\nBED | PATIENT | NUMBER | CONS | NOTES\n1 | "
            "{en_wrapped7} | {en_mrn7} | {en_staff7} | NBM from 00:00\n2 | {en_comma7} | {en_mrn7b} | {en_staff7} | "
            "{en_drug7}; falls risk\n3 | {en_indian7} | (no number yet) | {en_staff7b} | {en_epo7}; {en_num7}\nNurse "
            "in charge: {en_given7}   Bleep 2231\nRing {en_full7b}'s daughter re discharge - {en_phone7}",
        ],
        "zh": [
            "【病区白板照片转录】\n床号｜姓名｜住院号｜主管医生｜备注\n5床｜{zh_wrapped7}｜{zh_mrn7}｜{zh_staff7}｜禁食"
            "\n6床｜{zh_name7}｜{zh_mrn7b}｜{zh_staff7}｜{zh_drug7}，防跌倒\n"
            "7床｜{zh_jk7}｜待补｜{zh_staff7b}｜{zh_epo7}，{zh_num7}\n今日出院：{zh_name7c} {zh_mrn7c}\n"
            "责任组长：{zh_sur7}护士\n6床家属{zh_nick7}电话 {zh_phone7} 出院前联系",
        ],
    },
    "family_meeting": {
        "en": [
            "FAMILY MEETING - MINUTES\nRe: {en_full7} (Case No. {en_mrn7}), ICU bed 6\nPresent: Dr {en_staff7} (ICU "
            "consultant), {en_staff7b} (SN), Mrs {en_sur7}'s daughter {en_given7b} and son-in-law {en_name7}, "
            "interpreter.\n{en_given7b} asked whether her mother would wake up. Dr {en_staff7} explained {en_epo7} and "
            'that {en_num7}.\nThe family said Mrs {en_sur7} had told them "no machines" after her own mother\'s '
            "{en_epo7b}.\nAgreed: ceiling of care ward-based; continue {en_drug7}. Next meeting Friday; family contact "
            "{en_phone7}.",
        ],
        "zh": [
            "医患沟通记录（家庭会议）\n患者：{zh_name7}　住院号：{zh_mrn7}　诊断：{zh_epo7}\n"
            "参加人员：主治医师{zh_staff7}、责任护士{zh_staff7b}、患者长子{zh_name7b}、次女{zh_name7c}、患者老伴{zh_nic"
            "k7}\n沟通内容：{zh_name7b}问能否转回老家{zh_village7}附近的医院。{zh_staff7}告知目前{zh_num7}，转运风险大"
            "。\n家属意见：继续{zh_drug7}，暂不转院。\n家属签字：{zh_name7b}　电话：{zh_phone7}",
        ],
    },
    "bereavement_letter": {
        "en": [
            "Mrs {en_full7b}\n{en_addr7_ml}\n\n12 November 2026\n\nDear {en_given7b},\n\nIt is now six weeks since "
            "your husband {en_given7} died on our ward. The team who cared for him, especially {en_staff7b}, asked me "
            "to write.\n{en_given7}'s consultant, Dr {en_indian7}, would be glad to meet you to go through his "
            "{en_epo7} and his last days, if you wish.\nOur bereavement service is on {en_phone7}. Please take any "
            "unused {en_drug7} back to a pharmacy.\n\nWith sympathy,\n\n{en_staff7}\nBereavement Support Nurse",
        ],
        "zh": [
            "哀伤随访信\n\n{zh_name7b}女士：\n您好！{zh_name7}老先生离开我们已满六周。{zh_name7}在我科住院期间，您和{zh"
            "_nick7}每天陪伴，护士{zh_staff7}一直记得。\n如您想再了解他{zh_epo7}的治疗经过，主治医生{zh_staff7b}可以约"
            "时间面谈。\n如需要心理支持，可拨打{zh_land7}（工作日），也可回信至本院安宁疗护病区。此信寄往您登记的{zh_ad"
            "dr7}，如地址有变请告知。\n此致\n敬礼\n安宁疗护团队　{zh_staff7}",
        ],
    },
    "records_request": {
        "en": [
            "From: {email7}\nTo: Medical Records\nSubject: Subject access request - copy of my notes\n\n"
            "Hello,\nI would like a copy of my records from my admission in March (Hosp No. {en_mrn7}, date of birth "
            "{dob7_en}).\nPlease post them to my new flat: {en_addr7}. I used to live on {en_street7}, above the "
            "chemist, in case the old file still has that.\nMy Iranian national code {iran_id} is on the passport copy "
            "attached.\n\nThanks,\n{en_full7}\n{en_phone7}\nSent from my iPhone",
        ],
        "zh": [
            "病案复印申请表\n申请人：{zh_name7b}　与患者关系：女儿　申请人身份证号：{rid7}\n"
            "患者姓名：{zh_name7}　病案号：{zh_mrn7}　出院日期：2026-09-14\n"
            "复印内容：☑出院记录　☑手术记录　☑检验报告（含{zh_num7}）\n用途：商业保险理赔（患者社会保障卡号{zh_sscard}"
            "）\n邮寄地址：{zh_addr7}　收件电话：{zh_phone7}\n经办人：{zh_staff7}\n——申请人手机短信原文——\n"
            "“你好，我是{zh_name7}的女儿，病历寄到{zh_addr7b}就行，放门卫，谢谢”",
        ],
    },
    "deposit_receipt": {
        "en": [
            "ADMISSION DEPOSIT RECEIPT - International Patient Centre\nDate: 30/11/2026\nPatient: {en_full7}   "
            " Emirates ID: {emirates_id}\nInsurance: Daman member {daman}\nHosp No.: {en_mrn7}\nPaid by: {en_full7b} "
            "(employer sponsor), card {card7}\nAmount: AED 5,000.00 deposit for {en_epo7} work-up\nBilling address: "
            "{en_addr7}\nCashier: {en_staff7}",
        ],
        "zh": [
            "住院预交金收据\n日期：2026-11-30\n住院号：{zh_mrn7}　姓名：{zh_name7}　科室：心内科\n"
            "交款方式：银行卡（{card7}）\n交款人：{zh_nick7}　联系电话：{zh_phone7}\n金额：人民币伍仟元整（¥5000.00）\n"
            "医保类型：城乡居民医保　社会保障卡号：{zh_sscard}\n收款员：{zh_staff7}",
        ],
    },
    "infusion_register": {
        "en": [
            "DAY INFUSION SUITE - REGISTER\nTime | Patient | Hosp No | Infusion | Cannula | Nurse\n08:30 | {en_full7} "
            "| {en_mrn7} | {en_iv7} | {en_dev7} | {en_staff7}\n09:15 | {en_indian7} | {en_mrn7b} | {en_iv7b} | "
            "{en_dev7} | {en_staff7b}\nComments: {en_given7} felt flushed at 20 min, rate halved; obs {en_num7}.\nLift "
            "home for bay 2: {en_full7b}, {en_phone7}",
        ],
        "zh": [
            "门诊输液登记本　2026-12-01\n序号｜姓名｜门诊号｜药物｜穿刺护士｜签名\n017｜{zh_name7}｜{zh_mrn7}｜{zh_iv7}"
            "｜{zh_staff7}｜{zh_nick7}代签\n018｜{zh_jk7}｜{zh_mrn7b}｜{zh_iv7b}｜{zh_staff7b}｜本人\n"
            "备注：017号输液中诉心慌，{zh_num7}，减慢滴速后好转。留置针：{zh_dev7}。家属电话{zh_phone7}",
        ],
    },
    "vaccine_sms": {
        "en": [
            "SMS LOG - Immunisation clinic\n[28 Nov 09:00] To {en_phone7}: Hi {en_given7}, a reminder that "
            "{en_given7b}'s {en_vax7} is booked for Tue 2 Dec at 10:20, Room 3. Reply C to cancel.\n[28 Nov 09:14] "
            "From {en_phone7}: ok thanks. we moved, new address is {en_addr7} pls update. her thai ID is {thai_id}\n"
            "[28 Nov 09:20] To {en_phone7}: Thanks, updated. Please bring the red book. - {en_staff7}",
        ],
        "zh": [
            "【疫苗接种预约短信记录】\n发送 2026-11-28 09:00 至{zh_phone7}：【城东社区卫生服务中心】{zh_name7}家长您好"
            "，宝宝{zh_nick7}的{zh_vax7}已预约12月2日上午，请携带预防接种证。回复TD退订\n回复 09:12 "
            "来自{zh_phone7}：好的，我们搬家了，现在住{zh_addr7}，宝宝大名{zh_name7b}，出生日期{child_dob7_zh}\n发送 "
            "09:20：已更新信息，谢谢。接种医生{zh_staff7}",
        ],
    },
    "transport_booking": {
        "en": [
            "NON-EMERGENCY PATIENT TRANSPORT - BOOKING\nBooked by: {en_staff7} (discharge lounge)\nPatient: {en_full7} "
            '   DOB {dob7_en}    UR {en_mrn7}\nPick-up: Ward 12, 14:00\nDrop-off: {en_addr7} - "third floor, no lift, '
            'the blue door after the bakery"\nSon says {en_given7} lives on {en_street7} near the station; driver to '
            "call {en_phone7} on arrival.\nMobility: stretcher; {en_epo7}; on {en_drug7}.\nEscort: {en_full7b}\nCrew: "
            "two, stretcher vehicle",
        ],
        "zh": [
            "非急救转运预约单\n预约人：{zh_staff7}（出院准备中心）\n患者：{zh_name7}　年龄：{age7}岁　住院号：{zh_mrn7}"
            "\n接：本院住院部5号楼　送：{zh_village7}\n随行家属：{zh_nick7}（电话{zh_phone7}）\n"
            "家属原话：“到了镇上给我打电话，村口有棵大槐树，我在那儿等。”\n病情：{zh_epo7}，{zh_num7}，途中吸氧\n"
            "司机：{zh_staff7b}",
        ],
    },
    "work_injury": {
        "en": [
            "WORKPLACE INJURY REPORT - employer's first report\nEmployee: {en_full7}    NIK: {nik}\nBPJS no.: {bpjs}\n"
            "Home: {en_addr7}\nPhone: {en_phone7}\nIncident: 27/11/2026 10:40, loading bay 3 - right hand caught in a "
            "conveyor roller. Witness: {en_full7b}.\nClinic findings: {en_num7}; {en_epo7} excluded. Tetanus given; "
            "{en_inj7}.\n{en_given7} is unfit for work for 14 days.\nSupervisor: {en_staff7}    Medical officer: Dr "
            "{en_staff7b}",
        ],
        "zh": [
            "工伤认定申请表（医疗部分）\n职工姓名：{zh_name7}　性别：男　出生日期：{dob7_zh}\n身份证号：{rid7}\n"
            "用人单位：宏达精密五金有限公司\n家庭住址：{zh_village7}\n联系电话：{zh_phone7}\n"
            "受伤经过：2026年11月27日上午在车间被冲床压伤右手，工友{zh_nick7}送医\n"
            "诊断：右手示指、中指开放性骨折；{zh_num7}\n处理：清创缝合，{zh_inj7}\n"
            "门诊号：{zh_mrn7}　接诊医师：{zh_staff7}",
        ],
    },
    "adr_report": {
        "en": [
            "ADVERSE DRUG REACTION REPORT - draft for pharmacovigilance\nPatient: {en_full7}    Sex: F    Age: {age7}  "
            "  Hosp No. {en_mrn7}\nSuspected drug: {en_drug7}, started 10 days before onset\nReaction: {en_adr7}; "
            "{en_num7}\nOther medicines: {en_drug7b}\nOutcome: recovering on the {en_hosp7} burns unit.\n\n--\n"
            "{en_staff7}\nClinical Pharmacist, Medicines Safety\n{staff_email7} | {en_phone7b}",
        ],
        "zh": [
            "药品不良反应/事件报告表\n患者姓名：{zh_name7}　性别：女　出生日期：{dob7_zh}\n"
            "病历号：{zh_mrn7}　联系方式：{zh_phone7}\n怀疑药品：{zh_drug7}\n并用药品：{zh_tcm7}\n"
            "不良反应表现：用药第9天出现{zh_adr7}，{zh_num7}\n处理：停药，予{zh_drug7b}\n"
            "报告人：{zh_staff7}（临床药师）　邮箱：{zh_email7}",
        ],
    },
    "pump_clinic": {
        "en": [
            "DIABETES TECHNOLOGY CLINIC - PUMP/CGM DOWNLOAD REVIEW\nName: {en_full7}    ID: {en_mrn7}    DOB: "
            "{dob7_en}\nDevices: {en_pump7} with {en_cgm7}\n14-day data: {en_cgmnum7}; {en_num7}\nPatient's portal "
            'message: "my sensor keeps falling off when I swim, can you send spares to {en_addr7}? {en_given7b} can '
            'sign for them"\nInsulin: {en_insulin7}\nPlan: overpatch; reduce basal 10% 02:00-06:00.\nDSN: {en_staff7} '
            "   cc: Dr {en_indian7}",
        ],
        "zh": [
            "胰岛素泵/动态血糖随访记录\n姓名：{zh_name7}　ID号：{zh_mrn7}　出生日期：{child_dob7_zh}\n"
            "设备：{zh_pump7}＋{zh_cgm7}\n14天数据：{zh_cgmnum7}；{zh_num7}\n"
            "家长微信留言：“探头老是掉，能不能寄几个到{zh_addr7}，我是{zh_nick7}的妈妈{zh_name7b}”\n"
            "胰岛素：{zh_insulin7}\n随访护士：{zh_staff7}　主治：{zh_staff7b}",
        ],
    },
    "sleep_study": {
        "en": [
            "POLYSOMNOGRAPHY REPORT\nPatient: {en_full7}    Hosp No. {en_mrn7}    DOB {dob7_en}\nReferred by: Dr "
            "{en_staff7b}\nBMI 38; {en_sleepscale7}\nResults: {en_sleepnum7}; {en_sleepepo7}\nImpression: severe OSA. "
            "Recommend auto-CPAP ({en_cpap7}).\n{en_given7b}, the bed partner, reports loud snoring and witnessed "
            "apnoeas.\nSleep physician: {en_staff7}\nCPAP supplier to contact the patient on {en_phone7} at "
            "{en_addr7}.",
        ],
        "zh": [
            "多导睡眠监测报告\n姓名：{zh_name7}　性别：男　年龄：{age7}岁　病案号：{zh_mrn7}\n申请医生：{zh_staff7b}\n"
            "{zh_sleepscale7}\n监测结果：{zh_sleepnum7}；{zh_sleepepo7}\n结论：重度阻塞性睡眠呼吸暂停低通气综合征\n"
            "建议：{zh_cpap7}压力滴定\n同床者（妻子{zh_name7b}）诉鼾声响亮、夜间憋醒\n报告医师：{zh_staff7}",
        ],
    },
    "biobank_consent": {
        "en": [
            "BIOBANK CONSENT AND SAMPLE RECORD\nParticipant: {en_full7}    Study ID: BB-7-00412 (pseudonymised)\n"
            "Hospital number: {en_mrn7}    T.C. Kimlik No: {tckn}\nDOB: {dob7_en}    Tel: {en_phone7}\nE-mail for "
            "results of clinical significance: {email7}\nSamples: 2 x EDTA, 1 x serum; {en_num7}\nDiagnosis: "
            "{en_epo7}\nConsent taken by {en_staff7}; Turkish-speaking witness {en_full7b}",
        ],
        "zh": [
            "生物样本库知情同意书及采样记录\n受试者姓名：{zh_name7}　样本编号：SB26-0412（去标识化）\n"
            "病案号：{zh_mrn7}　身份证号：{rid7}\n联系电话：{zh_phone7}　联系地址：{zh_addr7}\n"
            "采集：EDTA抗凝管2支、血清管1支；{zh_num7}\n诊断：{zh_epo7}\n知情同意谈话人：{zh_staff7}　见证人：{zh_name7"
            "b}",
        ],
    },
}


def fresh7_notes(per_template: int = 15, seed: int = FRESH7_SEED) -> list[dict]:
    """The fresh7 rows: every template rendered ``per_template`` times with values from ``Fresh7Source``."""
    return notes("fresh7", FRESH7, per_template, seed, source_factory=Fresh7Source)
