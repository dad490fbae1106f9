"""vericode: a benchmark harness for vericoding in Dafny, Verus and Lean 4."""

__version__ = "0.1.0"
