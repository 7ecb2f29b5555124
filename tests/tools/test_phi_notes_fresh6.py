"""The fresh6 split of synthetic PHI notes: it regenerates byte for byte from its seed, its spans are the drawn values,
and adding it left the eight earlier splits unchanged. (The detector is not run here: the split is blind.)"""

import json
import random
from pathlib import Path

import pytest
import regex
from stdnum import luhn
from stdnum.jp import in_
from stdnum.kr import rrn
from stdnum.za import idnr

from medgate.tools import phi_notes
from medgate.tools.phi_notes_fresh6 import FRESH6, FRESH6_SEED, Fresh6Source, en_ordinal, en_year, fresh6_notes

DATA = Path(phi_notes.__file__).parent / "data"
EARLIER = ("tuning", "heldout", "sealed", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")
TYPES = {
    "ADDRESS",
    "BANK_CARD",
    "CN_RESIDENT_ID",
    "DATE_OF_BIRTH",
    "EMAIL",
    "INSURANCE_ID",
    "MEDICAL_RECORD_NO",
    "NATIONAL_ID",
    "PERSON",
    "PHONE",
    "SSN",
}


def _lines(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return fresh6_notes()


def test_split_regenerates_byte_for_byte(rows: list[dict]) -> None:
    assert _lines(rows) == (DATA / "phi_notes_fresh6.jsonl").read_text(encoding="utf-8")


def test_shape(rows: list[dict]) -> None:
    assert len(FRESH6) >= 12
    for lang in ("en", "zh"):
        assert sum(len(by_lang.get(lang, [])) for by_lang in FRESH6.values()) == 18
    assert len(rows) == 36 * 15
    earlier_styles = {
        json.loads(line)["style"] for split in EARLIER for line in (DATA / f"phi_notes_{split}.jsonl").open()
    }
    assert not {row["style"] for row in rows} & earlier_styles


def test_spans_are_consistent(rows: list[dict]) -> None:
    for row in rows:
        spans = sorted(row["spans"], key=lambda s: s["start"])
        assert len(spans) >= 2, row["id"]
        assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False)), row["id"]
        for span in [*row["spans"], *row["keep"]]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (row["id"], value)
        assert {span["type"] for span in row["spans"]} <= TYPES, row["id"]
        assert row["keep"], row["id"]


def test_every_span_is_its_drawn_value() -> None:
    source = Fresh6Source(random.Random(FRESH6_SEED + 1))
    for by_lang in FRESH6.values():
        for templates in by_lang.values():
            for template in templates:
                for _ in range(5):
                    values = source.values()
                    text, spans, keep = phi_notes.render(template, values)
                    slots = regex.findall(r"\{(\w+)\}", template)
                    phi = [values[s] for s in slots if not values[s][1].startswith("KEEP:")]
                    kept = [values[s] for s in slots if values[s][1].startswith("KEEP:")]
                    assert [text[s["start"] : s["end"]] for s in spans] == [v[0] for v in phi]
                    assert [s["type"] for s in spans] == [v[1] for v in phi]
                    assert [text[k["start"] : k["end"]] for k in keep] == [v[0] for v in kept]


def test_earlier_splits_unchanged(tmp_path: Path) -> None:
    phi_notes.main(["--out", str(tmp_path)])
    for split in (*EARLIER, "fresh6"):
        name = f"phi_notes_{split}.jsonl"
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), split


def test_new_identifiers_check_out() -> None:
    """The drawn My Numbers, Korean RRNs, South African IDs and NZ NHIs carry valid check digits."""
    source = Fresh6Source(random.Random(FRESH6_SEED + 2))
    for _ in range(200):
        assert in_.is_valid(source.my_number()), "My Number"
        assert rrn.is_valid(source.kr_rrn()), "RRN"
        za = source.za_id().replace(" ", "")
        assert idnr.is_valid(za) and luhn.is_valid(za), za
        nhi = source.nz_nhi()
        assert regex.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", nhi), nhi


def test_number_words() -> None:
    assert en_ordinal(4) == "fourth" and en_ordinal(22) == "twenty-second" and en_ordinal(30) == "thirtieth"
    assert en_year(1961) == "nineteen sixty-one" and en_year(1905) == "nineteen oh five"
    assert en_year(2000) == "two thousand" and en_year(2002) == "two thousand and two"
