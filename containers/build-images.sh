#!/usr/bin/env bash
# `make images`: build every verifier image that can be built on this machine, and say clearly,
# image by image, which could not be built and why.
#
#   vericode/dafny:<DAFNY_DEBIAN_TAG>   offline, from Debian packages (containers/dafny-offline/build.sh)
#   vericode/dafny:<DAFNY_VERSION>      upstream Dafny 4.x release zip  (containers/dafny/Dockerfile)
#   vericode/verus:<VERUS_RELEASE>      upstream Verus release + Rust    (containers/verus/Dockerfile)
#   vericode/lean:<LEAN_TOOLCHAIN>      Lean 4 via elan                  (containers/lean/Dockerfile)
#   vericode/lean-mathlib:<MATHLIB_REV> optional, only with WITH_MATHLIB=1 (containers/lean-mathlib/Dockerfile)
#
# Which images serve which language is registered in runners/languages/registry.py (LanguageSpec.images:
# the names below, repository and versions.env tag key); that registry is the source, this script
# follows it, and tests/test_registry.py fails when the two disagree.
#
# Versions come from containers/versions.env only. Environment:
#   IMAGES="dafny-offline dafny verus lean lean-mathlib"  which images to consider (default: all but lean-mathlib)
#   WITH_MATHLIB=1   also build the Mathlib variant (large download)
#   FORCE=1          rebuild images that already exist
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"

default_images="dafny-offline dafny verus lean"
[[ "${WITH_MATHLIB:-0}" == 1 ]] && default_images="$default_images lean-mathlib"
images="${IMAGES:-$default_images}"
force="${FORCE:-0}"

declare -a report=()
status=0
note() { report+=("$(printf '%-38s %s' "$1" "$2")"); }
say() { printf '[images] %s\n' "$*" >&2; }

if ! docker info >/dev/null 2>&1; then
  say "no Docker engine answers ('docker info' failed): no image can be built."
  say "Start Docker (and make sure this user may use it), then run 'make images' again;"
  say "until then run with BACKEND=local."
  exit 1
fi

exists() { docker image inspect "$1" >/dev/null 2>&1; }

# Upstream images need Docker Hub (base image) and the release hosts.
reachable() { curl -fsS --max-time 6 -o /dev/null -I "$1" >/dev/null 2>&1 || curl -sS --max-time 6 -o /dev/null "$1" 2>/dev/null; }
base_image="debian:${DEBIAN_SUITE}-slim"
internet_problem() {  # prints why upstream builds cannot work, or nothing
  local missing=()
  if ! exists "$base_image" && ! reachable https://registry-1.docker.io/v2/; then missing+=("Docker Hub (for $base_image)"); fi
  for url in "$@"; do reachable "$url" || missing+=("$url"); done
  local joined; joined="$(printf '%s, ' "${missing[@]}")"
  ((${#missing[@]})) && printf 'cannot reach %s (no internet access here)' "${joined%, }"
}

build_args=()
while IFS='=' read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  build_args+=(--build-arg "$key=$value")
done < "$here/versions.env"
build_args+=(--build-arg "BASE_IMAGE=$base_image")

docker_build() {  # name dir [extra args...]
  local name="$1" dir="$2"; shift 2
  say "building $name from containers/$dir/Dockerfile"
  if docker build -t "$name" "${build_args[@]}" "$@" "$here/$dir" >&2; then
    note "$name" "built ($(docker image inspect -f '{{.Id}}' "$name" | cut -c1-19))"
  else
    note "$name" "FAILED: docker build of containers/$dir/Dockerfile failed (see the log above)"
    status=1
  fi
}

upstream() {  # key name dir urls...
  local key="$1" name="$2" dir="$3"; shift 3
  if [[ $force != 1 ]] && exists "$name"; then note "$name" "present (FORCE=1 rebuilds)"; return; fi
  local why; why="$(internet_problem "$@")"
  if [[ -n "$why" ]]; then
    note "$name" "NOT BUILT: $why; build it on a machine with internet (docs/CONTAINERS.md)"
    return
  fi
  docker_build "$name" "$dir"
}

for image in $images; do
  case "$image" in
    dafny-offline)
      name="$IMAGE_PREFIX/dafny:$DAFNY_DEBIAN_TAG"
      if [[ $force != 1 ]] && exists "$name"; then note "$name" "present (FORCE=1 rebuilds)"; continue; fi
      args=(); [[ $force == 1 ]] && args=(--force)
      if "$here/dafny-offline/build.sh" "${args[@]}"; then
        note "$name" "built (Debian dafny $DAFNY_DEBIAN_VERSION, z3 $DAFNY_DEBIAN_Z3_VERSION)"
      else
        note "$name" "FAILED: containers/dafny-offline/build.sh failed (needs root, debootstrap and $DEBIAN_MIRROR)"
        status=1
      fi ;;
    dafny)
      upstream dafny "$IMAGE_PREFIX/dafny:$DAFNY_VERSION" dafny "https://github.com/dafny-lang/dafny/releases" ;;
    verus)
      upstream verus "$IMAGE_PREFIX/verus:$VERUS_RELEASE" verus "https://github.com/verus-lang/verus/releases" \
        "https://sh.rustup.rs" "https://static.rust-lang.org/rustup/dist/" ;;
    lean)
      upstream lean "$IMAGE_PREFIX/lean:$LEAN_TOOLCHAIN" lean "https://github.com/leanprover/elan/releases" ;;
    lean-mathlib)
      name="$IMAGE_PREFIX/lean-mathlib:$MATHLIB_REV"
      if ! exists "$IMAGE_PREFIX/lean:$LEAN_TOOLCHAIN"; then
        note "$name" "NOT BUILT: needs $IMAGE_PREFIX/lean:$LEAN_TOOLCHAIN first"
        continue
      fi
      build_args+=(--build-arg "LEAN_IMAGE=$IMAGE_PREFIX/lean:$LEAN_TOOLCHAIN")
      upstream lean-mathlib "$name" lean-mathlib "https://github.com/leanprover-community/mathlib4" ;;
    *)
      note "$image" "unknown image (choose from: dafny-offline dafny verus lean lean-mathlib)"; status=1 ;;
  esac
done

echo
echo "Verifier images (versions from containers/versions.env):"
printf '  %s\n' "${report[@]}"
echo "The harness uses, per language, the first image present: dafny -> $IMAGE_PREFIX/dafny:$DAFNY_VERSION, then"
echo "$IMAGE_PREFIX/dafny:$DAFNY_DEBIAN_TAG; verus -> $IMAGE_PREFIX/verus:$VERUS_RELEASE; lean -> $IMAGE_PREFIX/lean:$LEAN_TOOLCHAIN."
exit $status
