#!/usr/bin/env bash
# Installs everything vericode needs on a fresh Debian/Ubuntu machine: Dafny (Debian's package),
# debootstrap for offline verifier images, and the Python package in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

need_apt=()
command -v dafny >/dev/null 2>&1 || need_apt+=(dafny)
command -v debootstrap >/dev/null 2>&1 || need_apt+=(debootstrap)
# headless browser for the HTML report test (tests/test_report_browser.py)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# pip's build backend prints harmless banners for editable installs; keep its output in a log
# and show it only when the install fails.
log=.venv/setup-pip.log
if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e '.[dev]'; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "setup: installing the Python package failed (log above, also in $log)" >&2
  exit 1
fi
# Ray (--backend ray, docs/SCALING.md) is optional: where no wheel exists for this platform the
# rest still works, and its tests are skipped with that reason.
if ! .venv/bin/python -m pip install -q -e '.[ray]' >>"$log" 2>&1; then
  echo "setup: warning: the optional Ray extra did not install (see $log); --backend ray is unavailable" >&2
fi
# Byte-compile the harness once: where PYTHONDONTWRITEBYTECODE is set (CI images often set it),
# every command would otherwise compile its modules from source again (tens of ms per `check`).
.venv/bin/python -m compileall -q runners >/dev/null || true
# Read the whole output first: with pipefail, `dafny | head -1` would report SIGPIPE as a failure.
dafny_version="$(dafny /version 2>/dev/null || true)"
echo "setup: done. Dafny: ${dafny_version%%$'\n'*}"
echo "setup: next, 'make test', then 'make eval MODEL=oracle'"
