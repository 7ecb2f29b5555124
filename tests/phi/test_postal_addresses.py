"""Postal addresses found from their region and postcode, with the address parts before them."""

import pytest

from medgate.guardrails.phi.postal_addresses import PostalAddressRecognizer


def _addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in PostalAddressRecognizer().scan(text, text.lower())]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Home: Unit 2/116 Bottlebrush Esp,\nMirrabooka WA 6061\nGP: Dr Lee",
            "Unit 2/116 Bottlebrush Esp,\nMirrabooka WA 6061",
        ),
        ("Patient lives at 57 Wattle Cres, MIRRABOOKA WA 6061 with her son.", "57 Wattle Cres, MIRRABOOKA WA 6061"),
        (
            "Address: Teach na Gréine, Drumkeeran, Co. Leitrim N41 KCED",
            "Teach na Gréine, Drumkeeran, Co. Leitrim N41 KCED",
        ),
        (
            "Flat E, 23/F, Kam Fung Mansion, 384 King's Road, North Point, Hong Kong",
            "Flat E, 23/F, Kam Fung Mansion, 384 King's Road, North Point, Hong Kong",
        ),
        ("Box 247, Attawapiskat ON P0L 1A0", "Box 247, Attawapiskat ON P0L 1A0"),
        ("8255 Rue Yonge, app. 1, Montréal (Québec) H2X 9M8", "8255 Rue Yonge, app. 1, Montréal (Québec) H2X 9M8"),
        (
            "Flat No. 1201, Shree Ganesh Apartments, Plot 71, Kukatpally, Hyderabad, Telangana 500 072",
            "Flat No. 1201, Shree Ganesh Apartments, Plot 71, Kukatpally, Hyderabad, Telangana 500 072",
        ),
        (
            "Discharge Summary\nFlat 3\n200 Ironbark Crescent\nBelconnen ACT 2617",
            "Flat 3\n200 Ironbark Crescent\nBelconnen ACT 2617",
        ),
        ("She moved to Moonah TAS 7009 last spring.", "Moonah TAS 7009"),
    ],
)
def test_addresses_by_their_postal_end(text: str, address: str) -> None:
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "He moved from Hong Kong last year.",  # a territory's name alone
        "Per the ACT 2019 guidance, eGFR 54, HbA1c 7.2%.",  # 2019 is no ACT postcode
        "Seen in clinic. Plan: review in 2 weeks, repeat FBC.",
    ],
)
def test_no_address_without_a_postal_end(text: str) -> None:
    assert _addresses(text) == []
