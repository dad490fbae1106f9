"""The language registry: the three languages are registered once and every reader agrees with it;
a toy fourth language registered here (and only here) runs `vericode check` end to end.

The toy: '#' line comments, '(*' '*)' block comments, a file of `let NAME = INT` lines and
`ensure NAME == INT` lines. Its "verifier" is a stub program this test writes into a temp dir put
on PATH: it evaluates the ensures and prints a summary in the toy's own format,
`toyprove: N verified, M errors`, with `FILE:LINE: error: ...` lines before it.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import textwrap
from pathlib import Path

import pytest

from runners import langinfo
from runners.backends import image_candidates, read_versions
from runners.cli import main
from runners.languages import get_language
from runners.languages.base import Parsed, TemplateLanguage, Toolchain
from runners.languages.registry import (REGISTRY, ImageSpec, LanguageSpec, ScaffoldSpec, language_spec, names,
                                        register, unregister)
from runners.lexer import DAFNY, LEAN, RUST, Syntax
from runners.taxonomy import Category
from runners.verdict import Diagnostic

ROOT = Path(__file__).resolve().parent.parent
BUILTIN = ("dafny", "verus", "lean")


# -- the three registered languages -------------------------------------------------------------

def test_the_three_languages_are_registered_with_their_facts():
    assert names()[:3] == list(BUILTIN)
    assert [language_spec(n).extension for n in BUILTIN] == ["dfy", "rs", "lean"]
    assert [language_spec(n).comment for n in BUILTIN] == ["//", "//", "--"]
    assert [language_spec(n).syntax for n in BUILTIN] == [DAFNY, RUST, LEAN]
    with pytest.raises(ValueError, match="choose from dafny, verus, lean"):
        language_spec("cobol")
    with pytest.raises(ValueError, match="unknown language 'cobol'"):
        get_language("cobol")


def test_langinfo_is_a_view_of_the_registry():
    assert langinfo.LANGUAGES is REGISTRY
    assert langinfo.language_info("verus") is REGISTRY["verus"]
    assert langinfo.language_info("verus").fence == "rust"


@pytest.mark.parametrize("lang", BUILTIN)
def test_each_adapter_agrees_with_its_registration(lang):
    spec = language_spec(lang)
    adapter = get_language(lang)
    assert adapter.info is spec
    assert adapter.syntax is spec.syntax
    assert tuple(adapter.fence_tags) == spec.fence_tags and spec.fence in spec.fence_tags
    assert (ROOT / "runners/prompts" / spec.rules).is_file()
    assert spec.scaffold is not None and (ROOT / "runners/scaffold" / spec.scaffold.template).is_file()


def test_prompt_titles_and_scaffold_files_come_from_the_registry():
    from runners import prompts, scaffold

    assert prompts.TITLES["verus"] == ("Verus (verified Rust)", "Verus")
    assert scaffold.FILES["lean/spec.lean"] == "spec.lean.j2"
    assert set(scaffold.FILES) == {"task.yaml", "description.md",
                                   *(f"{n}/{kind}.{language_spec(n).extension}" for n in BUILTIN
                                     for kind in ("spec", "reference"))}


def test_image_candidates_follow_the_registry(monkeypatch):
    for lang in BUILTIN:
        monkeypatch.delenv(f"VERICODE_IMAGE_{lang.upper()}", raising=False)
    versions = {"IMAGE_PREFIX": "p", "DAFNY_VERSION": "4.1", "DAFNY_DEBIAN_TAG": "2.3-deb", "LEAN_TOOLCHAIN": "v4"}
    assert image_candidates("dafny", versions) == [
        ("p/dafny:4.1", ("DAFNY_VERSION", "DAFNY_Z3_VERSION")),
        ("p/dafny:2.3-deb", ("DAFNY_DEBIAN_VERSION", "DAFNY_DEBIAN_Z3_VERSION", "DEBIAN_SUITE"))]
    assert image_candidates("lean", versions) == [("p/lean:v4", ("LEAN_TOOLCHAIN",))]  # no MATHLIB_REV: skipped
    assert image_candidates("verus", versions) == []
    assert image_candidates("cobol", versions) == []


def test_build_images_script_agrees_with_the_registry():
    """containers/build-images.sh stays a shell script; it must build exactly the registered images,
    under the same names and from the same versions.env keys."""
    script = (ROOT / "containers/build-images.sh").read_text(encoding="utf-8")
    versions = read_versions()
    case_body = script[script.index('case "$image" in'):script.index("esac")]
    script_images = set(re.findall(r"^\s{4}([a-z][a-z-]*)\)", case_body, re.M))
    registered = {image.build: image for spec in REGISTRY.values() for image in spec.images}
    assert script_images == set(registered), "build-images.sh and the registry name different images"
    for build, image in registered.items():
        branch = case_body[case_body.index(f"    {build})"):]
        branch = branch[:branch.index(";;")]
        assert f"$IMAGE_PREFIX/{image.repo}:${image.tag_key}" in branch, (build, branch)
        assert image.tag_key in versions and all(key in versions for key in image.pins), build
    listed = re.search(r"unknown image \(choose from: ([a-z -]+)\)", script).group(1).split()
    assert set(listed) == set(registered)


# -- a toy fourth language, registered in this test only ---------------------------------------

TOY_SYNTAX = Syntax("#", "(*", "*)", re.compile(r"[A-Za-z_][A-Za-z0-9_]*"))
_ERROR = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+): error: (?P<msg>.*)$")
_SUMMARY = re.compile(r"^toyprove: (?P<verified>\d+) verified, (?P<errors>\d+) errors?$")

STUB = r'''#!{python}
"""toyprove: checks `ensure NAME == INT` lines against `let NAME = INT` lines."""
import re, sys
if sys.argv[1:] == ["--version"]:
    print("toyprove 0.1.0"); sys.exit(0)
path = sys.argv[1]
values, verified, errors = {{}}, 0, 0
for number, line in enumerate(open(path, encoding="utf-8"), start=1):
    code = line.split("#", 1)[0].strip()
    if m := re.fullmatch(r"let (\w+) = (-?\d+)", code):
        values[m.group(1)] = int(m.group(2))
    elif m := re.fullmatch(r"ensure (\w+) == (-?\d+)", code):
        if values.get(m.group(1)) == int(m.group(2)):
            verified += 1
        else:
            errors += 1
            print(f"{{path}}:{{number}}: error: ensure {{m.group(1)}} == {{m.group(2)}} does not hold")
    elif code:
        errors += 1
        print(f"{{path}}:{{number}}: error: cannot parse {{code!r}}")
print(f"toyprove: {{verified}} verified, {{errors}} errors")
sys.exit(1 if errors else 0)
'''


class Toy(TemplateLanguage):
    """The toy adapter: everything the three real ones have, in a few lines."""

    has_parsed_view = False
    vector_check_names = None

    @property
    def info(self) -> LanguageSpec:
        return language_spec("toy")

    def audit(self, source: str, task=None) -> list[Diagnostic]:
        return []

    def command(self, task, toolchain: Toolchain, time_limit_s: int, nonce: str = "", only=None) -> list[str]:
        return ["toyprove", self.file_name(task)]

    def vector_check_source(self, task) -> str:
        return task.files("toy").reference_text

    def version_command(self) -> list[list[str]]:
        return [["toyprove", "--version"]]

    def parse_version(self, output: str) -> str:
        m = re.search(r"toyprove (\S+)", output)
        return m.group(1) if m else ""

    def diagnose(self, output: str, exit_code: int) -> Parsed:
        parsed = Parsed(clean_output=output)
        for line in output.splitlines():
            if m := _ERROR.match(line):
                parsed.diagnostics.append(Diagnostic(category=Category.POSTCONDITION, source="verifier",
                                                     message=m.group("msg"), line=int(m.group("line"))))
            elif m := _SUMMARY.match(line):
                parsed.summary = {"verified": int(m.group("verified")), "errors": int(m.group("errors"))}
        if parsed.summary is None and not parsed.diagnostics:
            parsed.infrastructure = "toyprove printed no summary"
        return parsed

    def passed(self, parsed: Parsed, exit_code: int) -> bool:
        return (exit_code == 0 and parsed.summary is not None and parsed.summary["errors"] == 0
                and parsed.summary["verified"] > 0 and not parsed.diagnostics)


TOY = LanguageSpec(
    name="toy", extension="toy", comment="#", fence="toy", fence_tags=("toy",), syntax=TOY_SYNTAX,
    title="Toy", verifier_name="toyprove", language_class=Toy,
    scaffold=ScaffoldSpec("spec.toy.j2", trivial={"code": "let answer = 0"}),
    images=(ImageSpec("toy", "toy", "TOY_VERSION", ("TOY_VERSION",)),),
)

SPEC = """\
# The answer, with its contract.
let base = 40
# <vc:code>
# </vc:code>
ensure answer == 42
"""


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """The toy registered, its stub verifier on PATH, a tasks dir with one toy task; cwd in tmp."""
    register(TOY)
    try:
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        stub = bin_dir / "toyprove"
        stub.write_text(STUB.format(python=sys.executable), encoding="utf-8")
        stub.chmod(stub.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
        task = tmp_path / "tasks" / "the_answer"
        (task / "toy").mkdir(parents=True)
        (task / "task.yaml").write_text(textwrap.dedent("""\
            id: the_answer
            title: The answer
            category: number
            difficulty: easy
            entry: {toy: answer}
            trivial: {toy: {code: "let answer = 0"}}
            """), encoding="utf-8")
        (task / "description.md").write_text("Bind `answer` to the answer.\n", encoding="utf-8")
        (task / "toy" / "spec.toy").write_text(SPEC, encoding="utf-8")
        (task / "toy" / "reference.toy").write_text(SPEC.replace("# </vc:code>", "let answer = 42\n# </vc:code>"),
                                                    encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        yield tmp_path
    finally:
        unregister("toy")


def _check(root: Path, reply: str, capsys) -> tuple[int, str]:
    response = root / "reply.md"
    response.write_text(reply, encoding="utf-8")
    rc = main(["--tasks-dir", str(root / "tasks"), "check", "the_answer", "--lang", "toy",
               "--response", str(response), "--backend", "local"])
    return rc, capsys.readouterr().out


def test_toy_language_passes_check_end_to_end(toy, capsys):
    rc, out = _check(toy, "Here it is:\n```toy\n# <vc:code>\nlet answer = 42\n# </vc:code>\n```\n", capsys)
    assert rc == 0, out
    assert out.startswith("PASS  category=none") and "local" in out


def test_toy_language_fails_a_wrong_reply(toy, capsys):
    rc, out = _check(toy, "```toy\nlet answer = 41\n```\n", capsys)
    assert rc == 1, out
    assert out.startswith("FAIL  category=postcondition")
    assert "ensure answer == 42 does not hold" in out


def test_toy_language_is_known_everywhere_while_registered(toy):
    from runners import prompts, scaffold
    from runners.config import EvalConfig
    from runners.tasks import load_task

    assert "toy" in names() and langinfo.language_info("toy") is TOY
    assert isinstance(get_language("toy"), Toy)
    assert prompts.TITLES["toy"] == ("Toy", "toyprove")
    assert scaffold.FILES["toy/spec.toy"] == "spec.toy.j2"
    assert image_candidates("toy", {"TOY_VERSION": "1"}) == [("vericode/toy:1", ("TOY_VERSION",))]
    assert EvalConfig(langs=["toy"]).langs == ["toy"]
    task = load_task(toy / "tasks" / "the_answer")
    assert set(task.languages) == {"toy"} and task.files("toy").template.region_names == ["code"]
    # Whole-file replies are aligned with the registered syntax: the locked line inside the toy's
    # block comment is no anchor, so the region is the one line before the real one.
    reply = "```toy\nlet base = 40\nlet answer = 7\nensure answer == 42\n(* ensure answer == 42 *)\n```"
    assert get_language("toy").extract(reply, task) == {"code": "let answer = 7\n"}


def test_the_toy_is_gone_after_unregistering(toy):
    unregister("toy")
    assert "toy" not in names()
    with pytest.raises(SystemExit):
        main(["check", "x", "--lang", "toy", "--response", "-"])
    register(TOY)  # the fixture unregisters it again
