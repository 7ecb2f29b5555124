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
# The other single surnames of the Hundred Family Surnames (百家姓, the classical list, public domain):
# rarer (巴, 谈, 计, 封) or mostly function words (平, 家, 于…), so they accept a name that LAC or a name
# slot found but do not make LAC read around them. 有 and 年 are left out: far more often words.
RARE_SURNAMES = (
    "水云奚昌凤花酆廉乐皮元平湛禹狄贝计伏谈茅强危支昝经干贲杭诸钮嵇滑荀羊於惠家封羿松巴山束从却终广禄东利越"
    "晋楚法汝鄢钦帅缑亢况琴佴伯赏墨哈谯笪爱言福"
)
# Surname characters that are far more often function words (能, 和, 都).
WEAK_SURNAMES = frozenset("能和都全时成应常安明平向于经查解车麻阳堵双通那别后")
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
    # rarer compound surnames of the Hundred Family Surnames (百家姓); 司空, 第五, 百里 and 东宫 are left out:
    # far more often words
    "澹台",
    "呼延",
    "闻人",
    "申屠",
    "万俟",
    "宗政",
    "濮阳",
    "公冶",
    "太叔",
    "仲孙",
    "轩辕",
    "钟离",
    "鲜于",
    "闾丘",
    "左丘",
    "东郭",
    "拓跋",
    "赫连",
    "公羊",
    "梁丘",
    "羊舌",
    "乐正",
    "漆雕",
    "颛孙",
    "亓官",
)
# Compound surnames that are also ordinary words (长孙 an eldest grandson, 东方 the east, 西门 a west gate, 司马 and
# 上官 old offices, 公孙 a duke's grandson): they begin a name only where a rule's context says so.
WORD_COMPOUND_SURNAMES = frozenset(("长孙", "东方", "西门", "司马", "上官", "公孙"))
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
GIVEN_CHAR = r"[^\P{Han}" + _STOP_CHARS + "]"  # a character a given name may hold

# A full name: surname plus one or two given-name characters (``NOT_NAMES`` are checked after matching:
# a 70-way lookahead at every surname character made scans of long texts slow).
FULL_NAME = _SURNAME + GIVEN_CHAR + "{1,2}"
# A name before an honorific (王先生, 张建国女士): the surname alone is enough.
NAME_BEFORE_TITLE = _SURNAME + GIVEN_CHAR + "{0,2}"

# A name slot (``recognizers_zh.person_name_in_slot``): a name is written right after a word that
# introduces a person (家属, 其女, 联系, 被保险人, 12床, a line or form field start) and right before
# punctuation or a word that follows one (住, 本人, 的, 今晚, 照顾…). Between the two, a surname and one
# or two characters are a name even when LAC does not tag it or the surname is a function word (平帅).
_CUES = (
    r"(?:家属|亲属|其[女子妻夫母父]|女儿|儿子|老伴|丈夫|妻子|爱人|母亲|父亲|我[爸妈]|联系到?|通知|"
    r"被保险?人|投保人|申请人|受托人|委托人|受益人|代理人|经办人|陪护人?|陪同人?|患者|病人|患儿|"
    r"我是|邀请|转诊|(?<=\d)床)[:：]?[ \t]*+"
)
# 由 introduces a person only before the verb that follows the name (由王芳照顾; 由于 is a word).
_BY = r"由(?=\p{Han}{2,4}?(?:照顾|陪同|陪护|负责|签字|代诉|接送))"
# The lookahead on the cues' first characters lets the engine skip ahead fast; the group is atomic (a
# failed name is not retried with another cue): a text made only of cues (患者: 患者: …) stays cheap.
SLOT_CUE = "(?=[家亲其女儿老丈妻爱母父我联通被投申受委代经陪患病邀转床由])(?>" + _CUES + "|" + _BY + ")"
# The start of a text, a line or a form field (｜王芳｜, 交接：王芳凌晨…, a chat speaker): only common
# surnames. Two patterns: an alternation with ^ (or a look-behind) is tried at every character, 10x slower.
SLOT_TEXT_START = r"^[ \t]*+"
SLOT_FIELD = r"[\n｜|:：】\]][ \t]*+"
SLOT_AFTER = (
    r"(?=[\s，,。；;、：:（()｜|!?！？]|$|\p{Latin}|的|住|本人|今[晚天日早]|昨[晚天日]|凌晨|刚才|照顾|"
    r"陪[同护]|前来|发现|加入|邀请|联系|电话|说|诉)"
)
# After a field's value: punctuation, or a time or a chat action (交接：王芳凌晨…, 王芳邀请…), not the
# verbs and particles a line may start with (怀孕|后的…, 怀孕|才发现…).
SLOT_FIELD_AFTER = r"(?=[\s，,。；;、：:（()｜|!?！？]|$|\p{Latin}|今[晚天日早]|昨[晚天日]|凌晨|刚才|加入|邀请)"
# Characters a given name does not hold (particles, pronouns, clinical words); fewer than ``_STOP_CHARS``:
# 家, 月 and 天 are common in given names (周家铭, 张月英) and the slot's ends bound the name instead.
_SLOT_GIVEN = (
    r"[^\P{Han}的了是在因于自诉无有主来入今昨近男女岁说去看先生士姐师医护患病属院科床号某之其该此这那已再又还并但而"
    r"或及经予给行做查服用我你他她它们和与等也都就被把对为从到住本]{1,2}"
)
_COMPOUND = "|".join(COMPOUND_SURNAMES)


def _slot_name(singles: str) -> str:
    """A surname of ``singles`` or a compound one, then a given name; the lookahead on the surname's first
    character fails fast where a cue is followed by anything else (患者: 患者: …)."""
    firsts = "".join(sorted({*singles, *(s[0] for s in COMPOUND_SURNAMES)}))
    return "(?=[" + firsts + "])(?:" + _COMPOUND + "|[" + singles + "])" + _SLOT_GIVEN


SLOT_NAME = _slot_name(SINGLE_SURNAMES + RARE_SURNAMES)
SLOT_NAME_COMMON = _slot_name("".join(c for c in SINGLE_SURNAMES if c not in WEAK_SURNAMES))
