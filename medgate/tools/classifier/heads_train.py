"""Train the encoder stage: per-category heads, exemplar bank, out-of-source combiner and thresholds.

    python -m medgate.tools.classifier.heads_train --encoder use --out medgate/guardrails/artifacts

Reads window embeddings from the cache (fill it first with `python -m medgate.tools.classifier.corpus`). Heads are
logistic regressions on the pooled text embedding (benign windows of long texts added as benign rows, so one
sentence of a pasted note does not look harmful). The combiner and the thresholds are fitted on out-of-fold
scores where every fold holds out whole *sources*: thresholds are set where the model has never seen the benign
text it must let through, which is the situation of a new hospital's traffic.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.classifier.heads import EncoderHeads, combine, features, pooled
from medgate.guardrails.classifier.model import ENCODER_CONFIG, ENCODER_HEADS, INJECTION
from medgate.guardrails.classifier.rules import rule_hits
from medgate.guardrails.classifier.sentence import PINS
from medgate.guardrails.classifier.windows import windows

from .corpus import encoder_rows
from .data import Row
from .embed import EmbeddingCache

C = len(CATEGORIES)


@dataclass(frozen=True)
class HeadConfig:
    seed: int = 13
    folds: int = 4
    steps: int = 150
    lr: float = 0.05
    l2: float = 1e-4
    source_cap: int = 600  # rows of a source beyond this share its weight
    gray_weight: float = 0.3
    benign_window_weight: float = 0.5
    bank_per_category: int = 160
    fpr_target: float = 0.01  # per benign source, any category, on out-of-source scores
    min_source_rows: int = 100  # smaller benign sources are pooled for threshold choice
    threshold_floor: float = 0.5
    threshold_cap: float = 0.95  # below the rule score, so a rule hit always blocks


@dataclass
class Embedded:
    """Rows with their window vectors: row i owns vectors[offsets[i]:offsets[i+1]]."""

    rows: list[Row]
    vectors: np.ndarray
    offsets: np.ndarray
    targets: np.ndarray  # float32 [N, C]
    rules: np.ndarray  # bool [N]
    _pool: np.ndarray | None = None

    @classmethod
    def build(cls, rows: Sequence[Row], cache: EmbeddingCache) -> Embedded:
        parts = [windows(r.text) for r in rows]
        offsets = np.zeros(len(parts) + 1, np.int64)
        np.cumsum([len(p) for p in parts], out=offsets[1:])
        vectors = cache.get([w for p in parts for w in p])
        targets = np.array([[c in r.categories for c in CATEGORIES] for r in rows], np.float32)
        rules = np.array([bool(rule_hits(r.text)) for r in rows])
        return cls(list(rows), vectors, offsets, targets, rules)

    def subset(self, idx: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Window vectors and offsets of rows idx."""
        idx = np.asarray(idx, np.int64)
        lengths = self.offsets[idx + 1] - self.offsets[idx]
        offsets = np.zeros(len(idx) + 1, np.int64)
        np.cumsum(lengths, out=offsets[1:])
        take = np.repeat(self.offsets[idx] - offsets[:-1], lengths) + np.arange(offsets[-1])
        return self.vectors[take], offsets

    def pooled(self, idx: Sequence[int]) -> np.ndarray:
        if self._pool is None:
            self._pool = pooled(self.vectors, self.offsets)
        return self._pool[np.asarray(idx, np.int64)]


def _weights(rows: Sequence[Row], idx: Sequence[int], cfg: HeadConfig) -> np.ndarray:
    counts: dict[str, int] = {}
    for i in idx:
        counts[rows[i].source] = counts.get(rows[i].source, 0) + 1
    w = np.array([min(1.0, cfg.source_cap / counts[rows[i].source]) for i in idx], np.float32)
    gray = np.array([rows[i].label == "gray" for i in idx])
    w[gray] *= cfg.gray_weight
    return w


def fit_linear(x: np.ndarray, y: np.ndarray, w: np.ndarray, cfg: HeadConfig) -> tuple[np.ndarray, np.ndarray]:
    """Multi-label logistic regression, positives re-weighted to balance each category; returns (W [C, D], b)."""
    torch.manual_seed(cfg.seed)
    xt, yt, wt = torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(w)[:, None]
    pos = (yt * wt).sum(0)
    neg = ((1 - yt) * wt).sum(0)
    pos_weight = (neg / pos.clamp(min=1.0)).clamp(1.0, 30.0)
    lin = torch.nn.Linear(x.shape[1], y.shape[1])
    opt = torch.optim.Adam(lin.parameters(), lr=cfg.lr)
    for _ in range(cfg.steps):
        opt.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(lin(xt), yt, weight=wt, pos_weight=pos_weight)
        (loss + cfg.l2 * lin.weight.pow(2).sum()).backward()
        opt.step()
    return lin.weight.detach().numpy().copy(), lin.bias.detach().numpy().copy()


def fit_heads(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> tuple[np.ndarray, np.ndarray]:
    rows = data.rows
    x = data.pooled(idx)
    y = data.targets[np.asarray(idx)]
    w = _weights(rows, idx, cfg)
    long_benign = [i for i in idx if rows[i].label == "benign" and data.offsets[i + 1] - data.offsets[i] > 1]
    if long_benign:
        extra, _ = data.subset(long_benign)
        x = np.concatenate([x, extra])
        y = np.concatenate([y, np.zeros((len(extra), C), np.float32)])
        w = np.concatenate([w, np.full(len(extra), cfg.benign_window_weight, np.float32)])
    return fit_linear(x.astype(np.float32), y, w, cfg)


def build_bank(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> tuple[np.ndarray, np.ndarray]:
    """Up to bank_per_category pooled embeddings of known-harmful training rows per category (seeded)."""
    rng = random.Random(cfg.seed)
    chosen: set[int] = set()
    for c in range(C):
        pos = [i for i in idx if data.targets[i, c] > 0]
        chosen.update(rng.sample(pos, min(cfg.bank_per_category, len(pos))))
    picked = sorted(chosen)
    if not picked:
        return np.zeros((0, data.vectors.shape[1]), np.float32), np.zeros((0, C), bool)
    return data.pooled(picked).astype(np.float32), data.targets[picked] > 0


def feature_rows(data: Embedded, idx: Sequence[int], weight, bias, bank, bank_labels) -> np.ndarray:  # noqa: ANN001
    vectors, offsets = data.subset(idx)
    return features(weight, bias, bank, bank_labels, vectors, offsets, data.rules[np.asarray(idx)], INJECTION)


def fold_of(source: str, folds: int) -> int:
    return zlib.crc32(source.encode()) % folds


def out_of_fold(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> np.ndarray:
    """Combiner inputs [len(idx), C, 4] for each row from heads and bank trained without its source's fold."""
    idx = list(idx)
    fold = np.array([fold_of(data.rows[i].source, cfg.folds) for i in idx])
    out = np.zeros((len(idx), C, 4), np.float32)
    for k in range(cfg.folds):
        test = [i for i, f in zip(idx, fold, strict=True) if f == k]
        train = [i for i, f in zip(idx, fold, strict=True) if f != k]
        if not test or not train:
            continue
        w, b = fit_heads(data, train, cfg)
        bank, labels = build_bank(data, train, cfg)
        out[fold == k] = feature_rows(data, test, w, b, bank, labels)
    return out


def fit_combiner(feats: np.ndarray, data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> np.ndarray:
    """Per category, logistic regression of (is category c) on its 4 features, over harmful-c and benign/gray rows."""
    labels = np.array([data.rows[i].label for i in idx])
    y_all = data.targets[np.asarray(idx)]
    combiner = np.zeros((C, 5), np.float32)
    for c in range(C):
        keep = (y_all[:, c] > 0) | np.isin(labels, ["benign", "gray"])
        x = torch.from_numpy(feats[keep, c, :])
        y = torch.from_numpy(y_all[keep, c])
        pos = float(y.sum())
        if pos == 0:
            combiner[c] = [0, 0, 0, 0, -10]
            continue
        pw = torch.tensor(max(1.0, (len(y) - pos) / pos))
        lin = torch.nn.Linear(4, 1)
        opt = torch.optim.LBFGS(lin.parameters(), max_iter=200, line_search_fn="strong_wolfe")

        def closure(lin: torch.nn.Linear = lin, opt: torch.optim.LBFGS = opt, x=x, y=y, pw=pw) -> torch.Tensor:  # noqa: ANN001
            opt.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(lin(x)[:, 0], y, pos_weight=pw)
            loss = loss + 1e-3 * lin.weight.pow(2).sum()
            loss.backward()
            return loss

        opt.step(closure)
        combiner[c, :4] = lin.weight.detach().numpy()[0]
        combiner[c, 4] = float(lin.bias.detach())
    return combiner


def choose_thresholds(probs: np.ndarray, data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> np.ndarray:
    """Per category, the lowest threshold (>= floor) keeping every benign source's any-category block rate <= target.

    Start each category at its per-source (1 - target/2) quantile, then raise the category that blocks most until
    every source (small ones pooled) meets the target on the any-category decision.
    """
    groups: dict[str, list[int]] = {}
    for j, i in enumerate(idx):
        if data.rows[i].label == "benign":
            groups.setdefault(data.rows[i].source, []).append(j)
    pooled_small = [j for g in groups.values() if len(g) < cfg.min_source_rows for j in g]
    sets = [g for g in groups.values() if len(g) >= cfg.min_source_rows] + ([pooled_small] if pooled_small else [])
    t = np.full(C, cfg.threshold_floor, np.float32)
    for s in sets:
        t = np.maximum(t, np.quantile(probs[s], 1 - cfg.fpr_target / 2, axis=0))
    t = np.minimum(t, cfg.threshold_cap)
    for _ in range(400):
        worst = max(sets, key=lambda s: (probs[s] >= t).any(axis=1).mean())
        if (probs[worst] >= t).any(axis=1).mean() <= cfg.fpr_target:
            break
        flagged = probs[worst] >= t
        c = int(np.argmax(flagged.sum(axis=0) * (t < cfg.threshold_cap)))
        above = np.sort(probs[worst][flagged[:, c], c])
        if t[c] >= cfg.threshold_cap or not len(above):
            break
        t[c] = min(cfg.threshold_cap, float(above[0]) + 1e-4)
    return t


def train(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> EncoderHeads:
    """The full recipe on rows idx: out-of-source features -> combiner -> thresholds; then heads/bank on all of idx."""
    oof = out_of_fold(data, idx, cfg)
    combiner = fit_combiner(oof, data, idx, cfg)
    thresholds = choose_thresholds(combine(combiner, oof), data, idx, cfg)
    w, b = fit_heads(data, idx, cfg)
    bank, labels = build_bank(data, idx, cfg)
    return EncoderHeads(w, b, bank, labels, combiner, thresholds)


def predict(heads: EncoderHeads, data: Embedded, idx: Sequence[int]) -> np.ndarray:
    """Probabilities [len(idx), C] of rows idx (same computation as the runtime, from cached vectors)."""
    feats = feature_rows(data, idx, heads.weight, heads.bias, heads.bank, heads.bank_labels)
    return combine(heads.combiner, feats)


def load_embedded(data_dir: Path, encoder: str, dim: int) -> Embedded:
    return Embedded.build(encoder_rows(data_dir), EmbeddingCache(encoder, dim))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--encoder", choices=sorted(PINS), default="use")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    cfg = HeadConfig()
    dim = {"use": 512, "e5": 384}[args.encoder]
    data = load_embedded(args.data, args.encoder, dim)
    heads = train(data, range(len(data.rows)), cfg)
    args.out.mkdir(parents=True, exist_ok=True)
    heads.save(args.out / ENCODER_HEADS)
    counts: dict[str, int] = {}
    for r in data.rows:
        counts[r.source] = counts.get(r.source, 0) + 1
    pin = PINS[args.encoder]
    config = {
        "categories": list(CATEGORIES),
        "encoder": args.encoder,
        "encoder_package": pin.distribution,
        "encoder_files_sha256": pin.files,
        "train_config": asdict(cfg),
        "thresholds": {c: round(float(t), 4) for c, t in zip(CATEGORIES, heads.thresholds, strict=True)},
        "train_rows_per_source": dict(sorted(counts.items())),
    }
    (args.out / ENCODER_CONFIG).write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(config["thresholds"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
