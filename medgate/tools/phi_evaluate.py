"""Measure the PHI detector: recall/precision on the synthetic clinical notes (held-out and tuning
splits, from ``medgate.tools.phi_notes``), on presidio-research synthetic data, false positives on
benign medical questions, and latency on ~512-token texts (CPU time of one thread: one core).

    python -m medgate.tools.phi_evaluate [--data ../shared/data] [--benign 3000] [--split sealed heldout]
        [--tagger off|latin|all] [--tagger-model PATH] [--no-latency]
"""

import argparse
import json
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from medgate.guardrails.phi import PhiDetector, PhiSpan
from medgate.guardrails.phi.lac import lac_tagger
from medgate.guardrails.phi.tagger import use_model

# presidio-research label -> the detector types that count as finding it.
GOLD_TO_OURS: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "STREET_ADDRESS": frozenset({"ADDRESS"}),
    "PHONE_NUMBER": frozenset({"PHONE"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL"}),
    "CREDIT_CARD": frozenset({"CREDIT_CARD", "BANK_CARD"}),
    "US_SSN": frozenset({"SSN"}),
    "IP_ADDRESS": frozenset({"IP_ADDRESS"}),
    "DATE_TIME": frozenset({"DATE_OF_BIRTH"}),
}


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def synth_scores(detector: PhiDetector, rows: Iterable[dict]) -> dict[str, dict[str, float]]:
    """Per-type precision (by our types) and recall (by gold types), counting any span overlap as a hit."""
    gold_hit: Counter[str] = Counter()
    gold_all: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    pred_all: Counter[str] = Counter()
    for row in rows:
        gold = [s for s in row["spans"] if s["entity_type"] in GOLD_TO_OURS]
        found = detector.detect(row["full_text"])
        for g in gold:
            gold_all[g["entity_type"]] += 1
            ours = GOLD_TO_OURS[g["entity_type"]]
            if any(p.type in ours and _overlaps(p.start, p.end, g["start_position"], g["end_position"]) for p in found):
                gold_hit[g["entity_type"]] += 1
        for p in found:
            pred_all[p.type] += 1
            if any(
                p.type in GOLD_TO_OURS[g["entity_type"]]
                and _overlaps(p.start, p.end, g["start_position"], g["end_position"])
                for g in gold
            ):
                pred_hit[p.type] += 1
    table: dict[str, dict[str, float]] = {}
    for gold_type, ours in GOLD_TO_OURS.items():
        predicted = sum(pred_all[t] for t in ours)
        table[gold_type] = {
            "gold": gold_all[gold_type],
            "recall": gold_hit[gold_type] / gold_all[gold_type] if gold_all[gold_type] else float("nan"),
            "predicted": predicted,
            "precision": sum(pred_hit[t] for t in ours) / predicted if predicted else float("nan"),
        }
    return table


NOTES = Path(__file__).parent / "data"
SPLITS = (
    "sealed",
    "heldout",
    "tuning",
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
)


def _covered(span: dict, found: list[PhiSpan], text: str) -> bool:
    """Whether every non-space character of a gold span lies inside some detected span (of any type:
    a value redacted under another type has not leaked)."""
    inside: set[int] = set()
    for p in found:
        if p.start < span["end"] and span["start"] < p.end:
            inside.update(range(max(p.start, span["start"]), min(p.end, span["end"])))
    return all(i in inside for i in range(span["start"], span["end"]) if not text[i].isspace())


def notes_scores(detector: PhiDetector, rows: Iterable[dict]) -> dict[str, Any]:
    """Recall per (PHI type, language of the value) and per style, precision of all detections, and the
    share of medical terms (eponyms, drugs, clinical numbers) left untouched."""
    recall: dict[tuple[str, str], list[int]] = {}
    by_style: dict[str, list[int]] = {}
    kept: dict[str, list[int]] = {}
    true_pos = detections = 0
    missed: list[str] = []
    for row in rows:
        text = row["text"]
        found = detector.detect(text)
        for span in row["spans"]:
            hit = _covered(span, found, text)
            for key, table in (((span["type"], span["lang"]), recall), (row["style"], by_style)):
                table.setdefault(key, [0, 0])  # type: ignore[arg-type]
                table[key][0] += hit  # type: ignore[index]
                table[key][1] += 1  # type: ignore[index]
            if not hit:
                missed.append(f"{span['type']}: {text[span['start'] : span['end']]!r}")
        for span in row["keep"]:
            untouched = not any(p.start < span["end"] and span["start"] < p.end for p in found)
            kept.setdefault(span["type"], [0, 0])
            kept[span["type"]][0] += untouched
            kept[span["type"]][1] += 1
        for p in found:
            detections += 1
            true_pos += any(p.start < g["end"] and g["start"] < p.end for g in row["spans"])
    return {
        "recall": recall,
        "style": by_style,
        "kept": kept,
        "precision": [true_pos, detections],
        "missed": missed,
    }


def _print_notes(split: str, scores: dict[str, dict], show: int) -> None:
    print(f"\nnotes {split}: recall per type and language of the value (all of the value redacted)")
    print(f"{'type':20}{'lang':>5}{'found':>7}{'of':>6}{'recall':>9}")
    for (kind, lang), (hit, total) in sorted(scores["recall"].items()):
        print(f"{kind:20}{lang:>5}{hit:>7}{total:>6}{hit / total:>9.3f}")
    print(
        "recall per style: " + ", ".join(f"{k} {h / n:.3f} ({h}/{n})" for k, (h, n) in sorted(scores["style"].items()))
    )
    tp, n = scores["precision"]
    print(f"precision (detections overlapping a labelled PHI value): {tp}/{n} = {tp / max(n, 1):.3f}")
    print("kept untouched: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in sorted(scores["kept"].items())))
    for line in scores["missed"][:show]:
        print("   missed " + line)


def benign_false_positives(detector: PhiDetector, rows: list[dict]) -> tuple[Counter, list[tuple[dict, PhiSpan]]]:
    """Detections on benign rows, all of which are false positives (the questions carry no PHI)."""
    by_type: Counter = Counter()
    hits: list[tuple[dict, PhiSpan]] = []
    for row in rows:
        for span in detector.detect(row["text"]):
            by_type[span.type] += 1
            hits.append((row, span))
    return by_type, hits


def latency_ms(detector: PhiDetector, text: str, repeats: int = 300, *, cold: bool = True) -> dict[str, float]:
    """detect() cost in ms: CPU time of this thread (median, p95; robust to other processes on a
    shared machine) and wall time (median, p95). ``cold`` empties LAC's segment cache before each run
    (a text never seen); otherwise the text is timed as a resent one (conversation history)."""
    detector.detect(text)
    cpu, wall = [], []
    for _ in range(repeats):
        if cold:
            lac_tagger().clear_cache()
        cpu_start, wall_start = time.thread_time(), time.perf_counter()
        detector.detect(text)
        cpu.append((time.thread_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
    cpu.sort()
    wall.sort()
    p95 = int(repeats * 0.95)
    return {
        "cpu_median": statistics.median(cpu),
        "cpu_p95": cpu[p95],
        "wall_median": statistics.median(wall),
        "wall_p95": wall[p95],
    }


def latency_over_texts(detector: PhiDetector, texts: list[str]) -> dict[str, float]:
    """detect() CPU time in ms over many different texts, each timed as the best of 3 cold runs (LAC's
    segment cache emptied first; a shared machine preempts); median, p95 and p99 across the texts."""
    cpu: list[float] = []
    for text in texts:
        detector.detect(text)
        best = float("inf")
        for _ in range(3):
            lac_tagger().clear_cache()
            start = time.thread_time()
            detector.detect(text)
            best = min(best, time.thread_time() - start)
        cpu.append(best * 1000)
    cpu.sort()
    return {
        "median": statistics.median(cpu),
        "p95": cpu[int(len(cpu) * 0.95)],
        "p99": cpu[int(len(cpu) * 0.99)],
        "texts": len(cpu),
    }


def _windows(texts: Iterable[str], chars: int) -> list[str]:
    """Consecutive texts joined into windows of ``chars`` characters (~512 tokens)."""
    windows, current = [], ""
    for text in texts:
        current += text + "\n"
        if len(current) >= chars:
            windows.append(current[:chars])
            current = ""
    return windows


def _latency_line(label: str, timing: dict[str, float]) -> str:
    return (
        f"latency {label}: CPU median {timing['cpu_median']:.2f} ms, p95 {timing['cpu_p95']:.2f} ms; "
        f"wall median {timing['wall_median']:.2f} ms, p95 {timing['wall_p95']:.2f} ms"
    )


# A PHI-dense bilingual note (fictitious values) for the worst-case latency figure: every gate opens.
DENSE_NOTE = (
    "Patient: John A. Smith, DOB: 03/14/1962, MRN: 00123456, SSN 234-56-7890, insurance ID: XK-99812345. "
    "Call (555) 234-5678 or email john.smith@example.com; lives at 42 Oak Tree Lane, Springfield, IL 62704. "
    "BP 150/95 mmHg, HR 88, metformin 500 mg BID, HbA1c 7.1%, ICD E11.9. "
    "患者张三，男，67岁，住院号：ZY2024001234，身份证号110105194912310021，手机138 1234 5678，"
    "医保卡号：4403051234567，家住北京市朝阳区建国路88号3号楼2单元501室，出生日期：1957年5月12日。"
    "血压120/80mmHg，二甲双胍500mg，WBC 12.5×10^9/L。\n"
)


def _text_of_length(rows: list[dict], chars: int) -> str:
    text = ""
    for row in rows:
        if len(text) >= chars:
            break
        text += row["text"] + "\n"
    return text[:chars]


def main(argv: list[str] | None = None) -> None:
    """Print the three measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--benign", type=int, default=3000, help="benign rows per language to scan")
    parser.add_argument("--show", type=int, default=0, help="print this many misses and false positives")
    parser.add_argument("--split", nargs="+", default=["sealed"], choices=SPLITS)
    parser.add_argument(
        "--tagger", choices=("off", "latin", "all"), help="where the learned name tagger runs (default: the detector's)"
    )
    parser.add_argument("--tagger-model", type=Path, help="another tagger model (e.g. one trained without a split)")
    parser.add_argument("--no-latency", action="store_true", help="skip the latency measurements")
    args = parser.parse_args(argv)
    if args.tagger_model is not None:
        use_model(args.tagger_model)
    detector = PhiDetector(tagger=args.tagger)
    print(f"tagger: {detector.tagger}")

    for split in args.split:
        path = NOTES / f"phi_notes_{split}.jsonl"
        note_rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        _print_notes(f"{split} ({len(note_rows)} notes, {path.name})", notes_scores(detector, note_rows), args.show)

    synth = json.loads((args.data / "presidio_synth" / "synth_dataset_v2.json").read_text())
    print(f"\npresidio_synth ({len(synth)} sentences), span-overlap matching")
    print(f"{'gold type':16}{'gold':>6}{'recall':>8}{'pred':>6}{'precision':>11}")
    for gold_type, s in synth_scores(detector, synth).items():
        print(f"{gold_type:16}{s['gold']:>6}{s['recall']:>8.3f}{s['predicted']:>6}{s['precision']:>11.3f}")

    rows = [json.loads(line) for line in (args.data / "guard_dev.jsonl").open(encoding="utf-8")]
    benign = [r for r in rows if r["label"] == "benign"]
    rng = random.Random(0)
    for lang in ("en", "zh"):
        sample = [r for r in benign if r["lang"] == lang]
        sample = rng.sample(sample, min(args.benign, len(sample)))
        by_type, hits = benign_false_positives(detector, sample)
        flagged = len({row["id"] for row, _ in hits})
        print(f"benign {lang}: {flagged}/{len(sample)} rows flagged; spans by type {dict(by_type)}")
        for row, span in hits[: args.show]:
            print(
                f"   {span.type}: {row['text'][span.start : span.end]!r} "
                f"in {row['text'][max(0, span.start - 20) : span.end + 20]!r}"
            )

        shuffled = rng.sample(sample, len(sample))  # before any skip: the next language's sample follows it
        if args.no_latency:
            continue
        long_text = _text_of_length(sample, 2400 if lang == "en" else 800)
        print(_latency_line(f"benign {lang} ({len(long_text)} chars, ~512 tokens)", latency_ms(detector, long_text)))
        windows = _windows((r["text"] for r in shuffled), 2400 if lang == "en" else 800)[:60]
        t = latency_over_texts(detector, windows)
        print(
            f"latency benign {lang}, {t['texts']} different ~512-token texts: "
            f"CPU p50 {t['median']:.2f} ms, p95 {t['p95']:.2f} ms, p99 {t['p99']:.2f} ms"
        )
    if args.no_latency:
        return
    for split in SPLITS:
        notes = [json.loads(line) for line in (NOTES / f"phi_notes_{split}.jsonl").open(encoding="utf-8")]
        for lang, chars in (("en", 2400), ("zh", 800)):
            t = latency_over_texts(detector, _windows((n["text"] for n in notes if n["lang"] == lang), chars))
            print(
                f"latency {split} notes {lang}, {t['texts']} ~512-token texts of PHI-bearing notes: "
                f"CPU p50 {t['median']:.2f} ms, p95 {t['p95']:.2f} ms, p99 {t['p99']:.2f} ms"
            )
    dense = (DENSE_NOTE * 8)[:2400]
    spans = len(detector.detect(dense))
    print(_latency_line(f"PHI-dense en+zh note ({len(dense)} chars, {spans} spans)", latency_ms(detector, dense)))
    resent = latency_ms(detector, dense, cold=False)
    print(_latency_line("same note resent (LAC segments from the cache, as in a conversation's history)", resent))
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
