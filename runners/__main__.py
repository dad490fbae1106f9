import atexit
import os
import sys
import threading

from runners.cli import main

try:
    code = main()
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
