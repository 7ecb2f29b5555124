"""Train the PHI token tagger (``medgate.guardrails.phi.tagger``) with CRFsuite and write its numpy weights.

    python -m medgate.tools.phi_tagger_train [--data ../shared/data] [--exclude fresh3] [--out PATH]

The defaults write the committed model; ``--exclude fresh3`` / ``--exclude fresh2`` the leave-split-out ones.

Training data: notes rendered by ``medgate.tools.phi_notes`` from the templates of the six splits (tuning,
held-out, sealed, fresh, fresh2, fresh3; ``--exclude`` leaves splits' templates out, for the leave-split-out
checks) with NEW seeds (``SEEDS``: other values than the committed jsonl files), labelled with their PERSON
spans; and benign questions from guard_dev.jsonl (all-``O``), leaving out the exact rows ``phi_evaluate``
reports on (its seeded 3,000 + 3,000 sample, reproduced by ``evaluation_benign``). Needs ``python-crfsuite``
(training only; the detector reads the exported weights with numpy).
"""

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from medgate.guardrails.phi.gazetteers import to_simplified
from medgate.guardrails.phi.tagger import MODEL_FILE, TokenTagger, sequence_attributes, tokenize
from medgate.tools import phi_notes

# New seeds (not the committed splits' seeds: tuning 13, held-out 2028, sealed 1796163920, fresh 1796169000,
# fresh2 1796171282, fresh3 1796175324), chosen for this model at writing.
SEEDS = {
    "tuning": 7101,
    "heldout": 7102,
    "sealed": 7103,
    "fresh": 7104,
    "fresh2": 7105,
    "fresh3": 7106,
}
TEMPLATES = {
    "tuning": phi_notes.TUNING,
    "heldout": phi_notes.HELDOUT,
    "sealed": phi_notes.SEALED,
    "fresh": phi_notes.FRESH,
    "fresh2": phi_notes.FRESH2,
    "fresh3": phi_notes.FRESH3,
}
TYPES = {"PERSON": "PER"}


def evaluation_benign(rows: list[dict], per_language: int = 3000) -> set[str]:
    """Ids of the benign rows ``phi_evaluate`` reports on (its rng calls, in its order)."""
    benign = [r for r in rows if r["label"] == "benign"]
    rng = random.Random(0)
    ids: set[str] = set()
    for lang in ("en", "zh"):
        sample = [r for r in benign if r["lang"] == lang]
        sample = rng.sample(sample, min(per_language, len(sample)))
        ids.update(r["id"] for r in sample)
        rng.sample(sample, len(sample))  # phi_evaluate's shuffle for its latency windows
    return ids


def labelled(text: str, spans: list[dict]) -> tuple[list[str], list[str]]:
    """Tokens and their BIO labels."""
    tokens = tokenize(text)
    labels = ["O"] * len(tokens)
    for span in spans:
        kind = TYPES.get(span["type"])
        if kind is None:
            continue
        inside = [i for i, (_, s, e) in enumerate(tokens) if s < span["end"] and span["start"] < e]
        for n, i in enumerate(inside):
            labels[i] = ("B-" if n == 0 else "I-") + kind
    return [t for t, _, _ in tokens], labels


def _recased(text: str, spans: list[dict], rng: random.Random, lower: float, upper: float) -> str:
    """The note lower-cased (dictation, chat) or upper-cased (forms) with these chances; offsets unchanged."""
    draw = rng.random()
    recased = text.lower() if draw < lower else text.upper() if draw < lower + upper else text
    return recased if len(recased) == len(text) else text


def _spliced(tokens: list[str], name: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """A name put between two tokens of a benign question: names are names wherever they stand."""
    at = rng.randrange(len(tokens) + 1)
    labels = ["O"] * len(tokens)
    return (
        tokens[:at] + name + tokens[at:],
        labels[:at] + ["B-PER"] + ["I-PER"] * (len(name) - 1) + labels[at:],
    )


def training_rows(
    data: Path,
    exclude: set[str],
    per_template: int,
    benign_en: int,
    augment: tuple[float, float, int] = (0.0, 0.0, 0),
) -> list[tuple[list[str], list[str]]]:
    """Labelled token sequences. ``augment``: (share of notes lower-cased, share upper-cased, benign
    questions with a name from the notes spliced in, per language)."""
    lower, upper, splice = augment
    rng = random.Random(7107)
    sequences = []
    names: dict[str, list[list[str]]] = {"en": [], "zh": []}
    for split, templates in TEMPLATES.items():
        if split in exclude:
            continue
        for row in phi_notes.notes(split, templates, per_template, SEEDS[split]):
            # the detector reads traditional characters as simplified ones (one for one) before any recognizer
            text = _recased(to_simplified(row["text"]), row["spans"], rng, lower, upper)
            sequences.append(labelled(text, row["spans"]))
            for span in row["spans"]:
                if span["type"] == "PERSON" and span["lang"] in names:
                    names[span["lang"]].append([t for t, _, _ in tokenize(text[span["start"] : span["end"]])])
    guard = [json.loads(line) for line in (data / "guard_dev.jsonl").open(encoding="utf-8")]
    held = evaluation_benign(guard)
    for lang, count in (("en", benign_en), ("zh", None)):
        pool = [r for r in guard if r["label"] == "benign" and r["lang"] == lang and r["id"] not in held]
        chosen = pool if count is None else rng.sample(pool, min(count, len(pool)))
        for n, row in enumerate(chosen):
            tokens = [t for t, _, _ in tokenize(to_simplified(row["text"]))]
            if not tokens:
                continue
            if n < splice and names[lang]:
                sequences.append(_spliced(tokens, rng.choice(names[lang]), rng))
            else:
                sequences.append((tokens, ["O"] * len(tokens)))
    return sequences


def export(model_path: str, out: Path) -> None:
    """CRFsuite's model as numpy arrays: labels, attributes, attribute × label weights, transitions."""
    import pycrfsuite  # noqa: PLC0415 (training only)

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    info = tagger.info()
    labels = ["O"] + sorted(label for label in tagger.labels() if label != "O")
    column = {label: i for i, label in enumerate(labels)}
    attrs = sorted({attr for attr, _ in info.state_features})
    row = {a: i for i, a in enumerate(attrs)}
    weights = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (attr, label), weight in info.state_features.items():
        weights[row[attr], column[label]] = weight
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), weight in info.transitions.items():
        transitions[column[a], column[b]] = weight
    np.savez_compressed(
        out,
        labels=np.frombuffer("\n".join(labels).encode(), dtype=np.uint8),
        attrs=np.frombuffer("\n".join(attrs).encode(), dtype=np.uint8),
        weights=weights,
        transitions=transitions,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--exclude", nargs="*", default=[], choices=sorted(TEMPLATES))
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--per-template", type=int, default=20)
    parser.add_argument("--benign-en", type=int, default=6000)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    # the defaults train the committed model (medgate/guardrails/data/phi_tagger.npz)
    parser.add_argument("--lower", type=float, default=0.25, help="share of notes lower-cased")
    parser.add_argument("--upper", type=float, default=0.05, help="share of notes upper-cased")
    parser.add_argument("--splice", type=int, default=1500, help="benign questions per language with a name put in")
    args = parser.parse_args(argv)
    import pycrfsuite  # noqa: PLC0415 (training only)

    started = time.time()
    sequences = training_rows(
        args.data, set(args.exclude), args.per_template, args.benign_en, (args.lower, args.upper, args.splice)
    )
    tokens = sum(len(t) for t, _ in sequences)
    print(f"{len(sequences)} sequences, {tokens} tokens (excluded: {args.exclude or 'none'})")
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in sequences:
        trainer.append(sequence_attributes(words), labels)
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True}
    )
    crf_path = str(args.out) + ".crfsuite"
    trainer.train(crf_path)
    export(crf_path, args.out)
    ours = TokenTagger(args.out)
    reference = pycrfsuite.Tagger()
    reference.open(crf_path)
    checked = random.Random(1).sample(sequences, min(500, len(sequences)))
    exact = [[ours.labels[i] for i in ours.tag(words, exact=True)] for words, _ in checked]
    differ = sum(
        ours_ != reference.tag(sequence_attributes(words)) for ours_, (words, _) in zip(exact, checked, strict=True)
    )
    gated = sum([ours.labels[i] for i in ours.tag(words)] != e for e, (words, _) in zip(exact, checked, strict=True))
    print(f"numpy tagger (exact) vs CRFsuite: {differ} of {len(checked)} sequences tagged differently; gated: {gated}")
    Path(crf_path).unlink()
    print(f"{len(ours._index)} attributes, labels {ours.labels}; {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
