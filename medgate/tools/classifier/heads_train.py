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
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import torch

from medgate.guardrails.classifier.categories import CATEGORIES
from medgate.guardrails.classifier.heads import EncoderHeads, features, pooled, probabilities
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
    epochs: int = 6
    batch: int = 512
    hidden: int = 128  # 0: linear heads; else one shared ReLU layer of this width
    calibrate_by: str = "intent"  # out-of-fold folds for the combiner and thresholds: "intent" or "family"
    dropout: float = 0.1
    lr: float = 0.003
    l2: float = 1e-4
    source_cap: int = 600  # every source weighs as if it had this many rows ...
    small_source_boost: float = 4.0  # ... but a small source's row counts at most this much
    gray_weight: float = 0.3
    benign_window_weight: float = 0.5
    bank_per_category: int = 160
    fpr_target: float = 0.01  # per benign source (>= min_source_rows rows), any category, on out-of-fold scores
    min_source_rows: int = 100  # smaller benign sources are pooled for threshold choice ...
    small_pool_target: float = 0.05  # ... and held to this looser rate (hard contrast questions, few rows each)
    threshold_floor: float = 0.5
    threshold_cap: float = 0.99
    injection_cap: float = 0.95  # below the rule score, so a rule hit always blocks


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

    def windows_of(self, idx: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Global window indices of rows idx, in order, and their offsets."""
        rows = np.asarray(idx, np.int64)
        lengths = self.offsets[rows + 1] - self.offsets[rows]
        offsets = np.zeros(len(rows) + 1, np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return np.repeat(self.offsets[rows] - offsets[:-1], lengths) + np.arange(offsets[-1]), offsets

    def subset(self, idx: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Window vectors and offsets of rows idx."""
        take, offsets = self.windows_of(idx)
        return self.vectors[take], offsets

    def pooled(self, idx: Sequence[int]) -> np.ndarray:
        if self._pool is None:
            self._pool = pooled(self.vectors, self.offsets)
        return self._pool[np.asarray(idx, np.int64)]


def with_hidden(data: Embedded, harmful: int, benign: int, seed: int) -> Embedded:
    """Add long texts assembled from embedded sentences: a known-harmful row hidden among 3-8 benign rows (label and
    source of the harmful row, style "hidden_in_long_text"), and as many all-benign assemblies (their own source),
    so the combiner learns to trust the worst window and that length alone is no sign of harm."""
    rng = np.random.default_rng(seed)
    rows = data.rows
    single = (data.offsets[1:] - data.offsets[:-1]) == 1
    benign_idx = np.array([i for i, r in enumerate(rows) if r.label == "benign" and single[i]])
    harmful_idx = np.array([i for i, r in enumerate(rows) if r.label in ("unsafe", "injection") and single[i]])
    pool = data.pooled(range(len(rows)))
    new_rows, vecs, lengths, targets, rules = [], [], [], [], []
    for j in range(harmful + benign):
        k = int(rng.integers(3, 9))
        parts = list(rng.choice(benign_idx, k))
        if j < harmful:
            h = int(rng.choice(harmful_idx))
            parts.insert(int(rng.integers(0, k + 1)), h)
            new_rows.append(replace(rows[h], style="hidden_in_long_text", base=rows[h].base or rows[h].text))
            targets.append(data.targets[h])
            rules.append(data.rules[h])
        else:
            new_rows.append(Row("synthetic_long_benign", "mixed", f"assembled benign text {j}", "benign", frozenset()))
            targets.append(np.zeros(C, np.float32))
            rules.append(False)
        vecs.append(pool[parts])
        lengths.append(len(parts))
    offsets = np.concatenate([data.offsets, data.offsets[-1] + np.cumsum(lengths)])
    return Embedded(
        rows + new_rows,
        np.concatenate([data.vectors, *vecs]).astype(np.float32),
        offsets,
        np.concatenate([data.targets, np.stack(targets)]),
        np.concatenate([data.rules, np.array(rules, bool)]),
    )


def _weights(rows: Sequence[Row], idx: Sequence[int], cfg: HeadConfig) -> np.ndarray:
    counts: dict[str, int] = {}
    for i in idx:
        counts[rows[i].source] = counts.get(rows[i].source, 0) + 1
    w = np.array([min(cfg.small_source_boost, cfg.source_cap / counts[rows[i].source]) for i in idx], np.float32)
    gray = np.array([rows[i].label == "gray" for i in idx])
    w[gray] *= cfg.gray_weight
    return w


def fit_net(x: np.ndarray, y: np.ndarray, w: np.ndarray, cfg: HeadConfig) -> list[np.ndarray]:
    """Multi-label logistic heads (optionally over one shared ReLU layer), positives re-weighted per category.

    Returns [W [C, H], b [C]] or [W, b, W1 [H, D], b1 [H]]."""
    torch.manual_seed(cfg.seed)
    xt, yt, wt = torch.from_numpy(x), torch.from_numpy(y), torch.from_numpy(w)[:, None]
    pos = (yt * wt).sum(0)
    neg = ((1 - yt) * wt).sum(0)
    pos_weight = (neg / pos.clamp(min=1.0)).clamp(1.0, 30.0)
    hidden = torch.nn.Linear(x.shape[1], cfg.hidden) if cfg.hidden else None
    out = torch.nn.Linear(cfg.hidden or x.shape[1], y.shape[1])
    params = list(out.parameters()) + (list(hidden.parameters()) if hidden else [])
    opt = torch.optim.Adam(params, lr=cfg.lr)
    gen = torch.Generator().manual_seed(cfg.seed)
    for _ in range(cfg.epochs):
        for batch in torch.randperm(len(xt), generator=gen).split(cfg.batch):
            xb = xt[batch]
            opt.zero_grad()
            h = torch.relu(hidden(torch.nn.functional.dropout(xb, cfg.dropout))) if hidden else xb
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                out(h), yt[batch], weight=wt[batch], pos_weight=pos_weight
            )
            (loss + cfg.l2 * sum(p.pow(2).sum() for p in params[::2])).backward()
            opt.step()
    result = [out.weight.detach().numpy().copy(), out.bias.detach().numpy().copy()]
    if hidden:
        result += [hidden.weight.detach().numpy().copy(), hidden.bias.detach().numpy().copy()]
    return result


def fit_heads(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> EncoderHeads:
    """Heads and exemplar bank on rows idx (combiner and thresholds left empty)."""
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
    net = fit_net(x.astype(np.float32), y, w, cfg)
    bank, labels = build_bank(data, idx, cfg)
    empty = np.zeros((C, 5), np.float32)
    return EncoderHeads(net[0], net[1], bank, labels, empty, np.zeros(C, np.float32), *net[2:])


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


def feature_rows(data: Embedded, idx: Sequence[int], heads: EncoderHeads) -> tuple[np.ndarray, np.ndarray]:
    """Text features [len(idx), C, 4] and window features (rows idx's windows, in order) [K, C, 4]."""
    vectors, offsets = data.subset(idx)
    return features(heads, vectors, offsets, data.rules[np.asarray(idx)], INJECTION)


# Sets written by hand, each by one engineer blind to the classifier (medgate/tools/data/*_free.md): each language's
# unsafe, injection and benign rows are one family.
WRITTEN_FREELY = ("medgate_free_en", "medgate_free_zh")


def family(source: str) -> str:
    """Sources written together (one author, one generator, contrast pairs) are held out together."""
    if source.startswith("medgate_zh_team"):
        return "medgate_zh_team"
    for written_freely in WRITTEN_FREELY:
        if source.startswith(written_freely):
            return written_freely
    if source.startswith(("medgate_en_", "medgate_zh_")) and source != "medgate_en_hard_benign":
        return "medgate_own_examples"
    return source


def fold_of(row: Row, folds: int, by: str) -> int:
    """Calibration fold of a row: by source family (out-of-source) or by intent (styled copies of one request,
    a framed copy and its original, stay together)."""
    key = family(row.source) if by == "family" else (row.intent or row.base or row.text)
    return zlib.crc32(key.encode()) % folds


@dataclass
class OutOfFold:
    """Features of rows idx from heads that did not train on them: per text, and per window (global index)."""

    idx: list[int]
    texts: np.ndarray  # [len(idx), C, 4]
    windows: np.ndarray  # [len(data.vectors), C, 4]; rows of windows outside idx are unused

    def probs(self, data: Embedded, combiner: np.ndarray) -> np.ndarray:
        take, offsets = data.windows_of(self.idx)
        return probabilities(combiner, self.texts, self.windows[take], offsets)


def out_of_fold(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> OutOfFold:
    """Combiner inputs of each row from heads and bank trained without its calibration fold."""
    idx = list(idx)
    fold = np.array([fold_of(data.rows[i], cfg.folds, cfg.calibrate_by) for i in idx])
    texts = np.zeros((len(idx), C, 4), np.float32)
    windows_f = np.zeros((len(data.vectors), C, 4), np.float32)
    for k in range(cfg.folds):
        test = [i for i, f in zip(idx, fold, strict=True) if f == k]
        train = [i for i, f in zip(idx, fold, strict=True) if f != k]
        if not test or not train:
            continue
        t, w = feature_rows(data, test, fit_heads(data, train, cfg))
        texts[fold == k] = t
        windows_f[data.windows_of(test)[0]] = w
    return OutOfFold(idx, texts, windows_f)


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
    """Per category, the lowest thresholds (>= floor, <= cap) keeping every benign set's any-category block rate
    within its target: each source of >= min_source_rows rows at fpr_target, the smaller ones pooled at
    small_pool_target. Start each category at its per-set quantile, then raise the category that blocks most in
    the worst set until every set meets its target or the thresholds reach their caps."""
    groups: dict[str, list[int]] = {}
    for j, i in enumerate(idx):
        if data.rows[i].label == "benign":
            groups.setdefault(data.rows[i].source, []).append(j)
    small = [j for g in groups.values() if len(g) < cfg.min_source_rows for j in g]
    sets = [(g, cfg.fpr_target) for g in groups.values() if len(g) >= cfg.min_source_rows]
    sets += [(small, cfg.small_pool_target)] if small else []
    cap = np.full(C, cfg.threshold_cap, np.float32)
    cap[INJECTION] = cfg.injection_cap
    # a set that blocks more than its target even at the caps cannot be met: leave it out rather than let it push
    # every threshold to its cap (the leave-out tables report those sources' false blocks)
    sets = [(s, target) for s, target in sets if (probs[s] >= cap).any(axis=1).mean() <= target]
    t = np.full(C, cfg.threshold_floor, np.float32)
    for s, target in sets:
        t = np.maximum(t, np.quantile(probs[s], 1 - target / 2, axis=0))
    t = np.minimum(t, cap)

    def excess(item: tuple[list[int], float]) -> float:
        return float((probs[item[0]] >= t).any(axis=1).mean()) - item[1]

    for _ in range(1000):
        worst = max(sets, key=excess)
        if excess(worst) <= 0:
            break
        flagged = (probs[worst[0]] >= t) & (t < cap)
        c = int(np.argmax(flagged.sum(axis=0)))
        t[c] = min(cap[c], float(np.sort(probs[worst[0]][flagged[:, c], c])[0]) + 1e-4)
    return t


def train(data: Embedded, idx: Sequence[int], cfg: HeadConfig) -> EncoderHeads:
    """The full recipe on rows idx: out-of-source features -> combiner -> thresholds; then heads/bank on all of idx."""
    oof = out_of_fold(data, idx, cfg)
    combiner = fit_combiner(oof.texts, data, idx, cfg)
    thresholds = choose_thresholds(oof.probs(data, combiner), data, idx, cfg)
    return replace(fit_heads(data, idx, cfg), combiner=combiner, thresholds=thresholds)


def predict(heads: EncoderHeads, data: Embedded, idx: Sequence[int]) -> np.ndarray:
    """Probabilities [len(idx), C] of rows idx (same computation as the runtime, from cached vectors)."""
    texts, windows_f = feature_rows(data, idx, heads)
    return probabilities(heads.combiner, texts, windows_f, data.windows_of(idx)[1])


HIDDEN_HARMFUL, HIDDEN_BENIGN = 1500, 800


def load_embedded(data_dir: Path, encoder: str, dim: int, rows: Sequence[Row] | None = None) -> Embedded:
    """The corpus (or `rows`) with cached window vectors, plus the assembled long texts (with_hidden)."""
    data = Embedded.build(encoder_rows(data_dir) if rows is None else rows, EmbeddingCache(encoder, dim))
    return with_hidden(data, HIDDEN_HARMFUL, HIDDEN_BENIGN, seed=7)


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
        key = "assembled: harmful row hidden in a long text" if r.style == "hidden_in_long_text" else r.source
        counts[key] = counts.get(key, 0) + 1
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
