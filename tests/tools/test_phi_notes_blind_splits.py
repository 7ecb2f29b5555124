"""The blind splits of synthetic PHI notes (fresh4 to fresh12): each regenerates byte for byte from its seed,
its spans are the drawn values, its styles are new, and adding it left the earlier splits unchanged. (The detector
is not run here: the splits are blind.) One module for them all, which differ only in their generator."""

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex
from stdnum import luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.jp import in_
from stdnum.kr import rrn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.za import idnr

from medgate.tools import phi_notes
from medgate.tools.phi_notes import Values
from medgate.tools.phi_notes_fresh4 import FRESH4, FRESH4_SEED, Fresh4Source, fresh4_notes
from medgate.tools.phi_notes_fresh5 import FRESH5, FRESH5_SEED, Fresh5Source, fresh5_notes
from medgate.tools.phi_notes_fresh6 import FRESH6, FRESH6_SEED, Fresh6Source, en_ordinal, en_year, fresh6_notes
from medgate.tools.phi_notes_fresh7 import FRESH7, FRESH7_SEED, Fresh7Source, fresh7_notes
from medgate.tools.phi_notes_fresh8 import FRESH8, FRESH8_SEED, Fresh8Source, fresh8_notes
from medgate.tools.phi_notes_fresh9 import FRESH9, FRESH9_SEED, Fresh9Source, fresh9_notes
from medgate.tools.phi_notes_fresh10 import FRESH10, FRESH10_SEED, Fresh10Source, fresh10_notes
from medgate.tools.phi_notes_fresh11 import FRESH11, FRESH11_SEED, Fresh11Source, fresh11_notes
from medgate.tools.phi_notes_fresh12 import FRESH12, FRESH12_SEED, Fresh12Source, fresh12_notes

DATA = Path(phi_notes.__file__).parent / "data"
# Every split in the order it was written: a split's styles must be new to all before it
ORDER = (
    "tuning",
    "heldout",
    "sealed",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
)
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


@dataclass(frozen=True)
class BlindSplit:
    templates: dict[str, dict[str, list[str]]]
    seed: int
    source: Callable[[random.Random], phi_notes.SealedSource]
    notes: Callable[[], list[dict]]
    min_styles: int


BLIND = {
    "fresh4": BlindSplit(FRESH4, FRESH4_SEED, Fresh4Source, fresh4_notes, min_styles=10),
    "fresh5": BlindSplit(FRESH5, FRESH5_SEED, Fresh5Source, fresh5_notes, min_styles=12),
    "fresh6": BlindSplit(FRESH6, FRESH6_SEED, Fresh6Source, fresh6_notes, min_styles=12),
    "fresh7": BlindSplit(FRESH7, FRESH7_SEED, Fresh7Source, fresh7_notes, min_styles=12),
    "fresh8": BlindSplit(FRESH8, FRESH8_SEED, Fresh8Source, fresh8_notes, min_styles=12),
    "fresh9": BlindSplit(FRESH9, FRESH9_SEED, Fresh9Source, fresh9_notes, min_styles=12),
    "fresh10": BlindSplit(FRESH10, FRESH10_SEED, Fresh10Source, fresh10_notes, min_styles=12),
    "fresh11": BlindSplit(FRESH11, FRESH11_SEED, Fresh11Source, fresh11_notes, min_styles=12),
    "fresh12": BlindSplit(FRESH12, FRESH12_SEED, Fresh12Source, fresh12_notes, min_styles=12),
}


def _lines(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


@pytest.fixture(scope="module", params=sorted(BLIND))
def split(request: pytest.FixtureRequest) -> tuple[str, BlindSplit, list[dict]]:
    name: str = request.param
    return name, BLIND[name], BLIND[name].notes()


def test_split_regenerates_byte_for_byte(split: tuple[str, BlindSplit, list[dict]]) -> None:
    name, _, rows = split
    assert _lines(rows) == (DATA / f"phi_notes_{name}.jsonl").read_text(encoding="utf-8")


def test_shape(split: tuple[str, BlindSplit, list[dict]]) -> None:
    name, blind, rows = split
    assert len(blind.templates) >= blind.min_styles
    for lang in ("en", "zh"):
        assert sum(len(by_lang.get(lang, [])) for by_lang in blind.templates.values()) == 18
    assert len(rows) == 36 * 15
    earlier = ORDER[: ORDER.index(name)]
    earlier_styles = {
        json.loads(line)["style"]
        for earlier_split in earlier
        for line in (DATA / f"phi_notes_{earlier_split}.jsonl").open()
    }
    assert not {row["style"] for row in rows} & earlier_styles


def test_spans_are_consistent(split: tuple[str, BlindSplit, list[dict]]) -> None:
    for row in split[2]:
        spans = sorted(row["spans"], key=lambda s: s["start"])
        assert len(spans) >= 2, row["id"]
        assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False)), row["id"]
        for span in [*row["spans"], *row["keep"]]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (row["id"], value)
        assert {span["type"] for span in row["spans"]} <= TYPES, row["id"]
    # medicine to keep in most notes: fresh7's valuables logs, records requests and deposit receipts have none, as
    # such papers would not
    assert sum(bool(row["keep"]) for row in split[2]) >= 0.85 * len(split[2])


@pytest.mark.parametrize("name", sorted(BLIND))
def test_every_span_is_its_drawn_value(name: str) -> None:
    blind = BLIND[name]
    source = blind.source(random.Random(blind.seed + 1))
    for by_lang in blind.templates.values():
        for templates in by_lang.values():
            for template in templates:
                for _ in range(5):
                    values: Values = source.values()
                    text, spans, keep = phi_notes.render(template, values)
                    slots = regex.findall(r"\{(\w+)\}", template)
                    phi = [values[s] for s in slots if not values[s][1].startswith("KEEP:")]
                    kept = [values[s] for s in slots if values[s][1].startswith("KEEP:")]
                    assert [text[s["start"] : s["end"]] for s in spans] == [v[0] for v in phi]
                    assert [s["type"] for s in spans] == [v[1] for v in phi]
                    assert [text[k["start"] : k["end"]] for k in keep] == [v[0] for v in kept]


def test_every_split_file_regenerates_unchanged(tmp_path: Path) -> None:
    """The writer run once: every split, the earlier ones and the blind ones, byte for byte as committed."""
    phi_notes.main(["--out", str(tmp_path)])
    for name in ORDER:
        file = f"phi_notes_{name}.jsonl"
        assert (tmp_path / file).read_bytes() == (DATA / file).read_bytes(), name


def test_fresh5_identifiers_check_out() -> None:
    """The drawn Aadhaar numbers, PPSNs and 18-digit resident IDs carry valid check characters."""
    source = Fresh5Source(random.Random(FRESH5_SEED + 2))
    for _ in range(200):
        assert aadhaar.is_valid(source.aadhaar())
        assert pps.is_valid(source.ppsn())
        rid = source.rid5().replace(" ", "").upper()
        assert len(rid) == 15 or ric.is_valid(rid), rid


def test_fresh6_identifiers_check_out() -> None:
    """The drawn My Numbers, Korean RRNs, South African IDs and NZ NHIs carry valid check digits."""
    source = Fresh6Source(random.Random(FRESH6_SEED + 2))
    for _ in range(200):
        assert in_.is_valid(source.my_number()), "My Number"
        assert rrn.is_valid(source.kr_rrn()), "RRN"
        za = source.za_id().replace(" ", "")
        assert idnr.is_valid(za) and luhn.is_valid(za), za
        nhi = source.nz_nhi()
        assert regex.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", nhi), nhi


def test_fresh6_number_words() -> None:
    assert en_ordinal(4) == "fourth" and en_ordinal(22) == "twenty-second" and en_ordinal(30) == "thirtieth"
    assert en_year(1961) == "nineteen sixty-one" and en_year(1905) == "nineteen oh five"
    assert en_year(2000) == "two thousand" and en_year(2002) == "two thousand and two"


def test_fresh10_identifiers_check_out() -> None:
    """The drawn PESELs, DNIs, bank cards and 18-digit resident IDs carry valid check characters."""
    source = Fresh10Source(random.Random(FRESH10_SEED + 2))
    for _ in range(200):
        born = source.born5()
        assert pesel.is_valid(source.pesel10(born)), "PESEL"
        assert dni.is_valid(source.dni10()), "DNI"
        assert luhn.is_valid(source.card10().replace(" ", "")), "card"
        assert ric.is_valid(source.rid10(born)), "RID"


def test_fresh11_identifiers_check_out() -> None:
    """The drawn fødselsnummer, personnummer, CPR, HETU, AMKA, Belgian and Austrian numbers, bank cards and 18-digit
    resident IDs carry valid check characters."""
    source = Fresh11Source(random.Random(FRESH11_SEED + 2))
    for _ in range(200):
        born = source.born5()
        assert fodselsnummer.is_valid(source.fnr11(born)), "fødselsnummer"
        assert personnummer.is_valid(source.pnr11(born)), "personnummer"
        assert cpr.is_valid(source.cpr11(born)), "CPR"
        assert hetu.is_valid(source.hetu11(born)), "HETU"
        assert amka.is_valid(source.amka11(born)), "AMKA"
        assert nn.is_valid(source.be_nn11(born)), "Belgian national number"
        assert vnr.is_valid(source.svnr11(born).replace(" ", "")), "SVNR"
        assert luhn.is_valid(source.card11().replace(" ", "").replace("-", "")), "card"
        assert ric.is_valid(source.rid11(born)), "RID"


def test_fresh12_identifiers_check_out() -> None:
    """The drawn PESELs, NIFs, CPFs, SINs, Aadhaar numbers, PPSNs, bank cards and 18-digit resident IDs carry valid
    check characters (the Hungarian TAJ has no stdnum module; the Taiwan ID comes from ``phi_notes``)."""
    source = Fresh12Source(random.Random(FRESH12_SEED + 2))
    for _ in range(200):
        born = source.born5()
        assert pesel.is_valid(source.pesel12(born)), "PESEL"
        assert nif.is_valid(source.nif12()), "NIF"
        assert cpf.is_valid(source.cpf12()), "CPF"
        assert sin.is_valid(source.sin12()), "SIN"
        assert aadhaar.is_valid(source.aadhaar()), "Aadhaar"
        assert pps.is_valid(source.ppsn()), "PPSN"
        assert luhn.is_valid(source.card12().replace(" ", "")), "card"
        assert ric.is_valid(source.rid12(born)), "RID"
