"""Results on disk: results/<run_id>/manifest.json and attempts.jsonl (one line per round).

Lines are appended and flushed as they happen, so a killed run loses at most the round in flight.
Resuming reads the lines back: a (task, lang, sample) key with a final non-ERROR line is done;
an unfinished key continues after its last recorded non-ERROR round; ERROR rounds (verifier
crash, API outage) are kept for the record but retried and never scored.

Every attempt records the messages it added to the conversation (`system_prompt` on round 1,
`prompt`, `response`), so a resumed key continues the conversation the model actually saw, and
the grading conditions it was scored under (`task_digest`, `grader`).

`RunLock` keeps two processes from playing the same run: `results/<run>/run.lock` holds the
owner's pid, host and process start time; a lock whose owner is gone is taken over.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from runners.fidelity.model import FidelityResult
from runners.models import Usage
from runners.taxonomy import Category
from runners.verdict import Status, Verdict


class Key(BaseModel, frozen=True):
    task: str
    lang: str
    sample: int

    def label(self) -> str:
        return f"{self.task}/{self.lang}/s{self.sample}"


class Attempt(BaseModel):
    """One round of one key, as written to attempts.jsonl."""

    run_id: str
    task: str
    lang: str
    sample: int
    round: int
    status: Status
    category: Category
    final: bool  # the key ends here (PASS, or the last round); never true for ERROR
    response: str = ""
    prompt: str = ""  # the user message of this round
    system_prompt: str = ""  # round 1 only: the system message the conversation began with
    verdict: Verdict | None = None
    task_digest: str = ""  # the task version this round was graded against
    grader: str = ""  # fingerprint of the grading conditions (backend, verifier version/image, limits)
    usage: Usage = Field(default_factory=Usage)
    error: str = ""  # for ERROR rounds: what broke
    # After a PASS with --fidelity: verdict faithful | too_slow | not_checked and the measurements.
    fidelity: FidelityResult | None = None
    time: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @property
    def key(self) -> Key:
        return Key(task=self.task, lang=self.lang, sample=self.sample)


class Manifest(BaseModel):
    run_id: str
    created: str
    harness_version: str
    harness_commit: str
    model: str
    model_params: dict[str, Any]
    rounds: int
    samples: int
    langs: list[str]
    tasks: dict[str, str]  # task id -> task digest
    verifiers: dict[str, dict[str, Any]]  # lang -> toolchain version, backend, image, digest
    prompt_templates: dict[str, str]
    resumed: list[str] = Field(default_factory=list)  # times the run was resumed
    descriptions: dict[str, str] = Field(default_factory=dict)  # task id -> sha256 of description.md (the
    # task digest covers task.yaml and the specs, not the text the prompt shows)
    graders: dict[str, str] = Field(default_factory=dict)  # lang -> fingerprint, as recorded on each attempt
    mixed: list[dict[str, Any]] = Field(default_factory=list)  # changes accepted with --allow-mixed, when and what


def git_commit(start: Path = Path(".")) -> str:
    """The checked-out commit, read from .git without running git (no subprocess outside sandboxes)."""
    for folder in [start.resolve(), *start.resolve().parents]:
        git = folder / ".git"
        if git.is_dir():
            head = (git / "HEAD").read_text().strip()
            if not head.startswith("ref: "):
                return head
            ref = head[5:]
            if (git / ref).exists():
                return (git / ref).read_text().strip()
            packed = git / "packed-refs"
            if packed.exists():
                for line in packed.read_text().splitlines():
                    if line.endswith(" " + ref):
                        return line.split()[0]
            return "unborn"
    return "unknown"


class RunStore:
    def __init__(self, root: Path, run_id: str):
        self.dir = Path(root) / run_id
        self.run_id = run_id
        self.attempts_path = self.dir / "attempts.jsonl"
        self.manifest_path = self.dir / "manifest.json"
        self._lock = threading.Lock()

    # -- manifest ---------------------------------------------------------------------------------

    def read_manifest(self) -> Manifest | None:
        if not self.manifest_path.exists():
            return None
        return Manifest.model_validate_json(self.manifest_path.read_text(encoding="utf-8"))

    def write_manifest(self, manifest: Manifest) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.manifest_path.with_suffix(".tmp")
        tmp.write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, self.manifest_path)

    # -- attempts ---------------------------------------------------------------------------------

    def append(self, attempt: Attempt) -> None:
        line = attempt.model_dump_json() + "\n"
        with self._lock:
            self.dir.mkdir(parents=True, exist_ok=True)
            with open(self.attempts_path, "a", encoding="utf-8") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())

    def attempts(self) -> list[Attempt]:
        """Every complete line; a torn last line (a run killed mid-write) is skipped."""
        if not self.attempts_path.exists():
            return []
        rows = []
        with open(self.attempts_path, encoding="utf-8") as fh:
            for line in fh:
                if not line.endswith("\n"):
                    break
                try:
                    rows.append(Attempt.model_validate_json(line))
                except ValueError:
                    continue
        return rows

    def repair_torn_tail(self) -> None:
        """Cut a partial last line so new lines start on a line of their own."""
        if not self.attempts_path.exists():
            return
        data = self.attempts_path.read_bytes()
        if data and not data.endswith(b"\n"):
            self.attempts_path.write_bytes(data[: data.rfind(b"\n") + 1])


def progress(attempts: list[Attempt]) -> tuple[set[Key], dict[Key, list[Attempt]]]:
    """Finished keys, and for unfinished keys the scored rounds recorded so far (in round order)."""
    finished: set[Key] = set()
    rounds: dict[Key, dict[int, Attempt]] = {}
    for a in attempts:
        scored = rounds.setdefault(a.key, {})  # a key with only ERROR rounds is unfinished, not absent
        if a.status is Status.ERROR:
            continue
        scored[a.round] = a
        if a.final:
            finished.add(a.key)
    partial = {k: [v[r] for r in sorted(v)] for k, v in rounds.items() if k not in finished}
    return finished, partial


def final_attempts(attempts: list[Attempt]) -> dict[Key, list[Attempt]]:
    """Scored rounds of each finished key, in round order (the last one is final)."""
    finished, _ = progress(attempts)
    by_key: dict[Key, dict[int, Attempt]] = {}
    for a in attempts:
        if a.key in finished and a.status is not Status.ERROR:
            by_key.setdefault(a.key, {})[a.round] = a
    return {k: [v[r] for r in sorted(v)] for k, v in by_key.items()}


def dump_jsonl(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
