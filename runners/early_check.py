"""The early start of one-shot `vericode check ... --backend local`.

Most of what `check` adds to a bare verifier run is importing the typed layer (pydantic and the
models built on it) before the verifier can start. So before that import, this module works out
the verification the grader is going to ask for, with the grader's own functions (the language's
extraction, the template splice, the command line, the stored toolchain version), and starts it
(runners/sandbox/process.py). The typed path then grades exactly as it always does; its
LocalSandbox takes over the run under way only when it asks for exactly this argv, these files,
these limits. Nothing here decides anything about the reply: a reply the audit rejects, an
option this module does not understand, a missing stored version, any surprise, and the run is
either not started or killed unclaimed at exit.

Only the plain form is started early: `check TASK [--lang L] --response FILE --backend local
[--time-limit N] [--wall S] [--json]`, with an optional `--tasks-dir DIR` before `check`, and
only when the toolchain's version is already stored (after the first check with that binary).
VERICODE_EARLY_START=0 turns it off.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from runners.caches import DEFAULT_VIEW_CACHE, toolchain_record
from runners.defaults import DEFAULT_OUTPUT_BYTES, DEFAULT_TIME_LIMIT_S, DEFAULT_WALL_S

# The nonce of the run started early, for the grader (Grader.first_nonce); None when none was.
nonce: str | None = None

# A reply larger than this is not worth a speculative run (the grader refuses oversized regions).
MAX_EARLY_REPLY_BYTES = 256 * 1024

_VALUED = {"--lang": "lang", "--response": "response", "--backend": "backend", "--time-limit": "time_limit",
           "--wall": "wall"}


@dataclass
class _Request:
    task: str = ""
    lang: str = "dafny"
    response: str = ""
    backend: str = ""
    time_limit: str = str(DEFAULT_TIME_LIMIT_S)
    wall: str = str(DEFAULT_WALL_S)
    tasks_dir: str = "tasks"


def parse(argv: list[str]) -> _Request | None:
    """The plain `check` command line, or None for anything else (then nothing starts early)."""
    request = _Request()
    words = list(argv)
    if words[:1] == ["--tasks-dir"] and len(words) >= 2:
        request.tasks_dir = words[1]
        words = words[2:]
    if words[:1] != ["check"]:
        return None
    words = words[1:]
    while words:
        word = words.pop(0)
        name, eq, value = word.partition("=")
        if name in _VALUED:
            if not eq:
                if not words:
                    return None
                value = words.pop(0)
            setattr(request, _VALUED[name], value)
        elif word == "--json":
            continue
        elif word.startswith("-") or request.task:
            return None  # an option this module does not know (or an abbreviation): leave it to argparse
        else:
            request.task = word
    if not request.task or not request.response or request.response == "-" or request.backend != "local":
        return None
    return request


@dataclass
class _Files:
    template: object


@dataclass
class _TaskView:
    """The two facts of a task the extraction and the command line read: its id and template."""

    id: str
    template: object

    def files(self, lang: str) -> _Files:
        return _Files(self.template)


def _reply(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_EARLY_REPLY_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_EARLY_REPLY_BYTES or b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def start(argv: list[str]) -> bool:
    """Start the verification `check` is about to ask for; True when one was started."""
    global nonce
    if os.environ.get("VERICODE_EARLY_START", "1") == "0":
        return False
    request = parse(argv)
    if request is None:
        return False
    try:
        time_limit, wall_s = int(request.time_limit), float(request.wall)
    except ValueError:
        return False
    from runners.languages import get_language
    from runners.languages.base import Toolchain
    from runners.regions import RegionError, parse_template, splice
    from runners.sandbox import process

    try:
        language = get_language(request.lang)
    except (KeyError, ValueError):
        return False
    task_dir = Path(request.task)
    if not task_dir.exists() and (Path(request.tasks_dir) / request.task).exists():
        task_dir = Path(request.tasks_dir) / request.task
    identity = process.host_identity(language.version_command()[0][0])
    stored = toolchain_record(DEFAULT_VIEW_CACHE, request.lang, identity) if identity else None
    reply = _reply(request.response)
    if stored is None or reply is None:
        return False
    try:
        version = stored.read_text(encoding="utf-8").strip()
        spec = (task_dir / request.lang / f"spec.{language.info.extension}").read_text(encoding="utf-8")
        task = _TaskView(task_dir.resolve().name, parse_template(spec, language.info.comment))
    except (OSError, UnicodeDecodeError, RegionError):
        return False  # the typed path reports it properly
    contents = language.extract(reply, task)
    if not version or not contents:
        return False
    chosen = secrets.token_hex(16) if language.has_parsed_view else ""
    argv_run = language.command(task, Toolchain(request.lang, version), time_limit, chosen, None)
    files = language.verify_files(task, splice(task.template, contents))
    if not process.start_early(argv_run, files, wall_s, DEFAULT_OUTPUT_BYTES):
        return False
    nonce = chosen
    return True
