"""The chain key and the salt: where they may live, how they are generated, API key rules."""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from audit_helpers import audit_config
from pydantic import ValidationError

from medgate.audit import AuditConfig, ChainKey
from medgate.audit.keys import create_secret_once
from medgate.serving.auth import ApiKeyAuth
from medgate.serving.config import ApiKeyEntry, Settings, hash_api_key

LONG = "k" * 40


def _race(path: str, barrier: Barrier, out: Queue[bytes]) -> None:
    barrier.wait()
    out.put(create_secret_once(Path(path)))


def test_a_generated_secret_is_the_same_for_every_racing_process(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    for round_ in range(3):
        path = tmp_path / f"salt-{round_}"
        barrier, out = ctx.Barrier(6), ctx.Queue()
        workers = [ctx.Process(target=_race, args=(str(path), barrier, out)) for _ in range(6)]
        for w in workers:
            w.start()
        values = {out.get(timeout=30) for _ in workers}
        for w in workers:
            w.join(timeout=30)
        assert len(values) == 1 and len(values.pop()) == 64  # never empty, never two salts
        assert os.stat(path).st_mode & 0o777 == 0o600
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files left


def test_secrets_are_generated_outside_the_audit_volume(tmp_path: Path) -> None:
    config = audit_config(tmp_path, key=None, salt=None, generate_secrets=True)
    key, salt = config.chain_key(), config.salt_bytes()
    assert key == config.chain_key() and salt == config.salt_bytes()  # created once, then reused
    assert not (tmp_path / "audit").exists()
    assert {p.name for p in (tmp_path / "secrets").iterdir()} == {"audit-chain.key", "audit-hash.salt"}


def test_missing_secrets_stop_the_start_when_generation_is_off(tmp_path: Path) -> None:
    config = audit_config(tmp_path, key=None, salt=None)
    with pytest.raises(ValueError, match="audit.key is not configured"):
        config.chain_key()
    with pytest.raises(ValueError, match="audit.salt is not configured"):
        config.salt_bytes()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"anchor_dir": "audit/anchors"}, "anchor_dir must be outside"),
        ({"key": None, "key_file": "audit/chain.key"}, "key_file must not be on the audit"),
        ({"salt": None, "salt_file": "anchors/salt"}, "salt_file must not be on the audit"),
        ({"secrets_dir": "audit/secrets"}, "secrets_dir must not be on the audit"),
        ({"key_file": "elsewhere/key"}, "key or key_file, not both"),
    ],
)
def test_places_are_kept_apart(tmp_path: Path, overrides: dict[str, str | None], message: str) -> None:
    values = {k: (tmp_path / v if isinstance(v, str) else v) for k, v in overrides.items()}
    with pytest.raises(ValidationError, match=message):
        audit_config(tmp_path, **values)


def test_key_from_a_file_and_its_minimum_length(tmp_path: Path) -> None:
    (tmp_path / "k").write_text("short\n")
    with pytest.raises(ValueError, match="at least 32 bytes"):
        audit_config(tmp_path, key=None, key_file=tmp_path / "k").chain_key()
    (tmp_path / "k").write_text(LONG + "\n")
    assert audit_config(tmp_path, key=None, key_file=tmp_path / "k").chain_key() == ChainKey(LONG.encode())
    assert LONG not in repr(ChainKey(LONG.encode()))


def test_api_keys_need_32_characters_and_errors_do_not_echo_them() -> None:
    with pytest.raises(ValidationError) as err:
        Settings(api_keys="ward-a:tooshort-secret-value")
    assert "at least 32" in str(err.value) and "tooshort-secret-value" not in str(err.value)
    assert Settings(api_keys=f"ward-a:{LONG}").tenants == ["ward-a"]


def test_one_key_for_two_tenants_refuses_to_start() -> None:
    with pytest.raises(ValidationError, match="same key is configured for more than one tenant"):
        Settings(api_keys=f"ward-a:{LONG},ward-b:{LONG}")
    digest = hash_api_key(LONG)
    with pytest.raises(ValidationError, match="ward-a, ward-b"):
        Settings(api_keys=[{"tenant": "ward-a", "key_sha256": digest}, {"tenant": "ward-b", "key_sha256": digest}])
    with pytest.raises(ValueError, match="more than one tenant"):
        ApiKeyAuth([ApiKeyEntry(tenant="ward-a", key_sha256=digest), ApiKeyEntry(tenant="ward-b", key_sha256=digest)])


def test_inside_kubernetes_nothing_is_generated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "10.0.0.1")
    config = AuditConfig(dir=tmp_path / "audit", secrets_dir=tmp_path / "secrets")
    assert config.generate_secrets is False
    with pytest.raises(ValueError, match="audit.key is not configured"):
        config.chain_key()
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST")
    assert AuditConfig(dir=tmp_path / "audit").generate_secrets is True
