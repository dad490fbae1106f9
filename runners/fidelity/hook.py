"""The eval's fidelity hook: after a PASS, measure the graded file (one call from runners/loop.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from runners.fidelity.model import FidelityResult
from runners.fidelity.runner import check

if TYPE_CHECKING:
    from runners.tasks import Task
    from runners.verdict import Verdict
    from runners.verify import Verifier

FidelityHook = Callable[["Task", str, "Verdict"], FidelityResult]


def make_hook(verifiers: dict[str, "Verifier"]) -> FidelityHook:
    """Fidelity through each language's own sandbox (where its toolchain is). Dafny is compiled
    and run with Dafny 2.3's C# back end; Verus is built as erased Rust by the host's cargo; a
    Dafny 4 toolchain and Lean give `not_checked` with the reason."""

    def hook(task: "Task", lang: str, verdict: "Verdict") -> FidelityResult:
        verifier = verifiers.get(lang)
        if verifier is None or not verdict.source:
            return FidelityResult(verdict="not_checked", reason="no graded file or no sandbox for this language")
        if lang == "dafny" and verifier.toolchain().major >= 4:
            return FidelityResult(verdict="not_checked", reason="fidelity compiles with Dafny 2.3's C# back end; "
                                                                 f"this run grades with Dafny {verifier.toolchain().version}")
        try:
            return check(task, lang, verdict.source, verifier.sandbox)
        except Exception as exc:  # fidelity is reported beside PASS and must never lose the round
            return FidelityResult(verdict="not_checked", reason=f"fidelity check failed: {type(exc).__name__}: {exc}")

    return hook
