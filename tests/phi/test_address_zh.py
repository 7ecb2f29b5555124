"""Chinese address forms past what LAC tags: streets it cuts, buildings, units, postcodes, Hong Kong,
Macau and Taiwan forms, and the provinces and cities before a place."""

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.address_zh import grow_address


@pytest.mark.parametrize(
    ("text", "place", "address"),
    [
        ("住宁海东路200弄15号。", "宁海东", "宁海东路200弄15号"),
        ("住崇德路二段46巷12弄5号3楼之3。", "崇德路二段", "崇德路二段46巷12弄5号3楼之3"),
        ("住花莲县吉安乡中山路三段88号。", "花莲县吉安乡", "花莲县吉安乡中山路三段88号"),
        ("住香港中环德辅道中71号永安集团大厦21楼，", "香港中环德", "香港中环德辅道中71号永安集团大厦21楼"),
        ("红旗街万达广场C2栋1单元1802室。", "红旗街万达广场", "红旗街万达广场C2栋1单元1802室"),
        ("玉林北路2号附3号", "玉林北路2号", "玉林北路2号附3号"),
        ("住106台北市大安区罗斯福路四段1号", "北市大安区罗斯福路四段1号", "106台北市大安区罗斯福路四段1号"),
        ("天河北路233号中信广场4501室，", "天河北路233号", "天河北路233号中信广场4501室"),
        ("屯门友爱邨爱晖楼1205室", "屯门友爱", "屯门友爱邨爱晖楼1205室"),
    ],
)
def test_grow_address(text: str, place: str, address: str) -> None:
    start = text.index(place)
    grown = grow_address(text, start, start + len(place))
    assert text[slice(*grown)] == address


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("住朝阳区，走路时摔倒", "朝阳区"),  # the clause ends: nothing to grow
        ("家住朝阳区的女儿家", "朝阳区"),  # a particle is not an address word
        ("2024年朝阳区", "朝阳区"),  # a year is not a postcode
    ],
)
def test_grow_address_stops(text: str, place: str) -> None:
    start = text.index(place)
    assert grow_address(text, start, start + len(place)) == (start, start + len(place))


@pytest.mark.parametrize(
    "address",
    [
        "湖南省衡阳市衡南县泉溪镇新塘村5组",
        "上海市黄浦区南京东路街道宁海东路200弄15号",
        "北京市东城区南锣鼓巷35号院2号楼",
        "北京市西城区西四北三条19号",
        "成都市武侯区玉林北路2号附3号",
        "广州市天河区天河北路233号中信广场4501室",
        "武汉市洪山区珞喻路1037号华中科技大学西十二舍",
        "新界沙田火炭坳背湾街2号華樂工業中心8樓",
        "九龍尖沙咀彌敦道132號美麗華大廈12樓B室",
        "九龍觀塘鯉魚門道12號",
        "新界屯門友愛邨愛暉樓1205室",
        "106台北市大安區羅斯福路四段1號",
        "台中市北屯區崇德路二段46巷12弄5號3樓",
        "高雄市前鎮區中山二路2號18樓之3",
        "花蓮縣吉安鄉中山路三段88號",
        "屏東縣潮州鎮三共里民生路15號",
        "澳门特别行政区氹仔柯维纳马路15号",
        "内蒙古自治区鄂尔多斯市东胜区铁西街道天骄北路",
        "吉林省长春市朝阳区红旗街万达广场C2栋1单元1802室",
        "山东省青岛市市南区香港中路10号颐和国际A座",
    ],
)
@pytest.mark.parametrize("template", ["家住{}。", "出院后住{}，由女儿照顾。", "下周我送她回{}", "Home: {}."])
def test_whole_address_redacted(detector: PhiDetector, template: str, address: str) -> None:
    text = template.format(address)
    start = text.index(address)
    covered = {i for s in detector.detect(text) for i in range(s.start, s.end)}
    assert set(range(start, start + len(address))) <= covered, text


def test_benign_place_words_stay(detector: PhiDetector) -> None:
    assert detector.detect("我在上海看病，走路时摔倒，住院三天，回家后好转。") == []
