"""Train, calibrate and export the safety classifier; optionally the leave-source-out table.

python -m medgate.tools.classifier.train --data ../shared/data --out medgate/guardrails/artifacts [--leave-source-out]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.classifier.encoder import HashEncoder, export_onnx
from medgate.guardrails.classifier.features import Features, stack, text_features
from medgate.guardrails.classifier.runtime import (
    CONFIG_FILE,
    ENCODER_FILE,
    HEAD_FILE,
    Head,
    SafetyClassifier,
    exemplar_scores,
    pooled_sums,
)
from medgate.kernels import pooled_head_scores

from .data import GRAY_WEIGHT, Row, balanced_epoch, load_all
from .evaluate import Guards, group, holdout_report, run, sample_per_source, table, update_card


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters (all seeded; the defaults produce the committed artifacts)."""

    seed: int = 13
    buckets: int = 1 << 17
    dim: int = 32
    hidden: int = 384
    epochs: int = 6
    batch: int = 64
    lr: float = 2e-3
    embedding_lr: float = 0.1
    token_dropout: float = 0.1  # training drops tokens at random, so no single n-gram carries a decision
    max_train_tokens: int = 256  # training sees the first tokens of long prompts only (speed)
    generated_per_category: int = 1200
    source_low: int = 400
    source_high: int = 2500
    val_fraction: float = 0.15
    val_cap: int = 1500
    fpr_target: float = 0.01  # per category and benign validation source
    small_source: int = 50  # benign validation sources smaller than this are pooled for calibration
    threshold_floor: float = 0.35
    bank_size: int = 1024  # exemplar_topk cost grows with batch x bank size (the detector scores every sentence)
    exemplar_k: int = 8
    exemplar_floor: float = 0.6


class Corpus:
    """Rows with cached features and targets."""

    def __init__(self, rows: Sequence[Row], buckets: int, max_tokens: int) -> None:
        self.rows = list(rows)
        self.parts = [_truncate(*text_features(r.text, buckets), max_tokens) for r in self.rows]
        self.targets = torch.tensor([[c in r.categories for c in CATEGORIES] for r in self.rows], dtype=torch.float32)
        self.weights = torch.tensor([GRAY_WEIGHT if r.label == "gray" else 1.0 for r in self.rows])

    def batch(self, idx: Sequence[int], drop: float = 0.0, rng: np.random.Generator | None = None) -> Features:
        """Features of rows `idx`; with `drop`, each token is dropped with that probability (at least one is kept)."""
        parts = [self.parts[i] for i in idx]
        if drop and rng is not None:
            parts = [_drop_tokens(ids, counts, drop, rng) for ids, counts in parts]
        return stack(parts)


def _drop_tokens(
    ids: np.ndarray, counts: np.ndarray, p: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    keep = rng.random(len(counts)) >= p
    if not keep.any():
        return ids, counts
    return ids[np.repeat(keep, counts)], counts[keep]


def _truncate(ids: np.ndarray, counts: np.ndarray, max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
    return ids[: int(counts[:max_tokens].sum())], counts[:max_tokens]


def split(corpus: Corpus, cfg: TrainConfig, excluded: frozenset[str]) -> tuple[dict[str, list[int]], list[int]]:
    """Per-source train indices and a stratified validation list, leaving out the `excluded` sources entirely.

    Framed copies of a row follow their original, so validation never sees a training text with a prefix.
    """
    rng = random.Random(cfg.seed)
    by_source: dict[str, dict[str, list[int]]] = {}
    for i, row in enumerate(corpus.rows):
        if row.source not in excluded:
            by_source.setdefault(row.source, {}).setdefault(row.base or row.text, []).append(i)
    train, val = {}, []
    for source, groups in sorted(by_source.items()):
        keys = sorted(groups)
        rng.shuffle(keys)
        n_val = min(max(1, round(len(keys) * cfg.val_fraction)), cfg.val_cap)
        val += [i for k in keys[:n_val] for i in groups[k]]
        train[source] = [i for k in keys[n_val:] for i in groups[k]]
    return train, val


def fit(corpus: Corpus, train: dict[str, list[int]], cfg: TrainConfig) -> tuple[HashEncoder, torch.nn.Linear]:
    """Train encoder + head with source-balanced epochs and multi-label BCE through the kernel's pooled head."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    np_rng = np.random.default_rng(cfg.seed)
    encoder = HashEncoder(cfg.buckets, cfg.dim, cfg.hidden)
    head = torch.nn.Linear(cfg.hidden, len(CATEGORIES))
    sparse_opt = torch.optim.Adagrad(list(encoder.embedding.parameters()), lr=cfg.embedding_lr)
    dense_opt = torch.optim.AdamW(list(encoder.projection.parameters()) + list(head.parameters()), lr=cfg.lr)
    zeros = torch.zeros(len(CATEGORIES))
    for _ in range(cfg.epochs):
        order = list(balanced_epoch(train, cfg.source_low, cfg.source_high, rng))
        for start in range(0, len(order), cfg.batch):
            idx = order[start : start + cfg.batch]
            features = corpus.batch(idx, cfg.token_dropout, np_rng)
            states = encoder.encode(features)
            probs, _ = pooled_head_scores(
                states, torch.from_numpy(features.offsets), head.weight, head.bias, zeros, backend="reference"
            )
            loss = F.binary_cross_entropy(probs, corpus.targets[idx], weight=corpus.weights[idx].unsqueeze(1))
            sparse_opt.zero_grad()
            dense_opt.zero_grad()
            loss.backward()
            sparse_opt.step()
            dense_opt.step()
    with torch.no_grad():  # the exported table is fp16: calibrate on exactly the deployed weights
        encoder.embedding.weight.copy_(encoder.embedding.weight.half().float())
    return encoder, head


@torch.no_grad()
def embed(
    encoder: HashEncoder, head: torch.nn.Linear, corpus: Corpus, idx: Sequence[int]
) -> tuple[torch.Tensor, torch.Tensor]:
    """Head probabilities [n, C] and pooled sums [n, H] of rows, in batches."""
    probs, pooled = [], []
    zeros = torch.zeros(len(CATEGORIES))
    for start in range(0, len(idx), 512):
        features = corpus.batch(idx[start : start + 512])
        states = encoder.encode(features)
        offsets = torch.from_numpy(features.offsets)
        probs.append(pooled_head_scores(states, offsets, head.weight, head.bias, zeros, backend="reference")[0])
        pooled.append(pooled_sums(states, offsets))
    return torch.cat(probs), torch.cat(pooled)


def _benign_threshold(values: torch.Tensor, rows: list[Row], fpr: float, small: int) -> float:
    """Smallest threshold that keeps the false-positive rate of every benign source at most `fpr`.

    Sources with fewer than `small` validation rows are pooled into one group, so one odd question of a tiny
    source does not decide alone, while no large source (MedQuAD, PubMedQA, Toyhom, ...) may exceed `fpr`.
    """
    by_source: dict[str, list[float]] = {}
    for v, row in zip(values.tolist(), rows, strict=False):
        if row.label == "benign":
            by_source.setdefault(row.source, []).append(v)
    pooled = [v for vals in by_source.values() if len(vals) < small for v in vals]
    groups = [vals for vals in by_source.values() if len(vals) >= small] + ([pooled] if pooled else [])
    threshold = 0.0
    for vals in groups:
        ranked = np.sort(np.asarray(vals))[::-1]
        allowed = int(np.floor(fpr * len(ranked)))  # rows of this group that may score above the threshold
        if allowed < len(ranked):
            threshold = max(threshold, float(np.nextafter(ranked[allowed], np.inf)))
    return threshold


@torch.no_grad()
def calibrate(
    encoder: HashEncoder,
    head: torch.nn.Linear,
    corpus: Corpus,
    train: dict[str, list[int]],
    val: list[int],
    cfg: TrainConfig,
) -> Head:
    """Per-category thresholds and the exemplar bank, from the validation split (benign false-positive target)."""
    rng = random.Random(cfg.seed)
    unsafe = sorted(i for idx in train.values() for i in idx if corpus.rows[i].label in ("unsafe", "injection"))
    bank_idx = sorted(rng.sample(unsafe, min(cfg.bank_size, len(unsafe))))
    _, bank_pooled = embed(encoder, head, corpus, bank_idx)
    bank = F.normalize(bank_pooled, dim=1).half()
    bank_labels = corpus.targets[bank_idx].bool()
    probs, pooled = embed(encoder, head, corpus, val)
    rows = [corpus.rows[i] for i in val]
    thresholds = torch.tensor(
        [
            min(max(_benign_threshold(probs[:, c], rows, cfg.fpr_target, cfg.small_source), cfg.threshold_floor), 0.99)
            for c in range(len(CATEGORIES))
        ]
    )
    draft = Head(
        head.weight.detach().clone(), head.bias.detach().clone(), thresholds, bank, bank_labels, 0.99, cfg.exemplar_k
    )
    sims = exemplar_scores(draft, pooled).amax(dim=1)
    tau = min(max(_benign_threshold(sims, rows, cfg.fpr_target, cfg.small_source), cfg.exemplar_floor), 0.99)
    return Head(draft.weight, draft.bias, thresholds, bank, bank_labels, tau, cfg.exemplar_k)


def export(encoder: HashEncoder, head: Head, cfg: TrainConfig, out: Path, info: dict) -> None:
    """Write encoder ONNX, head npz and config JSON into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    export_onnx(encoder, out / ENCODER_FILE)
    head.save(out / HEAD_FILE)
    config = {
        "categories": list(CATEGORIES),
        "buckets": cfg.buckets,
        "train_config": asdict(cfg),
        "thresholds": dict(zip(CATEGORIES, [round(t, 4) for t in head.thresholds.tolist()], strict=False)),
        "exemplar_tau": round(head.exemplar_tau, 4),
        **info,
    }
    (out / CONFIG_FILE).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build(corpus: Corpus, cfg: TrainConfig, out: Path, excluded: frozenset[str] = frozenset()) -> list[int]:
    """Train on every source except `excluded`, calibrate, export into `out`; returns the validation indices."""
    train, val = split(corpus, cfg, excluded)
    encoder, head = fit(corpus, train, cfg)
    calibrated = calibrate(encoder, head, corpus, train, val, cfg)
    counts = {s: len(i) for s, i in train.items()}
    export(encoder, calibrated, cfg, out, {"train_rows_per_source": counts, "left_out_sources": sorted(excluded)})
    return val


def leave_source_out(
    corpus: Corpus, cfg: TrainConfig, scratch: Path, card_dir: Path, sources: Sequence[str], limit: int = 3000
) -> None:
    """For each source S: train without S, evaluate on S's original rows (at most `limit`, no framed copies or
    fragments); print the table and write it to the model card."""
    held_rows: list[Row] = []
    decisions = []
    for source in sources:
        build(corpus, cfg, scratch / source, frozenset({source}))
        held = sample_per_source([r for r in corpus.rows if r.source == source and not r.base], limit, cfg.seed)
        blocked, _ = run(Guards(SafetyClassifier.load(scratch / source)), held, batch=256, timed=False)
        held_rows += held
        decisions.append(blocked)
        print(table(group(held, blocked)).splitlines()[2], flush=True)
    text = table(group(held_rows, np.concatenate(decisions)))
    print("leave-source-out (train without the source, evaluate on it):\n" + text)
    update_card(card_dir, "lso", text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="shared data folder (guard_dev.jsonl, medsafetybench_generated/)"
    )
    parser.add_argument("--out", type=Path, required=True, help="artifact folder to write")
    parser.add_argument(
        "--leave-source-out",
        nargs="*",
        metavar="SOURCE",
        default=None,
        help="also train without each SOURCE (default: every source) and evaluate on it",
    )
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--generated-per-category", type=int, default=TrainConfig.generated_per_category)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    cfg = TrainConfig(epochs=args.epochs, generated_per_category=args.generated_per_category)
    started = time.perf_counter()
    corpus = Corpus(load_all(args.data, cfg.generated_per_category, cfg.seed), cfg.buckets, cfg.max_train_tokens)
    val = build(corpus, cfg, args.out)
    print(f"trained on {len(corpus.rows)} rows in {time.perf_counter() - started:.0f} s -> {args.out}")
    holdout_report(args.out, [corpus.rows[i] for i in val if not corpus.rows[i].base])
    if args.leave_source_out is not None:
        with tempfile.TemporaryDirectory() as tmp:
            leave_source_out(
                corpus, cfg, Path(tmp), args.out, args.leave_source_out or sorted({r.source for r in corpus.rows})
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
