"""Time a spaCy pipeline shaped like en_core_web_sm's NER path on ~512-token English texts, one thread.

    OMP_NUM_THREADS=1 python -m medgate.tools.phi_ner_baseline [--data ../shared/data]

No model is downloaded: spaCy's default tok2vec (hash embeddings + 4-layer CNN, width 96) and
transition-based NER are initialised with random weights, which cost the same to run as trained ones.
This is the lower bound for a packaged English NER (en_core_web_sm also runs a tagger, parser,
lemmatizer and attribute ruler); it is what the name-list approach in medgate.guardrails.phi is
compared with.
"""

import argparse
import json
import random
import statistics
import time
from pathlib import Path

import spacy
from spacy.training import Example


def main(argv: list[str] | None = None) -> None:
    """Print the median and p95 CPU time per ~512-token text."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--texts", type=int, default=30)
    args = parser.parse_args(argv)
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    ner = nlp.add_pipe("ner")
    ner.add_label("PERSON")  # type: ignore[attr-defined]  # spaCy types add_pipe's result as a plain callable
    sample = nlp.make_doc("Nancy Miller was seen today.")
    nlp.initialize(lambda: [Example.from_dict(sample, {"entities": [(0, 12, "PERSON")]})])

    rows = [json.loads(line) for line in (args.data / "guard_dev.jsonl").open(encoding="utf-8")]
    english = [r["text"] for r in rows if r["lang"] == "en" and r["label"] == "benign"]
    random.Random(0).shuffle(english)
    texts, current = [], ""
    for text in english:
        current += text + "\n"
        if len(current) >= 2400:
            texts.append(current[:2400])
            current = ""
        if len(texts) == args.texts:
            break
    cpu = []
    for text in texts:
        nlp(text)
        start = time.thread_time()
        doc = nlp(text)
        cpu.append((time.thread_time() - start) * 1000)
    cpu.sort()
    tokens = statistics.median(len(nlp.make_doc(t)) for t in texts)
    print(
        f"spaCy tok2vec+ner (en_core_web_sm shape, random weights), {len(texts)} texts of 2,400 chars "
        f"(~{tokens:.0f} spaCy tokens, last had {len(doc.ents)} entities): "
        f"CPU p50 {statistics.median(cpu):.1f} ms, p95 {cpu[int(len(cpu) * 0.95)]:.1f} ms"
    )


if __name__ == "__main__":
    main()
