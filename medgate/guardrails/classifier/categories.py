"""The classifier's output categories, in head-row order."""

CATEGORIES: tuple[str, ...] = (
    "self_harm",
    "dangerous_dosing",
    "controlled_substances",
    "unethical_practice",
    "patient_data_extraction",
    "general_harm",
    "prompt_injection",
)
