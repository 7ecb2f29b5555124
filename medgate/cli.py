"""The ``medgate`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def _serve(args: argparse.Namespace) -> int:
    from medgate.serving.local import prepare_settings, serve_forever

    settings = prepare_settings(args.config, model=args.model, host=args.host, port=args.port)
    return serve_forever(settings)


def _guard(args: argparse.Namespace) -> int:
    from medgate.guardrails.commands import guard_main

    return guard_main(args.rest, sys.stdin, sys.stdout)


def _audit_verify(args: argparse.Namespace) -> int:
    from medgate.audit.verify import verify_main

    return verify_main(args.rest)


def _guard_eval(args: argparse.Namespace) -> int:
    from medgate.tools.classifier.evaluate import evaluate_main

    return evaluate_main(args.rest)


def _manifest(args: argparse.Namespace) -> int:
    from medgate.serving.integrity import write_manifest

    write_manifest(args.model_dir, args.output)
    print(f"wrote {args.output}")
    return 0


def _prometheus_config(args: argparse.Namespace) -> int:
    from medgate.serving.prometheus_config import prometheus_config_main

    return prometheus_config_main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medgate", description="OpenAI-compatible LLM gateway with medical guards.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the gateway on a local Ray instance")
    serve.add_argument("--model", type=Path, help="checkpoint directory (default: the embedded tiny model)")
    serve.add_argument("--host", help="bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8000)")
    serve.add_argument("--config", type=Path, help="YAML config file (or MEDGATE_CONFIG)")
    serve.set_defaults(func=_serve)

    guard = commands.add_parser("guard", help='check JSON Lines {"text": ...} from stdin', add_help=False)
    guard.add_argument("rest", nargs=argparse.REMAINDER)
    guard.set_defaults(func=_guard)

    audit = commands.add_parser("audit", help="audit log tools")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check keyed chains against the manifest and anchors (--key-file K [--anchors DIR] DIR...)",
        add_help=False,
    )
    verify.add_argument("rest", nargs=argparse.REMAINDER)
    verify.set_defaults(func=_audit_verify)

    evaluate = commands.add_parser("guard-eval", help="evaluate the guards on a JSON Lines set", add_help=False)
    evaluate.add_argument("rest", nargs=argparse.REMAINDER)
    evaluate.set_defaults(func=_guard_eval)

    manifest = commands.add_parser("manifest", help="write a sha256 manifest for a model directory")
    manifest.add_argument("model_dir", type=Path)
    manifest.add_argument("output", type=Path)
    manifest.set_defaults(func=_manifest)

    prom = commands.add_parser("prometheus-config", help="print a Prometheus scrape config", add_help=False)
    prom.add_argument("rest", nargs=argparse.REMAINDER)
    prom.set_defaults(func=_prometheus_config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if argv and argv[0] in _PASS_THROUGH:  # these parse their own options
        args = parser.parse_args(argv[:1])
        args.rest = argv[1:]
    elif argv[:2] == ["audit", "verify"]:
        args = parser.parse_args(argv[:2])
        args.rest = argv[2:]
    else:
        args = parser.parse_args(argv)
    return int(args.func(args) or 0)


_PASS_THROUGH = {"guard", "guard-eval", "prometheus-config"}


if __name__ == "__main__":
    sys.exit(main())
