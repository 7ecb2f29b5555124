"""Training rows: shared guard data + MedSafetyBench generated requests + the project's own examples and templates.

Every row gets a multi-hot category target. Unsafe rows of the public sets carry no fine category, so they are
labelled by their origin (MedSafetyBench -> unethical practice, AdvBench/HarmBench/MaliciousInstruct -> general harm)
plus keyword rules for the finer categories.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.classifier.segments import segments

OWN_DATA = Path(__file__).resolve().parent.parent / "data"
GRAY_WEIGHT = 0.5  # gray rows train as negatives, with less weight than real benign questions
GENERATED_SOURCE = "medsafetybench_generated"
_SLOT = re.compile(r"{(\w+)}")

_KEYWORDS: dict[str, re.Pattern[str]] = {
    "self_harm": re.compile(
        r"suicid|self[- ]?harm|kill (?:myself|themselves|yourself|himself|herself)|"
        r"end (?:my|their|your|his|her) (?:own )?life|"
        r"cut (?:myself|themselves)|anorexi|bulimi|starv(?:e|ing) (?:myself|themselves)",
        re.I,
    ),
    "dangerous_dosing": re.compile(
        r"overdos|lethal|fatal dose|toxic dose|poison|untraceable|undetectable|deadly dose", re.I
    ),
    "controlled_substances": re.compile(
        r"opioid|oxycodone|oxycontin|fentanyl|heroin|cocaine|methamphetamine|\bmeth\b|narcotic|controlled substance|"
        r"illegal drugs?|drug deal|prescription drugs? without|without a prescription|recreational drug",
        re.I,
    ),
    "patient_data_extraction": re.compile(
        r"medical records?|patient(?:'s|s')? (?:data|records?|information|files?|privacy|confidential)|"
        r"confidential|personal (?:health )?information|health information|hipaa",
        re.I,
    ),
}
_ORIGIN_CATEGORY = {
    "medsafetybench_train": "unethical_practice",
    GENERATED_SOURCE: "unethical_practice",
    "advbench": "general_harm",
    "harmbench": "general_harm",
    "malicious_instruct": "general_harm",
}


@dataclass(frozen=True)
class Row:
    """One training or evaluation example."""

    source: str
    lang: str
    text: str
    label: str  # unsafe | injection | benign | gray
    categories: frozenset[str]
    base: str = ""  # for a framed copy, the original text (copies stay on the same side of a train/validation split)
    style: str = ""  # how the request is phrased (direct, role-play, ...), for leave-style-out evaluation
    intent: str = ""  # the underlying request a styled row wraps (rows sharing it must not straddle a split)


def weak_categories(source: str, label: str, text: str, given: str = "") -> frozenset[str]:
    """Multi-hot target of a row: given categories, else origin + keyword rules; benign and gray rows have none."""
    if label in ("benign", "gray"):
        return frozenset()
    if label == "injection":
        return frozenset({"prompt_injection"})
    own = {c for c in given.split(",") if c in CATEGORIES}
    if own:
        return frozenset(own)
    cats = {c for c, pattern in _KEYWORDS.items() if pattern.search(text)}
    cats.add(_ORIGIN_CATEGORY.get(source, "general_harm"))
    return frozenset(cats)


def read_jsonl(path: Path) -> list[Row]:
    """Rows of a JSON Lines file in the guard_dev.jsonl format (own files may put categories in `category`)."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                rows.append(
                    Row(
                        r["source"],
                        r["lang"],
                        r["text"],
                        r["label"],
                        weak_categories(r["source"], r["label"], r["text"], r.get("category", "")),
                        style=r.get("style", ""),
                        intent=r.get("intent", ""),
                    )
                )
    return rows


def generated_rows(directory: Path, per_category: int, seed: int) -> list[Row]:
    """A seeded sample of MedSafetyBench's generated harmful requests (category_N.txt = AMA principle N)."""
    rng = random.Random(seed)
    rows = []
    for path in sorted(directory.glob("category_*.txt")):
        lines = sorted({ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 15})
        for text in rng.sample(lines, min(per_category, len(lines))):
            rows.append(Row(GENERATED_SOURCE, "en", text, "unsafe", weak_categories(GENERATED_SOURCE, "unsafe", text)))
    return rows


def template_rows(path: Path = OWN_DATA / "templates.json") -> list[Row]:
    """Expand the contrast templates (the same drugs, people and places in benign and harmful requests), en and zh.

    A pattern is filled once per value of its longest slot; the other slots rotate with different strides.
    """
    spec = json.loads(path.read_text(encoding="utf-8"))
    slots: dict[str, list[list[str]]] = spec["slots"]
    rows = []
    for tpl in spec["templates"]:
        for lang_index, lang in enumerate(("en", "zh")):
            for pattern in tpl[lang]:
                names = sorted(set(_SLOT.findall(pattern)), key=lambda n: (-len(slots[n]), n))
                for i in range(len(slots[names[0]]) if names else 1):
                    values = {n: slots[n][(i * (k + 1)) % len(slots[n])][lang_index] for k, n in enumerate(names)}
                    rows.append(
                        Row(
                            "medgate_templates",
                            lang,
                            pattern.format(**values),
                            tpl["label"],
                            frozenset(tpl["categories"]),
                        )
                    )
    return rows


def with_pretexts(rows: list[Row], per_row: int, seed: int, path: Path = OWN_DATA / "templates.json") -> list[Row]:
    """Rows plus `per_row` copies of each with a neutral framing prefixed (same source, label and categories)."""
    pretexts = json.loads(path.read_text(encoding="utf-8"))["pretexts"]
    rng = random.Random(seed)
    extra = [
        Row(r.source, r.lang, p + r.text, r.label, r.categories, r.text)
        for r in rows
        if r.lang in pretexts
        for p in rng.sample(pretexts[r.lang], per_row)
    ]
    return rows + extra


def benign_fragments(rows: list[Row], per_row: int, seed: int) -> list[Row]:
    """Single sentences / lines of multi-sentence benign rows, as benign rows (the detector scores fragments)."""
    rng = random.Random(seed)
    out = []
    for r in rows:
        parts = segments(r.text) if r.label == "benign" else []
        out += [
            Row(r.source, r.lang, p, "benign", frozenset(), r.base or r.text)
            for p in rng.sample(parts, min(per_row, len(parts)))
        ]
    return out


def presidio_rows(path: Path) -> list[Row]:
    """Synthetic English sentences full of names, addresses and numbers (presidio-research): benign text."""
    return [
        Row("presidio_synth", "en", r["full_text"], "benign", frozenset())
        for r in json.loads(path.read_text(encoding="utf-8"))
    ]


def load_all(data_dir: Path, generated_per_category: int, seed: int) -> list[Row]:
    """All rows: shared guard_dev + presidio sentences + MedSafetyBench generated sample + own examples (with pretexts)
    + templates, plus sentence fragments of the benign rows."""
    rows = read_jsonl(data_dir / "guard_dev.jsonl") + presidio_rows(
        data_dir / "presidio_synth" / "synth_dataset_v2.json"
    )
    rows += generated_rows(data_dir / "medsafetybench_generated", generated_per_category, seed)
    rows += with_pretexts(read_jsonl(OWN_DATA / "medgate_examples.jsonl"), 2, seed)
    rows += template_rows()
    return rows + benign_fragments(rows, 2, seed)


def balanced_epoch(by_source: dict[str, list[int]], low: int, high: int, rng: random.Random) -> Iterator[int]:
    """Row indices of one epoch: every source contributes between `low` and `high` rows (resampled when small)."""
    picked: list[int] = []
    for source in sorted(by_source):
        idx = by_source[source]
        want = min(max(len(idx), low), high)
        picked += rng.sample(idx, want) if want <= len(idx) else [rng.choice(idx) for _ in range(want)]
    rng.shuffle(picked)
    return iter(picked)
