"""Write the common English word list the English name rules use to tell names from words.

    pip download --no-deps wordfreq==3.1.1 -d DIR
    python -m medgate.tools.phi_wordlist DIR/wordfreq-3.1.1-py3-none-any.whl

Reads wordfreq's ``small_en`` frequency list (the ~29,000 most frequent English words; wordfreq's data
is CC BY-SA 4.0, the list derived from it is under the same licence) from the wheel, checked against its
pinned SHA-256, and writes the alphabetic words in frequency order to
``medgate/guardrails/data/en_common_words.txt.gz``. wordfreq itself is not a runtime dependency.
"""

import argparse
import gzip
import hashlib
import io
import zipfile
from pathlib import Path

import msgpack

WHEEL_SHA256 = "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473"
OUT = Path(__file__).resolve().parents[1] / "guardrails" / "data" / "en_common_words.txt.gz"


def common_words(wheel: Path) -> list[str]:
    """Alphabetic words of wordfreq's small English list, most frequent first."""
    with wheel.open("rb") as stream:
        if hashlib.file_digest(stream, "sha256").hexdigest() != WHEEL_SHA256:
            raise ValueError(f"{wheel.name} is not wordfreq 3.1.1's wheel (SHA-256 differs)")
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("wordfreq/data/small_en.msgpack.gz")
    header, *buckets = msgpack.unpackb(gzip.decompress(packed), raw=False)
    if header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq list format {header!r}")
    return [word for bucket in buckets for word in bucket if word.isalpha() and word.isascii()]


def main(argv: list[str] | None = None) -> None:
    """Write the list (gzip without a timestamp, so the same wheel gives the same bytes)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path)
    args = parser.parse_args(argv)
    words = common_words(args.wheel)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as stream:
        stream.write(("\n".join(words) + "\n").encode())
    OUT.write_bytes(buffer.getvalue())
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
