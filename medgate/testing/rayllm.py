"""Stock Ray Serve LLM on the tiny model: the reference medgate's serving path is measured against.

``ray.serve.llm.build_openai_app`` with the very ``LLMConfig`` medgate builds for the
same model settings (``serving/engine.py``), on a local Ray head of its own started the
way ``medgate serve`` starts one, with Ray Serve's defaults everywhere else. Run as
``python -m medgate.testing.rayllm --config medgate.yaml`` (a ``medgate serve`` config:
its host, port, models and limits); stops on SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path

from medgate.serving.config import Settings
from medgate.serving.local import LocalRayHead


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, required=True)
    args = parser.parse_args(argv)
    settings = Settings.load(args.config)
    stop = threading.Event()
    head = LocalRayHead(  # before ray is imported: see its token
        num_cpus=settings.ray.num_cpus or 4,
        metrics_export_port=settings.ray.metrics_export_port,
        log_path=args.config.parent / "ray-head.log",
        serve_port=settings.port,
    )
    with head:
        from ray import serve
        from ray.serve.llm import build_openai_app

        from medgate.serving.builder import resolve_model_path
        from medgate.serving.engine import engine_config

        configs = [engine_config(m, resolve_model_path(m), settings.limits) for m in settings.models]
        serve.start(http_options={"host": settings.host, "port": settings.port})
        serve.run(build_openai_app({"llm_configs": configs}), name="rayllm", route_prefix="/", blocking=False)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        print(f"stock Ray Serve LLM ready on http://{settings.host}:{settings.port}/v1", flush=True)
        stop.wait()
        serve.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
