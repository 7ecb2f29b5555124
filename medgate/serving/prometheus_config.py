"""A Prometheus configuration for local runs: scrape every Ray node's metrics agent.

The gateway serves no ``/metrics`` of its own: gateway (``ray_medgate_*``), engine
(``ray_vllm_*``) and Serve (``ray_serve_*``) metrics all come out of each node's Ray
metrics agent (see ``medgate.serving.metrics``). Targets are given explicitly, or
taken from Ray's own service-discovery file, which the head node keeps up to date
with every node's agent (``<ray temp dir>/prom_metrics_service_discovery.json``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

JOB_NAME = "medgate-ray"
RAY_SD_FILE = "/tmp/ray/prom_metrics_service_discovery.json"
_TARGET = re.compile(r"(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}")


def _duration(seconds: float) -> str:
    if seconds <= 0:
        raise ValueError("scrape_interval_s must be > 0")
    millis = round(seconds * 1000)
    return f"{millis // 1000}s" if millis % 1000 == 0 else f"{millis}ms"


def render_prometheus_config(
    targets: Sequence[str],
    *,
    scrape_interval_s: float = 5,
    sd_files: Sequence[str] = (),
    rule_files: Sequence[str] = (),
) -> str:
    """Prometheus YAML scraping ``targets`` ("host:port" metrics agents) and/or Ray's SD files."""
    bad = [t for t in targets if not _TARGET.fullmatch(t)]
    if bad:
        raise ValueError(f"targets must look like host:port, got {bad}")
    if not targets and not sd_files:
        raise ValueError("give at least one target or service-discovery file")
    interval = _duration(scrape_interval_s)
    job: dict[str, object] = {"job_name": JOB_NAME, "metrics_path": "/metrics", "scrape_interval": interval}
    if targets:
        job["static_configs"] = [{"targets": list(targets)}]
    if sd_files:
        job["file_sd_configs"] = [{"files": list(sd_files), "refresh_interval": interval}]
    config: dict[str, object] = {"global": {"scrape_interval": interval, "evaluation_interval": interval}}
    if rule_files:
        config["rule_files"] = list(rule_files)
    config["scrape_configs"] = [job]
    return yaml.safe_dump(config, sort_keys=False)


def prometheus_config_main(argv: Sequence[str] | None = None) -> int:
    """``medgate prometheus-config``: print (or write) the scrape config."""
    parser = argparse.ArgumentParser(prog="medgate prometheus-config", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="a Ray metrics agent (repeatable); default: 127.0.0.1 and the config's ray.metrics_export_port",
    )
    parser.add_argument("--config", type=Path, help="medgate config file (for the default target)")
    parser.add_argument(
        "--ray-sd-file",
        action="append",
        default=[],
        metavar="PATH",
        help=f"also use Ray's service-discovery file, e.g. {RAY_SD_FILE}",
    )
    parser.add_argument("--rules", action="append", default=[], metavar="PATH", help="alert/recording rules file")
    parser.add_argument("--scrape-interval", type=float, default=5.0, metavar="SECONDS")
    parser.add_argument("--output", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)

    targets = list(args.target)
    if not targets and not args.ray_sd_file:
        from medgate.serving.config import Settings

        targets = [f"127.0.0.1:{Settings.load(args.config).ray.metrics_export_port}"]
    try:
        text = render_prometheus_config(
            targets, scrape_interval_s=args.scrape_interval, sd_files=args.ray_sd_file, rule_files=args.rules
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
