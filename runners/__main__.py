import os
import sys

from runners.cli import main

code = main()
if "litellm" in sys.modules:
    # litellm's interpreter tear-down (its logging workers, clients and atexit hooks) takes over
    # a second after the run is over and everything is written: the store appends and closes each
    # record, so leave at once.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else 0)
raise SystemExit(code)
