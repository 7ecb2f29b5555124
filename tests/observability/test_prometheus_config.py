"""The generated Prometheus config: structure, validation, and promtool's own check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from medgate.serving.prometheus_config import JOB_NAME, prometheus_config_main, render_prometheus_config


def test_static_targets_and_interval() -> None:
    config = yaml.safe_load(render_prometheus_config(["127.0.0.1:8080", "[::1]:9000"], scrape_interval_s=2.5))
    (job,) = config["scrape_configs"]
    assert job["job_name"] == JOB_NAME
    assert job["static_configs"] == [{"targets": ["127.0.0.1:8080", "[::1]:9000"]}]
    assert config["global"]["scrape_interval"] == "2500ms"
    assert "rule_files" not in config


def test_service_discovery_and_rules() -> None:
    config = yaml.safe_load(render_prometheus_config([], sd_files=["/tmp/ray/sd.json"], rule_files=["r.yaml"]))
    assert config["scrape_configs"][0]["file_sd_configs"][0]["files"] == ["/tmp/ray/sd.json"]
    assert config["rule_files"] == ["r.yaml"]


@pytest.mark.parametrize("targets", [["http://127.0.0.1:8080"], ["127.0.0.1"], ["a b:1"], []])
def test_bad_targets_are_refused(targets: list[str]) -> None:
    with pytest.raises(ValueError):
        render_prometheus_config(targets)


def test_zero_interval_is_refused() -> None:
    with pytest.raises(ValueError):
        render_prometheus_config(["127.0.0.1:8080"], scrape_interval_s=0)


def test_cli_default_target_comes_from_the_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "medgate.yaml"
    cfg.write_text("ray: {metrics_export_port: 9123}\n", encoding="utf-8")
    out = tmp_path / "prometheus.yml"
    assert prometheus_config_main(["--config", str(cfg), "--output", str(out)]) == 0
    job = yaml.safe_load(out.read_text())["scrape_configs"][0]
    assert job["static_configs"][0]["targets"] == ["127.0.0.1:9123"]


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool not on PATH (apt-get install prometheus)")
def test_promtool_accepts_the_config(tmp_path: Path) -> None:
    path = tmp_path / "prometheus.yml"
    path.write_text(render_prometheus_config(["127.0.0.1:8080"]), encoding="utf-8")
    result = subprocess.run(["promtool", "check", "config", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
