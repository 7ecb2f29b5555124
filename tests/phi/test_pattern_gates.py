"""A pattern's gate never closes on a text the pattern matches (gates only save time)."""

import random

from medgate.guardrails.phi.base import AnyOf, ContextPatternRecognizer, gate_found
from medgate.guardrails.phi.detector import all_recognizers

# Labels of the gated English patterns in several cases, the characters a case-insensitive match reads as i and s,
# separators and values.
PIECES = [
    *"MRNmrnUuRr:#/-=()[] \t\n.,0123456789ABxİſ",
    "MRN",
    "mrn",
    "UR",
    "URN",
    "Your",
    "Medical Record No.",
    "record number",
    "CHART #",
    "Patient ID",
    "hospital no",
    "Account Number",
    "Unit record no",
    "My name is",
    "NAME'S",
    "name is",
    "I'm",
    "I am",
    "This is",
    "THIS IS",
    "Patient",
    "Next of kin",
    "Full name",
    "Mother",
    "Address",
    "LIVES AT",
    "Resides at",
    "living at",
    "P.O. Box",
    "PO Box",
    "Post Office Box",
    "PMB",
    " John",
    " Smith",
    " Mary Jones",
    " 12 Main Street",
    " 1234567",
    " A12345",
]


def _gated() -> list[tuple[ContextPatternRecognizer, int]]:
    return [
        (recognizer, i)
        for recognizer in all_recognizers()
        if isinstance(recognizer, ContextPatternRecognizer)
        for i, (_, _, gate, _) in enumerate(recognizer._compiled)
        if isinstance(gate, AnyOf)
    ]


def test_anyof_gates_open_wherever_their_pattern_matches() -> None:
    gated = _gated()
    assert len(gated) >= 6
    rng = random.Random(11)
    matched = 0
    for _ in range(30_000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12)))
        for recognizer, i in gated:
            pattern, _, gate, _ = recognizer._compiled[i]
            assert isinstance(gate, AnyOf)
            if pattern.search(text) is not None:
                matched += 1
                assert gate.found(text, text.lower()), (recognizer.supported_entities, i, text)
    assert matched > 1_000  # the texts exercise the patterns


def test_gate_verdicts_are_per_text() -> None:
    recognizer = next(r for r in all_recognizers() if isinstance(r, ContextPatternRecognizer) and r._gate is not None)
    assert recognizer._gate is not None
    han, latin = "患者王芳", "Patient Jane"
    assert gate_found(recognizer._gate, han) == (recognizer._gate.search(han) is not None)
    assert gate_found(recognizer._gate, latin) == (recognizer._gate.search(latin) is not None)
    assert gate_found(recognizer._gate, han) == (recognizer._gate.search(han) is not None)
