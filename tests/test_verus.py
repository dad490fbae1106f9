"""Verus language module: audit, extraction, argv, output parsing, vector checks, cargo check.

Verifier-output fixtures are in tests/data/verus/ (README there says where each format comes
from). No real `verus` runs here; the integration test at the end runs only when one is on PATH.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from runners.languages import get_language
from runners.languages.base import Parsed, Toolchain
from runners.languages.verus import (
    MAX_RLIMIT,
    Verus,
    audit_source,
    cargo_check_command,
    cargo_check_files,
    categorize,
    parse_cargo_check,
    parse_output,
    verus_date,
)
from runners.regions import splice
from runners.sandbox import Limits, LocalSandbox, RunResult
from runners.tasks import load_task
from runners.taxonomy import Category
from runners.verdict import Status
from runners.verify import Verifier

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = DATA / "verus"
TASK_DIR = DATA / "tasks" / "verus_demo"


@pytest.fixture(scope="module")
def task():
    return load_task(TASK_DIR)


@pytest.fixture(scope="module")
def verus():
    return get_language("verus")


def fixture(name: str) -> str:
    return (OUT / name).read_text(encoding="utf-8")


def reference_with_code(task, code: str, helpers: str = "") -> str:
    contents = dict(task.files("verus").reference_regions)
    contents["code"] = code
    if helpers:
        contents["helpers"] = helpers
    return splice(task.files("verus").template, contents)


# ---------------------------------------------------------------------------------------------
# Audit: every cheat of DESIGN.md's Verus list is rejected ...

CHEATS = {
    "assume": "    assume(false);\n    0\n",
    "admit": "    proof { admit(); }\n    0\n",
    "assume_builtin": "    proof { verus_builtin::assume_(false); }\n    0\n",
    "unsafe": "    unsafe { 0 }\n",
    "extern": "    extern \"C\" { fn f(); }\n    0\n",
}
HELPER_CHEATS = {
    "external_body_path": "#[verifier::external_body]\nfn helper() -> (r: u8) ensures r == 1 { 0 }\n",
    "external_body_paren": "#[verifier(external_body)]\nfn helper() -> (r: u8) ensures r == 1 { 0 }\n",
    "external_path": "#[verifier::external]\nfn helper() {}\n",
    "external_paren": "#[verifier(external)]\nfn helper() {}\n",
    "external_fn_specification": "#[verifier::external_fn_specification]\nfn helper() {}\n",
    "assume_specification": "pub assume_specification[ core::mem::swap::<u8> ](a: &mut u8, b: &mut u8);\n",
    "rlimit_high_path": "#[verifier::rlimit(1000)]\nproof fn helper() {}\n",
    "rlimit_high_paren": "#[verifier(rlimit(1000))]\nproof fn helper() {}\n",
    "rlimit_infinity": "#[verifier::rlimit(infinity)]\nproof fn helper() {}\n",
    "no_decreases_inner": "#![verifier::exec_allows_no_decreases_clause]\nfn helper() {}\n",
    "no_decreases_outer": "#[verifier::exec_allows_no_decreases_clause]\nfn helper() { loop {} }\n",
    "no_decreases_paren": "#[verifier(exec_allows_no_decreases_clause)]\nfn helper() { loop {} }\n",
    "cfg": "#[cfg(any())]\nfn helper() {}\n",
    "cfg_attr": "#[cfg_attr(verus_keep_ghost, verifier::external_body)]\nfn helper() {}\n",
    "assume_new": "proof fn helper() { let tracked t = Tracked::<u8>::assume_new(); }\n",
    "macro_rules": "macro_rules! hide { () => {} }\n",
    "include": "include!(\"/etc/other.rs\");\n",
    "mod_file": "mod other;\n",
    "dangling_attribute": "#[verifier::opaque]\n",
}


@pytest.mark.parametrize("name", sorted(CHEATS))
def test_audit_rejects_cheat_in_code(task, name):
    findings = audit_source(reference_with_code(task, CHEATS[name]))
    assert findings and all(f.category is Category.INTEGRITY for f in findings), name


@pytest.mark.parametrize("name", sorted(HELPER_CHEATS))
def test_audit_rejects_cheat_in_helpers(task, name):
    findings = audit_source(reference_with_code(task, task.files("verus").reference_regions["code"], HELPER_CHEATS[name]))
    assert findings and all(f.category is Category.INTEGRITY for f in findings), name


def test_audit_flags_the_dangling_attribute_by_region(task):
    findings = audit_source(reference_with_code(task, task.files("verus").reference_regions["code"], "#[verifier::opaque]\n"))
    assert any("region <vc:helpers> ends with an attribute" in f.message for f in findings)


# ... and look-alike identifiers, comments and strings are not.

LOOK_ALIKES = {
    "identifiers": ("fn assume_ok(x: u8) -> u8 { x }\nfn admit_count() -> u8 { 0 }\nfn my_unsafe_flag() -> bool { false }\n"
                    "fn external_body_count() -> u8 { let external = 1u8; let rlimit = 2u8; external + rlimit }\n"
                    "fn assume_specification_like() {}\nfn extern_name() {}\nfn cfg_value() {}\n"),
    "comments": ("// assume(false); admit(); unsafe { } #[verifier::external_body]\n"
                 "/* #[verifier(external_body)] assume_specification /* nested assume */ exec_allows_no_decreases_clause */\n"
                 "/// rlimit(1000) cfg\n"),
    "strings": ("fn helper() -> &'static str { \"assume(false); #[verifier::external_body] unsafe\" }\n"
                "fn helper2() -> &'static str { r#\"admit() \"quoted\" extern\"# }\n"
                "fn helper3() -> char { '#' }\n"),
    "allowed_attributes": ("#[verifier::rlimit(20)]\nproof fn helper() {}\n#[verifier(rlimit(30))]\nproof fn helper2() {}\n"
                           "#[verifier::opaque]\nspec fn helper3() -> bool { true }\n#[allow(unused)]\nfn helper4() {}\n"),
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_audit_accepts_look_alikes(task, name):
    source = reference_with_code(task, task.files("verus").reference_regions["code"], LOOK_ALIKES[name])
    assert audit_source(source) == []


def test_audit_accepts_reference_and_reports_positions(task):
    assert audit_source(task.files("verus").reference_text) == []
    source = reference_with_code(task, "    assume(false);\n    0\n")
    (finding,) = audit_source(source)
    line = source.splitlines()[finding.line - 1]
    assert line[finding.col - 1 :].startswith("assume")


def test_rlimit_cap_boundary(task):
    ok = reference_with_code(task, task.files("verus").reference_regions["code"], f"#[verifier::rlimit({MAX_RLIMIT})]\nproof fn h() {{}}\n")
    too_high = reference_with_code(task, task.files("verus").reference_regions["code"], f"#[verifier::rlimit({MAX_RLIMIT + 1})]\nproof fn h() {{}}\n")
    assert audit_source(ok) == []
    assert audit_source(too_high)


# ---------------------------------------------------------------------------------------------
# Render, extract, files, argv, version

def test_render_is_the_locked_spec(task, verus):
    assert verus.render(task) == task.files("verus").spec_text


def test_extract_region_markers_from_rust_fence(task, verus):
    reply = ("Here is the code:\n```rust\n// <vc:code>\n    0\n// </vc:code>\n```\n")
    assert verus.extract(reply, task) == {"code": "    0\n"}


def test_extract_whole_file_without_markers(task, verus):
    whole = task.files("verus").reference_text
    whole = "\n".join(line for line in whole.splitlines() if "vc:" not in line) + "\n"
    got = verus.extract(f"```verus\n{whole}```\n", task)
    assert got is not None and "while lo < hi" in got["code"]


def test_verify_files_and_command(task, verus):
    files = verus.verify_files(task, "SRC")
    assert files == {"verus_demo.rs": "SRC"}
    argv = verus.command(task, Toolchain("verus", "0.2026.05.05.d03e906"), 60)
    assert argv[0] == "verus" and argv[-1] == "verus_demo.rs"
    assert "--no-cheating" in argv and "--output-json" in argv
    assert argv[argv.index("--rlimit") + 1] == str(MAX_RLIMIT)
    assert verus.command(task, Toolchain("verus", "0.2026.05.05.d03e906"), 5)[2] == "5"


def test_no_cheating_only_where_supported(task, verus):
    old = verus.command(task, Toolchain("verus", "0.2024.11.01.abc1234"), 10)
    unknown = verus.command(task, Toolchain("verus", ""), 10)
    assert "--no-cheating" not in old
    assert "--no-cheating" in unknown
    assert verus_date("0.2025.03.10.1a2b3c4") == (2025, 3, 10)


def test_parse_version(verus):
    assert verus.parse_version(fixture("version.txt")) == "0.2026.05.05.d03e906"
    assert verus.parse_version("verus 0.2025.06.01.abcdef0") == "0.2025.06.01.abcdef0"
    assert verus.parse_version("command not found") == ""


def test_render_value(verus):
    assert verus.render_value([1, -2, 3]) == "seq![1, -2, 3]"
    assert verus.render_value([[1], []]) == "seq![seq![1], seq![]]"
    assert verus.render_value(True) == "true"
    assert verus.render_value("a'b") == "seq!['a', '\\'', 'b']"
    with pytest.raises(ValueError):
        verus.render_value(1.5)


def test_vector_check_source(task, verus):
    text = verus.vector_check_source(task)
    assert text.startswith(task.files("verus").reference_text.rstrip("\n"))
    assert "assert(pre_verus_demo(seq![1, 3, 3, 5, 8], 3)) by (compute);" in text
    assert "assert(post_verus_demo(seq![1, 3, 3, 5, 8], 3, 1)) by (compute);" in text
    assert "assert(!post_verus_demo(seq![1, 3, 3, 5, 8], 3, 2)) by (compute);" in text
    assert text.count("proof fn vector_check_") == len(task.meta.vectors)
    assert audit_source(text) == []


# ---------------------------------------------------------------------------------------------
# Output parsing and categories

def test_parse_postcondition_text():
    parsed = parse_output(fixture("postcondition_text.txt"))
    assert parsed.summary == {"verified": 4, "errors": 1, "vir_error": 0}
    (d,) = parsed.diagnostics
    assert d.category is Category.POSTCONDITION and (d.line, d.col) == (21, 13)
    assert d.related and "failed this postcondition" in d.related[0]


def test_parse_many_errors_json():
    parsed = parse_output(fixture("many_errors_json.txt"))
    assert parsed.summary == {"verified": 2, "errors": 5, "vir_error": 0, "success": 0}
    assert [d.category for d in parsed.diagnostics] == [
        Category.INVARIANT, Category.PRECONDITION, Category.TERMINATION, Category.ASSERTION, Category.PRECONDITION]
    assert '"verification-results"' not in parsed.clean_output  # the JSON is not shown to the model


def test_parse_rlimit_is_timeout():
    parsed = parse_output(fixture("rlimit_json.txt"))
    assert [d.category for d in parsed.diagnostics] == [Category.TIMEOUT]


def test_parse_syntax_without_summary():
    parsed = parse_output(fixture("syntax_text.txt"))
    assert parsed.summary is None and parsed.infrastructure is None
    assert [d.category for d in parsed.diagnostics] == [Category.SYNTAX]


def test_parse_type_error_with_vir_error():
    parsed = parse_output(fixture("type_error_json.txt"))
    assert parsed.summary["vir_error"] == 1
    (d,) = parsed.diagnostics
    assert d.category is Category.TYPE and d.code == "E0308"


def test_parse_no_cheating_is_integrity():
    parsed = parse_output(fixture("no_cheating_json.txt"))
    assert [d.category for d in parsed.diagnostics] == [Category.INTEGRITY]


def test_parse_crash_is_infrastructure():
    parsed = parse_output(fixture("crash.txt"))
    assert parsed.infrastructure and "panicked" in parsed.infrastructure
    assert parse_output("").infrastructure


@pytest.mark.parametrize("message,category", [
    ("postcondition not satisfied", Category.POSTCONDITION),
    ("invariant not satisfied at end of loop body", Category.INVARIANT),
    ("invariant not satisfied before loop", Category.INVARIANT),
    ("decreases not satisfied at continue", Category.TERMINATION),
    ("loop must have a decreases clause", Category.TERMINATION),
    ("precondition not satisfied", Category.PRECONDITION),
    ("possible arithmetic underflow/overflow", Category.PRECONDITION),
    ("possible division by zero", Category.PRECONDITION),
    ("assertion failed", Category.ASSERTION),
    ("while loop: Resource limit (rlimit) exceeded", Category.TIMEOUT),
    ("borrow of moved value: `v`", Category.TYPE),
    ("cannot find value `x` in this scope", Category.TYPE),
    ("cannot call function `f` with mode exec", Category.TYPE),
    ("unexpected closing delimiter: `}`", Category.SYNTAX),
    ("external_body/assume_specification not allowed with --no-cheating", Category.INTEGRITY),
    ("something new", Category.OTHER_VERIFICATION),
])
def test_categorize(message, category):
    assert categorize(message) is category


def test_categorize_coded_rustc_errors_are_type():
    assert categorize("use of moved value: `a`", "E0382") is Category.TYPE


def test_passed_needs_exit_zero_summary_and_one_verified(verus):
    ok = parse_output(fixture("pass_json.txt"))
    assert verus.passed(ok, 0)
    assert not verus.passed(ok, 1)
    assert verus.passed(parse_output(fixture("pass_text.txt")), 0)
    assert not verus.passed(parse_output("verification results:: 0 verified, 0 errors\n"), 0)
    assert not verus.passed(parse_output(fixture("postcondition_text.txt")), 0)
    assert not verus.passed(Parsed(summary=None), 0)
    twice = fixture("pass_text.txt") + fixture("pass_text.txt")
    assert not verus.passed(parse_output(twice), 0)


# ---------------------------------------------------------------------------------------------
# Grading end to end with a fake sandbox that replays fixture output

class ReplaySandbox:
    name = "replay"

    def __init__(self, output: str, exit_code: int):
        self.output, self.exit_code = output, exit_code
        self.calls: list[list[str]] = []

    def run(self, argv, files, limits):
        self.calls.append(argv)
        if argv[-1] == "--version":
            return RunResult(exit_code=0, output=fixture("version.txt"), wall_s=0.0)
        return RunResult(exit_code=self.exit_code, output=self.output, wall_s=0.1)

    def close(self):
        pass


@pytest.mark.parametrize("name,exit_code,status,category", [
    ("pass_json.txt", 0, Status.PASS, Category.NONE),
    ("many_errors_json.txt", 1, Status.FAIL, Category.TERMINATION),  # taxonomy.PRIORITY
    ("no_cheating_json.txt", 1, Status.CHEAT, Category.INTEGRITY),
    ("crash.txt", 101, Status.ERROR, Category.INFRASTRUCTURE),
])
def test_grading_with_replayed_output(task, name, exit_code, status, category):
    verifier = Verifier("verus", ReplaySandbox(fixture(name), exit_code))
    verdict = verifier.grade_source(task, task.files("verus").reference_text)
    assert (verdict.status, verdict.category) == (status, category)


def test_grading_audit_cheat_never_runs_verifier(task):
    sandbox = ReplaySandbox(fixture("pass_json.txt"), 0)
    verdict = Verifier("verus", sandbox).grade_contents(task, {"code": "    assume(false);\n    0\n"})
    assert verdict.status is Status.CHEAT and sandbox.calls == []


# ---------------------------------------------------------------------------------------------
# Erased-Rust cargo check

def test_cargo_check_files_and_command():
    files = cargo_check_files("fn main() {}\n")
    assert files["src/main.rs"] == "fn main() {}\n"
    assert 'vstd = "=' in files["Cargo.toml"]
    assert cargo_check_command()[-1] == "--offline"
    assert "--offline" not in cargo_check_command(offline=False)


def test_parse_cargo_check_real_output():
    # Captured from `cargo check --message-format short` on this machine (rustc 1.95).
    found = parse_cargo_check(fixture("cargo_check_short.txt"))
    assert [(d.category, d.line) for d in found] == [(Category.TYPE, 38), (Category.SYNTAX, 18)]


def test_cargo_check_sources_use_trivial_implementation(task, verus):
    sources = verus.cargo_check_sources(task)
    assert set(sources) == {"reference", "spec+trivial"}
    assert "// <vc:code>\n0\n" in sources["spec+trivial"]


def _load_script():
    if "verus_cargo_check" in sys.modules:
        return sys.modules["verus_cargo_check"]
    spec = importlib.util.spec_from_file_location("verus_cargo_check", ROOT / "scripts" / "verus_cargo_check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["verus_cargo_check"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def _vstd_available() -> str | None:
    """Why the cargo check cannot run here, or None when it can."""
    if shutil.which("cargo") is None:
        return "cargo is not on PATH"
    probe = subprocess.run(["cargo", "info", "--offline", "vstd"], capture_output=True, text=True, timeout=120)
    if probe.returncode != 0:
        online = subprocess.run(["cargo", "info", "vstd"], capture_output=True, text=True, timeout=120)
        if online.returncode != 0:
            return "the vstd crate is neither cached nor reachable on crates.io"
    return None


CARGO_SKIP = _vstd_available() if shutil.which("cargo") else "cargo is not on PATH"


@pytest.mark.skipif(CARGO_SKIP is not None, reason=f"erased-Rust check unavailable: {CARGO_SKIP}")
def test_cargo_check_accepts_fixture_sources_and_rejects_type_error(task, verus):
    script = _load_script()
    sources = script.task_sources(TASK_DIR)
    assert set(sources) == {"verus_demo/reference", "verus_demo/spec+trivial", "verus_demo/vector-checks"}
    for name, source in sources.items():
        result = script.cargo_check(name, source)
        assert result.ok, (name, result.output[-3000:])
    broken = task.files("verus").reference_text.replace("lo = mid + 1;", "lo = mid + true;")
    result = script.cargo_check("broken", broken)
    assert not result.ok and [d.category for d in result.diagnostics] == [Category.TYPE]


@pytest.mark.skipif(CARGO_SKIP is not None, reason=f"erased-Rust check unavailable: {CARGO_SKIP}")
@pytest.mark.parametrize("task_dir", sorted(p.parent.parent for p in (ROOT / "tasks").glob("*/verus/spec.rs")),
                         ids=lambda p: p.name)
def test_cargo_check_every_task(task_dir):
    script = _load_script()
    try:
        sources = script.task_sources(task_dir)
    except script.TaskError as exc:
        pytest.skip(f"task does not load (check-tasks reports it): {exc}")
    failures = {name: [d.render() for d in r.diagnostics] or r.output[-2000:]
                for name, source in sources.items() if not (r := script.cargo_check(name, source)).ok}
    assert not failures


# ---------------------------------------------------------------------------------------------
# Integration with a real Verus (skipped here: no Verus binary on this machine)

@pytest.mark.skipif(shutil.which("verus") is None, reason="verus is not on PATH (install it or use containers/verus)")
def test_real_verus_grades_reference_and_trivial(task):
    verifier = Verifier("verus", LocalSandbox(), limits=Limits(wall_s=600))
    assert verifier.grade_source(task, task.files("verus").reference_text).status is Status.PASS
    assert verifier.grade_contents(task, task.meta.trivial["verus"]).status is Status.FAIL
    assert verifier.grade_contents(task, {"code": "    assume(false);\n    0\n"}).status is Status.CHEAT


# ---------------------------------------------------------------------------------------------
# Attributes by allow-list

@pytest.mark.parametrize("helpers,allowed", [
    ("#[verifier::loop_isolation(false)]\nfn h() {}\n", True),
    ("#[verifier::spinoff_prover]\nproof fn h() {}\n", True),
    ("#[verifier(spinoff_prover)]\nproof fn h() {}\n", True),
    ("#[verifier::opaque]\nspec fn h() -> bool { true }\n", True),
    ("#[verifier::type_invariant]\nspec fn inv(x: u8) -> bool { true }\n", True),
    ("#[verifier::integer_ring]\nproof fn h(x: int) ensures x * 0 == 0 {}\n", True),
    ("#[cfg_attr(verus_keep_ghost, verifier::loop_isolation(false))]\nfn h() {}\n", True),
    ("#[derive(PartialEq, Eq)]\nstruct P { x: u8 }\n", True),
    ("#[inline(always)]\nfn h() {}\n", True),
    ("proof fn h(s: Seq<int>) ensures forall|i: int| #![trigger s[i], s[i + 1]] 0 <= i < 0 ==> s[i] == s[i + 1] {}\n",
     True),
    ("#[verifier::external_body]\nfn h() {}\n", False),
    ("#[verifier::when_used_as_spec(g)]\nfn h() {}\n", False),
    ("#[verifier::some_future_switch]\nfn h() {}\n", False),  # unknown: not on the allow-list
    ("#[verifier(opaque, external_body)]\nfn h() {}\n", False),
    ("#[cfg_attr(all(), verifier::external_body)]\nfn h() {}\n", False),
    ("#[cfg_attr(all(), cfg(any()))]\nfn h() {}\n", False),
    ("#[no_mangle]\nfn h() {}\n", False),
    ("#[export_name = \"x\"]\nfn h() {}\n", False),
    ("#[path = \"x.rs\"]\nmod m {}\n", False),
    ("#![verifier::exec_allows_no_decreases_clause]\n", False),
])
def test_attribute_allow_list(task, helpers, allowed):
    source = reference_with_code(task, task.files("verus").reference_regions["code"], helpers + "fn z() {}\n")
    findings = audit_source(source)
    assert (findings == []) is allowed, [f.message for f in findings]


# ---------------------------------------------------------------------------------------------
# Forbidden shortcuts (task.yaml `forbidden.verus`) in executable code only

def with_forbidden(task, names):
    return task.model_copy(update={"meta": task.meta.model_copy(update={"forbidden": {"verus": names}})})


@pytest.mark.parametrize("helpers,code_prefix,rejected", [
    ("", "    let _ = a.binary_search(&key);\n", True),                          # member call in exec code
    ("fn lb(a: &Vec<i64>, key: i64) -> usize { match a.binary_search(&key) { Ok(i) => i, Err(i) => i } }\n",
     "", True),                                                                   # in an exec helper
    ("proof fn lem(s: Seq<i64>) ensures s.len() >= 0 { let _x = binary_search; }\n", "", False),  # ghost code
    ("spec fn binary_search(s: Seq<i64>) -> bool { true }\n", "", False),      # an own spec fn of that name
    ("", "    assert(binary_search_like(a@));\n", False),                         # look-alike, inside assert
])
def test_forbidden_calls_in_exec_code(task, verus, helpers, code_prefix, rejected):
    code = code_prefix + task.files("verus").reference_regions["code"]
    source = reference_with_code(task, code, (task.files("verus").reference_regions.get("helpers") or "") + helpers)
    findings = verus.audit(source, with_forbidden(task, ["binary_search", "slice::binary_search"]))
    assert bool(findings) is rejected, [f.message for f in findings]


def test_exec_tokens_drop_ghost_code():
    from runners.languages.verus import exec_tokens
    from runners.lexer import RUST, tokenize

    text = ("spec fn s(x: int) -> int { sort(x) }\nproof fn p() ensures true { sort(); }\n"
            "fn e(v: &mut Vec<u8>)\n    requires sort(v),\n    ensures sort(v),\n{\n"
            "    proof { sort(); }\n    assert(sort(v)) by { sort(); }\n"
            "    while true\n        invariant sort(v),\n    {\n        keep();\n    }\n    run();\n}\n")
    words = [t.text for t in exec_tokens(tokenize(text, RUST).tokens) if t.kind == "ident"]
    assert "sort" not in words and {"e", "keep", "run", "while"} <= set(words)
