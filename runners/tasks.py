"""Load and validate tasks: tasks/<id>/{task.yaml, description.md, <lang>/spec.*, <lang>/reference.*}.

Every problem is reported as a TaskError naming the file, the field and the fix, so a task author
never has to read a traceback.
"""

from __future__ import annotations

import difflib
import re
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from runners.langinfo import LANGUAGES, language_info
from runners.regions import RegionError, Template, parse_template

# libyaml's loader when PyYAML was built with it (about 5x faster over the corpus), else the pure one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TASK_ID = re.compile(r"^[a-z][a-z0-9_]*$")
CATEGORIES = ("search", "sorting", "array", "number", "math", "dp", "string", "ds", "graph")
# The seed benchmark's seven families; reports group by these.
FAMILIES = ("basic data structures", "advanced data structures", "sorting/searching", "dp", "graph", "math", "string")
# stable: in the default task set and the count. experimental: a reference that could not be
# finished without weakening the contract (named explicitly to run it). imported: from another
# benchmark, without references (its own task set).
STATUSES = ("stable", "experimental", "imported")


class TaskError(ValueError):
    def __init__(self, file: Path | str, field: str, problem: str, fix: str):
        self.file, self.field, self.problem, self.fix = str(file), field, problem, fix
        super().__init__(f"{file}: field '{field}': {problem}. Fix: {fix}")


class Vector(BaseModel):
    """One test vector: arguments of pre_<id>, and output tuples that post_<id> must accept/reject."""

    model_config = ConfigDict(extra="forbid")
    input: list[Any]
    correct: list[list[Any]] = Field(min_length=1)
    wrong: list[list[Any]] = Field(min_length=1)


class Fidelity(BaseModel):
    """How the named algorithm's cost must grow, and how to make inputs of growing size."""

    model_config = ConfigDict(extra="forbid")
    expect: str = Field(description="the algorithm's complexity, e.g. 'log n', 'n', 'n log n', 'n^2', 'n*W'")
    inputs: dict[str, Any] = Field(default_factory=dict,
                                   description="generator name and its parameters (see docs/TASKS.md, Fidelity)")


class TaskMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    title: str = Field(min_length=1)
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    family: Literal[FAMILIES] | None = None  # type: ignore[valid-type]
    status: Literal[STATUSES] = "stable"  # type: ignore[valid-type]
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[str] = Field(default_factory=list)
    entry: dict[str, str] = Field(min_length=1)
    vectors: list[Vector] = Field(default_factory=list)
    # Region contents of a deliberately trivial implementation per language; check-tasks
    # requires each one to FAIL, which shows the contract is not vacuous.
    trivial: dict[str, dict[str, str]] = Field(default_factory=dict)
    notes: str = ""
    # Library functions a solution may not call, per language (e.g. lean: [Nat.gcd]); the audit
    # rejects them in model-written regions.
    forbidden: dict[str, list[str]] = Field(default_factory=dict)
    fidelity: Fidelity | None = None
    source: str = ""  # where an imported task came from (e.g. "algoveri@<commit>")

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not TASK_ID.match(value):
            raise ValueError("must be lower_snake_case: letters, digits and '_', starting with a letter")
        return value

    @field_validator("entry", "trivial", "forbidden")
    @classmethod
    def _known_languages(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            raise ValueError(f"unknown language(s) {unknown}; use {sorted(LANGUAGES)}")
        return value

    @model_validator(mode="after")
    def _enough_wrong_outputs(self) -> "TaskMeta":
        if self.vectors and sum(len(v.wrong) for v in self.vectors) < 2:
            raise ValueError("vectors: give at least two wrong outputs in all (one of them almost right)")
        return self


class LanguageFiles(BaseModel):
    """One language's locked template and its reference solution."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    lang: str
    spec_path: Path
    reference_path: Path
    spec_text: str
    reference_text: str
    template: Template
    reference_regions: dict[str, str]


class Task(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)
    root: Path
    meta: TaskMeta
    description: str
    languages: dict[str, LanguageFiles]

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def pre_name(self) -> str:
        return f"pre_{self.meta.id}"

    @property
    def post_name(self) -> str:
        return f"post_{self.meta.id}"

    def files(self, lang: str) -> LanguageFiles:
        if lang not in self.languages:
            raise TaskError(self.root / "task.yaml", "entry", f"task has no {lang} version",
                            f"add {self.root / lang}/ or run without --langs {lang}")
        return self.languages[lang]

    @cached_property
    def digest(self) -> str:
        import hashlib

        h = hashlib.sha256(self.meta.model_dump_json().encode())
        for lang in sorted(self.languages):
            h.update(self.languages[lang].spec_text.encode())
        return h.hexdigest()[:16]


def _first_difference(a: str, b: str) -> int:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), start=1):
        if x != y:
            return number
    return min(len(a.splitlines()), len(b.splitlines())) + 1


def _read_text(path: Path, field: str, fix: str) -> str:
    if not path.is_file():
        raise TaskError(path, field, "file is missing", fix)
    return path.read_text(encoding="utf-8")


def _load_meta(task_dir: Path) -> TaskMeta:
    path = task_dir / "task.yaml"
    raw_text = _read_text(path, "(file)", f"create {path}; `make new-task NAME={task_dir.name}` scaffolds one")
    try:
        raw = yaml.load(raw_text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise TaskError(path, "(yaml)", f"not valid YAML: {exc}", "fix the YAML syntax at the position shown") from exc
    if not isinstance(raw, dict):
        raise TaskError(path, "(top level)", "must be a mapping of fields", "write 'id: ...', 'title: ...' etc.")
    try:
        meta = TaskMeta.model_validate(raw)
    except ValidationError as exc:
        # A misspelt field shows up as "extra" and as "missing"; the misspelling is the useful one.
        err = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        field = ".".join(str(p) for p in err["loc"]) or "(top level)"
        fix = {
            "missing": "add the field",
            "extra_forbidden": "remove it (or check its spelling)",
        }.get(err["type"], "see docs/TASKS.md for the field's form")
        raise TaskError(path, field, err["msg"], fix) from exc
    if meta.id != task_dir.name:
        raise TaskError(path, "id", f"is {meta.id!r} but the folder is {task_dir.name!r}", "make them the same")
    return meta


def _load_language(task_dir: Path, meta: TaskMeta, lang: str) -> LanguageFiles:
    info = language_info(lang)
    spec_path = task_dir / lang / f"spec.{info.extension}"
    ref_path = task_dir / lang / f"reference.{info.extension}"
    spec_text = _read_text(spec_path, "(file)", f"add the locked template {spec_path.name}")
    if meta.status == "imported" and not ref_path.exists():
        ref_text = None  # imported from another benchmark: no reference (check-tasks skips its checks)
    else:
        ref_text = _read_text(ref_path, "(file)", f"add a verified reference solution {ref_path.name} "
                              "(only tasks with 'status: imported' may come without one)")
    try:
        template = parse_template(spec_text, info.comment)
    except RegionError as exc:
        raise TaskError(spec_path, "regions", str(exc), "mark each editable region with a balanced pair of marker lines") from exc
    if not template.region_names:
        raise TaskError(spec_path, "regions", "no editable region",
                        f"add '{info.comment} <vc:code>' and '{info.comment} </vc:code>' lines around the part the model writes")
    if ref_text is None:
        _check_trivial(task_dir, meta, lang, template)
        return LanguageFiles(lang=lang, spec_path=spec_path, reference_path=ref_path, spec_text=spec_text,
                             reference_text="", template=template, reference_regions={})
    try:
        reference = parse_template(ref_text, info.comment)
    except RegionError as exc:
        raise TaskError(ref_path, "regions", str(exc), "use the same region markers as the spec") from exc
    if reference.region_names != template.region_names:
        raise TaskError(ref_path, "regions", f"has regions {reference.region_names}, spec has {template.region_names}",
                        "use exactly the spec's regions, in the same order")
    if reference.locked_text() != template.locked_text():
        line = _first_difference(reference.locked_text(), template.locked_text())
        raise TaskError(ref_path, "locked text",
                        f"differs from {spec_path.name} outside the regions (first at locked line {line})",
                        "copy the spec and change only the lines between region markers")
    _check_trivial(task_dir, meta, lang, template)
    return LanguageFiles(lang=lang, spec_path=spec_path, reference_path=ref_path, spec_text=spec_text,
                         reference_text=ref_text, template=template, reference_regions=reference.contents())


def _check_trivial(task_dir: Path, meta: TaskMeta, lang: str, template: Template) -> None:
    for region, _ in meta.trivial.get(lang, {}).items():
        if region not in template.region_names:
            raise TaskError(task_dir / "task.yaml", f"trivial.{lang}.{region}", "names no region of the spec",
                            f"use one of {template.region_names}")


def load_task(task_dir: Path) -> Task:
    task_dir = Path(task_dir)
    meta = _load_meta(task_dir)
    description = _read_text(task_dir / "description.md", "(file)", "write the natural-language statement")
    languages = {}
    for lang in LANGUAGES:
        if (task_dir / lang).is_dir():
            languages[lang] = _load_language(task_dir, meta, lang)
    for lang in meta.entry:
        if lang not in languages:
            raise TaskError(task_dir / "task.yaml", f"entry.{lang}", f"names an entry but {task_dir / lang}/ is missing",
                            f"add {lang}/spec and {lang}/reference, or remove entry.{lang}")
    for lang in languages:
        if lang not in meta.entry:
            raise TaskError(task_dir / "task.yaml", f"entry.{lang}", f"{lang}/ exists but has no entry name",
                            f"add 'entry: {{{lang}: <name of the method/function/theorem>}}'")
    return Task(root=task_dir, meta=meta, description=description, languages=languages)


# A task folder's own default set: `taskset.yaml` at its top (written by the importers) names the
# statuses it runs by default, e.g. {name: algoveri, statuses: [imported]}; without it, stable.
TASKSET_FILE = "taskset.yaml"


def default_statuses(tasks_dir: Path) -> tuple[str, ...]:
    path = Path(tasks_dir) / TASKSET_FILE
    if not path.is_file():
        return ("stable",)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise TaskError(path, "(yaml)", f"not valid YAML: {exc}", "fix it or re-run the import") from exc
    statuses = raw.get("statuses") if isinstance(raw, dict) else None
    if not isinstance(statuses, list) or not statuses or any(s not in STATUSES for s in statuses):
        raise TaskError(path, "statuses", f"must be a non-empty list of {', '.join(STATUSES)}",
                        "write e.g. 'statuses: [imported]'")
    return tuple(statuses)


def discover(tasks_dir: Path, only: list[str] | None = None, statuses: tuple[str, ...] | None = None) -> list[Task]:
    """The tasks under tasks_dir (sorted by id) whose status is in `statuses` (default: the folder's
    own set, see default_statuses), or exactly the ones named in `only` (whatever their status:
    naming a task is asking for it)."""
    tasks_dir = Path(tasks_dir)
    if statuses is None:
        statuses = default_statuses(tasks_dir)
    dirs = sorted(p for p in tasks_dir.iterdir() if (p / "task.yaml").exists() or (p.is_dir() and not p.name.startswith((".", "_"))))
    if only:
        known = {d.name for d in dirs}
        missing = [name for name in only if name not in known]
        if missing:
            close = {m: difflib.get_close_matches(m, known, n=1) for m in missing}
            hints = ", ".join(f"{m} (did you mean {c[0]}?)" if c else m for m, c in close.items())
            raise TaskError(tasks_dir, "--tasks", f"no such task: {hints}", "use `vericode list` to see the task ids")
        dirs = [d for d in dirs if d.name in only]
        return [load_task(d) for d in dirs]
    return [task for task in map(load_task, dirs) if task.meta.status in statuses]
