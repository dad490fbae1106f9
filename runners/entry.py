"""The program's entry (`vericode` and `python -m runners`): start a one-shot check's verifier
early, run the command line, and leave without the interpreter's tear-down when nothing is
left to wait for."""

from __future__ import annotations

import atexit
import os
import sys
import threading


def _start_check_early(argv: list[str]) -> None:
    """Before runners.cli (and with it pydantic) is imported: see runners/early_check.py."""
    if "check" not in argv[:3]:
        return
    from runners import early_check

    try:
        early_check.start(argv)
    except Exception:  # noqa: BLE001 (a speculative start; the typed path meets and reports any real problem)
        early_check.nonce = None


def main() -> None:
    _start_check_early(sys.argv[1:])
    from runners.cli import main as cli_main

    try:
        code = cli_main()
        code = code if isinstance(code, int) else 0
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`vericode check ... | head`): not an error of ours; stop writing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.stderr.flush()
    if "litellm" in sys.modules:
        # litellm's interpreter tear-down (its logging workers, clients and atexit hooks) takes over
        # a second after the run is over and everything is written: the store appends and closes each
        # record, so leave at once.
        os._exit(code)
    if not any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        # Nothing is left to wait for: run the exit hooks (the Docker workers' clean-up registers
        # one) and skip the interpreter's module tear-down, 30-40 ms of every one-shot `check`.
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)
