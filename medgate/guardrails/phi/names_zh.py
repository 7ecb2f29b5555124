"""Regex building blocks for Chinese personal names found by context (no NER model is used)."""

# Common single-character surnames (roughly the 300 most frequent) and compound surnames.
SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "萧蔺芮储汲邴糜井富乌弓牧隗宓蓬郗班仰秋伊暴钭厉戎祖幸韶郜蓟薄印宿怀邰鄂索咸籍屠阴郁胥能苍双闻莘贡劳逄扶堵"
    "宰郦雍璩濮寿通扈燕冀郏浦温别充慕茹习宦鱼容慎戈庾暨居衡步都满弘匡国阙殳沃蔚夔隆厍晁勾融訾阚那空毋乜养鞠"
    "须丰巢蒯相后荆红竺权逯盖益桓公赖洪冼裘宣"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "令狐",
    "端木",
    "南宫",
    "西门",
    "独孤",
)
# Characters that end a name: particles, verbs and nouns that follow a name in clinical notes.
_STOP_CHARS = (
    "的了是在因于自诉无有既主来入今昨近反出男女性年岁月日天周个从到和与及等也都就被把对为说去看先生士姐师医护"
    "患病家属院科床号某的之其该此这那已再又还曾并但而或及经予给行做查服用我你他她它们老"
)
# Surname+character pairs that are ordinary clinical words, never names.
NOT_NAMES = (
    "高热",
    "高烧",
    "高血",
    "高压",
    "高龄",
    "高危",
    "高度",
    "高脂",
    "高钾",
    "高钠",
    "高糖",
    "高尿",
    "高敏",
    "黄疸",
    "黄色",
    "黄体",
    "白细",
    "白带",
    "白天",
    "白色",
    "白内",
    "白斑",
    "左侧",
    "左下",
    "左上",
    "左前",
    "左后",
    "左手",
    "左足",
    "左腿",
    "左膝",
    "左肩",
    "左眼",
    "左耳",
    "左肺",
    "左肾",
    "左心",
    "左室",
    "左房",
    "常规",
    "康复",
    "安静",
    "安眠",
    "全身",
    "全麻",
    "明显",
    "明确",
    "时有",
    "时感",
    "管床",
    "成人",
    "应用",
    "连续",
    "单纯",
    "车祸",
    "关节",
    "石膏",
    "毛发",
    "甘油",
    "宁静",
    "文化",
    "方便",
    "方案",
    "方法",
    "和蔼",
    "金属",
    "钟点",
    "童年",
    "华法",
    "齐全",
    "平时",
    "严重",
    "贾某",
    "项目",
    "简单",
    "查体",
    "麻醉",
    "迟发",
    "谷丙",
    "谷草",
    "谷炳",
    "谷氨",
    "黄染",
    "左肋",
    "冷咳",
    "甘蓝",
    "能吃",
    "能否",
    "能够",
    "时谷",
    "雷贝",
    "莫沙",
    "吕镁",
    "田基",
)
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + SINGLE_SURNAMES + "])"
_GIVEN = r"[^\P{Han}" + _STOP_CHARS + "]"

# A full name: surname plus one or two given-name characters (``NOT_NAMES`` are checked after matching:
# a 70-way lookahead at every surname character made scans of long texts slow).
FULL_NAME = _SURNAME + _GIVEN + "{1,2}"
# A name before an honorific (王先生, 张建国女士): the surname alone is enough.
NAME_BEFORE_TITLE = _SURNAME + _GIVEN + "{0,2}"
