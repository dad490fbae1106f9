"""Algorithm fidelity: does a verified attempt implement the named algorithm at its complexity?

Pure parts: `complexity` (parse `expect`), `generators` (inputs of growing size), `fit` (verdict
from measured costs), `dafny` (instrumentation and driver source). The part that runs things:
`runner` (compile and run through a Sandbox). `judge` is the optional LLM judge.
"""

from runners.fidelity.model import FidelityResult, JudgeRecord, Measurement

__all__ = ["FidelityResult", "JudgeRecord", "Measurement"]
