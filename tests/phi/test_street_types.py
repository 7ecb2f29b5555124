"""English street types come from the published lists whole; common words among them stay prose."""

import pytest

from medgate.guardrails.phi import PhiDetector
from medgate.guardrails.phi.street_types import STREET_TYPES
from tests.phi.phi_helpers import found


def test_each_published_list_is_there_whole() -> None:
    usps = {"Stravenue", "Trafficway", "Bayou", "Xing", "Tpke", "Loaf", "Expy"}
    australia = {"Gates", "Lower", "Lees", "Circlet", "Rosebowl", "Slope", "Range", "Gtes", "Lwr", "Rsbl", "Clt"}
    canada = {"Concession", "Townline", "Diversion", "Turnabout", "Circt", "Tline"}
    uk_ireland = {"Vennel", "Garth", "Wynd", "Twitten", "Demesne"}
    assert usps | australia | canada | uk_ireland <= STREET_TYPES
    assert len(STREET_TYPES) > 800


@pytest.mark.parametrize(
    "address",
    [
        "12 Morrison Gates, Ballarat VIC 3350",
        "Flat 3 44 Kelly Lower, Townsville QLD 4810",
        "7 Banksia Circlet, Perth WA 6000",
        "88 Wattle Lees, Dubbo NSW 2830",
        "3 Harbour Slope, Hobart",
        "41 Ironbark Rosebowl, Cairns QLD 4870",
        "15 Carrick Vennel, Dumfries",
        "230 Maple Townline, Guelph, ON N1H 3T9",
        "9 Old Mill Stravenue, Tucson, AZ 85711",
    ],
)
def test_addresses_with_types_from_the_standard_lists(detector: PhiDetector, address: str) -> None:
    assert found(detector, f"Discharged home to {address} with her son.").get(address) == "ADDRESS"


@pytest.mark.parametrize(
    "text",
    [
        "Grade 3 Left Lower limb weakness since the fall.",
        "CT shows a 3 cm Right Lower lobe nodule.",
        "Seen in Ward 4 East View on Tuesday.",
        "Patient walked 200 Metres Slope test unremarkable.",
        "Stage 2 Heart Failure Clinic follow up, Level 4 Main Way entrance.",
        "Type 2 Diabetes Mellitus Gates criteria were not met.",
    ],
)
def test_common_word_street_types_in_clinical_prose_are_not_addresses(detector: PhiDetector, text: str) -> None:
    assert "ADDRESS" not in found(detector, text).values(), found(detector, text)
