"""The fidelity record kept on an attempt (attempts.jsonl) and printed by `vericode fidelity`.

`verdict` is the contract with reports: `faithful` (the measured cost grows no faster than the
task's declared complexity), `too_slow` (it grows faster, or blew the cost budget), or
`not_checked` (the language cannot be run here, the task declares no fidelity, the instrumented
program did not build or run; `reason` says which). Never a verdict on correctness: fidelity is
reported beside PASS, not instead of it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

FidelityVerdict = Literal["faithful", "too_slow", "not_checked"]


class Measurement(BaseModel):
    size: int
    variables: dict[str, float] = Field(default_factory=dict)  # the complexity's variables at this size
    cost: int  # deterministic: loop iterations + method/function-method calls
    model: float  # the declared complexity evaluated on `variables`
    exceeded: bool = False  # the run hit the cost budget at this size; `cost` is a lower bound


class JudgeRecord(BaseModel):
    model: str
    verdict: Literal["faithful", "not_faithful", "unsure"]
    reason: str = ""
    response: str = ""  # the judge's reply, verbatim


class FidelityResult(BaseModel):
    verdict: FidelityVerdict
    reason: str = ""
    expect: str = ""
    method: str = ""  # how cost was measured, e.g. "dafny-2.3 instrumented (C#)"
    measurements: list[Measurement] = Field(default_factory=list)
    slope: float | None = None  # least-squares growth of log(cost/model) per log(size)
    exponent: float | None = None  # least-squares growth of log(cost) per log(size), for reading
    tolerance: float | None = None
    wall_s: float = 0.0  # compile + run, for the record (never used in the verdict)
    judge: JudgeRecord | None = None
