"""Algorithm fidelity: does a verified attempt implement the named algorithm at its complexity?

Pure parts: `complexity` (parse `expect`), `generators` (inputs of growing size), `fit` (verdict
from measured costs), `dafny` (instrumentation and driver source). The part that runs things:
`runner` (compile and run through a Sandbox). `judge` is the optional LLM judge.
"""

__all__ = ["FidelityResult", "JudgeRecord", "Measurement"]


def __getattr__(name: str):
    # Imported on first use: the CLI loads this package to register `vericode fidelity`, and
    # `check` should not pay for building the record models it never uses.
    if name in __all__:
        from runners.fidelity import model

        return getattr(model, name)
    raise AttributeError(f"module 'runners.fidelity' has no attribute {name!r}")
