"""The repair loop for one (task, lang, sample): prompt → model → grade → repair prompt → ...

Each round is handed to `record` the moment it is graded. The loop stops at PASS, after the last
round, or at an ERROR (model unavailable, verifier crash) that in-run retries did not clear: an
ERROR leaves the key unfinished so a re-run resumes it, and it is never scored as the model's
failure. A reply cut off at max_tokens that does not pass, and a conversation that outgrew the
model's context window, are the model's FAIL (category `truncated`).

The conversation is rebuilt from what was recorded (system prompt, each round's prompt and
reply); only the newest prompt is rendered. So a resumed key continues exactly the conversation
the model saw, even if the prompt templates changed in between.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from runners.fidelity.hook import FidelityHook
from runners.models import CallContext, ContextOverflow, Model, ModelUnavailable, Reply
from runners.prompts import initial_prompt, repair_prompt, system_prompt
from runners.run_control import Stop
from runners.store import Attempt, Key
from runners.tasks import Task
from runners.taxonomy import Category
from runners.verdict import Diagnostic, Status, Verdict
from runners.verify import Verifier


@dataclass
class Gates:
    """Separate concurrency limits (model calls and verifier processes overlap across keys), the
    run's stop flags, and the in-run retry of infrastructure ERRORs."""

    model: threading.Semaphore
    verifier: threading.Semaphore
    stop: Stop = field(default_factory=Stop)
    infra_retries: int = 0
    infra_retry_base_s: float = 5.0
    on_reply: Callable[[Reply], None] | None = None  # every reply, as it arrives (budget, progress)
    fidelity: FidelityHook | None = None  # after a PASS: does the attempt have the named algorithm's cost?


def conversation(task: Task, lang: str, rounds: int, prior: list[Attempt], spec_text: str) -> list[dict[str, str]]:
    """The messages for the next round: the recorded ones, then the one new prompt."""
    system = prior[0].system_prompt if prior and prior[0].system_prompt else system_prompt(task, lang)
    messages = [{"role": "system", "content": system}]
    for i, attempt in enumerate(prior):
        # Records from before prompts were stored render theirs (the best that can be done for them).
        messages.append({"role": "user", "content": attempt.prompt or _prompt_after(task, lang, rounds, prior[:i], spec_text)})
        messages.append({"role": "assistant", "content": attempt.response})
    messages.append({"role": "user", "content": _prompt_after(task, lang, rounds, prior, spec_text)})
    return messages


def _prompt_after(task: Task, lang: str, rounds: int, prior: list[Attempt], spec_text: str) -> str:
    if not prior:
        return initial_prompt(task, lang, spec_text)
    last = prior[-1]
    assert last.verdict is not None
    return repair_prompt(task, lang, last.verdict, last.round, rounds, last.verdict.source)


def truncated_verdict(verdict: Verdict) -> Verdict:
    """A failing verdict of a reply the API cut off: the cut is the first thing the model must fix."""
    note = Diagnostic(category=Category.TRUNCATED, source="harness",
                      message="your reply was cut off at the reply length limit (finish_reason=length); "
                              "return only the regions, without long explanations")
    return verdict.model_copy(update={"category": Category.TRUNCATED, "reason": note.message,
                                      "diagnostics": [note, *verdict.diagnostics]})


def run_key(run_id: str, task: Task, key: Key, model: Model, verifier: Verifier, rounds: int, prior: list[Attempt],
            record: Callable[[Attempt], None], gates: Gates, stamp: dict[str, str] | None = None) -> Attempt | None:
    """Play the rounds of one key after `prior`; return its final attempt, or None if an ERROR or a
    stop left it unfinished. `stamp` is recorded on every attempt (task digest, grader)."""
    spec_text = verifier.language.render(task)
    base = dict(run_id=run_id, task=task.id, lang=key.lang, sample=key.sample, **(stamp or {}))
    history = list(prior)
    for round_no in range(len(prior) + 1, rounds + 1):
        messages = conversation(task, key.lang, rounds, history, spec_text)
        extra = {"system_prompt": messages[0]["content"]} if round_no == 1 else {}
        for attempt_no in range(gates.infra_retries + 1):
            if attempt_no and gates.stop.halted.wait(gates.infra_retry_base_s * 2 ** (attempt_no - 1)):
                return None
            attempt = _round(task, key, model, verifier, messages, round_no, rounds, gates, {**base, **extra})
            if attempt is None:
                return None
            record(attempt)
            if attempt.status is not Status.ERROR:
                break
        else:
            return None  # infrastructure ERROR after the in-run retries: unfinished, resumed next time
        history.append(attempt)
        if attempt.final:
            return attempt
    return history[-1] if history else None


def _round(task: Task, key: Key, model: Model, verifier: Verifier, messages: list[dict[str, str]], round_no: int,
           rounds: int, gates: Gates, base: dict) -> Attempt | None:
    """One round, or None when the run was stopped before it could be completed."""
    prompt = messages[-1]["content"]
    stop = gates.stop
    with gates.model:
        if stop:
            return None
        try:
            reply = model.complete(messages, CallContext(task=task, lang=key.lang, sample=key.sample, round=round_no))
        except ContextOverflow as exc:
            # Only the model's own replies make the conversation grow: its failure, and final,
            # since every later round would be longer still.
            verdict = Verdict(status=Status.FAIL, category=Category.TRUNCATED, reason=str(exc)[:500])
            return Attempt(**base, round=round_no, status=Status.FAIL, category=Category.TRUNCATED, final=True,
                           prompt=prompt, verdict=verdict)
        except ModelUnavailable as exc:
            if stop:
                return None
            return Attempt(**base, round=round_no, status=Status.ERROR, category=Category.INFRASTRUCTURE,
                           final=False, prompt=prompt, error=str(exc))
    if gates.on_reply:
        gates.on_reply(reply)
    if stop.aborted.is_set():
        return None  # the reply is cached: the resumed run grades it without paying again
    with gates.verifier:
        if stop.aborted.is_set():
            return None
        verdict = verifier.grade_response(task, reply.text)
    if stop.aborted.is_set():
        return None  # an interrupted verification (its process was killed) says nothing about the model
    if verdict.status is Status.ERROR:
        return Attempt(**base, round=round_no, status=Status.ERROR, category=verdict.category, final=False,
                       response=reply.text, prompt=prompt, verdict=verdict, usage=reply.usage, error=verdict.reason)
    if reply.truncated and verdict.status is Status.FAIL:
        verdict = truncated_verdict(verdict)
    final = verdict.status is Status.PASS or round_no == rounds
    fidelity = None
    if verdict.status is Status.PASS and gates.fidelity is not None:
        with gates.verifier:  # compiles and runs: a verifier-sized job
            fidelity = gates.fidelity(task, key.lang, verdict)
        if stop.aborted.is_set():
            return None  # its processes may have been killed mid-measurement; the round is played again
    return Attempt(**base, round=round_no, status=verdict.status, category=verdict.category, final=final,
                   response=reply.text, prompt=prompt, verdict=verdict, usage=reply.usage, fidelity=fidelity)
