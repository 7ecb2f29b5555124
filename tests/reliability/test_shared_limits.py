"""Tenant rates shared by every gateway replica: two replicas leasing from one Ray bank admit the configured
rate (within 10%), not twice it; replicas without the bank (the old per-replica buckets) admit about twice it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
import ray

from medgate.serving.config import LimitsConfig
from medgate.serving.errors import OpenAIError
from medgate.serving.limits import TenantLimiter
from medgate.serving.rate_bank import BankClient

RPM = 120  # a bucket of 120 requests that refills at 2 per second
SECONDS = 10.0
EXPECTED = RPM + RPM / 60 * SECONDS  # the full bucket, then its refill


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(address="local", num_cpus=3, include_dashboard=False, log_to_driver=False, namespace="medgate-limits-test")
    yield
    ray.shutdown()


@ray.remote(num_cpus=1)
class Replica:
    """Stands for one gateway replica's limiter (in a process of its own, as Serve runs replicas)."""

    def __init__(self, shared: bool) -> None:
        limits = LimitsConfig(rates={"requests_per_minute": RPM})
        self.limiter = TenantLimiter(limits, bank=BankClient() if shared else None)

    def hammer(self, until: float) -> int:
        """Offer far more than the rate until ``until`` (wall clock); return how many were admitted."""
        admitted = 0
        while time.time() < until:
            try:
                self.limiter.admit("ward-a", max_tokens=1, n=1, prompt_texts=["hi"], prompt_param="messages")
                admitted += 1
            except OpenAIError:
                time.sleep(0.002)
        return admitted


def _admitted_by_two(shared: bool) -> int:
    replicas = [Replica.remote(shared) for _ in range(2)]
    ray.get([r.__ray_ready__.remote() for r in replicas])
    until = time.time() + SECONDS
    return sum(ray.get([r.hammer.remote(until) for r in replicas]))


def test_two_replicas_share_one_rate(local_ray: None) -> None:
    admitted = _admitted_by_two(shared=True)
    assert abs(admitted - EXPECTED) <= 0.1 * EXPECTED, (admitted, EXPECTED)


def test_without_the_bank_each_replica_would_grant_the_rate_again(local_ray: None) -> None:
    admitted = _admitted_by_two(shared=False)
    assert admitted >= 1.8 * EXPECTED, (admitted, EXPECTED)  # the hole the bank closes


def test_a_lost_bank_falls_back_to_local_limits(local_ray: None) -> None:
    limiter = TenantLimiter(LimitsConfig(rates={"requests_per_minute": 2}), bank=BankClient())
    ray.kill(ray.get_actor("medgate-rate-bank", namespace="medgate"))
    time.sleep(0.5)
    limiter.admit("ward-a", max_tokens=1, n=1, prompt_texts=["hi"], prompt_param="messages")
    limiter.admit("ward-a", max_tokens=1, n=1, prompt_texts=["hi"], prompt_param="messages")
    with pytest.raises(OpenAIError) as refused:  # still limited, by this replica alone
        limiter.admit("ward-a", max_tokens=1, n=1, prompt_texts=["hi"], prompt_param="messages")
    assert refused.value.status == 429
