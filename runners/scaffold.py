"""`vericode new-task NAME`: a task folder in all three languages from the jinja2 templates in scaffold/."""

from __future__ import annotations

from pathlib import Path

import jinja2

from runners.tasks import TASK_ID, TaskError

HERE = Path(__file__).parent / "scaffold"
FILES = {
    "task.yaml": "task.yaml.j2",
    "description.md": "description.md.j2",
    "dafny/spec.dfy": "spec.dfy.j2",
    "dafny/reference.dfy": "spec.dfy.j2",
    "verus/spec.rs": "spec.rs.j2",
    "verus/reference.rs": "spec.rs.j2",
    "lean/spec.lean": "spec.lean.j2",
    "lean/reference.lean": "spec.lean.j2",
}


def _camel(name: str, upper: bool) -> str:
    parts = name.split("_")
    head = parts[0].capitalize() if upper else parts[0]
    return head + "".join(p.capitalize() for p in parts[1:])


def scaffold_task(tasks_dir: Path, name: str, title: str | None = None) -> list[Path]:
    target = Path(tasks_dir) / name
    if not TASK_ID.match(name):
        raise TaskError(target, "NAME", f"{name!r} is not lower_snake_case", "use letters, digits and '_', e.g. two_sum")
    if target.exists():
        raise TaskError(target, "NAME", "the task folder already exists", "pick another name or edit the existing task")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    context = {"id": name, "title": title or name.replace("_", " ").capitalize(),
               "dafny_entry": _camel(name, upper=True), "lean_entry": _camel(name, upper=False)}
    created = []
    for rel, template in FILES.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(env.get_template(template).render(**context), encoding="utf-8")
        created.append(path)
    return created
