"""The fresh5 split of synthetic PHI notes: it regenerates byte for byte from its seed, its spans are the drawn values,
and adding it left the seven earlier splits unchanged. (The detector is not run here: the split is blind.)"""

import json
import random
from pathlib import Path

import pytest
import regex
from stdnum.cn import ric
from stdnum.ie import pps
from stdnum.in_ import aadhaar

from medgate.tools import phi_notes
from medgate.tools.phi_notes_fresh5 import FRESH5, FRESH5_SEED, Fresh5Source, fresh5_notes

DATA = Path(phi_notes.__file__).parent / "data"
EARLIER = ("tuning", "heldout", "sealed", "fresh", "fresh2", "fresh3", "fresh4")
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
    return fresh5_notes()


def test_split_regenerates_byte_for_byte(rows: list[dict]) -> None:
    assert _lines(rows) == (DATA / "phi_notes_fresh5.jsonl").read_text(encoding="utf-8")


def test_shape(rows: list[dict]) -> None:
    assert len(FRESH5) >= 12
    for lang in ("en", "zh"):
        assert sum(len(by_lang.get(lang, [])) for by_lang in FRESH5.values()) == 18
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
    source = Fresh5Source(random.Random(FRESH5_SEED + 1))
    for by_lang in FRESH5.values():
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
    for split in (*EARLIER, "fresh5"):
        name = f"phi_notes_{split}.jsonl"
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), split


def test_new_identifiers_check_out() -> None:
    """The drawn Aadhaar numbers, PPSNs and 18-digit resident IDs carry valid check characters."""
    source = Fresh5Source(random.Random(FRESH5_SEED + 2))
    for _ in range(200):
        assert aadhaar.is_valid(source.aadhaar())
        assert pps.is_valid(source.ppsn())
        rid = source.rid5().replace(" ", "").upper()
        assert len(rid) == 15 or ric.is_valid(rid), rid
