"""Honest evaluation of the encoder stage: leave-source-out and leave-style-out, per language and category.

    python -m medgate.tools.classifier.leaveout --encoder use [--card medgate/guardrails/artifacts] [--json out.json]
    python -m medgate.tools.classifier.leaveout --encoder e5 --compare   # both encoders on the same sample

Leave-source-out: for each source S, the whole recipe (heads, exemplar bank, out-of-source combiner, thresholds)
is trained without S and S is scored. Leave-style-out (the team's Chinese rows): for each style X and each half H of
the hand-written intents, train without any row of style X and without any row of an intent in H, then score the
rows of style X whose intent is in H; so neither the phrasing nor the request was seen. A row is blocked when any
category reaches its threshold or an injection rule fires, as in the product's input guard.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.classifier.windows import windows

from .corpus import encoder_rows, per_source_sample
from .evaluate import update_card
from .heads_train import WRITTEN_FREELY, Embedded, HeadConfig, family, load_embedded, predict, train

TEAM_SOURCES = ("medgate_zh_team_unsafe", "medgate_zh_team_injection", "medgate_zh_team_benign")
STYLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "euphemism": ("euphemism",),
    "roleplay": ("roleplay",),
    "fiction": ("fiction",),
    "research pretext": ("research",),
    "authority pretext": ("authority",),
    "clinician framing": ("clinician",),
    "multi-turn escalation": ("multiturn",),
    "traditional characters": ("traditional",),
    "pinyin / English mixed": ("pinyin_mixed",),
    "typos and spacing": ("typo_spacing",),
    "injection: direct": ("inj_direct",),
    "injection: inside records": ("inj_in_record",),
    "injection: inside tool results": ("inj_in_tool_result",),
    "benign: dose questions": ("consumer_dose",),
    "benign: overdose management": ("overdose_management",),
    "benign: clinician toxicology, suicide-risk assessment": ("clinician_toxicology", "suicide_risk_assessment"),
    "benign: help-seeking, sensitive topics": ("help_seeking", "sensitive_topic"),
    "harmful sentence hidden in a long text": ("hidden_in_long_text",),
    "benign: notes, tool results, fragments": ("clinical_note", "tool_result", "greeting_fragment", "clinical_task"),
}


def blocked(probs: np.ndarray, thresholds: np.ndarray, rules: np.ndarray) -> np.ndarray:
    return (probs >= thresholds).any(axis=1) | rules


def leave_out(
    data: Embedded, cfg: HeadConfig, folds: Sequence[tuple[str, list[int], list[int]]], log: Callable[[str], None]
) -> dict[int, tuple[str, bool]]:
    """{row index: (fold name, blocked)} for the test rows of each (name, train idx, test idx) fold."""
    out: dict[int, tuple[str, bool]] = {}
    for name, train_idx, test_idx in folds:
        t0 = time.monotonic()
        heads = train(data, train_idx, cfg)
        dec = blocked(predict(heads, data, test_idx), heads.thresholds, data.rules[np.asarray(test_idx)])
        for i, d in zip(test_idx, dec.tolist(), strict=True):
            out[i] = (name, d)
        log(f"{name}: {len(test_idx)} rows, {dec.mean():.1%} blocked, {time.monotonic() - t0:.0f}s")
    return out


def source_folds(data: Embedded) -> list[tuple[str, list[int], list[int]]]:
    """One fold per source family (sources written together are held out together)."""
    fams = [family(r.source) for r in data.rows]
    return [
        (f, [i for i, g in enumerate(fams) if g != f], [i for i, g in enumerate(fams) if g == f])
        for f in sorted(set(fams))
    ]


def style_folds(data: Embedded) -> list[tuple[str, list[int], list[int]]]:
    folds = []
    team = [r.source in TEAM_SOURCES for r in data.rows]
    half = [zlib.crc32(r.intent.encode()) % 2 for r in data.rows]
    for name, styles in STYLE_FAMILIES.items():
        for h in (0, 1):
            test = [i for i, r in enumerate(data.rows) if team[i] and r.style in styles and half[i] == h]
            if not test:
                continue
            # assembled long texts wrap a row of some style: the team's are never trained on in these folds
            train_idx = [
                i
                for i, r in enumerate(data.rows)
                if not (team[i] and (r.style in styles or half[i] == h or r.style == "hidden_in_long_text"))
            ]
            folds.append((name, train_idx, test))
    return folds


def _rate(hits: int, n: int) -> str:
    return f"{100.0 * hits / n:.1f}% ({n})" if n else "-"


def fold_table(data: Embedded, result: dict[int, tuple[str, bool]], title: str) -> str:
    """Per held-out fold and language: recall on unsafe, recall on injections, false blocks, gray blocked."""
    cells: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i, (name, dec) in result.items():
        r = data.rows[i]
        for key in ((f"{name}: {r.source}" if name != r.source else name, r.lang), ("ALL", r.lang)):
            cell = cells.setdefault(key, {})
            cell.setdefault(r.label, [0, 0])
            cell[r.label][0] += int(dec)
            cell[r.label][1] += 1
    lines = [
        f"| {title} | lang | unsafe recall | injection recall | false blocks (benign) | gray blocked |",
        "|---|---|---|---|---|---|",
    ]
    for (name, lang), cell in sorted(cells.items(), key=lambda kv: (kv[0][0] == "ALL", kv[0])):
        rates = [_rate(*cell.get(lb, [0, 0])) for lb in ("unsafe", "injection", "benign", "gray")]
        lines.append(f"| {name} | {lang} | " + " | ".join(rates) + " |")
    return "\n".join(lines)


def category_table(data: Embedded, result: dict[int, tuple[str, bool]]) -> str:
    """Recall per language and category over the held-out harmful rows (a row counts once per category it has)."""
    cells: dict[tuple[str, str], list[int]] = {}
    for i, (_, dec) in result.items():
        r = data.rows[i]
        for c in r.categories:
            cell = cells.setdefault((r.lang, c), [0, 0])
            cell[0] += int(dec)
            cell[1] += 1
    langs = sorted({lang for lang, _ in cells})
    lines = ["| category | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
    for c in CATEGORIES:
        lines.append(f"| {c} | " + " | ".join(_rate(*cells.get((lang, c), [0, 0])) for lang in langs) + " |")
    return "\n".join(lines)


def style_table(data: Embedded, result: dict[int, tuple[str, bool]], families: Sequence[str] = WRITTEN_FREELY) -> str:
    """Per style of the freely written sets, while their whole family was held out: share of rows blocked (recall for
    harmful rows, false blocks for benign ones)."""
    cells: dict[tuple[str, str, str], list[int]] = {}
    for i, (_, dec) in result.items():
        r = data.rows[i]
        if family(r.source) in families and r.style != "hidden_in_long_text":
            cell = cells.setdefault((r.lang, r.label, r.style), [0, 0])
            cell[0] += int(dec)
            cell[1] += 1
    lines = ["| lang | label | style | blocked |", "|---|---|---|---|"]
    for (lang, label, style), (hits, n) in sorted(cells.items()):
        lines.append(f"| {lang} | {label} | {style} | {_rate(hits, n)} |")
    return "\n".join(lines)


def first_window_sample(rows: Sequence, per_source: int) -> list:
    """The encoder comparison's sample: at most N rows per source, each cut to its first window (cheap for e5)."""
    return [replace(r, text=windows(r.text)[0]) for r in per_source_sample(rows, per_source)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--encoder", choices=("use", "e5"), default="use")
    parser.add_argument("--compare", action="store_true", help="the encoder comparison sample (150/source, 1 window)")
    parser.add_argument("--skip-sources", action="store_true")
    parser.add_argument("--skip-styles", action="store_true")
    parser.add_argument("--card", type=Path, default=None, help="write the tables into this folder's MODEL_CARD.md")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    cfg = HeadConfig()
    rows = encoder_rows(args.data)
    if args.compare:
        rows = first_window_sample(rows, 150)
    data = load_embedded(args.data, args.encoder, {"use": 512, "e5": 384}[args.encoder], rows)
    log: Callable[[str], None] = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    report: dict[str, str] = {}
    if not args.skip_sources:
        lso = leave_out(data, cfg, source_folds(data), log)
        report["lso"] = fold_table(data, lso, "source held out") + "\n\nRecall per category (leave-source-out):\n\n"
        report["lso"] += category_table(data, lso)
        report["lsofree"] = style_table(data, lso)
    if not args.skip_styles and not args.compare:
        lsty = leave_out(data, cfg, style_folds(data), log)
        report["lsty"] = fold_table(data, lsty, "style held out (with half the intents)") + "\n\n"
        report["lsty"] += "Recall per category (leave-style-out):\n\n" + category_table(data, lsty)
    for section, text in report.items():
        print(f"\n## {section}\n\n{text}\n")
        if args.card:
            update_card(args.card, f"{section}-{args.encoder}" if args.compare else section, text)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
