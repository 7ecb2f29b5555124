#!/usr/bin/env bash
# Builds a local Debian base image for deploy/docker/Dockerfile where no image can be pulled:
# debootstrap (Debian packages only) into a directory, then `docker import`.
# Usage: scripts/docker-base.sh [TAG]   (default medgate-base:bookworm; skipped if the tag exists)
# Production builds use the Dockerfile's default base (rayproject/ray) instead.
set -euo pipefail
tag=${1:-medgate-base:bookworm}
docker=${DOCKER:-docker}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if "$docker" image inspect "$tag" >/dev/null 2>&1; then
  echo "$tag exists"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
[[ $(id -u) == 0 ]] || { echo "debootstrap needs root" >&2; exit 1; }

root=$(mktemp -d "${TMPDIR:-/tmp}/medgate-base.XXXXXX")
trap 'rm -rf "$root"' EXIT
# python3.11 (the project's Python), venv for the image's virtualenv, tini as PID 1, CA certificates for pip.
nice debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates,tini \
  bookworm "$root" "$mirror"
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | "$docker" import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["/bin/bash"]' - "$tag"
echo "built $tag"
