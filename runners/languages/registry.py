"""The language registry: every fact about a verification language that the harness reads outside
the language's own module, registered in one place.

One `LanguageSpec` per language names its file extension, comment leader, Markdown fence tags,
lexer `Syntax`, prompt title and rules template, `new-task` scaffold, container images (with the
containers/versions.env keys they pin) and the `Language` class that runs its verifier. The task
loader (runners/langinfo.py is a view of this registry), the prompts, the backends, the scaffold,
the CLI choices and the language lookup all read it; containers/build-images.sh names the same
images and tests/test_registry.py checks that the two agree.

This module imports no verifier adapter: a spec names its class as "module:Class" and the class
is imported only when `LanguageSpec.language()` is called, so loading tasks stays cheap.
Adding a language: docs/LANGUAGES.md, "Adding a language".
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Union

from runners.lexer import DAFNY, LEAN, RUST, Syntax

if TYPE_CHECKING:
    from runners.languages.base import Language

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
SCAFFOLD_DIR = Path(__file__).resolve().parent.parent / "scaffold"


@dataclass(frozen=True)
class ImageSpec:
    """One container image a language's verifier can run in: $IMAGE_PREFIX/<repo>:<versions.env[tag_key]>."""

    build: str  # the image's name in containers/build-images.sh (its IMAGES=... words)
    repo: str
    tag_key: str  # the versions.env key holding the tag
    pins: tuple[str, ...]  # the versions.env keys the image pins (recorded in the run manifest)

    def name(self, versions: dict[str, str]) -> str | None:
        """The image name under these versions, or None when versions.env lacks the tag."""
        if self.tag_key not in versions:
            return None
        return f"{versions.get('IMAGE_PREFIX', 'vericode')}/{self.repo}:{versions[self.tag_key]}"


@dataclass(frozen=True)
class ScaffoldSpec:
    """What `vericode new-task` writes for a language: <lang>/spec.<ext> and <lang>/reference.<ext>
    from one template in runners/scaffold/, and the language's lines in task.yaml."""

    template: str  # file name in runners/scaffold/
    entry_case: str = "snake"  # how the entry's name is formed from the task id: snake, camel or pascal
    trivial: dict[str, str] = field(default_factory=dict)  # region contents that must FAIL


LanguageFactory = Union[str, Callable[[], "Language"]]


@dataclass(frozen=True)
class LanguageSpec:
    name: str
    extension: str  # file extension of spec/reference files
    comment: str  # line-comment leader used by region markers
    fence: str  # the Markdown fence tag the prompts ask for
    fence_tags: tuple[str, ...]  # fence tags read as this language's code, first-class
    syntax: Syntax  # the lexer's view of comments, strings and identifiers
    title: str  # the language's name in prompts, e.g. "Verus (verified Rust)"
    verifier_name: str  # the verifier's name in prompts
    language_class: LanguageFactory  # "module:Class", or a zero-argument callable (tests)
    rules_template: str = ""  # prompt rules (jinja2 in runners/prompts/); default "<name>_rules.j2"
    scaffold: ScaffoldSpec | None = None  # None: `new-task` writes no folder for this language
    images: tuple[ImageSpec, ...] = ()  # preferred first

    @property
    def rules(self) -> str:
        return self.rules_template or f"{self.name}_rules.j2"

    def language(self) -> "Language":
        """A fresh instance of the language's adapter (imported on first use)."""
        factory = self.language_class
        if isinstance(factory, str):
            module, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module), attr)
        return factory()


# The one table of languages. `register` adds to it (tests register a toy language this way);
# runners/langinfo.LANGUAGES is this very dict, so every reader sees a registration at once.
REGISTRY: dict[str, LanguageSpec] = {}


def register(spec: LanguageSpec, *, replace: bool = False) -> LanguageSpec:
    if spec.name in REGISTRY and not replace:
        raise ValueError(f"language {spec.name!r} is already registered")
    REGISTRY[spec.name] = spec
    return spec


def unregister(name: str) -> None:
    REGISTRY.pop(name, None)


def language_spec(name: str) -> LanguageSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown language {name!r}; choose from {', '.join(REGISTRY)}") from None


def names() -> list[str]:
    """The registered languages, in registration order (the CLI's choices)."""
    return list(REGISTRY)


register(LanguageSpec(
    name="dafny", extension="dfy", comment="//", fence="dafny", fence_tags=("dafny", "dfy"), syntax=DAFNY,
    title="Dafny", verifier_name="Dafny", language_class="runners.languages.dafny:Dafny",
    scaffold=ScaffoldSpec("spec.dfy.j2", entry_case="pascal", trivial={"code": "r := 0;"}),
    images=(ImageSpec("dafny", "dafny", "DAFNY_VERSION", ("DAFNY_VERSION", "DAFNY_Z3_VERSION")),
            ImageSpec("dafny-offline", "dafny", "DAFNY_DEBIAN_TAG",
                      ("DAFNY_DEBIAN_VERSION", "DAFNY_DEBIAN_Z3_VERSION", "DEBIAN_SUITE"))),
))
register(LanguageSpec(
    name="verus", extension="rs", comment="//", fence="rust", fence_tags=("rust", "rs", "verus"), syntax=RUST,
    title="Verus (verified Rust)", verifier_name="Verus", language_class="runners.languages.verus:Verus",
    scaffold=ScaffoldSpec("spec.rs.j2", entry_case="snake", trivial={"code": "0"}),
    images=(ImageSpec("verus", "verus", "VERUS_RELEASE", ("VERUS_RELEASE", "VERUS_RUST_TOOLCHAIN")),),
))
register(LanguageSpec(
    name="lean", extension="lean", comment="--", fence="lean", fence_tags=("lean", "lean4"), syntax=LEAN,
    title="Lean 4", verifier_name="Lean 4", language_class="runners.languages.lean:Lean",
    scaffold=ScaffoldSpec("spec.lean.j2", entry_case="camel", trivial={"code": "0", "proof": "simp"}),
    images=(ImageSpec("lean", "lean", "LEAN_TOOLCHAIN", ("LEAN_TOOLCHAIN",)),
            ImageSpec("lean-mathlib", "lean-mathlib", "MATHLIB_REV", ("LEAN_TOOLCHAIN", "MATHLIB_REV"))),
))
