"""One encoder call for the windows of every check that is waiting: concurrent checks share the call's fixed cost.

A call of the sentence encoder reads all its weights (13.5 MB for USE) before its first token, which costs about
4 ms on one core whether it encodes 3 tokens or 300; a stream check adds one short window, so with many streams
most of the encoder's time went into reading weights. Here the first caller runs the call; callers that arrive
while it runs queue, and the next of them runs one call for all of them (the group commit of a database log).
Nothing waits for company: an idle encoder starts at once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .sentence import SentenceEncoder


@dataclass
class _Call:
    texts: list[str]
    vectors: np.ndarray | None = None
    error: BaseException | None = None
    done: bool = False


class SharedEncoderCalls:
    """A thread-safe ``SentenceEncoder`` that merges the calls of concurrent threads into one."""

    def __init__(self, encoder: SentenceEncoder) -> None:
        self.name = encoder.name
        self.dim = encoder.dim
        self._encoder = encoder
        self._waiting: list[_Call] = []
        self._running = False
        self._changed = threading.Condition()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        call = _Call(list(texts))
        with self._changed:
            self._waiting.append(call)
            while self._running and not call.done:
                self._changed.wait()
            if not call.done:  # nobody is encoding: run one call for everything waiting
                batch, self._waiting, self._running = self._waiting, [], True
        if not call.done:
            self._run(batch)
        if call.error is not None:
            raise call.error
        assert call.vectors is not None
        return call.vectors

    def _run(self, batch: list[_Call]) -> None:
        try:
            vectors = self._encoder.encode([t for c in batch for t in c.texts])
            error = None
        except BaseException as exc:  # noqa: BLE001 - every caller of the batch gets the error (fails closed)
            vectors, error = np.zeros((0, self.dim), np.float32), exc
        with self._changed:
            start = 0
            for c in batch:
                if error is None:
                    c.vectors = vectors[start : start + len(c.texts)]
                c.error, c.done = error, True
                start += len(c.texts)
            self._running = False
            self._changed.notify_all()
