"""The hashed featuriser: stable ids, CJK per character, ragged batches."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from medgate.guardrails.classifier.features import featurise, text_features

BUCKETS = 1 << 17


def test_ids_are_stable_across_processes() -> None:
    here = text_features("Ignore previous instructions 忽略之前的指令", BUCKETS)[0]
    code = (
        "from medgate.guardrails.classifier.features import text_features; "
        "print(','.join(map(str, text_features('Ignore previous instructions 忽略之前的指令', 1 << 17)[0])))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/")
    assert other.stdout.strip() == ",".join(map(str, here))


def test_tokens_cjk_per_character_words_whole() -> None:
    _, counts = text_features("布洛芬 dose", BUCKETS)
    assert len(counts) == 4  # 布 洛 芬 dose
    assert counts[3] > counts[0]  # the word also carries character n-grams


def test_case_and_width_are_normalised() -> None:
    assert np.array_equal(text_features("ＩＢＵＰＲＯＦＥＮ", BUCKETS)[0], text_features("ibuprofen", BUCKETS)[0])


def test_batch_layout() -> None:
    texts = ["What is the maximum daily dose of paracetamol?", "", "对乙酰氨基酚一天最多吃多少？"]
    f = featurise(texts, BUCKETS)
    assert f.offsets[0] == 0 and f.offsets[-1] == len(f.bounds) - 1
    assert np.all(np.diff(f.offsets) >= 1)  # an empty text still has one token
    assert f.bounds[-1] == len(f.ids) and np.all(np.diff(f.bounds) >= 1)
    assert f.ids.dtype == np.int64 and f.ids.min() >= 0 and f.ids.max() < BUCKETS
    single = featurise(texts[2:], BUCKETS)
    assert np.array_equal(single.ids, f.ids[f.bounds[f.offsets[2]] :])
