"""SURNAME, Given names and the clinical headings that look like them; Chinese eponyms cut on their name
part; team and form-role words that are not names."""

import pytest

from medgate.guardrails.phi import PhiDetector
from tests.phi.phi_helpers import spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: CHAN, Tai-man    Age: 84", "CHAN, Tai-man"),
        ("Surname, given names: OKAFOR, Chidinma", "OKAFOR, Chidinma"),
        ("Wristband: DRAKE, Ashley  DOB 1950-01-02", "DRAKE, Ashley"),
        ("Label reads MAD, Ruwaihim", "MAD, Ruwaihim"),
        ("Ó DABHÁIN, Bairbre was reviewed.", "Ó DABHÁIN, Bairbre"),
    ],
)
def test_surname_first_names_are_found(detector: PhiDetector, text: str, name: str) -> None:
    assert ("PERSON", name) in spans(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Obs: BP, Temp and RR recorded.",
        "ECG, Normal sinus rhythm.",
        "Imaging: CT, MRI pending.",
        "PLAN, Continue current dose.",
        "NOTE, Patient reviewed.",
        "FBC, Urea and LFT sent.",
        "ALLERGY, Penicillin (rash).",
        "IMPRESSION, Stable.",
    ],
)
def test_clinical_headings_and_abbreviations_are_not_names(detector: PhiDetector, text: str) -> None:
    assert not [s for s in spans(detector, text) if s[0] == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "学生陈璐因史蒂文斯-约翰逊综合征于我院就诊。",
        "临床诊断：梅克尔憩室",
        "初步判断：梅克尔憩室，需手术。",
        "诊断：尼曼-匹克病",
        "既往法洛四联症。",
    ],
)
def test_chinese_eponyms_are_medicine(detector: PhiDetector, text: str) -> None:
    found = spans(detector, text)
    assert not [v for t, v in found if v.startswith(("史蒂文斯", "梅克尔", "尼曼", "法洛"))]


def test_a_form_role_label_is_not_a_name(detector: PhiDetector) -> None:
    found = spans(detector, "根本死因：干燥综合征\n申报人：林美凤（子）\n经办人：王芳")
    assert ("PERSON", "申报人") not in found and ("PERSON", "经办人") not in found
    assert ("PERSON", "林美凤") in found


@pytest.mark.parametrize("text", ["Dear Patient Liaison Team,", "Referred to the Acute Pain Service today."])
def test_teams_and_departments_are_not_names(detector: PhiDetector, text: str) -> None:
    assert spans(detector, text) == []
