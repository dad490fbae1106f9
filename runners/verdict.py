"""Verdicts and diagnostics: what grading one candidate produces."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field

from runners.taxonomy import Category


class Status(str, Enum):
    PASS = "PASS"  # verifier exit 0, parsed summary clean, audit clean
    FAIL = "FAIL"  # the model's fault; the category says which
    CHEAT = "CHEAT"  # integrity violation
    ERROR = "ERROR"  # infrastructure; never scored, retried on resume


class Diagnostic(BaseModel):
    category: Category
    message: str
    line: int | None = None
    col: int | None = None
    code: str | None = None  # the verifier's own error code, e.g. BP5003
    source: str = "verifier"  # verifier | audit | extract | harness
    related: list[str] = Field(default_factory=list)

    def render(self) -> str:
        where = f"line {self.line}" + (f", col {self.col}" if self.col else "") + ": " if self.line else ""
        extra = "".join(f"\n    {r}" for r in self.related)
        return f"[{self.category.value}] {where}{self.message}{extra}"


class Timings(BaseModel):
    extract_s: float = 0.0
    audit_s: float = 0.0
    verify_s: float = 0.0
    total_s: float = 0.0


class Verdict(BaseModel):
    status: Status
    category: Category
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    timings: Timings = Field(default_factory=Timings)
    reason: str = ""  # one line for humans; for ERROR, what broke
    exit_code: int | None = None
    summary: dict[str, int] | None = None  # parsed verifier counts, e.g. verified/errors/timeouts
    output: str = ""  # verifier output as captured (capped, noise filtered)
    source_sha256: str = ""  # the spliced file that was graded
    source: str = ""  # that file itself, so every recorded round can be re-verified
    backend: str = ""

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS
