"""Defaults shared by the typed configuration (runners/config.py, runners/sandbox/base.py,
runners/verify.py) and the early start of `check` (runners/early_check.py), which runs before
pydantic is imported: one value each, in a module that imports nothing."""

DEFAULT_TIME_LIMIT_S = 30  # the verifier's own per-obligation limit, seconds
DEFAULT_WALL_S = 300.0  # wall-clock limit of one verifier run, seconds (a kill is ERROR)
DEFAULT_OUTPUT_BYTES = 1_000_000  # verifier output kept per run (head and tail)
