#!/usr/bin/env bash
# Build the offline Dafny image from Debian packages only (no upstream downloads):
#   debootstrap --variant=minbase --include=dafny  ->  tar  ->  docker import
# The image is tagged  vericode/dafny:<debian dafny version>-debian  (see docs/CONTAINERS.md).
# The root filesystem tarball is cached under build/images/dafny-offline/ so a rebuild of a
# removed image is a plain `docker import` (seconds).
#
# Usage: containers/dafny-offline/build.sh [--force]   (needs root, debootstrap and docker)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=../versions.env
source "$repo/containers/versions.env"

force=0
[[ "${1:-}" == "--force" ]] && force=1

image="${IMAGE_PREFIX}/dafny:${DAFNY_DEBIAN_TAG}"
cache="$repo/build/images/dafny-offline"
tarball="$cache/rootfs-${DEBIAN_SUITE}-dafny-${DAFNY_DEBIAN_VERSION//[^A-Za-z0-9.]/_}.tar"
mkdir -p "$cache"

log() { printf '[dafny-offline] %s\n' "$*" >&2; }

if [[ $force == 0 ]] && docker image inspect "$image" >/dev/null 2>&1; then
  log "$image already exists (use --force to rebuild)"
  exit 0
fi

if [[ $force == 1 || ! -s "$tarball" ]]; then
  command -v debootstrap >/dev/null || { log "debootstrap is not installed (apt-get install debootstrap)"; exit 3; }
  [[ $(id -u) == 0 ]] || { log "debootstrap needs root"; exit 3; }
  root="$cache/rootfs"
  rm -rf "$root"
  log "debootstrap $DEBIAN_SUITE (minbase + dafny) from $DEBIAN_MIRROR into $root"
  debootstrap --variant=minbase --include=dafny "$DEBIAN_SUITE" "$root" "$DEBIAN_MIRROR" >"$cache/debootstrap.log" 2>&1 \
    || { log "debootstrap failed; see $cache/debootstrap.log"; tail -5 "$cache/debootstrap.log" >&2; exit 1; }

  installed="$(chroot "$root" dpkg-query -W -f='${Version}' dafny)"
  if [[ "$installed" != "$DAFNY_DEBIAN_VERSION" ]]; then
    log "the mirror installed dafny $installed, but containers/versions.env pins $DAFNY_DEBIAN_VERSION"
    log "update DAFNY_DEBIAN_VERSION/DAFNY_DEBIAN_TAG there (and re-check verdicts) or use a snapshot mirror"
    exit 1
  fi
  z3_version="$(chroot "$root" dpkg-query -W -f='${Version}' z3)"

  # Unprivileged user the verifier runs as; /work is a tmpfs mounted over this directory at run time.
  chroot "$root" groupadd --gid "$VERIFIER_UID" verifier
  chroot "$root" useradd --uid "$VERIFIER_UID" --gid "$VERIFIER_UID" --home-dir /tmp --no-create-home \
    --shell /bin/sh verifier
  install -d -m 0755 -o "$VERIFIER_UID" -g "$VERIFIER_UID" "$root/work"
  # Package caches and docs are not needed at run time.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
         "$root"/usr/share/man/* "$root"/usr/share/locale/*
  printf 'dafny=%s\nz3=%s\nsuite=%s\n' "$installed" "$z3_version" "$DEBIAN_SUITE" >"$root/etc/vericode-versions"

  log "packing $tarball"
  tar --numeric-owner -C "$root" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$root"
fi

log "docker import -> $image"
docker import \
  --change "USER ${VERIFIER_UID}:${VERIFIER_UID}" \
  --change "WORKDIR /work" \
  --change "ENV HOME=/tmp PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8" \
  --change "LABEL vericode.image=dafny vericode.verifier=dafny vericode.dafny.version=${DAFNY_DEBIAN_VERSION} vericode.z3.version=${DAFNY_DEBIAN_Z3_VERSION} vericode.source=debian-${DEBIAN_SUITE}" \
  --change 'CMD ["dafny", "/version"]' \
  "$tarball" "$image" >/dev/null
log "built $image ($(docker image inspect -f '{{.Id}}' "$image"))"
