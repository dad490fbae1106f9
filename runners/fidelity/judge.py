"""The optional LLM judge: "is this the named algorithm?" for any language (Lean included).

Any litellm model (or an OpenAI-compatible server through --api-base). The rubric is the jinja2
template judge.j2 next to this file; the reply is recorded verbatim with the parsed verdict. A
judge is an opinion beside the measured verdict, never a replacement for it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from runners.fidelity.model import JudgeRecord
from runners.models import CallContext, Model, ModelUnavailable
from runners.tasks import Task

_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent), undefined=StrictUndefined, keep_trailing_newline=True)
_VERDICTS = ("not_faithful", "faithful", "unsure")


def rubric(task: Task, lang: str, code: str) -> str:
    expect = task.meta.fidelity.expect if task.meta.fidelity else ""
    return _ENV.get_template("judge.j2").render(task=task, lang=lang, expect=expect, code=code.strip("\n"))


def parse_reply(text: str) -> tuple[str, str]:
    """(verdict, reason) from the judge's reply: the last JSON object with a verdict, else the
    last verdict word; 'unsure' when there is none."""
    for match in reversed(list(re.finditer(r"\{[^{}]*\}", text))):
        try:
            data = json.loads(match.group(0))
        except json.JSONDecodeError:
            continue
        verdict = str(data.get("verdict", "")).strip().lower().replace("-", "_").replace(" ", "_")
        if verdict in _VERDICTS:
            return verdict, str(data.get("reason", ""))
    words = re.findall(r"\b(not[ _-]faithful|faithful|unsure)\b", text.lower())
    if words:
        return words[-1].replace(" ", "_").replace("-", "_"), ""
    return "unsure", "the judge's reply holds no verdict"


def judge(model: Model, task: Task, lang: str, code: str) -> JudgeRecord:
    """Ask `model` whether `code` (the regions the model wrote) is the task's named algorithm."""
    messages = [{"role": "system", "content": "You are a careful reviewer of algorithm implementations."},
                {"role": "user", "content": rubric(task, lang, code)}]
    try:
        reply = model.complete(messages, CallContext(task=task, lang=lang, sample=0, round=0))
    except ModelUnavailable as exc:
        return JudgeRecord(model=model.name, verdict="unsure", reason=f"judge unavailable: {exc}")
    verdict, reason = parse_reply(reply.text)
    return JudgeRecord(model=model.name, verdict=verdict, reason=reason, response=reply.text)  # type: ignore[arg-type]
