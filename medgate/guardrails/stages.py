"""Build a policy's stages: validators over shared, once-loaded detectors.

A detector that cannot be loaded (missing artifact, import error) does not stop
the gateway from starting: its stage is built *unavailable* and every check that
needs it fails closed with the recorded reason.
"""

from __future__ import annotations

import contextvars
import functools
import importlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from guardrails import Validator
from guardrails_ai.types import ValidationResult

from medgate.guardrails.policy import Direction, ExtraValidator, GuardPolicy, PhiTaggerScope
from medgate.guardrails.validators import (
    ClinicalAdviceValidator,
    InjectionValidator,
    PhiValidator,
    SafetyValidator,
    validate_many,
)
from medgate.guardrails.validators.injection import INJECTION_CATEGORY


class GuardUnavailable(RuntimeError):
    """A stage cannot run; the message is ours and never contains checked text."""


@dataclass(frozen=True)
class Stage:
    """One validator run over every text of a check.

    ``extra`` is the policy name of an extra validator: its failures fire that
    category, whatever the validator's own metadata says.
    """

    name: str
    validator: Validator | None
    unavailable: str | None = None
    extra: ExtraValidator | None = None

    def run(self, texts: Sequence[str]) -> list[ValidationResult]:
        """One result per text; raises GuardUnavailable if the stage cannot run."""
        if self.validator is None:
            raise GuardUnavailable(f"stage {self.name} unavailable: {self.unavailable}")
        results = validate_many(self.validator, texts, {})
        if len(results) != len(texts) or not all(isinstance(r, ValidationResult) for r in results):
            raise GuardUnavailable(f"stage {self.name} did not return one ValidationResult per text")
        return results


# Whose check is running in this thread: the score cache never answers one tenant from another's texts
# (a hit is faster than a miss, so a shared cache would tell a tenant what others recently sent).
CACHE_SCOPE: contextvars.ContextVar[str] = contextvars.ContextVar("medgate_cache_scope", default="")


class SharedScores:
    """The classifier behind a small LRU of recent texts' score rows, per tenant.

    The injection stage scores a prompt (and its segments) and the safety stage then
    needs the same prompt's row, and chat clients resend the whole history every turn:
    with this cache the encoder runs once per distinct text of a tenant.
    """

    def __init__(self, classifier: Any, size: int = 1024) -> None:
        self.categories = classifier.categories
        self.thresholds = classifier.thresholds
        self._classifier = classifier
        self._rows: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Rows for ``texts`` [B, C]; only texts this tenant has not sent recently reach the classifier."""
        scope = CACHE_SCOPE.get()
        with self._lock:
            known = {t: self._rows[(scope, t)] for t in texts if (scope, t) in self._rows}
            for text in known:
                self._rows.move_to_end((scope, text))
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, self._classifier.score(missing), strict=True))
            with self._lock:
                for text in missing:
                    self._rows[(scope, text)] = known[text]
                while len(self._rows) > self._size:
                    self._rows.popitem(last=False)
        rows = [known[t] for t in texts]
        return np.stack(rows) if rows else np.zeros((0, len(self.categories)), np.float32)


class Resources:
    """Detectors shared by every tenant's stages, each loaded at most once."""

    def __init__(self, classifier_dir: Path | None = None, threads: int = 1) -> None:
        self._classifier_dir = classifier_dir
        self._threads = threads
        self._cache: dict[tuple[Any, ...], Any] = {}

    def get(self, key: tuple[Any, ...], load: Callable[[], Any]) -> Any:
        """The cached object for ``key``; a load failure is cached as GuardUnavailable."""
        if key not in self._cache:
            try:
                self._cache[key] = load()
            except Exception as exc:  # noqa: BLE001 - any load failure makes the stage unavailable
                self._cache[key] = GuardUnavailable(f"{key[0]} could not be loaded: {type(exc).__name__}: {exc}")
        value = self._cache[key]
        if isinstance(value, GuardUnavailable):
            raise value
        return value

    def classifier(self) -> Any:
        def load() -> Any:
            from medgate.guardrails.classifier import SafetyClassifier

            return SharedScores(SafetyClassifier.load(self._classifier_dir, threads=self._threads))

        return self.get(("classifier",), load)

    def phi_detector(
        self, entities: Sequence[str] | None, min_score: float, tagger: PhiTaggerScope | None = None
    ) -> Any:
        def load() -> Any:
            from medgate.guardrails.phi import PhiDetector

            return PhiDetector(entities=list(entities) if entities else None, min_score=min_score, tagger=tagger)

        return self.get(("phi detector", tuple(entities or ()), min_score, tagger), load)

    def injection_detector(self, threshold: float | None) -> Any:
        def load() -> Any:
            from medgate.guardrails.injection import InjectionDetector

            return InjectionDetector(self.classifier(), threshold=threshold)

        return self.get(("injection detector", threshold), load)


def build_stages(policy: GuardPolicy, direction: Direction, resources: Resources) -> list[Stage]:
    """The policy's built-in stages for ``direction``, then its extra validators."""
    builders: dict[str, Callable[[], Validator]] = {
        "phi": lambda: PhiValidator(
            resources.phi_detector(policy.phi.entities, policy.phi.min_score, policy.phi.tagger)
        ),
        "injection": lambda: InjectionValidator(
            resources.injection_detector(policy.thresholds.get(INJECTION_CATEGORY))
        ),
        "safety": lambda: _safety_validator(policy, resources.classifier()),
        "clinical_advice": ClinicalAdviceValidator,
    }
    stages = [_build(name, builders[name]) for name in policy.stages(direction)]
    stages += [
        _build(f"extra:{e.name}", functools.partial(_extra_validator, e), extra=e) for e in policy.extras(direction)
    ]
    return stages


def _build(name: str, make: Callable[[], Validator], extra: ExtraValidator | None = None) -> Stage:
    try:
        return Stage(name, make(), extra=extra)
    except GuardUnavailable as exc:
        return Stage(name, None, unavailable=str(exc), extra=extra)
    except Exception as exc:  # noqa: BLE001 - a validator that cannot be built fails closed
        return Stage(name, None, unavailable=f"{type(exc).__name__}: {exc}", extra=extra)


def _safety_validator(policy: GuardPolicy, classifier: Any) -> SafetyValidator:
    categories = [c for c in classifier.categories if c != INJECTION_CATEGORY]
    return SafetyValidator(classifier, categories, policy.thresholds)


def _extra_validator(extra: ExtraValidator) -> Validator:
    module_name, _, attr = extra.import_path.replace(":", ".").rpartition(".")
    cls = getattr(importlib.import_module(module_name), attr)
    if not (isinstance(cls, type) and issubclass(cls, Validator)):
        raise GuardUnavailable(f"{extra.import_path} is not a guardrails Validator")
    return cls(**{**extra.kwargs, "use_local": True})
