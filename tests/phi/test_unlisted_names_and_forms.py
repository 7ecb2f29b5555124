"""Rules added after the sealed notes' first look: names outside the name lists, more address forms,
traditional Chinese, and the LAC windows and cache (spaced identifiers are in test_detect_en/zh). Each
case fails without its rule."""

import pytest
from phi_helpers import found

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.lac import lac_tagger
from medgate.guardrails.phi.ner_zh import ChineseNerRecognizer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen in clinic with Zac Gubben, who is the patient's daughter.", "Zac Gubben"),  # no list, no cue
        ("Handover bed 3: Dameer Maroof, 68, admitted overnight.", "Dameer Maroof"),
        ("Spoke with Charity Adeyemi about the results.", "Charity Adeyemi"),  # common word capitalised mid-sentence
        ("Wife Chia Ying-chun is staying nearby.", "Chia Ying-chun"),  # hyphenated romanised given name
        ("Conan Mac Cúilriabhaigh signed the form.", "Conan Mac Cúilriabhaigh"),  # particle
        ("Message left for Adrienne de Brún about the scan.", "Adrienne de Brún"),  # lower-case particle
        ("[19:03] Pattapon Intaum: did they change the tablets?", "Pattapon Intaum"),  # chat speaker
        ("Name: Wong Mei-hua    DOB: 11/15/1954", "Wong Mei-hua"),  # label rule keeps the hyphenated part
    ],
)
def test_names_outside_the_lists(detector: PhiDetector, text: str, name: str) -> None:
    assert found(detector, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Start Fentanyl Transdermal patches and Bimatoprost Ophthalmic drops.",  # clinical adjectives
        "Overdose of Denileukin Diftitox Injection is rare.",  # drug form after the run
        "What are the symptoms of Hall Riggs mental retardation syndrome?",  # head word a few words later
        "Known Graves' disease, on carbimazole.",  # s-less possessive before the head word
        "Charted Endone 5 mg PRN and Clexane 40 mg daily.",  # brand names before a dose
        "History of Atrial Fibrillation and Multiple Sclerosis.",  # medical endings, common words
        "Transferred to Royal Papworth Hospital overnight.",  # institution after the run
        "Klebsiella Pneumoniae grown from the sputum.",  # organism
    ],
)
def test_medicine_that_looks_like_a_name_is_kept(detector: PhiDetector, text: str) -> None:
    assert "PERSON" not in found(detector, text).values(), found(detector, text)


@pytest.mark.parametrize(
    "address",
    [
        "Unit 11/113 Banksia Highway, Mount Maunganui 3116",
        "Level 8, 203 Kowhai Track, Halifax, NS B3H 1Y2",
        "3/6 Kelly Causeway, Ramirezberg, NT, 2638",
        "Flat 7, 52 Totara Cove, Karori, Wellington 6012",
        "Apt. 730 157 Oscar Circuit, North Jessica, VIC, 2826",
        "911 Diane Unions Apt. 168, Pittsport, AB R9L2A4",
        "1 Herrera Avenue, St. Christopherland, VIC, 2995",
    ],
)
def test_street_address_forms(detector: PhiDetector, address: str) -> None:
    assert found(detector, f"Discharged home to {address} with her son.").get(address) == "ADDRESS"


def test_street_address_right_after_chinese_text(detector: PhiDetector) -> None:
    text = "翻译在场。地址106 Wattle Promenade, Kelowna, BC V1Y 2T3。"
    assert found(detector, text).get("106 Wattle Promenade, Kelowna, BC V1Y 2T3") == "ADDRESS"


def test_traditional_chinese_is_read_as_simplified(detector: PhiDetector) -> None:
    cases = {
        "陳麗玉，女，46岁，因咳嗽就诊。": ("陳麗玉", "PERSON"),
        "家属住臺中市西屯區忠孝東路3段82號2樓，次日来院。": ("臺中市西屯區忠孝東路3段82號2樓", "ADDRESS"),
        "家属住香港九龍旺角彌敦道55號27樓B室，次日来院。": ("香港九龍旺角彌敦道55號27樓B室", "ADDRESS"),
    }
    for text, (value, entity) in cases.items():
        assert found(detector, text).get(value) == entity, text


def test_lac_reads_windows_not_whole_clauses() -> None:
    recognizer = ChineseNerRecognizer()
    clause = "患者今日复查血常规肝功能肾功能均未见明显异常继续原方案治疗嘱其女儿王芳每周陪同复诊一次"
    windows = recognizer._segments(clause, bytearray(len(clause)))
    assert windows and sum(end - start for start, end in windows) <= 12, windows


def test_lac_skips_values_the_label_rules_found_whole() -> None:
    recognizer = ChineseNerRecognizer()
    text = "姓名：王芳，住址：北京市朝阳区建国路88号"
    assert recognizer._segments(text, bytearray(len(text)))
    covered = bytearray(b"\x01" * len(text))
    assert recognizer._segments(text, covered) == []


def test_lac_cache_keeps_digests_not_text(detector: PhiDetector) -> None:
    tagger = lac_tagger()
    tagger.clear_cache()
    text = "患者萧思远，女，46岁，住北京市朝阳区建国路88号。"
    first = detector.detect(text)
    assert tagger._cache and all(isinstance(k, bytes) and len(k) == 16 for k in tagger._cache)
    assert detector.detect(text) == first  # answered from the cache, same spans
