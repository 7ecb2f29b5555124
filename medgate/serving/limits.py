"""Admission control at the gateway: per-request caps and per-tenant request and token rates.

Rates follow OpenAI's model: a bucket per tenant and kind (requests, tokens) that
refills continuously at the per-minute rate. A request reserves one request and
its estimated tokens (prompt estimate + the completion cap the gateway sends, times
``n`` and the number of prompts) when it is admitted;
:meth:`TenantLimiter.settle` corrects the token bucket with the usage the engine
reported once the request ends. Rejections are 429 with ``Retry-After``; every
admitted request gets the ``x-ratelimit-*`` headers OpenAI sends.

What is shared: in a deployment the buckets live in one Ray actor and every gateway
replica leases capacity from it (``rate_bank.py``), so N replicas give a tenant its
configured rate, not N times it. What is per replica: the per-tenant concurrency cap,
and Serve's queue bounds
(``engine_max_queued_requests``, ``gateway_max_queued_requests``) are per caller:
per gateway replica in front of each engine deployment, per HTTP proxy in front
of the gateway. Body size, token and ``n`` caps are per request.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from medgate.serving.config import LimitsConfig, RateLimits
from medgate.serving.errors import OpenAIError
from medgate.serving.rate_bank import RETRY_BANK_S, BankClient, BankUnavailable, LeasedBucket

logger = logging.getLogger("medgate.limits")


def estimate_tokens(text: str) -> int:
    """Upper-leaning token estimate without a tokenizer: ~4 ASCII characters per token, 1 per other character."""
    other = sum(1 for ch in text if ord(ch) > 127)
    return other + math.ceil((len(text) - other) / 4)


def format_duration(seconds: float) -> str:
    """OpenAI's reset format: ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds < 1:
        return f"{math.ceil(seconds * 1000)}ms"
    if seconds < 60:
        return f"{math.ceil(seconds * 10) / 10:g}s"
    minutes, rest = divmod(math.ceil(seconds), 60)
    return f"{minutes}m{rest}s"


class TokenBucket:
    """Holds up to ``per_minute`` units and refills at ``per_minute / 60`` units per second."""

    def __init__(self, per_minute: int, now: float) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.level = self.capacity
        self.updated = now

    def _refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now

    def wait_s(self, amount: float, now: float) -> float:
        """Seconds until ``amount`` units are available (0: now; inf: never, more than the capacity)."""
        self._refill(now)
        if amount > self.capacity:
            return math.inf
        return max(0.0, (amount - self.level) / self.rate)

    def take(self, amount: float, now: float) -> None:
        self._refill(now)
        self.level -= amount

    def give_back(self, amount: float, now: float) -> None:
        self._refill(now)
        self.level = min(self.capacity, self.level + amount)

    def reset_s(self, now: float) -> float:
        """Seconds until the bucket is full again."""
        self._refill(now)
        return max(0.0, (self.capacity - self.level) / self.rate)


Bucket = TokenBucket | LeasedBucket


@dataclass
class Admission:
    """An admitted request: what it reserved, the estimate of its prompt and the rate-limit headers it carries."""

    tenant: str
    reserved_tokens: int
    prompt_estimate: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    settled: bool = False


class TenantLimiter:
    """Rejects requests beyond the configured caps and rates before they reach the guards or an engine."""

    def __init__(
        self,
        limits: LimitsConfig,
        *,
        on_reject: Callable[[str, str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        bank: BankClient | None = None,
    ) -> None:
        self.limits = limits
        self.on_reject = on_reject  # called with (tenant, "rpm" | "tpm") for every 429
        self.clock = clock
        self._bank = bank  # None: this replica's own buckets (tests, tools); else the cluster's shared ones
        self._bank_down_until = -math.inf  # while the bank is unreachable, this replica limits alone
        self._buckets: dict[tuple[str, str], Bucket] = {}
        self._in_flight: Counter[str] = Counter()
        self._lock = threading.Lock()

    def rates_for(self, tenant: str) -> RateLimits:
        return self.limits.tenants.get(tenant, self.limits.rates)

    def check_request(
        self,
        *,
        max_tokens: int | None,
        n: int,
        prompt_texts: Sequence[str],
        prompt_param: str,
        max_tokens_param: str = "max_tokens",
    ) -> int:
        """Validate the caps; returns the estimated prompt tokens."""
        if max_tokens is not None and not 1 <= max_tokens <= self.limits.max_tokens_cap:
            raise OpenAIError(
                400,
                f"'{max_tokens_param}' must be an integer from 1 to {self.limits.max_tokens_cap}.",
                code="invalid_value",
                param=max_tokens_param,
            )
        if not 1 <= n <= self.limits.max_n:
            raise OpenAIError(
                400, f"'n' must be an integer from 1 to {self.limits.max_n}.", code="invalid_value", param="n"
            )
        prompt_tokens = sum(estimate_tokens(text) for text in prompt_texts)
        cap = self.limits.max_prompt_tokens
        if cap is not None and prompt_tokens > cap:
            raise OpenAIError(
                400,
                f"The prompt is too long: about {prompt_tokens} tokens, at most {cap} are allowed.",
                code="context_length_exceeded",
                param=prompt_param,
            )
        return prompt_tokens

    def admit(
        self,
        tenant: str,
        *,
        max_tokens: int | None,
        n: int,
        prompt_texts: Sequence[str],
        prompt_param: str,
        max_tokens_param: str = "max_tokens",
    ) -> Admission:
        """Check caps and rates; reserve one request and the estimated tokens, or raise a 400/429 OpenAIError."""
        prompt_tokens = self.check_request(
            max_tokens=max_tokens,
            n=n,
            prompt_texts=prompt_texts,
            prompt_param=prompt_param,
            max_tokens_param=max_tokens_param,
        )
        tokens = prompt_tokens + min(max_tokens or self.limits.max_tokens_cap, self.limits.max_tokens_cap) * n
        rates = self.rates_for(tenant)
        wanted = {"requests": (rates.requests_per_minute, 1), "tokens": (rates.tokens_per_minute, tokens)}
        with self._lock:
            now = self.clock()
            buckets = {
                kind: self._bucket(tenant, kind, limit, now) for kind, (limit, _) in wanted.items() if limit is not None
            }
            waits = {kind: self._wait(tenant, kind, buckets, wanted[kind][1], now) for kind in list(buckets)}
            if any(wait > 0 for wait in waits.values()):
                error, kind = self._rejection(buckets, waits, now)
                if self.on_reject is not None:
                    self.on_reject(tenant, "rpm" if kind == "requests" else "tpm")
                raise error
            for kind, bucket in buckets.items():
                bucket.take(wanted[kind][1], now)
            headers = _headers(buckets, now)
        reserved = tokens if "tokens" in buckets else 0
        return Admission(tenant=tenant, reserved_tokens=reserved, prompt_estimate=prompt_tokens, headers=headers)

    def enter(self, tenant: str) -> None:
        """Take one of the tenant's concurrent-request slots, or raise 429 (``leave`` gives it back)."""
        cap = self.limits.max_concurrent_per_tenant
        with self._lock:
            if cap is not None and self._in_flight[tenant] >= cap:
                if self.on_reject is not None:
                    self.on_reject(tenant, "concurrency")
                raise OpenAIError(
                    429,
                    f"Too many requests in flight for this tenant (at most {cap}); retry when one has finished.",
                    code="concurrency_limit_exceeded",
                    type="rate_limit_error",
                    headers={"retry-after": str(max(1, self.limits.retry_after_s))},
                )
            self._in_flight[tenant] += 1

    def leave(self, tenant: str) -> None:
        with self._lock:
            self._in_flight[tenant] = max(0, self._in_flight[tenant] - 1)

    def settle(self, admission: Admission, used_tokens: int) -> None:
        """Replace the token reservation by the tokens actually used (once per admission)."""
        if admission.settled or not admission.reserved_tokens:
            return
        admission.settled = True
        with self._lock:
            bucket = self._buckets.get((admission.tenant, "tokens"))
            if bucket is None:
                return
            now = self.clock()
            difference = admission.reserved_tokens - used_tokens
            if difference >= 0:
                bucket.give_back(difference, now)
            else:
                bucket.take(-difference, now)

    def _bucket(self, tenant: str, kind: str, per_minute: int, now: float) -> Bucket:
        key = (tenant, kind)
        bucket = self._buckets.get(key)
        bank = self._bank if now >= self._bank_down_until else None
        back_up = bank is not None and isinstance(bucket, TokenBucket)  # the bank answers again: share once more
        if bucket is None or bucket.capacity != per_minute or back_up:
            bucket = LeasedBucket(bank, tenant, kind, per_minute, now) if bank else TokenBucket(per_minute, now)
            self._buckets[key] = bucket
        return bucket

    def _wait(self, tenant: str, kind: str, buckets: dict[str, Bucket], amount: float, now: float) -> float:
        try:
            return buckets[kind].wait_s(amount, now)
        except BankUnavailable as exc:
            logger.warning("shared rate bank unavailable (%s): limiting tenants in this replica alone", exc)
            self._bank_down_until = now + RETRY_BANK_S
            buckets[kind] = self._buckets[(tenant, kind)] = TokenBucket(int(buckets[kind].capacity), now)
            return buckets[kind].wait_s(amount, now)

    def _rejection(self, buckets: dict[str, Bucket], waits: dict[str, float], now: float) -> tuple[OpenAIError, str]:
        kind, wait = max(waits.items(), key=lambda item: item[1])
        limit = int(buckets[kind].capacity)
        headers = _headers(buckets, now)
        if math.isinf(wait):
            message = f"Request too large: it needs more than the tenant's limit of {limit} tokens per minute."
            headers["retry-after"] = "60"
        else:
            message = f"Rate limit reached: {limit} {kind} per minute. Retry after {format_duration(wait)}."
            headers["retry-after"] = str(max(1, math.ceil(wait)))
        return OpenAIError(429, message, code="rate_limit_exceeded", type="rate_limit_error", headers=headers), kind


def overload_error(retry_after_s: int) -> OpenAIError:
    """Serve rejected the request because the engine queue is full: 503 with Retry-After."""
    return OpenAIError(
        503,
        "The model is overloaded; retry the request later.",
        code="overloaded",
        type="server_error",
        headers={"retry-after": str(retry_after_s)},
    )


def _headers(buckets: dict[str, Bucket], now: float) -> dict[str, str]:
    headers: dict[str, str] = {}
    for kind, bucket in buckets.items():
        headers[f"x-ratelimit-limit-{kind}"] = str(int(bucket.capacity))
        headers[f"x-ratelimit-remaining-{kind}"] = str(max(0, math.floor(bucket.level)))
        headers[f"x-ratelimit-reset-{kind}"] = format_duration(bucket.reset_s(now))
    return headers
