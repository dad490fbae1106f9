"""The repair loop for one (task, lang, sample): prompt → model → grade → repair prompt → ...

Each round is handed to `record` the moment it is graded. The loop stops at PASS, after the last
round, or at an ERROR (model unavailable, verifier crash): an ERROR leaves the key unfinished so a
re-run resumes it, and it is never scored as the model's failure.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable

from runners.models import CallContext, Model, ModelUnavailable
from runners.prompts import initial_prompt, repair_prompt, system_prompt
from runners.store import Attempt, Key
from runners.tasks import Task
from runners.taxonomy import Category
from runners.verdict import Status
from runners.verify import Verifier


@dataclass
class Gates:
    """Separate concurrency limits: model calls and verifier processes overlap across keys."""

    model: threading.Semaphore
    verifier: threading.Semaphore


def conversation(task: Task, lang: str, rounds: int, prior: list[Attempt], spec_text: str) -> list[dict[str, str]]:
    """The messages for the next round, rebuilt from the recorded rounds (this is what resumes)."""
    messages = [{"role": "system", "content": system_prompt(task, lang)},
                {"role": "user", "content": initial_prompt(task, lang, spec_text)}]
    for attempt in prior:
        messages.append({"role": "assistant", "content": attempt.response})
        assert attempt.verdict is not None
        messages.append({"role": "user", "content": repair_prompt(task, lang, attempt.verdict, attempt.round, rounds,
                                                                  attempt.verdict.source)})
    return messages


def run_key(run_id: str, task: Task, key: Key, model: Model, verifier: Verifier, rounds: int, prior: list[Attempt],
            record: Callable[[Attempt], None], gates: Gates) -> Attempt | None:
    """Play the rounds of one key after `prior`; return its final attempt, or None if an ERROR stopped it."""
    spec_text = verifier.language.render(task)
    base = dict(run_id=run_id, task=task.id, lang=key.lang, sample=key.sample)
    history = list(prior)
    for round_no in range(len(prior) + 1, rounds + 1):
        messages = conversation(task, key.lang, rounds, history, spec_text)
        prompt = messages[-1]["content"]
        try:
            with gates.model:
                reply = model.complete(messages, CallContext(task=task, lang=key.lang, sample=key.sample, round=round_no))
        except ModelUnavailable as exc:
            record(Attempt(**base, round=round_no, status=Status.ERROR, category=Category.INFRASTRUCTURE.value,
                           final=False, prompt=prompt, error=str(exc)))
            return None
        with gates.verifier:
            verdict = verifier.grade_response(task, reply.text)
        if verdict.status is Status.ERROR:
            record(Attempt(**base, round=round_no, status=Status.ERROR, category=verdict.category.value, final=False,
                           response=reply.text, prompt=prompt, verdict=verdict, usage=reply.usage, error=verdict.reason))
            return None
        final = verdict.status is Status.PASS or round_no == rounds
        attempt = Attempt(**base, round=round_no, status=verdict.status, category=verdict.category.value, final=final,
                          response=reply.text, prompt=prompt, verdict=verdict, usage=reply.usage)
        record(attempt)
        history.append(attempt)
        if final:
            return attempt
    return history[-1] if history else None
