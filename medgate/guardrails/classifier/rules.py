"""Prompt-injection / jailbreak rules (zh, en, de): a fixed, hand-written signal the classifier's combiner and the
injection detector both use."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

RULE_SCORE = 0.97
_W = r"[\s,;:，、]*"
RULES: dict[str, re.Pattern[str]] = {
    "ignore_previous": re.compile(
        r"\b(?:ignore|disregard|forget|override|skip|bypass)\W+(?:(?:all|any|of|the|your|my|these|those|everything)\W+){0,3}"
        r"(?:previous|prior|above|earlier|preceding|former|system|original|initial)\W+"
        r"(?:instructions?|prompts?|rules|directions|directives|guidelines|context|messages?|tasks?|commands?)"
        r"|\bforget everything\b|\b(?:previous|above) (?:instructions|rules) (?:are|is) (?:void|cancel+ed|obsolete)"
        r"|(?:忽略|无视|忘记|忘掉|不要理会|别管|不用管)(?:掉)?(?:你)?(?:之前|以上|上述|上面|前面|先前|此前|原来|原有|你的|所有|全部|一切)"
        r"[^。！？\n]{0,12}(?:指令|指示|规则|设定|提示|要求|命令|限制|安全策略)"
        r"|(?:以上|上面|前面|之前)[^。！？\n]{0,8}(?:规则|指令|说的)[^。！？\n]{0,4}(?:作废|无效|不算数?)"
        r"|\b(?:ignoriere|vergiss)\w*\W+(?:\w+\W+){0,3}(?:vorherigen|bisherigen|obigen|alle)",
        re.I,
    ),
    "reveal_system_prompt": re.compile(
        r"\b(?:reveal|print|show|output|repeat|display|leak|disclose|tell me|write out)\W+(?:\w+\W+){0,4}"
        r"(?:system prompt|system message|hidden (?:instructions?|prompt)|initial (?:instructions?|prompt)|"
        r"your (?:instructions|prompt|rules|configuration))"
        r"|(?:输出|打印|显示|泄露|透露|告诉我|重复|翻译|发送)[^。！？\n]{0,12}(?:系统提示|系统消息|隐藏的?指令|内部(?:规则|指令)|提示词|配置参数)"
        r"|(?:系统提示词?|系统消息|隐藏的?指令|内部(?:规则|指令))[^。！？\n]{0,8}(?:输出|打印|显示|告诉|发给|泄露|写出|翻译)",
        re.I,
    ),
    "role_override": re.compile(
        r"\bdeveloper mode\b|\bDAN\b|\bdo anything now\b|\bjailbr(?:oken|eak)\b|"
        r"\b(?:no|without any|free of all|not bound by any)\W+(?:\w+\W+){0,2}"
        r"(?:restrictions|limitations|filters|ethical guidelines|rules)\b"
        r"|开发者模式|越狱|没有任何限制|不受(?:任何)?(?:限制|约束)|无审查|已解锁|无视规则|没有道德约束|不受[^。！？\n]{0,6}约束",
        re.I,
    ),
    "fake_authority": re.compile(
        r"\b(?:system|admin|administrator|developer)\W{0,3}(?:override|notice|instruction|command|message)\b"
        r"|new instructions?\s*:|#{2,}\s*system"
        r"|(?:系统|管理员|开发者)(?:指令|命令)|隐藏指令|给AI的(?:新)?指令|已被授权绕过",
        re.I,
    ),
    "addresses_the_model": re.compile(
        r"\bif you are an? (?:ai|language model|llm)\b|\b(?:ai|model|assistant) reading this\b"
        r"|\bnote to the (?:ai|assistant|model)\b"
        r"|如果你是AI|AI助手读到|读取本文档的模型|读取此文本的AI|翻译模型请注意",
        re.I,
    ),
}


_KNOWN: ContextVar[dict[str, list[str]] | None] = ContextVar("medgate_rule_hits", default=None)


def rule_hits(text: str) -> list[str]:
    """Names of the injection rules that match the text."""
    known = _KNOWN.get()
    if known is not None and text in known:
        return list(known[text])
    return [name for name, pattern in RULES.items() if pattern.search(text)]


@contextmanager
def rules_once(texts: Sequence[str]) -> Iterator[list[list[str]]]:
    """The texts' rule hits, which `rule_hits` answers from memory inside the block (same thread or task), so the
    injection detector and the classifier it calls search a text once (about 2 ms at 512 tokens). Nothing outlives
    the block: no check's timing depends on another request's texts."""
    known = {text: rule_hits(text) for text in texts}
    token = _KNOWN.set(known)
    try:
        yield [list(known[text]) for text in texts]
    finally:
        _KNOWN.reset(token)
