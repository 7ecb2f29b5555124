"""English PHI: planted values are found with the right type; clinical numbers survive."""

import random

import pytest
from phi_helpers import found, make_card

from medgate.guardrails.phi import PhiDetector


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Her SSN is 234-56-7890.", "234-56-7890", "SSN"),
        ("social security number 234567890 on file", "234567890", "SSN"),
        ("Call me at (415) 555-0134 tomorrow.", "(415) 555-0134", "PHONE"),
        ("cell: 415.555.0134", "415.555.0134", "PHONE"),
        ("Reach me on +1 415 555 0134", "+1 415 555 0134", "PHONE"),
        ("Phone: 0496 46 46 70", "0496 46 46 70", "PHONE"),
        ("Send results to jane_doe+lab@mail.example.org please", "jane_doe+lab@mail.example.org", "EMAIL"),
        ("MRN: A1234567, admitted", "A1234567", "MEDICAL_RECORD_NO"),
        ("medical record number 00987654", "00987654", "MEDICAL_RECORD_NO"),
        ("DOB: 04/12/1957; seen 05/01/2024", "04/12/1957", "DATE_OF_BIRTH"),
        ("born on March 3, 1961 in Ohio", "March 3, 1961", "DATE_OF_BIRTH"),
        ("Medicare number: 1EG4-TE5-MK73", "1EG4-TE5-MK73", "INSURANCE_ID"),
        ("Medicare number 6081 66143 3. Copy to the GP.", "6081 66143 3", "INSURANCE_ID"),  # spaced groups
        ("Discharged.    UR: 42996468\nDiagnosis", "42996468", "MEDICAL_RECORD_NO"),  # unit record number
        ("passport no. 912345678", "912345678", "PASSPORT"),
        ("login from 10.20.30.40 failed", "10.20.30.40", "IP_ADDRESS"),
        ("server 2001:db8::8a2e:370:7334 logged it", "2001:db8::8a2e:370:7334", "IP_ADDRESS"),
        ("Patient: Mary Ann Jones, 54F", "Mary Ann Jones", "PERSON"),
        ("Name: Nona Smith\nAge: 40", "Nona Smith", "PERSON"),
        ("Referred by Dr. O'Brien's office", "O'Brien", "PERSON"),
        ("Seen by Dr. Gregory House today", "Gregory House", "PERSON"),
        ("My name is Peter Parker and I have a rash", "Peter Parker", "PERSON"),
        ("Hi, I'm Ana Lucía Pérez, 34 years old", "Ana Lucía Pérez", "PERSON"),
        ("Home address: 221 Baker Street; phone withheld", "221 Baker Street", "ADDRESS"),
        (
            "He lives at 1600 Pennsylvania Avenue, Washington, DC 20500.",
            "1600 Pennsylvania Avenue, Washington, DC 20500",
            "ADDRESS",
        ),
    ],
)
def test_planted_values(detector: PhiDetector, text: str, value: str, entity: str) -> None:
    assert found(detector, text) == {value: entity}


def test_credit_cards_are_luhn_checked(detector: PhiDetector, rng: random.Random) -> None:
    for prefix, length in [("4", 16), ("51", 16), ("37", 15), ("35", 16), ("4", 19)]:
        card = make_card(rng, prefix, length)
        assert found(detector, f"my credit card {card} was lost") == {card: "CREDIT_CARD"}
        broken = card[:-1] + str((int(card[-1]) + 1) % 10)
        assert found(detector, f"my credit card {broken} was lost") == {}


def test_invalid_ssns_are_rejected(detector: PhiDetector) -> None:
    for fake in ["000-12-3456", "666-12-3456", "123-00-4567", "123-45-0000", "111-11-1111"]:
        assert "SSN" not in found(detector, f"SSN {fake}").values()


CLINICAL_EN = [
    "Metformin 500 mg PO BID, lisinopril 10 mg daily; BP 120/80 mmHg, HR 72 bpm, SpO2 98%.",
    "Labs: WBC 7.2 x10^9/L, Hgb 13.5 g/dL, platelets 250 x 10^9/L, creatinine 1.1 mg/dL, K 4.2 mmol/L.",
    "Assessment: type 2 diabetes mellitus (E11.9), essential hypertension (I10), CKD stage 3 (N18.3).",
    "Follow-up visit on 2024-05-01 and again on 06/15/2024; call the clinic if symptoms worsen.",
    "Dose: 0.5-1 mg/kg every 6-8 hours, max 4000 mg/day; infuse 1000 mL over 8 h.",
    "What are the treatments for Miller Fisher syndrome? Is Parkinson disease inherited?",
    "INR 2.5, aPTT 35 s, troponin 0.04 ng/mL, HbA1c 7.1%, LDL 130 mg/dL, eGFR 58 mL/min/1.73m2.",
    "Version 1.2.3 of the guideline was published in 2019; see table 4.1.2.",
    "Patient: denies chest pain, reports fatigue.",
    "I am 45 and this is my third visit; I'm Type 2 diabetic.",
    "Hey! I'm Your Worst Nightmare, says the villain.",
]


@pytest.mark.parametrize("text", CLINICAL_EN)
def test_clinical_english_text_passes_untouched(detector: PhiDetector, text: str) -> None:
    assert detector.detect(text) == []
