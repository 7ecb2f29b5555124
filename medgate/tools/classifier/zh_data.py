"""Generate the team's Chinese unsafe / injection / benign rows and English hard negatives from zh_material.

    python -m medgate.tools.classifier.zh_data   # writes medgate/tools/data/zh_team.jsonl and en_hard_benign.jsonl

Seeded and deterministic. Every row records its `style` (how it is phrased) and its `intent` (the hand-written
request it wraps), so leave-style-out evaluation can hold out a style *and* the intents it was written from.
The same frames and surface tricks (traditional characters, pinyin, typos) are applied to benign questions too.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import zh_material as m

OUT = Path(__file__).resolve().parent.parent / "data"
SEED = 20260
ESCALATION_REPLIES = ("好的，我可以提供一些一般性的信息。", "可以的，请问具体想了解什么？", "这是一个常见的问题。")
WRAP_STYLES = ("roleplay", "fiction", "research", "authority", "clinician")
SURFACE_STYLES = ("traditional", "pinyin_mixed", "typo_spacing")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def traditional(text: str) -> str:
    return "".join(m.S2T.get(c, c) for c in text)


def pinyin_mixed(text: str, rng: random.Random) -> str:
    keys = [k for k in sorted(m.PINYIN, key=len, reverse=True) if k in text]
    for k in rng.sample(keys, min(len(keys), rng.randint(1, 3))):
        text = text.replace(k, " " + rng.choice(m.PINYIN[k]) + " ", 1)
    return re.sub(r" {2,}", " ", text).strip()


def typo_spacing(text: str, rng: random.Random) -> str:
    """Homophones for keywords, then separators between some Chinese characters."""
    keys = [k for k in sorted(m.HOMOPHONES, key=len, reverse=True) if k in text]
    for k in rng.sample(keys, min(len(keys), 2)):
        text = text.replace(k, rng.choice(m.HOMOPHONES[k]), 1)
    sep = rng.choice((" ", " ", "*", ".", "-", "　"))
    return "".join(c + sep if _CJK.match(c) and rng.random() < 0.35 else c for c in text).strip()


def multiturn(opener: str, request: str, rng: random.Random) -> str:
    reply = rng.choice(ESCALATION_REPLIES)
    return f"用户：{opener}\n助手：{reply}\n用户：那具体来说，{request}？"


def frame(style: str, x: str, rng: random.Random) -> str:
    return rng.choice(m.FRAMES[style]).format(x=x)


def _row(
    source: str, text: str, label: str, category: str, style: str, intent: str, lang: str = "zh"
) -> dict[str, str]:
    return {
        "source": source,
        "lang": lang,
        "text": text,
        "label": label,
        "category": category,
        "style": style,
        "intent": intent,
    }


def styled(style: str, x: str, opener: str, rng: random.Random) -> str:
    """Request x in one style (direct, a frame, multi-turn, or a surface trick on a directly framed request)."""
    if style in WRAP_STYLES or style == "direct":
        return frame(style, x, rng)
    if style == "multiturn":
        return multiturn(opener, x, rng)
    surface: dict[str, Callable[[str], str]] = {
        "traditional": traditional,
        "pinyin_mixed": lambda t: pinyin_mixed(t, rng),
        "typo_spacing": lambda t: typo_spacing(t, rng),
    }
    return surface[style](frame("direct", x, rng))


def unsafe_rows(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    styles = ("direct", "euphemism", *WRAP_STYLES, "multiturn", *SURFACE_STYLES)
    for intent, category, direct, euphemism in m.UNSAFE_INTENTS:
        openers = m.ESCALATION_OPENERS[category]
        for style in styles:
            n = 3 if style in ("direct", "euphemism") else 2
            for k in range(n):
                if style == "euphemism":
                    text = frame("direct", euphemism, rng)
                else:
                    text = styled(style, direct if k % 2 == 0 else euphemism, rng.choice(openers), rng)
                rows.append(_row("medgate_zh_team_unsafe", text, "unsafe", category, style, intent))
    return rows


def benign_base(rng: random.Random) -> list[tuple[str, str, str]]:
    """(style, intent, text) of the plain benign questions."""
    out = []
    for i, drug in enumerate(m.DRUGS):
        for j, pattern in enumerate(m.DOSE_QUESTIONS):
            out.append(("consumer_dose", f"dose{i:02d}_{j:02d}", pattern.format(drug=drug)))
        for j, pattern in enumerate(m.OVERDOSE_MANAGEMENT):
            out.append(("overdose_management", f"odm{i:02d}_{j:02d}", pattern.format(drug=drug)))
    for style, texts in m.BENIGN_FREE.items():
        out += [(style, f"{style}{i:02d}", t) for i, t in enumerate(texts)]
    prefixes = ("请帮我总结这份病历：\n", "帮我把这段记录翻译成英文：\n", "这份记录里有哪些异常？\n", "")
    for i, note in enumerate(m.CLINICAL_NOTES):
        for prefix in prefixes:
            out.append(("clinical_note", f"note{i:02d}", prefix + note))
    benign_filler = (
        "布洛芬成人每日最大剂量一般为1200毫克（非处方用法）。",
        "高血压患者应低盐饮食。",
        "疫苗接种后可能出现低热。",
    )
    for i, carrier in enumerate(m.TOOL_CARRIERS):
        for fill in benign_filler:
            out.append(("tool_result", f"tool{i:02d}", carrier.format(p=fill)))
    rng.shuffle(out)
    return out


def benign_rows(rng: random.Random, wrapped_per_style: int = 145) -> list[dict[str, str]]:
    base = benign_base(rng)
    rows = [_row("medgate_zh_team_benign", t, "benign", "", s, i) for s, i, t in base]
    questions = [(i, t) for s, i, t in base if s not in ("greeting_fragment", "clinical_note", "tool_result")]
    openers = [o for group in m.ESCALATION_OPENERS.values() for o in group]
    for style in (*WRAP_STYLES, "multiturn", *SURFACE_STYLES):
        for intent, text in rng.sample(questions, wrapped_per_style):
            x = text.rstrip("？?。")
            rows.append(
                _row("medgate_zh_team_benign", styled(style, x, rng.choice(openers), rng), "benign", "", style, intent)
            )
    return rows


def injection_rows(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    direct = ("{p}", "{p}。", "请注意：{p}。", "先别回答我刚才的问题，{p}。", "【系统】{p}")
    for i, payload in enumerate(m.INJECTION_PAYLOADS):
        intent = f"inj{i:02d}"
        for pattern in direct:
            rows.append(
                _row("medgate_zh_team_injection", pattern.format(p=payload), "injection", "", "inj_direct", intent)
            )
        for note in rng.sample(m.CLINICAL_NOTES, 6):
            cut = note.index("。") + 1
            text = "请帮我总结这份病历：\n" + note[:cut] + payload + "。" + note[cut:]
            rows.append(_row("medgate_zh_team_injection", text, "injection", "", "inj_in_record", intent))
        for carrier in m.TOOL_CARRIERS:
            text = carrier.format(p=payload + "。")
            rows.append(_row("medgate_zh_team_injection", text, "injection", "", "inj_in_tool_result", intent))
        surface = traditional(payload) if i % 2 else typo_spacing(payload, rng)
        rows.append(
            _row(
                "medgate_zh_team_injection",
                surface,
                "injection",
                "",
                "traditional" if i % 2 else "typo_spacing",
                intent,
            )
        )
    return rows


def en_hard_rows() -> list[dict[str, str]]:
    rows = []
    for style, texts in m.EN_HARD_BENIGN.items():
        for i, pattern in enumerate(texts):
            drugs = m.EN_DRUGS if "{drug}" in pattern else ("",)
            for drug in drugs:
                rows.append(
                    _row(
                        "medgate_en_hard_benign",
                        pattern.format(drug=drug),
                        "benign",
                        "",
                        style,
                        f"en_{style}{i:02d}",
                        lang="en",
                    )
                )
    return rows


def write(path: Path, rows: Sequence[dict[str, str]]) -> None:
    first: dict[str, dict[str, str]] = {}
    for row in rows:
        first.setdefault(row["text"], row)  # the first row of each text, in order
    unique = list(first.values())
    for i, row in enumerate(unique):
        row["id"] = f"{row['source']}-{i:05d}"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in unique), encoding="utf-8")
    counts: dict[tuple[str, str], int] = {}
    for r in unique:
        counts[(r["label"], r["style"])] = counts.get((r["label"], r["style"]), 0) + 1
    print(path.name, len(unique), dict(sorted(counts.items())))


def main() -> int:
    rng = random.Random(SEED)
    write(OUT / "zh_team.jsonl", unsafe_rows(rng) + injection_rows(rng) + benign_rows(rng))
    write(OUT / "en_hard_benign.jsonl", en_hard_rows())
    return 0


if __name__ == "__main__":
    sys.exit(main())
