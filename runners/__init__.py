"""vericode: a benchmark harness for vericoding in Dafny, Verus and Lean 4."""

__version__ = "0.1.0"

import os as _os

# The harness uses no pydantic plugins; without this, the first model class scans the entry points
# of every installed distribution (litellm brings many) for them, 10-20 ms of every `check`.
_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
