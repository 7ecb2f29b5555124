"""Tenant rate limits shared by every gateway replica: one bank of buckets on Ray, short leases per replica.

A bucket per tenant and kind lives in one Ray actor (``RateBank``). A replica does not ask it
per request: it leases a little capacity (about ``LEASE_S`` seconds of the tenant's rate) and
spends it locally, asking again only when the lease runs out. Unused lease goes back to the
bank once it is older than ``LEASE_S``, the next time that replica admits a request of the
tenant. So with N replicas a tenant gets its configured rate, give or take N leases, instead
of N times it. If the bank cannot be reached the replica falls back to a bucket of its own
(the old per-replica behaviour) for ``RETRY_BANK_S``, then tries the bank again: the tenant
is still limited, never unlimited.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

import ray

logger = logging.getLogger("medgate.limits")

LEASE_S = 1.0  # how much of a tenant's rate a replica leases at once, in seconds of that rate
RETRY_BANK_S = 30.0  # after the bank failed to answer, limit locally this long before asking it again
BANK_NAME = "medgate-rate-bank"
BANK_NAMESPACE = "medgate"
_BANK_TIMEOUT_S = 2.0


@dataclass
class _Bucket:
    capacity: float
    rate: float
    level: float
    updated: float

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now


class RateBank:
    """The cluster's one copy of every tenant's buckets (deployed as a named Ray actor)."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def lease(self, tenant: str, kind: str, per_minute: int, want: float, need: float) -> tuple[float, float, float]:
        """Grant up to ``want`` units if at least ``need`` are there; returns (granted, level left, seconds to wait)."""
        now = time.monotonic()
        bucket = self._bucket(tenant, kind, per_minute, now)
        bucket.refill(now)
        if bucket.level < need:
            return 0.0, bucket.level, (need - bucket.level) / bucket.rate
        granted = min(want, bucket.level)
        bucket.level -= granted
        return granted, bucket.level, 0.0

    def give_back(self, tenant: str, kind: str, per_minute: int, amount: float) -> None:
        now = time.monotonic()
        bucket = self._bucket(tenant, kind, per_minute, now)
        bucket.refill(now)
        bucket.level = min(bucket.capacity, bucket.level + amount)

    def _bucket(self, tenant: str, kind: str, per_minute: int, now: float) -> _Bucket:
        bucket = self._buckets.get((tenant, kind))
        if bucket is None or bucket.capacity != per_minute:
            bucket = self._buckets[(tenant, kind)] = _Bucket(per_minute, per_minute / 60.0, float(per_minute), now)
        return bucket


class BankUnavailable(RuntimeError):
    """The shared bank did not answer; the caller limits on its own."""


class BankClient:
    """This replica's handle on the bank (created, or found, by name in the ``medgate`` namespace)."""

    def __init__(self, start_timeout_s: float = 60.0) -> None:
        actor = ray.remote(num_cpus=0)(RateBank)
        self._bank = actor.options(
            name=BANK_NAME, namespace=BANK_NAMESPACE, get_if_exists=True, lifetime="detached"
        ).remote()
        # Wait for its process once, here, so that the first lease is not mistaken for a lost bank.
        ray.get(self._bank.__ray_ready__.remote(), timeout=start_timeout_s)

    def lease(self, tenant: str, kind: str, per_minute: int, want: float, need: float) -> tuple[float, float, float]:
        try:
            granted, level, wait = ray.get(
                self._bank.lease.remote(tenant, kind, per_minute, want, need), timeout=_BANK_TIMEOUT_S
            )
        except Exception as exc:  # noqa: BLE001 - any failure of the remote call means "limit locally"
            raise BankUnavailable(type(exc).__name__) from exc
        return float(granted), float(level), float(wait)

    def give_back(self, tenant: str, kind: str, per_minute: int, amount: float) -> None:
        self._bank.give_back.remote(tenant, kind, per_minute, amount)  # fire and forget: a lost return only limits more


class LeasedBucket:
    """A tenant's bucket held by the bank; this replica spends a lease of it. Same interface as ``TokenBucket``."""

    def __init__(self, bank: BankClient, tenant: str, kind: str, per_minute: int, now: float) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._bank_level = self.capacity  # the bank's level as last reported
        self._bank = bank
        self._key = (tenant, kind, per_minute)
        self._lease = 0.0
        self._leased_at = now

    def wait_s(self, amount: float, now: float) -> float:
        """Seconds until ``amount`` units are available (0: now; inf: never); leases more when the lease is short."""
        if amount > self.capacity:
            return math.inf
        self._expire(now)
        if self._lease >= amount:
            return 0.0
        need = amount - self._lease
        granted, self._bank_level, wait = self._bank.lease(*self._key, want=need + self.rate * LEASE_S, need=need)
        if granted:
            self._lease += granted
            self._leased_at = now
        return 0.0 if self._lease >= amount else wait

    def take(self, amount: float, now: float) -> None:
        self._lease -= amount  # may go below zero when a request used more than it reserved: repaid from the bank

    def give_back(self, amount: float, now: float) -> None:
        self._lease += amount

    @property
    def level(self) -> float:
        """What the tenant has left as far as this replica knows: the bank's level and this replica's lease."""
        return self._bank_level + max(self._lease, 0.0)

    def reset_s(self, now: float) -> float:
        return max(0.0, (self.capacity - self.level) / self.rate)

    def _expire(self, now: float) -> None:
        if self._lease > 0 and now - self._leased_at > LEASE_S:
            self._bank.give_back(*self._key, self._lease)
            self._lease = 0.0
