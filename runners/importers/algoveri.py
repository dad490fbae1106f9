"""`vericode import-algoveri PATH [--into tasks-algoveri/]`: the seed benchmark's task folders as
`status: imported` tasks of this project, with a report of what was imported, repaired or refused.

The seed's layout (one folder per task under `algoveri_data/`): `<lang>_nl.txt` + `<lang>_spec.<ext>`
for lang in dafny, verus, lean. Dafny and Verus templates mark sections with tag lines
(`// <preamble>` ... `// </preamble>`); Lean templates with `-- !benchmark @start NAME` /
`-- !benchmark @end NAME`. Locked sections are copied byte for byte, tag lines included; the
tag lines of editable sections become this project's region markers (`// <vc:NAME>`).

Everything but `import_checkout` and the resolver is a pure function of text. Nothing is dropped
silently: every repair and every refusal is a line of the report.

Why over 400 lines: one format, one pass (sections → regions → task folder → report); the
functions are small and pure apart from `import_checkout`/`write_task` and the resolve hook.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from runners.regions import RegionError, parse_template

# Section names of the seed -> this project's region name (None: locked).
TAG_SECTIONS = {"preamble": None, "spec": None, "helpers": "helpers", "proofs": "proofs", "code": "code"}
LEAN_SECTIONS = {"precond": None, "postcond": None, "auxcode": "helpers", "code": "code", "lemma": "proofs",
                 "proof": "proof"}
SEED_LANGS = {"dafny": ("dfy", "//"), "verus": ("rs", "//"), "lean": ("lean", "--")}
TASKSET_FILE = "taskset.yaml"
REPORT_MD = "import-report.md"
REPORT_JSON = "import-report.json"

_TAG = re.compile(r"^[ \t]*//[ \t]*<(/?)([a-z_]+)>[ \t]*$")
_LEAN_TAG = re.compile(r"^[ \t]*--[ \t]*!benchmark[ \t]+@(start|end)[ \t]+([A-Za-z_]+)[ \t]*$")

# Statements that make a verifier accept what it has not proved.
_CHEATS = {
    "dafny": re.compile(r"\bassume\b|\{:axiom\}"),
    "verus": re.compile(r"\bassume\s*\(|\badmit\s*\(|\bassume_specification\b|external_body"),
    "lean": re.compile(r"\bsorry\b|\badmit\b|\bnative_decide\b|^\s*axiom\b", re.M),
}

# Seed families by words of the task's name (a --families file overrides); category follows.
_FAMILY_WORDS = [
    ("graph", ("graph", "bfs", "dfs", "dijkstra", "bellman", "floyd", "prim", "kruskal", "topolog", "mst",
               "shortest_path", "connected", "scc", "cycle", "bipartite")),
    ("string", ("string", "palindrome", "kmp", "substring", "anagram", "rabin", "z_algorithm", "prefix_function",
                "manacher", "parenthes", "bracket")),
    ("dp", ("knapsack", "lcs", "subsequence", "edit_distance", "coin", "rod_cutting", "dp", "fibonacci_dp",
            "matrix_chain", "house_robber", "subarray")),
    ("sorting/searching", ("sort", "search", "select", "partition", "merge", "lower_bound", "upper_bound")),
    ("advanced data structures", ("heap", "union_find", "disjoint", "segment_tree", "fenwick", "trie", "avl",
                                  "red_black", "bst", "treap", "priority")),
    ("basic data structures", ("stack", "queue", "linked_list", "deque", "array_list", "ring_buffer", "list")),
    ("math", ("gcd", "lcm", "prime", "pow", "fib", "factorial", "sqrt", "modular", "sieve", "binomial", "math")),
]
_CATEGORY_OF = {"graph": "graph", "string": "string", "dp": "dp", "sorting/searching": "sorting",
                "advanced data structures": "ds", "basic data structures": "ds", "math": "math"}


class Refused(ValueError):
    """A language version of a task that cannot be imported soundly; the message says why."""


@dataclass
class LangResult:
    lang: str
    outcome: str  # imported | repaired | refused | missing
    notes: list[str] = field(default_factory=list)
    spec: str | None = None
    entry: str | None = None
    description: str | None = None
    source_file: str | None = None


@dataclass
class TaskResult:
    folder: str
    task_id: str
    langs: dict[str, LangResult] = field(default_factory=dict)
    family: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def imported(self) -> bool:
        return any(r.outcome in ("imported", "repaired") for r in self.langs.values())


# -- parsing the seed's sections -------------------------------------------------------------------

@dataclass
class Section:
    name: str
    open_line: str
    body: str
    close_line: str
    line: int


def split_sections(text: str, lang: str) -> list[str | Section]:
    """Free text and sections in file order; Refused on unbalanced, nested, duplicated or unknown tags."""
    known = LEAN_SECTIONS if lang == "lean" else TAG_SECTIONS
    parts: list[str | Section] = []
    free: list[str] = []
    current: tuple[str, str, int] | None = None
    body: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        bare = line.rstrip("\r\n")
        if lang == "lean":
            m = _LEAN_TAG.match(bare)
            tag = (m.group(1) == "end", m.group(2)) if m else None
        else:
            m = _TAG.match(bare)
            tag = (m.group(1) == "/", m.group(2)) if m and m.group(2) in TAG_SECTIONS else None
        if tag is None:
            (body if current else free).append(line)
            continue
        closing, name = tag
        if name not in known:
            raise Refused(f"line {number}: unknown section {name!r} (known: {', '.join(known)})")
        if not closing:
            if current is not None:
                raise Refused(f"line {number}: unbalanced tags: section {name!r} opens inside {current[0]!r} "
                              f"(opened on line {current[2]})")
            if name in seen:
                raise Refused(f"line {number}: duplicated tags: section {name!r} appears twice")
            seen.add(name)
            parts.append("".join(free))
            free, body, current = [], [], (name, line, number)
        else:
            if current is None or current[0] != name:
                raise Refused(f"line {number}: unbalanced tags: closing {name!r} but "
                              + (f"{current[0]!r} is open" if current else "no section is open"))
            parts.append(Section(name, current[1], "".join(body), line, current[2]))
            current = None
    if current is not None:
        raise Refused(f"line {current[2]}: unbalanced tags: section {current[0]!r} is never closed")
    parts.append("".join(free))
    return [p for p in parts if not (isinstance(p, str) and p == "")]


def strip_comments(text: str, lang: str) -> str:
    """Code without comments and string literals (enough to find cheat statements in it)."""
    if lang == "lean":
        text = re.sub(r"/-.*?-/", " ", text, flags=re.S)
        text = re.sub(r"--[^\n]*", "", text)
    else:
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
        text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)


def cheats_in(text: str, lang: str) -> list[str]:
    return sorted({m.group(0).strip() for m in _CHEATS[lang].finditer(strip_comments(text, lang))})


def _marker(indent: str, comment: str, name: str, closing: bool = False) -> str:
    return f"{indent}{comment} <{'/' if closing else ''}vc:{name}>\n"


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _editable(section: Section, region: str, lang: str, notes: list[str]) -> str:
    """An editable section as locked lines + this project's region, with its placeholder repaired."""
    comment = SEED_LANGS[lang][1]
    indent = _indent_of(section.open_line)
    body = section.body
    before = after = ""
    stripped = body.strip()
    if lang != "lean" and region == "code" and stripped.startswith("{") and stripped.endswith("}"):
        # The seed's code section holds the whole body; this project locks the braces and lets the
        # model write what is between them (as in every task of tasks/).
        first = body[: len(body) - len(body.lstrip())]
        brace_indent = _indent_of(first.split("\n")[-1]) if first else _indent_of(body)
        inner = stripped[1:-1]
        last_line = stripped.splitlines()[-1]
        if "//" in last_line and last_line.index("//") < len(last_line) - 1:
            notes.append(f"code: the placeholder {_short(stripped)!r} comments out its own closing brace; "
                         "the braces are locked and the comment kept inside the region")
        else:
            notes.append("normalised: code: the body's braces are locked text, the region is what lies between them")
        before, after = f"{brace_indent}{{\n", f"{brace_indent}}}\n"
        body = _reindent(inner, brace_indent + "  ")
    found = cheats_in(body, lang)
    if found:
        notes.append(f"{region}: placeholder {_short(body.strip())!r} is a cheat ({', '.join(found)}); "
                     "replaced by an empty region")
        body = ""
    return before + _marker(indent, comment, region) + body + \
        _marker(indent, comment, region, closing=True) + after


def _reindent(inner: str, indent: str) -> str:
    """What lay between a body's braces, as lines under `indent`, relative indentation kept."""
    lines = inner.split("\n")
    head, tail = lines[0].strip(), (lines[-1].strip() if len(lines) > 1 else "")
    middle = textwrap.dedent("\n".join(lines[1:-1])).split("\n") if len(lines) > 2 else []
    out = ([head] if head else []) + middle + ([tail] if tail else [])
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return "".join(f"{indent}{ln.rstrip()}\n" if ln.strip() else "\n" for ln in out)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def convert_template(text: str, lang: str) -> tuple[str, list[str]]:
    """The seed template as this project's spec, and what was repaired; Refused when unsound."""
    parts = split_sections(text, lang)
    mapping = LEAN_SECTIONS if lang == "lean" else TAG_SECTIONS
    notes: list[str] = []
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            if found := cheats_in(part, lang):
                raise Refused(f"locked text outside the sections holds {', '.join(found)}")
            out.append(part)
            continue
        region = mapping[part.name]
        if region is None:
            if found := cheats_in(part.body, lang):
                raise Refused(f"locked section {part.name!r} (line {part.line}) holds teacher-owned "
                              f"{', '.join(found)}")
            out.append(part.open_line + part.body + part.close_line)
        else:
            out.append(_editable(part, region, lang, notes))
    spec = "".join(out)
    if spec and not spec.endswith("\n"):
        spec += "\n"
    try:
        template = parse_template(spec, SEED_LANGS[lang][1])
    except RegionError as exc:
        raise Refused(f"converted template has bad region markers: {exc}") from None
    if not template.region_names:
        raise Refused("no editable section (helpers, proofs, code / auxcode, code, lemma, proof)")
    if "code" not in template.region_names:
        raise Refused("no code section: nothing for the model to implement")
    return spec, notes


def entry_name(text: str, lang: str) -> str | None:
    """The entry the code section implements: the spec's method / fn, or the Lean def holding `code`."""
    parts = split_sections(text, lang)
    if lang == "lean":
        before = ""
        for part in parts:
            if isinstance(part, Section) and part.name == "code":
                names = re.findall(r"^\s*def\s+([A-Za-z_][\w.']*)", before, re.M)
                return names[-1] if names else None
            before += part if isinstance(part, str) else part.open_line + part.body + part.close_line
        return None
    spec = next((p.body for p in parts if isinstance(p, Section) and p.name == "spec"), "")
    if lang == "dafny":  # the method; a proof-only task's lemma otherwise
        patterns = [r"^\s*method\s+(?:\{[^}]*\}\s*)*([A-Za-z_]\w*)", r"^\s*lemma\s+(?:\{[^}]*\}\s*)*([A-Za-z_]\w*)"]
    else:  # the executable fn, not a spec or proof fn stated beside it
        patterns = [r"^(?!.*\b(?:spec|proof)\s+fn\b).*?\bfn\s+([A-Za-z_]\w*)", r"\bfn\s+([A-Za-z_]\w*)"]
    code = strip_comments(spec, lang)
    for pattern in patterns:
        if m := re.search(pattern, code, re.M):
            return m.group(1)
    return None


def lean_entry_alias(spec: str, entry: str) -> tuple[str, str | None]:
    """The harness checks (statement and axioms) `theorem <entry>_spec`; the seed names the theorem
    holding the proof differently (`<entry>_spec_satisfied`). Append, as locked text right after
    the proof region, `theorem <entry>_spec : <its statement as a ∀> := @<seed's theorem>`: the
    same statement, proved by the seed's theorem, so its axioms are the model proof's axioms."""
    from runners.languages.lean.checkfile import StatementError, entry_statement

    close = re.search(r"^[ \t]*-- </vc:proof>[ \t]*\n", spec, re.M)
    if close is None:
        return spec, None
    names = re.findall(r"^\s*(?:theorem|lemma)\s+([A-Za-z_][\w.']*)", spec[: close.start()], re.M)
    wanted = f"{entry}_spec"
    if not names or names[-1] == wanted:
        return spec, None
    if re.search(rf"^\s*(?:theorem|lemma)\s+{re.escape(wanted)}\b", spec, re.M):
        raise Refused(f"the template already declares {wanted} apart from the proved theorem {names[-1]}")
    try:
        statement = entry_statement(spec, names[-1])
    except StatementError as exc:
        raise Refused(f"cannot read the statement of theorem {names[-1]}: {exc}") from None
    alias = (f"\n-- vericode: the entry theorem under this harness's name, proved by {names[-1]}\n"
             f"theorem {wanted} : {statement.as_pi()} := @{names[-1]}\n")
    return spec[: close.end()] + alias + spec[close.end():], (
        f"proof: added locked `theorem {wanted} : <the statement of {names[-1]}> := @{names[-1]}` after the proof "
        "region, the name the harness checks (not checked by Lean here)")


# -- one task folder ---------------------------------------------------------------------------------

def task_id_of(folder: str) -> str:
    name = re.sub(r"[^a-z0-9_]+", "_", folder.lower()).strip("_") or "task"
    return name if name[0].isalpha() else f"t_{name}"


def family_of(task_id: str, families: dict[str, str]) -> str | None:
    if task_id in families:
        return families[task_id]
    for family, words in _FAMILY_WORDS:
        if any(w in task_id for w in words):
            return family
    return None


def _pick(folder: Path, lang: str, kind: str, ext: str, notes: list[str]) -> Path | None:
    """`<lang>_<kind>.<ext>`, preferring a `<lang>_<kind>_new.<ext>`; a misnamed NL file is found too."""
    plain, new = folder / f"{lang}_{kind}.{ext}", folder / f"{lang}_{kind}_new.{ext}"
    if new.is_file():
        notes.append(f"used {new.name} (the folder's newer version); {plain.name} ignored" if plain.is_file()
                     else f"used {new.name}")
        return new
    if plain.is_file():
        return plain
    if kind == "nl":
        others = sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower().startswith(f"{lang}_nl")
                        and p.suffix not in (".dfy", ".rs", ".lean"))
        if others:
            notes.append(f"{plain.name} is missing; the text was read from the misnamed {others[0].name}")
            return others[0]
    return None


def convert_folder(folder: Path, resolve: Callable[[str], tuple[bool | None, str]] | None = None,
                   families: dict[str, str] | None = None) -> TaskResult:
    """One seed folder: every language converted, repaired or refused (nothing written here)."""
    result = TaskResult(folder=folder.name, task_id=task_id_of(folder.name))
    result.family = family_of(result.task_id, families or {})
    if result.family is None:
        result.notes.append("family unknown (no --families entry, no keyword in the name): grouped under math")
    for lang, (ext, _) in SEED_LANGS.items():
        notes: list[str] = []
        spec_path = _pick(folder, lang, "spec", ext, notes)
        if spec_path is None:
            result.langs[lang] = LangResult(lang, "missing", [f"no {lang}_spec.{ext}"])
            continue
        nl_path = _pick(folder, lang, "nl", "txt", notes)
        r = LangResult(lang, "imported", notes, source_file=spec_path.name)
        result.langs[lang] = r
        if nl_path is not None:
            r.description = nl_path.read_text(encoding="utf-8", errors="replace")
        else:
            notes.append(f"no {lang}_nl.txt")
        try:
            text = spec_path.read_text(encoding="utf-8")
            if text.startswith("\ufeff"):
                text = text[1:]
                notes.append(f"{spec_path.name} starts with a byte-order mark; removed")
            r.spec, repairs = convert_template(text, lang)
            r.entry = entry_name(text, lang)
            if r.entry is None:
                raise Refused("no entry found (a method / fn in the spec section, or the Lean def holding code)")
            if lang == "lean":
                r.spec, added = lean_entry_alias(r.spec, r.entry)
                repairs += [added] if added else []
            if resolve is not None and lang == "dafny":
                ok, detail = resolve(r.spec)
                if ok is False:
                    raise Refused(f"template fails to parse or resolve: {detail}")
                if ok is None:
                    notes.append(f"not resolved here: {detail}")
        except (Refused, UnicodeDecodeError) as exc:
            r.outcome, r.spec = "refused", None
            notes.append(str(exc))
            continue
        if any(not n.startswith("normalised:") for n in repairs) or any(
                w in n for n in notes for w in ("ignored", "misnamed", "byte-order mark")):
            r.outcome = "repaired"
        notes.extend(repairs)
    texts = {lang: " ".join(r.description.split()) for lang, r in result.langs.items() if r.description}
    if len(set(texts.values())) > 1:
        first = next(iter(texts))
        result.notes.append(f"the NL texts differ between languages ({', '.join(texts)}); description.md is "
                            f"the {first} one")
    return result


def task_yaml(result: TaskResult, source: str) -> str:
    family = result.family or "math"
    imported = {lang: r for lang, r in result.langs.items() if r.outcome in ("imported", "repaired")}
    meta = {
        "id": result.task_id,
        "title": result.folder.replace("_", " ").strip().capitalize(),
        "category": _CATEGORY_OF[family],
        "family": family,
        "status": "imported",
        "difficulty": "medium",
        "tags": ["algoveri"],
        "entry": {lang: r.entry for lang, r in imported.items()},
        "source": source,
        "notes": (f"Imported from the seed benchmark's folder {result.folder} by `vericode import-algoveri`; "
                  "no reference, vectors or trivial implementations (see import-report.md). "
                  "Difficulty is not given by the seed."),
    }
    return yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)


def description_of(result: TaskResult) -> str:
    texts = [r.description for r in result.langs.values() if r.description and r.description.strip()]
    if not texts:
        return f"# {result.folder}\n\n(The seed gives no natural-language statement.)\n"
    return texts[0].rstrip("\n") + "\n"


# -- a checkout ----------------------------------------------------------------------------------------

def data_dir(path: Path) -> Path:
    return path / "algoveri_data" if (path / "algoveri_data").is_dir() else path


def upstream_commit(path: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else "unknown"


def import_checkout(path: Path, into: Path, resolve: Callable[[str], tuple[bool | None, str]] | None = None,
                    families: dict[str, str] | None = None, commit: str | None = None) -> list[TaskResult]:
    """Convert every task folder under PATH (or PATH/algoveri_data) into `into`, with the report."""
    path, into = Path(path), Path(into)
    source_dir = data_dir(path)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"{path}: no such folder")
    ours = sorted(meta.parent.name for meta in into.glob("*/task.yaml")
                  if "status: imported" not in meta.read_text(encoding="utf-8"))
    if ours:
        raise FileExistsError(f"{into} holds tasks that were not imported ({', '.join(ours[:3])}...); "
                              "import into a folder of its own (--into tasks-algoveri)")
    source = f"algoveri@{commit or upstream_commit(path)}"
    folders = sorted(p for p in source_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    results = [convert_folder(f, resolve, families) for f in folders]
    ids: dict[str, str] = {}
    for r in results:
        if r.task_id in ids:
            r.notes.append(f"id {r.task_id} is taken by folder {ids[r.task_id]}; not written")
            for lr in r.langs.values():
                if lr.outcome in ("imported", "repaired"):
                    lr.outcome, lr.spec = "refused", None
                    lr.notes.append("duplicate task id")
        ids.setdefault(r.task_id, r.folder)
    into.mkdir(parents=True, exist_ok=True)
    for r in results:
        write_task(r, into, source)
    (into / TASKSET_FILE).write_text(yaml.safe_dump({"name": "algoveri", "statuses": ["imported"], "source": source},
                                                    sort_keys=False), encoding="utf-8")
    (into / REPORT_MD).write_text(render_report(results, source), encoding="utf-8")
    (into / REPORT_JSON).write_text(json.dumps(report_records(results, source), indent=1) + "\n", encoding="utf-8")
    return results


def write_task(result: TaskResult, into: Path, source: str) -> None:
    target = into / result.task_id
    if target.exists():
        meta = target / "task.yaml"
        if meta.is_file() and "status: imported" not in meta.read_text(encoding="utf-8"):
            raise FileExistsError(f"{target} holds a task that was not imported; choose another --into")
        shutil.rmtree(target)
    if not result.imported:
        return
    target.mkdir(parents=True)
    (target / "task.yaml").write_text(task_yaml(result, source), encoding="utf-8")
    (target / "description.md").write_text(description_of(result), encoding="utf-8")
    for lang, r in result.langs.items():
        if r.outcome in ("imported", "repaired") and r.spec is not None:
            (target / lang).mkdir()
            (target / lang / f"spec.{SEED_LANGS[lang][0]}").write_text(r.spec, encoding="utf-8")


def report_records(results: list[TaskResult], source: str) -> dict:
    return {"source": source, "tasks": [
        {"folder": r.folder, "task": r.task_id, "family": r.family, "notes": r.notes,
         "langs": {lang: {"outcome": lr.outcome, "file": lr.source_file, "notes": lr.notes}
                   for lang, lr in r.langs.items()}} for r in results]}


def summary(results: list[TaskResult]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for r in results:
        for lang, lr in r.langs.items():
            counts.setdefault(lang, {"imported": 0, "repaired": 0, "refused": 0, "missing": 0})[lr.outcome] += 1
    return counts


def render_report(results: list[TaskResult], source: str) -> str:
    lines = [f"# Import report ({source})", "",
             f"{len(results)} folders, {sum(r.imported for r in results)} tasks written (status: imported).", "",
             "| lang | imported | repaired | refused | missing |", "|---|---|---|---|---|"]
    for lang, c in summary(results).items():
        lines.append(f"| {lang} | {c['imported']} | {c['repaired']} | {c['refused']} | {c['missing']} |")
    lines += ["", "| task | lang | outcome | why |", "|---|---|---|---|"]
    for r in results:
        for lang, lr in r.langs.items():
            why = "; ".join(lr.notes).replace("|", "\\|") or "-"
            lines.append(f"| {r.task_id} | {lang} | {lr.outcome} | {why} |")
        for note in r.notes:
            lines.append(f"| {r.task_id} | - | note | {note} |")
    return "\n".join(lines) + "\n"


# -- resolving a Dafny template ------------------------------------------------------------------------

def dafny_resolver(backend: str = "auto", wall_s: float = 120.0) -> tuple[Callable[[str], tuple[bool | None, str]], Callable[[], None]]:
    """A resolve-only Dafny run (`/noVerify /compile:0`) in the Grader's sandbox; and its closer."""
    from runners.verify import make_grader

    grader, _ = make_grader("dafny", backend, workers=1)

    def resolve(source: str) -> tuple[bool | None, str]:
        return resolve_dafny(grader, "template", source, wall_s)

    return resolve, grader.sandbox.close


def resolve_dafny(grader, name: str, source: str, wall_s: float = 120.0) -> tuple[bool | None, str]:
    """(True, "") when Dafny parses and resolves `source`; (False, first error) when it does not;
    (None, why) when Dafny could not run."""
    from runners.sandbox.base import Limits

    flags = [f for f in grader.language._flags(grader.toolchain()) if f != "/noCheating:1"]
    argv = ["dafny", *flags, "/noVerify", f"{name}.dfy"]
    result = grader.sandbox.run(argv, {f"{name}.dfy": source}, Limits(wall_s=wall_s))
    if result.error or result.timed_out or result.exit_code is None:
        return None, result.error or "Dafny did not finish"
    errors = [ln.strip() for ln in result.output.splitlines() if re.search(r"\b[Ee]rror\b", ln)
              and "model_compress" not in ln]
    if result.exit_code != 0 or errors:
        return False, (errors[0] if errors else f"exit code {result.exit_code}")[:300]
    return True, ""


# -- command line ------------------------------------------------------------------------------------

def cmd_import(args) -> int:
    from runners.config import ConfigError
    from runners.tasks import FAMILIES

    families: dict[str, str] = {}
    if args.families is not None:
        try:
            families = yaml.safe_load(args.families.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"--families {args.families}: {exc}") from None
        bad = {k: v for k, v in families.items() if v not in FAMILIES}
        if bad:
            raise ConfigError(f"--families: unknown families {bad}; use one of {', '.join(FAMILIES)}")
    if not data_dir(args.path).is_dir():
        raise ConfigError(f"import-algoveri: {args.path}: no such folder")
    resolve, close = (None, lambda: None) if args.no_resolve else dafny_resolver(args.backend)
    try:
        results = import_checkout(args.path, args.into, resolve, families, args.commit)
    except FileExistsError as exc:
        raise ConfigError(f"import-algoveri: {exc}") from None
    finally:
        close()
    for lang, c in summary(results).items():
        print(f"{lang:6} imported {c['imported']:3}  repaired {c['repaired']:3}  refused {c['refused']:3}  "
              f"missing {c['missing']:3}")
    for r in results:
        for lang, lr in r.langs.items():
            if lr.outcome == "refused":
                print(f"refused  {r.task_id}/{lang}: {'; '.join(lr.notes)}")
    print(f"{sum(r.imported for r in results)} tasks in {args.into}/; report: {args.into / REPORT_MD}")
    return 0
