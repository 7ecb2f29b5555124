"""A learned token tagger for names (PERSON), English and Chinese: a linear-chain CRF trained with CRFsuite
(``python -m medgate.tools.phi_tagger_train``) and run here in numpy, an extra recognizer beside the rules.

Tokens: a Han character, a Latin word (with inner ``'``/``’``/``-``), a digit run, a newline or any other
non-space character. Each token's attributes are its own (``token_features``: the word if it is a common
English word, else ``unk``; shape, affixes, membership in the name and common-word lists; the Han character,
surname lists) and a subset of its two neighbours' on each side, prefixed with their offset (``-1:sh=Xx``);
adjacent Han characters add their bigram (``bl=``/``br=``). A CRF's score of a label at a position is the sum
of its attributes' weights, so every token's contribution at each of the five offsets is summed once per
distinct token (cached) and the emissions of a text are five shifted slices added.

Decoding is exact Viterbi on the runs that matter: a token whose ``O`` score leads every other label by more
than twice the transitions' spread is ``O`` on the best path whatever its neighbours, so only the runs
between such tokens are decoded, entered from and left to ``O`` (most texts have none).
"""

import re
import threading
from functools import cache
from pathlib import Path

import numpy as np
from presidio_analyzer import RecognizerResult

from medgate.guardrails.phi.base import ScanRecognizer
from medgate.guardrails.phi.gazetteers import chinese_lexicon, jieba_words
from medgate.guardrails.phi.names_en import (
    _HEAD_AFTER,
    _HEADS,
    _MEDICAL_ENDING,
    _MIN_LENGTH,
    PINYIN_SURNAMES,
    common_word_set,
    name_lists,
    very_common_words,
)
from medgate.guardrails.phi.names_zh import (
    COMPOUND_SURNAMES,
    RARE_SURNAMES,
    SINGLE_SURNAMES,
    WEAK_SURNAMES,
)
from medgate.guardrails.phi.ner_zh import passes_name_checks

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "phi_tagger.npz"
OFFSETS = (-2, -1, 0, 1, 2)
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs, extension A, compatibility
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
TOKEN = re.compile(rf"[{HAN_RANGES}]|[{_LATIN}]+(?:['’\-][{_LATIN}]+)*|[0-9]+|\n|\S")
HAN_CHAR = re.compile(rf"[{HAN_RANGES}]")
# Where the tagger reads when told to read Latin script only: each stretch between Han characters that holds
# a Latin word (a name of two letters at least).
_NOT_HAN = re.compile(rf"[^{HAN_RANGES}]+")
_LATIN_WORD = re.compile(rf"[{_LATIN}]{{2}}")
# A dose after a capitalised run makes it a drug (Panadol Osteo 665 mg); a bare number (a phone, a record
# number in a form's next column) does not.
_DOSE_AFTER_NAME = re.compile(r"[ \t]*[0-9]+(?:\.[0-9]+)?[ \t]?(?i:mg|g|ml|mcg|μg|ug|iu|units?|%|puffs?)(?![A-Za-z])")
# A drug's form or route after a capitalised run (Diclofenac Topical, Calcitonin Salmon Nasal Spray).
_FORM_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?i:tablets?|capsules?|injection|topical|spray|cream|gel|ointment|drops|patch|vaccine|"
    r"solution|suspension|syrup|inhaler|oral|nasal|ophthalmic|transdermal|extended|delayed)(?![A-Za-z])"
)
_SHAPE_RUNS = re.compile(r"(.)\1+")
BOS, EOS = "\x02", "\x03"
ENTITY = {"PER": "PERSON", "ADDR": "ADDRESS"}  # the labels' types (B-PER, I-PER) as the detector's
_CACHE_LIMIT = 65536
# Decoding windows (``TokenTagger.tag``): a token where starting a name scores within GATE of staying
# outside opens a window from the token before it to WINDOW_AFTER tokens after it.
GATE = 1.5
# A run is reported when the best path beats the same path with the run outside by at least this much.
MIN_MARGIN = 2.0
# ... and an all-lower-case run with no listed given name or surname by at least this much.
LOWER_CASE_MARGIN = 4.0
# Lower-case words inside a capitalised name (Adrienne de Brún, Nuala a Goireachtaigh, Mac Giolla na Naomh).
_PARTICLES = frozenset(
    [
        "a",
        "al",
        "bin",
        "binti",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "mac",
        "mc",
        "na",
        "ni",
        "nic",
        "o",
        "ó",
        "ter",
        "van",
        "von",
        "y",
    ]
)
WINDOW_AFTER = 6


def _shape(word: str) -> str:
    shape = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)
    return _SHAPE_RUNS.sub(r"\1\1", shape)


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    given, surnames = name_lists()
    return (
        frozenset(n.lower() for n in given),
        frozenset(n.lower() for n in surnames),
        frozenset(n.lower() for n in PINYIN_SURNAMES),
        common_word_set(),
        very_common_words(),
    )


@cache
def given_name_chars() -> dict[str, str]:
    """How often each character follows a surname in jieba's person names (words tagged ``nr``, 44,800 of
    two or three characters from a common surname), as a bucket ``gn0``…``gn8`` (log2 of the count): an
    independent list of given-name characters, so names with characters the training notes never used
    still look like names."""
    counts: dict[str, int] = {}
    for word, (_, tag) in jieba_words().items():
        if tag == "nr" and 2 <= len(word) <= 3 and word[0] in SINGLE_SURNAMES:
            for char in word[1:]:
                counts[char] = counts.get(char, 0) + 1
    return {char: f"gn{min(count.bit_length() - 1, 8)}" for char, count in counts.items()}


_ZH_SURNAME = frozenset(SINGLE_SURNAMES) | frozenset(s[0] for s in COMPOUND_SURNAMES)
_ZH_RARE = frozenset(RARE_SURNAMES)


def token_features(token: str) -> tuple[list[str], list[str]]:
    """A token's own attributes and the subset its neighbours see (prefixed with their offset)."""
    if token == BOS:
        return [], ["BOS"]
    if token == EOS:
        return [], ["EOS"]
    if token == "\n":
        return ["bias", "nl"], ["nl"]
    if HAN_CHAR.fullmatch(token):
        own = ["bias", "c=" + token]
        if token in _ZH_SURNAME:
            own.append("sn")
        if token in _ZH_RARE:
            own.append("rsn")
        if token in WEAK_SURNAMES:
            own.append("wsn")
        bucket = given_name_chars().get(token)
        if bucket is not None:
            own.append(bucket)
        return own, own[1:]
    if token.isdigit():
        kind = f"d{min(len(token), 7)}"
        return ["bias", kind], [kind]
    if not token[0].isalpha():
        kind = "p=" + token
        return ["bias", kind], [kind]
    given, surnames, pinyin, common, very_common = _lists()
    lower = token.lower()
    bare = lower[:-2] if lower.endswith(("'s", "’s")) else lower
    shape = "sh=" + _shape(token)
    word = "w=" + bare if bare in common else "unk"
    own = ["bias", word, shape, "s3=" + bare[-3:], "p3=" + bare[:3], f"len={min(len(bare), 9)}"]
    context = [word, shape]
    for flag, member in (
        ("given", bare in given),
        ("sur", bare in surnames),
        ("pinyin", bare in pinyin),
        ("vcommon", bare in very_common),
        ("hyph", "-" in bare),
    ):
        if member:
            own.append(flag)
            context.append(flag)
    return own, context


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for every token of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def sequence_attributes(tokens: list[str]) -> list[list[str]]:
    """Each position's attributes as CRFsuite sees them in training (the numpy tagger sums the same ones)."""
    features = [token_features(t) for t in tokens]
    n = len(tokens)
    rows: list[list[str]] = []
    for t in range(n):
        attrs = list(features[t][0])
        for o in OFFSETS:
            if o == 0:
                continue
            s = t + o
            context = ["BOS"] if s < 0 else ["EOS"] if s >= n else features[s][1]
            attrs.extend(f"{o}:{a}" for a in context)
        if t > 0 and _is_han_pair(tokens[t - 1], tokens[t]):
            attrs.append("bl=" + tokens[t - 1] + tokens[t])
        if t + 1 < n and _is_han_pair(tokens[t], tokens[t + 1]):
            attrs.append("br=" + tokens[t] + tokens[t + 1])
        rows.append(attrs)
    return rows


def _is_han_pair(a: str, b: str) -> bool:
    return len(a) == 1 and len(b) == 1 and HAN_CHAR.match(a) is not None and HAN_CHAR.match(b) is not None


class _HanChars:
    """``char in _HanChars()``: whether a one-character token is a Han character."""

    def __contains__(self, char: str) -> bool:
        return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


_HAN_CHARS = _HanChars()
# Verbs of speech and thought right after a surname character (王说, 曾想): a clause, not a given name.
_VERBS = frozenset("说想讲问答叫让给被把")


class TokenTagger:
    """The CRF's weights in numpy: emissions by cached per-token sums, exact Viterbi on uncertain runs."""

    # The table of token vectors (``_token_id``), a bounded cache: token -> row, the rows, whether each row's
    # token is a Han character and whether it starts a bigram the model weighs, rows in use.
    _ids: dict[str, int]
    _table: np.ndarray
    _han_token: np.ndarray
    _pairs_from: np.ndarray
    _may_start: np.ndarray  # not a Han character, or a surname one: a Chinese name starts with a surname
    _count: int

    def __init__(self, path: Path = MODEL_FILE) -> None:
        with np.load(path, allow_pickle=False) as model:
            self.labels: list[str] = bytes(model["labels"]).decode("utf-8").split("\n")
            attrs = bytes(model["attrs"]).decode("utf-8").split("\n")
            self.weights = model["weights"].astype(np.float64)
            self.transitions = model["transitions"].astype(np.float64)
        self._index = {a: i for i, a in enumerate(attrs)}
        size = len(self.labels)
        self._outside = self.labels.index("O")
        self._zero = np.zeros(size)
        spread = float(self.transitions.max() - self.transitions.min())
        self._margin = 2 * spread
        self._lock = threading.Lock()
        self._bigram_firsts = frozenset(a[3] for a in attrs if a.startswith(("bl=", "br=")))
        self._reset_table()
        self._bigrams: dict[str, np.ndarray | None] = {}
        self._han = _HanChars()
        self._begin = {i for i, label in enumerate(self.labels) if label.startswith("B-")}
        self._starts = sorted(self._begin)
        self._inside = {i: ENTITY[label[2:]] for i, label in enumerate(self.labels) if label != "O"}

    def _sum(self, attrs: list[str]) -> np.ndarray:
        rows = [self._index[a] for a in attrs if a in self._index]
        return self.weights[rows].sum(axis=0) if rows else self._zero

    def _token_vectors(self, token: str) -> np.ndarray:
        """The token's contribution to the emissions at the positions two before to two after it
        (row k: to the position at offset 2 - k from it, which sees it at offset k - 2)."""
        own, context = token_features(token)
        return np.stack([self._sum(own) if o == 0 else self._sum([f"{o}:{a}" for a in context]) for o in OFFSETS])

    def _token_id(self, token: str) -> int:
        """The token's row in the table of token vectors, added the first time it is seen."""
        if self._count == len(self._table):
            self._table = np.concatenate((self._table, np.empty_like(self._table)))
            self._pairs_from = np.concatenate((self._pairs_from, np.zeros_like(self._pairs_from)))
            self._han_token = np.concatenate((self._han_token, np.zeros_like(self._han_token)))
            self._may_start = np.concatenate((self._may_start, np.zeros_like(self._may_start)))
        index = self._count
        self._table[index] = self._token_vectors(token)
        self._han_token[index] = han = len(token) == 1 and token in _HAN_CHARS
        self._may_start[index] = not han or token in _ZH_SURNAME or token in _ZH_RARE
        self._pairs_from[index] = token in self._bigram_firsts
        self._count += 1
        self._ids[token] = index
        return index

    def _reset_table(self) -> None:
        self._ids = {}
        self._table = np.empty((1024, len(OFFSETS), len(self.labels)))
        self._han_token = np.zeros(1024, dtype=bool)
        self._pairs_from = np.zeros(1024, dtype=bool)
        self._may_start = np.zeros(1024, dtype=bool)
        self._count = 0
        self._token_id(BOS)
        self._token_id(EOS)

    def _bigram(self, pair: str) -> np.ndarray | None:
        if pair in self._bigrams:
            return self._bigrams[pair]
        left, right = "br=" + pair, "bl=" + pair
        vectors = None
        if left in self._index or right in self._index:
            vectors = np.stack([self._sum([left]), self._sum([right])])
        if len(self._bigrams) >= _CACHE_LIMIT:
            self._bigrams.clear()
        self._bigrams[pair] = vectors
        return vectors

    def emissions(self, tokens: list[str]) -> np.ndarray:
        """Per-position label scores (n × labels), the sum of every attribute's weights."""
        return self._emissions(tokens)[0]

    def _emissions(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The emissions and, per position, whether a name may start there (``_may_start``)."""
        n = len(tokens)
        with self._lock:  # the table is shared by the detector's threads
            if self._count >= _CACHE_LIMIT:  # a bounded cache: forget every token, between texts
                self._reset_table()
            ids = self._ids
            rows = [ids.get(t, -1) for t in tokens]
            for i, row in enumerate(rows):
                if row < 0:
                    rows[i] = ids.get(tokens[i], -1)
                    if rows[i] < 0:
                        rows[i] = self._token_id(tokens[i])
            bos, eos = ids[BOS], ids[EOS]
            padded = self._table[[bos, bos, *rows, eos, eos]]
            index = np.array(rows, dtype=np.intp)
            may_start = self._may_start[index]
            pairs = np.flatnonzero(self._pairs_from[index[:-1]] & self._han_token[index[1:]])
        scores = (
            padded[0:n, 0] + padded[1 : n + 1, 1] + padded[2 : n + 2, 2] + padded[3 : n + 3, 3] + padded[4 : n + 4, 4]
        )
        if len(pairs):
            known = self._bigrams
            at, found = [], []
            for i in pairs.tolist():
                pair = tokens[i] + tokens[i + 1]
                bigram = known.get(pair, False)
                if bigram is False:
                    bigram = self._bigram(pair)
                if bigram is not None:
                    at.append(i)
                    found.append(bigram)
            if at:
                both = np.stack(found)
                index = np.array(at)
                scores[index] += both[:, 0]
                scores[index + 1] += both[:, 1]
        return scores, may_start

    def _viterbi(self, scores: np.ndarray, enter: bool, leave: bool) -> list[int]:
        """Best label path of one run; ``enter``/``leave``: an ``O`` before/after it."""
        trans = self.transitions
        best = scores[0] + (trans[self._outside] if enter else 0.0)
        back = []
        for row in scores[1:]:
            total = best[:, None] + trans
            arg = total.argmax(axis=0)
            back.append(arg)
            best = total[arg, np.arange(len(arg))] + row
        if leave:
            best = best + trans[:, self._outside]
        path = [int(best.argmax())]
        for arg in reversed(back):
            path.append(int(arg[path[-1]]))
        path.reverse()
        return path

    def tag(self, tokens: list[str], exact: bool = False) -> list[int]:
        """The best label index of every token (``_decode``)."""
        return self._decode(tokens, exact)[0]

    def _decode(self, tokens: list[str], exact: bool = False) -> tuple[list[int], np.ndarray]:
        """The best label index of every token. ``exact``: Viterbi over the runs of tokens whose ``O`` does not
        lead every other label by more than twice the transitions' spread (the exact best path; slow, since
        the transitions here are wide). Otherwise (the detector's way): Viterbi, entered from and left to
        ``O``, over windows from one token before to ``WINDOW_AFTER`` after each token where starting a name
        (``O`` → ``B``) scores within ``GATE`` of staying outside; elsewhere ``O``."""
        n = len(tokens)
        labels = [self._outside] * n
        if not n:
            return labels, np.zeros((0, len(self.labels)))
        scores, may_start = self._emissions(tokens)
        out = self._outside
        if exact:
            others = np.delete(scores, out, axis=1).max(axis=1)
            positions = np.flatnonzero(scores[:, out] - others <= self._margin)
            before, after = 0, 1
        else:
            trans = self.transitions
            lead = np.max(scores[:, self._starts] + trans[out, self._starts], axis=1) - scores[:, out] - trans[out, out]
            positions = np.flatnonzero((lead > -GATE) & may_start)
            before, after = 1, WINDOW_AFTER
        if not len(positions):
            return labels, scores
        starts = np.maximum(positions - before, 0)
        ends = np.minimum(positions + after, n)
        # merge overlapping or touching windows
        windows: list[tuple[int, int]] = []
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        if exact or len(windows) == 1:
            for start, end in windows:
                labels[start:end] = self._viterbi(scores[start:end], start > 0, end < n)
            return labels, scores
        if windows[-1][1] == n:  # no O after it: decoded alone
            start, end = windows.pop()
            labels[start:end] = self._viterbi(scores[start:end], start > 0, False)
        for (start, end), path in zip(windows, self._viterbi_batch(scores, windows), strict=True):
            labels[start:end] = path
        return labels, scores

    def _viterbi_batch(self, scores: np.ndarray, windows: list[tuple[int, int]]) -> list[list[int]]:
        """Viterbi of many windows at once, each left to an ``O`` (padded with rows that only ``O`` can take,
        whose transitions from the window's last label are the leaving ones) and entered from one unless it
        starts the text."""
        size = len(self.labels)
        longest = max(end - start for start, end in windows) + 1
        batch = np.full((len(windows), longest, size), -1e9)
        batch[:, :, self._outside] = 0.0
        for w, (start, end) in enumerate(windows):
            batch[w, : end - start] = scores[start:end]
        trans = self.transitions
        best = batch[:, 0] + np.array([trans[self._outside] if start > 0 else np.zeros(size) for start, _ in windows])
        back = np.empty((len(windows), longest - 1, size), dtype=np.intp)
        for step in range(1, longest):
            total = best[:, :, None] + trans  # windows × from × to
            arg = total.argmax(axis=1)
            back[:, step - 1] = arg
            best = total.max(axis=1) + batch[:, step]
        paths = []
        for w, (start, end) in enumerate(windows):
            label = self._outside  # the padding after the window
            path = []
            for step in range(longest - 1, 0, -1):
                label = int(back[w, step - 1, label])
                path.append(label)
            path.reverse()
            paths.append(path[: end - start])
        return paths

    def spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """(entity type, start, end, margin) of every labelled run of tokens; the margin is how much higher
        the best path scores than the same path with the run relabelled ``O`` (a log-odds-like confidence)."""
        words = TOKEN.findall(text)  # offsets only when something is found (rarely, in most text)
        labels, scores = self._decode(words)
        if not any(label != self._outside for label in labels):
            return []
        tokens = tokenize(text)
        runs: list[list] = []  # kind, first token, last token
        for i, label in enumerate(labels):
            kind = self._inside.get(label)
            if kind is not None and runs and runs[-1][2] == i - 1 and label not in self._begin and runs[-1][0] == kind:
                runs[-1][2] = i
            elif kind is not None:
                runs.append([kind, i, i])
        out, trans, n = self._outside, self.transitions, len(labels)
        found = []
        for kind, first, last in runs:
            path = labels[first : last + 1]
            margin = float(scores[range(first, last + 1), path].sum() - scores[first : last + 1, out].sum())
            margin += sum(trans[a, b] - trans[out, out] for a, b in zip(path, path[1:], strict=False))
            if first > 0:
                margin += trans[labels[first - 1], path[0]] - trans[labels[first - 1], out]
            if last < n - 1:
                margin += trans[path[-1], labels[last + 1]] - trans[out, labels[last + 1]]
            found.append((kind, tokens[first][1], tokens[last][2], margin))
        return found


_LOADED: dict[str, TokenTagger] = {}


def token_tagger() -> TokenTagger:
    """The committed model (or the one ``use_model`` chose), loaded once per process."""
    if "model" not in _LOADED:
        _LOADED["model"] = TokenTagger()
    return _LOADED["model"]


def use_model(path: Path) -> None:
    """Make detectors built from now on use the model at ``path`` (the leave-split-out evaluations)."""
    _LOADED["model"] = TokenTagger(path)


class TaggerRecognizer(ScanRecognizer):
    """PERSON spans from the token tagger (score below the rules', so a rule's other type wins an overlap),
    kept only past the guards the rules use against medicine and ordinary words (``_is_name``).

    ``latin_only``: read only the stretches of Latin script, so a Chinese text costs what its English words
    cost. That is where the tagger earns its cost: English names in new document forms (+7 to +35 points on
    the blind splits), against +0 to +4 for Chinese names at 1-2 ms per 512 Chinese tokens (phi/README.md)."""

    SCORE = 0.6

    def __init__(self, latin_only: bool = False) -> None:
        super().__init__(supported_entities=["PERSON"], name="PhiTagger", supported_language="en")
        self.latin_only = latin_only
        self._tagger = token_tagger()
        self.min_margin = MIN_MARGIN
        self._lexicon = chinese_lexicon()
        given, surnames, _, common, _ = _lists()
        self._names = given | surnames
        self._common = common

    def scan(self, text: str, lowered: str) -> list[RecognizerResult]:
        return [
            RecognizerResult(kind, start, end, self.SCORE)
            for kind, start, end, margin in self._spans(text)
            if kind == "PERSON" and margin >= self.min_margin and self._is_name(text, start, end, margin)
        ]

    def _spans(self, text: str) -> list[tuple[str, int, int, float]]:
        if not self.latin_only or not HAN_CHAR.search(text):
            return self._tagger.spans(text)
        return [
            (kind, stretch.start() + start, stretch.start() + end, margin)
            for stretch in _NOT_HAN.finditer(text)
            if _LATIN_WORD.search(stretch.group())
            for kind, start, end, margin in self._tagger.spans(stretch.group())
        ]

    def _is_name(self, text: str, start: int, end: int, margin: float = float("inf")) -> bool:
        name = text[start:end]
        if HAN_CHAR.search(name):
            return self._is_chinese_name(text, start, end)
        if text[end : end + 1].isdigit():
            return False  # NRIC S2272518A: letters joined to digits are an identifier's start
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
        if not words or len(name) < 3:
            return False
        if not any(w.isalpha() and len(w) >= 2 for w in (w.replace("-", "").replace("'", "") for w in words)):
            return False  # D.O.B, J.: initials and abbreviations alone
        if all(w in self._common and w not in self._names for w in words):
            return False  # Stool Softeners, Handover
        cased = [w[0].isupper() for w in name.split() if w.lower() not in _PARTICLES]
        if any(cased) and not all(cased):
            return False  # Macula lutea, lethal Holmgren: a name is written in one case (particles aside)
        if not any(cased) and margin < LOWER_CASE_MARGIN and not any(w in self._names for w in words):
            return False  # undescended testes: an unlisted lower-case run needs more confidence
        if any(w in _HEADS for w in words[1:]):
            return False  # Fournier's gangrene, Papanicolaou smears: the head word came inside
        last = words[-1]
        ending = _MEDICAL_ENDING.search(last)
        if ending is not None and len(last) >= max(_MIN_LENGTH.get(ending.group(), 0), 8) and last not in self._names:
            return False  # Human Papillomavirus, Klebsiella Pneumoniae
        # an eponym (a head word after it: Pierre Robin sequence) or a drug (a dose or form after it)
        return not (_HEAD_AFTER.match(text, end) or _DOSE_AFTER_NAME.match(text, end) or _FORM_AFTER.match(text, end))

    def _is_chinese_name(self, text: str, start: int, end: int) -> bool:
        """As LAC's names (``ner_zh``): two to four characters from a surname, not a frequent word, no
        eponym, drug stem, salt or dose; the surnames here include the rarer ones of the Hundred Family
        Surnames."""
        name = text[start:end]
        if not 2 <= len(name) <= 4 or not (name[0] in _ZH_SURNAME or name[0] in _ZH_RARE):
            return False
        if not all(ch in _HAN_CHARS for ch in name) or any(ch in _VERBS for ch in name[1:]):
            return False  # 钟,干; 王说
        return passes_name_checks(text, start, end, self._lexicon)
