"""`vericode new-task NAME`: a task folder in every registered language that has a scaffold, from
the jinja2 templates in scaffold/ (task.yaml, description.md, and per language the template its
`LanguageSpec.scaffold` names, written as <lang>/spec.<ext> and <lang>/reference.<ext>)."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from runners.languages.registry import REGISTRY, LanguageSpec
from runners.tasks import TASK_ID, TaskError

HERE = Path(__file__).parent / "scaffold"
COMMON = {"task.yaml": "task.yaml.j2", "description.md": "description.md.j2"}


def files() -> dict[str, str]:
    """Path in the task folder -> template in scaffold/, for the languages registered now."""
    out = dict(COMMON)
    for spec in _scaffolded():
        out[f"{spec.name}/spec.{spec.extension}"] = spec.scaffold.template
        out[f"{spec.name}/reference.{spec.extension}"] = spec.scaffold.template
    return out


def __getattr__(name: str):
    if name == "FILES":  # the old constant, kept as a live view of the registry
        return files()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _scaffolded() -> list[LanguageSpec]:
    return [spec for spec in REGISTRY.values() if spec.scaffold is not None]


def _camel(name: str, upper: bool) -> str:
    parts = name.split("_")
    head = parts[0].capitalize() if upper else parts[0]
    return head + "".join(p.capitalize() for p in parts[1:])


def entry_name(task_id: str, case: str) -> str:
    if case == "snake":
        return task_id
    if case in ("camel", "pascal"):
        return _camel(task_id, upper=case == "pascal")
    raise ValueError(f"unknown entry case {case!r}; use snake, camel or pascal")


def context(name: str, title: str | None = None) -> dict:
    """What the templates see: the task's id and title, each language's entry name as
    `<lang>_entry`, and `languages` (name, entry, trivial as a YAML flow mapping) for task.yaml."""
    specs = _scaffolded()
    entries = {spec.name: entry_name(name, spec.scaffold.entry_case) for spec in specs}
    languages = [{"name": spec.name, "entry": entries[spec.name],
                  "trivial": "{" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in spec.scaffold.trivial.items()) + "}"}
                 for spec in specs]
    return {"id": name, "title": title or name.replace("_", " ").capitalize(), "languages": languages,
            **{f"{lang}_entry": entry for lang, entry in entries.items()}}


def scaffold_task(tasks_dir: Path, name: str, title: str | None = None) -> list[Path]:
    target = Path(tasks_dir) / name
    if not TASK_ID.match(name):
        raise TaskError(target, "NAME", f"{name!r} is not lower_snake_case", "use letters, digits and '_', e.g. two_sum")
    if target.exists():
        raise TaskError(target, "NAME", "the task folder already exists", "pick another name or edit the existing task")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    values = context(name, title)
    created = []
    for rel, template in files().items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(env.get_template(template).render(**values), encoding="utf-8")
        created.append(path)
    return created
