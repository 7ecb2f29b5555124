"""Write the traditional-to-simplified character table the Chinese name and place tagger reads through.

    pip download --no-deps hanziconv==0.3.2 -d DIR
    python -m medgate.tools.phi_hanzi DIR/hanziconv-0.3.2.tar.gz

LAC and the gazetteers (jieba, cpca, the surname list) are simplified Chinese, so 陳麗玉 and 臺北市大安區
are read as 陈丽玉 and 台北市大安区: one character for one, so offsets do not move. The table comes from
hanziconv's CUHK character map (Apache-2.0, Copyright 2014 Bernard Yue), read from the sdist checked against
its pinned SHA-256; pairs are written as ``traditional<TAB>simplified`` lines to
``medgate/guardrails/data/zh_t2s.tsv``. hanziconv itself is not a runtime dependency.
"""

import argparse
import ast
import hashlib
import tarfile
import textwrap
from pathlib import Path

SDIST_SHA256 = "208866da6ae305bca19eb98702b65c93bb3a803b496e4287ca740d68892fc4c4"
OUT = Path(__file__).resolve().parents[1] / "guardrails" / "data" / "zh_t2s.tsv"
_MAP_NAMES = ("cuhk_traditional", "cuhk_simplified", "extra_traditional", "extra_simplified")


def _strings(source: str) -> dict[str, str]:
    """The charmap module's four string constants (``''.join(textwrap.dedent(\"\"\"…\"\"\").split())``),
    evaluated from its syntax tree, never executed."""
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id in _MAP_NAMES:
            literal = next(
                n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and "\n" in str(n.value)
            )
            found[node.targets[0].id] = "".join(textwrap.dedent(str(literal)).split())
    return found


def pairs(sdist: Path) -> list[tuple[str, str]]:
    """(traditional, simplified) character pairs that differ, in the map's order."""
    with sdist.open("rb") as stream:
        if hashlib.file_digest(stream, "sha256").hexdigest() != SDIST_SHA256:
            raise ValueError(f"{sdist.name} is not hanziconv 0.3.2's sdist (SHA-256 differs)")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile("hanziconv-0.3.2/hanziconv/charmap.py")
        if member is None:
            raise ValueError("charmap.py missing from the sdist")
        maps = _strings(member.read().decode("utf-8"))
    traditional = maps["cuhk_traditional"] + maps["extra_traditional"]
    simplified = maps["cuhk_simplified"] + maps["extra_simplified"]
    if len(traditional) != len(simplified):
        raise ValueError("hanziconv's maps differ in length")
    seen: dict[str, str] = {}
    for t, s in zip(traditional, simplified, strict=True):
        if t != s and t not in seen and _simplifies(t, s):
            seen[t] = s
    return list(seen.items())


def _gb2312_level(char: str) -> int | None:
    """1 for GB 2312's common characters (rows 16-55), 2 for its others, None outside it."""
    try:
        encoded = char.encode("gb2312")
    except UnicodeEncodeError:
        return None
    return 1 if encoded[0] - 0xA0 <= 55 else 2


def _simplifies(traditional: str, simplified: str) -> bool:
    """Whether a pair turns a traditional character into the simplified one: always for a character outside GB 2312
    (simplified text does not use it); for one inside it, only a rarer form into a common one (後 into 后, 於 into
    于). The CUHK map also turns common simplified characters into rare variants (呼 into 唿, 猛 into 勐, 脊 into 嵴,
    佘 into 畲), which would hide a simplified text's own words and surnames from the tagger."""
    level = _gb2312_level(traditional)
    return level is None or (level == 2 and _gb2312_level(simplified) == 1)


def main(argv: list[str] | None = None) -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path)
    args = parser.parse_args(argv)
    table = pairs(args.sdist)
    OUT.write_text("".join(f"{t}\t{s}\n" for t, s in table), encoding="utf-8")
    print(f"{OUT}: {len(table)} pairs")


if __name__ == "__main__":
    main()
