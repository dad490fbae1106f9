"""Grade one candidate: extract → splice → pre-check → sandboxed verifier (which also prints the
program it parsed) → parse → audit of the parsed program → Verdict.

`Grader` is the one place a verdict is made; `make_grader` is the one way the CLI, the eval and
the task gate build it, so `make eval` and `vericode check` cannot grade differently.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from runners.caches import DEFAULT_VIEW_CACHE, toolchain_record
from runners.defaults import DEFAULT_TIME_LIMIT_S
from runners.languages import get_language
from runners.languages.base import Language, Parsed, Toolchain, region_containment, split_view
from runners.regions import empty_contents, splice
from runners.sandbox import Limits, RunResult, Sandbox
from runners.tasks import Task
from runners.taxonomy import Category, primary_category
from runners.verdict import Diagnostic, Status, Timings, Verdict

# A region larger than this is the model's failure before any verifier run: the audit and the
# verifier would otherwise spend minutes on a reply no honest solution needs.
DEFAULT_MAX_REGION_BYTES = 256 * 1024
REPLY_TO_REGION_RATIO = 16  # a whole reply may be this many times one region's limit


def _write_quietly(path: Path, text: str) -> None:
    """Best effort: a cache that cannot be written (read-only tree) only costs a verifier run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Grader:
    """One language's verifier behind one sandbox, and every integrity layer around it."""

    lang: str
    sandbox: Sandbox
    limits: Limits = field(default_factory=Limits)
    time_limit_s: int = DEFAULT_TIME_LIMIT_S
    max_region_bytes: int = DEFAULT_MAX_REGION_BYTES
    language: Language = field(init=False)
    _toolchain: Toolchain | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    view_cache_dir: Path | None = DEFAULT_VIEW_CACHE
    _template_views: dict[tuple[str, str], str] = field(default_factory=dict, init=False)
    # A nonce chosen before this grader existed: check's early start put it in the verifier run
    # it started (runners/early_check.py); the first verification uses it, so that its request
    # is exactly the run already under way. Secret all the same: no reply has seen it.
    first_nonce: str | None = None

    def __post_init__(self) -> None:
        self.language = get_language(self.lang)

    def toolchain(self) -> Toolchain:
        """The verifier's version as the sandbox sees it: asked once per process, and kept on disk
        per binary identity (path and mtime, or image id), so a one-shot check does not pay it."""
        with self._lock:
            if self._toolchain is None:
                argv0 = self.language.version_command()[0][0]
                identity = getattr(self.sandbox, "identity", lambda _: None)(argv0)
                stored = (toolchain_record(self.view_cache_dir, self.lang, identity)
                          if identity and self.view_cache_dir is not None else None)
                version = stored.read_text(encoding="utf-8").strip() if stored is not None and stored.is_file() else ""
                for argv in ([] if version else self.language.version_command()):
                    result = self.sandbox.run(argv, {}, Limits(wall_s=60, output_bytes=20_000))
                    version = self.language.parse_version(result.output)
                    if version:
                        if stored is not None:
                            _write_quietly(stored, version)
                        break
                self._toolchain = Toolchain(self.lang, version)
            return self._toolchain

    # -- entry points ---------------------------------------------------------------------------

    def grade_response(self, task: Task, response: str) -> Verdict:
        """A raw model reply (or a whole file) against the task's locked template."""
        start = time.monotonic()
        if len(response) > REPLY_TO_REGION_RATIO * self.max_region_bytes:
            # Not even worth extracting: a reply this long holds no region under the limit worth
            # the time, and extraction is the one step that reads all of it.
            return self._rejected([Diagnostic(category=Category.OVERSIZED, source="harness", message=(
                f"the reply holds {len(response)} characters; replies over "
                f"{REPLY_TO_REGION_RATIO * self.max_region_bytes} are not read"))], "", time.monotonic() - start)
        contents = self.language.extract(response, task)
        extracted = time.monotonic()
        if not contents or not any(text.strip() for text in contents.values()):
            return Verdict(status=Status.FAIL, category=Category.NO_CODE, reason="the reply holds no code for any region",
                           diagnostics=[Diagnostic(category=Category.NO_CODE, source="extract",
                                                   message="no code block with the task's regions was found in the reply")],
                           timings=Timings(extract_s=extracted - start, total_s=extracted - start),
                           backend=self.sandbox.name)
        verdict = self.grade_contents(task, contents)
        verdict.timings.extract_s = extracted - start
        verdict.timings.total_s += extracted - start
        return verdict

    def grade_contents(self, task: Task, contents: dict[str, str]) -> Verdict:
        """Region contents spliced into the locked template, then graded."""
        start = time.monotonic()
        oversized = {name: len(text.encode("utf-8", "surrogatepass")) for name, text in contents.items()
                     if len(text) * 4 > self.max_region_bytes and len(text.encode("utf-8", "surrogatepass")) > self.max_region_bytes}
        if oversized:
            finding = Diagnostic(category=Category.OVERSIZED, source="harness", message=(
                "region " + ", ".join(f"<vc:{n}> holds {size} bytes" for n, size in oversized.items())
                + f"; the limit is {self.max_region_bytes} bytes per region"))
            return self._rejected([finding], "", time.monotonic() - start)
        containment = region_containment(contents, self.language.syntax)
        source = splice(task.files(self.lang).template, contents)
        if containment:
            return self._rejected(containment, source, time.monotonic() - start)
        return self.grade_source(task, source)

    def grade_source(self, task: Task, source: str, only: str | None = None) -> Verdict:
        """A complete file (already spliced or generated by the harness): audit, then verify
        (`only`: the procedures to verify, see TemplateLanguage.command)."""
        start = time.monotonic()
        findings = self.language.audit(source, task)
        audited = time.monotonic()
        if findings:
            return self._rejected(findings, source, audited - start)
        runs = [self._run(task, source, only)]
        if runs[0][0].timed_out and not runs[0][0].error:
            # One wall-clock kill may be the machine; a second is the reply's own slowness.
            runs.append(self._run(task, source, only))
        result, nonce = runs[-1]
        if len(runs) == 2 and result.timed_out and not result.error:
            verdict = self._too_slow([r for r, _ in runs], source)
        else:
            verdict = self._judge(task, result, source, nonce)
        verdict.timings = Timings(audit_s=audited - start, verify_s=sum(r.wall_s for r, _ in runs),
                                  total_s=time.monotonic() - start)
        return verdict

    def _run(self, task: Task, source: str, only: str | None = None) -> tuple[RunResult, str]:
        nonce = self._next_nonce() if self.language.has_parsed_view else ""
        argv = self.language.command(task, self.toolchain(), self.time_limit_s, nonce, only)
        return self.sandbox.run(argv, self.language.verify_files(task, source), self.limits), nonce

    def _next_nonce(self) -> str:
        with self._lock:
            nonce, self.first_nonce = self.first_nonce, None
        return nonce or secrets.token_hex(16)

    def template_view(self, task: Task) -> str | None:
        """The task's template (regions empty) as the verifier parses it: what locked code must
        look like in every candidate's parsed program. Asked once per task and template."""
        files = task.files(self.lang)
        key = (task.id, files.spec_text)
        with self._lock:
            if key in self._template_views:
                return self._template_views[key]
        source = splice(files.template, empty_contents(files.template))
        nonce = secrets.token_hex(16)
        argv = self.language.parsed_view_command(task, self.toolchain(), nonce)
        # The view depends only on the verifier's version, its flags and the template's text, so
        # it is kept on disk too: a one-shot `vericode check` then costs one verifier run.
        stored = self._stored_view_path(task, source, argv, nonce)
        view = stored.read_text(encoding="utf-8") if stored is not None and stored.is_file() else None
        if view is None:
            result = self.sandbox.run(argv, self.language.verify_files(task, source), self.limits)
            _, view = split_view(result.output, nonce)
            if result.error or result.timed_out or result.truncated_bytes or not view or not view.strip():
                return None
            if stored is not None:
                _write_quietly(stored, view)
        with self._lock:
            self._template_views[key] = view
        return view

    def _stored_view_path(self, task: Task, source: str, argv: list[str], nonce: str) -> Path | None:
        if self.view_cache_dir is None or not self.toolchain().version:
            return None
        recipe = json.dumps([self.lang, self.toolchain().version, self.sandbox.name,
                             [a.replace(nonce, "<nonce>") for a in argv], task.id, source])
        return self.view_cache_dir / f"{task.id}-{hashlib.sha256(recipe.encode()).hexdigest()[:24]}.txt"

    # -- judging --------------------------------------------------------------------------------

    def _rejected(self, findings: list[Diagnostic], source: str, elapsed: float) -> Verdict:
        category = primary_category([d.category for d in findings])
        status = Status.CHEAT if category is Category.INTEGRITY else Status.FAIL
        return Verdict(status=status, category=category, diagnostics=findings, reason=findings[0].message,
                       timings=Timings(audit_s=elapsed, total_s=elapsed), source_sha256=_sha256(source), source=source,
                       backend=self.sandbox.name)

    def _too_slow(self, results: list[RunResult], source: str) -> Verdict:
        limit = f"{self.limits.wall_s:g} s"
        return Verdict(status=Status.FAIL, category=Category.TIMEOUT, source_sha256=_sha256(source), source=source,
                       backend=self.sandbox.name,
                       reason=f"the verifier ran past the wall-clock limit of {limit} twice and was killed both times",
                       diagnostics=[Diagnostic(category=Category.TIMEOUT, source="harness", message=(
                           f"verification did not finish within {limit} (two runs: "
                           + ", ".join(f"{r.wall_s:.1f} s" for r in results) + ")"))],
                       output="\n".join(f"--- run {n} ---\n{r.output}" for n, r in enumerate(results, 1)))

    def _judge(self, task: Task, result: RunResult, source: str, nonce: str = "") -> Verdict:
        common = dict(source_sha256=_sha256(source), source=source, backend=self.sandbox.name, exit_code=result.exit_code)
        if result.error:
            return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE, reason=result.error,
                           output=result.output, **common)
        if result.timed_out:
            # The per-obligation limit is far below the wall clock, so a wall-clock kill means the
            # verifier itself hung or the machine stalled: not evidence about the model's proof.
            return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE,
                           reason=f"verifier exceeded the wall-clock limit of {self.limits.wall_s:g} s and was killed",
                           output=result.output, **common)
        if result.exit_code in (126, 127):
            # The shell could not find or execute the verifier (multi-step commands run under sh).
            return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE,
                           reason=f"verifier command not found or not executable (exit {result.exit_code}): "
                                  f"{result.output.strip()[-200:]}", output=result.output, **common)
        raw_output, view = split_view(result.output, nonce)
        if result.truncated_bytes:
            view = None  # a view with its middle cut out says nothing reliable
        parsed: Parsed = self.language.diagnose(raw_output, result.exit_code or 0)
        output = parsed.clean_output
        verified = self.language.passed(parsed, result.exit_code if result.exit_code is not None else -1)
        if self.language.has_parsed_view and view is not None and view.strip():
            template_view = self.template_view(task)
            if template_view is None:
                return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE, output=output, **common,
                               reason="the verifier did not print the template's parsed program, so the candidate's cannot be audited")
            findings = self.language.audit_parsed(task, view, template_view, parsed)
            if findings:
                return Verdict(status=Status.CHEAT, category=Category.INTEGRITY, diagnostics=findings,
                               reason=findings[0].message, summary=parsed.summary, output=output, **common)
        elif self.language.has_parsed_view and verified:
            # Fail closed: without the parsed program the authoritative audit cannot run.
            return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE, summary=parsed.summary, output=output,
                           reason="the verifier passed the file but its parsed program is missing or cut from its output",
                           **common)
        if verified:
            return Verdict(status=Status.PASS, category=Category.NONE, summary=parsed.summary, output=output,
                           reason="verified", **common)
        if parsed.infrastructure and not parsed.diagnostics:
            return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE, reason=parsed.infrastructure,
                           summary=parsed.summary, output=output, **common)
        diagnostics = parsed.diagnostics or [Diagnostic(
            category=Category.OTHER_VERIFICATION, source="harness",
            message=f"verifier exited with code {result.exit_code} and no error the harness could read")]
        category = primary_category([d.category for d in diagnostics])
        # A verifier-side integrity finding (Lean's axiom/statement check, Verus --no-cheating, a
        # body-less loop Dafny reports) is a cheat.
        status = Status.CHEAT if category is Category.INTEGRITY else Status.FAIL
        return Verdict(status=status, category=category, diagnostics=diagnostics, reason=diagnostics[0].message,
                       summary=parsed.summary, output=output, **common)


# The name the rest of the code base grew up with.
Verifier = Grader


def make_grader(lang: str, backend: str = "auto", *, workers: int | None = None, wall_s: float | None = None,
                time_limit_s: int = DEFAULT_TIME_LIMIT_S,
                max_region_bytes: int = DEFAULT_MAX_REGION_BYTES) -> tuple[Grader, dict]:
    """The grader for `lang` on the chosen backend, and the manifest record of that backend.
    Every entry point (check, check-tasks, eval, regrade) builds its graders here."""
    from runners.backends import make_sandbox

    sandbox, record = make_sandbox(lang, backend, workers=workers)
    limits = Limits() if wall_s is None else Limits(wall_s=wall_s)
    return Grader(lang, sandbox, limits, time_limit_s=time_limit_s, max_region_bytes=max_region_bytes), record
