"""What every language module shares: the Language interface, code extraction from replies and
the region self-containment check. All functions are pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from runners.langinfo import LanguageInfo, language_info
from runners.lexer import Syntax, bracket_problem, tokenize
from runners.regions import Region, find_regions
from runners.taxonomy import Category

if TYPE_CHECKING:
    from runners.tasks import Task
    from runners.verdict import Diagnostic


@dataclass(frozen=True)
class Toolchain:
    """The verifier as found in a sandbox: what `command` needs to pick its flags."""

    name: str
    version: str  # e.g. "2.3.0" or "4.8.0"; "" when unknown

    @property
    def major(self) -> int:
        m = re.match(r"(\d+)", self.version)
        return int(m.group(1)) if m else 0


@dataclass
class Parsed:
    """A verifier run read back: diagnostics, the verifier's own counts, and infrastructure trouble."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    summary: dict[str, int] | None = None
    infrastructure: str | None = None  # set when the run says nothing about the model's code
    clean_output: str = ""


class Language(Protocol):
    info: LanguageInfo
    syntax: Syntax

    def render(self, task: "Task") -> str: ...
    def extract(self, response: str, task: "Task") -> dict[str, str] | None: ...
    def audit(self, source: str, task: "Task") -> list[Diagnostic]: ...
    def verify_files(self, task: "Task", source: str) -> dict[str, str]:
        """The files a verification needs in its work dir: the graded file, plus any check files."""
        ...
    def command(self, task: "Task", toolchain: Toolchain, time_limit_s: int, nonce: str = "",
                only: str | None = None) -> list[str]:
        """The verifier's argv. `only`: a name pattern (`*` wildcards) of the procedures to verify,
        for the generated vector checks, whose asserts need the contract, not the reference's
        proof; a language that cannot restrict its verifier ignores it and verifies everything."""
        ...
    def vector_check_source(self, task: "Task") -> str:
        """The reference plus generated checks of the task's vectors against pre/post."""
        ...
    vector_check_names: str | None
    """The `only` pattern naming the generated vector checks (None: verify the whole file)."""
    def render_value(self, value: object) -> str:
        """A vector value (int, bool, str, nested list) as a literal of this language."""
        ...
    def version_command(self) -> list[list[str]]: ...
    def parse_version(self, output: str) -> str: ...
    def diagnose(self, output: str, exit_code: int) -> Parsed: ...
    def passed(self, parsed: Parsed, exit_code: int) -> bool: ...


class TemplateLanguage:
    """What the three languages do alike: the spec template is the prompt's file, code comes from
    fenced blocks, one graded file, and vector values render as literals through three hooks."""

    info: LanguageInfo
    list_open, list_close = "[", "]"

    # The registry's entries by default (runners/languages/registry.py); a class may pin its own.
    @property
    def syntax(self) -> Syntax:
        return self.info.syntax

    @property
    def fence_tags(self) -> tuple[str, ...]:
        return self.info.fence_tags

    # True when the verifier run also prints the program as the verifier parsed it (after a line
    # holding the run's nonce), for `audit_parsed` to read.
    has_parsed_view = False

    def parsed_view_command(self, task: "Task", toolchain: Toolchain, nonce: str) -> list[str] | None:
        return None

    def audit_parsed(self, task: "Task", view: str, template_view: str, parsed: "Parsed") -> list[Diagnostic]:
        return []

    def render(self, task: "Task") -> str:
        return task.files(self.info.name).spec_text

    def extract(self, response: str, task: "Task") -> dict[str, str] | None:
        return extract_regions(response, task, self.info.name, self.fence_tags, self.syntax)

    def file_name(self, task: "Task") -> str:
        return f"{task.id}.{self.info.extension}"

    def verify_files(self, task: "Task", source: str) -> dict[str, str]:
        return {self.file_name(task): source}

    def render_value(self, value: object) -> str:
        if isinstance(value, bool):  # before int: bool is an int subclass
            return "true" if value else "false"
        if isinstance(value, int):
            return self.render_int(value)
        if isinstance(value, str):
            return self.render_string(value)
        if isinstance(value, list):
            return self.sequence(self.render_value(v) for v in value)
        raise ValueError(f"vector value {value!r} has no {self.info.name.capitalize()} literal form "
                         f"(use int, bool, string or list)")

    def sequence(self, literals) -> str:
        """A sequence literal of already rendered elements."""
        return self.list_open + ", ".join(literals) + self.list_close

    def render_int(self, value: int) -> str:
        return str(value)

    def render_string(self, value: str) -> str:
        raise NotImplementedError


def diagnostic(**fields) -> "Diagnostic":
    """A Diagnostic. runners.verdict (pydantic) is imported with the first one, not with the
    language modules: check's early start (runners/early_check.py) imports those before the
    typed layer, to start the verifier sooner."""
    from runners.verdict import Diagnostic

    return Diagnostic(**fields)


def split_view(output: str, nonce: str) -> tuple[str, str | None]:
    """The verifier's own output, and what follows the nonce line (its parsed program), if any."""
    marker = f"\n{nonce}\n"
    at = output.rfind(marker) if nonce else -1
    if at < 0:
        return output, None
    return output[:at + 1], output[at + len(marker):]


# ---------------------------------------------------------------------------------------------
# Extraction

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*([\w+#.-]*)[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)", re.S | re.M)


def code_blocks(response: str, fence_tags: tuple[str, ...]) -> list[str]:
    """Fenced code blocks of a reply, those tagged with the language first-class.

    A reply with no fences at all is taken as code as a whole (some models answer bare code);
    an unterminated last fence (a reply cut by max_tokens) still yields its text.
    """
    blocks = [(m.group(2).lower(), m.group(3)) for m in _FENCE.finditer(response)]
    if not blocks:
        return [response] if response.strip() else []
    tagged = [text for tag, text in blocks if tag in fence_tags]
    return tagged or [text for _, text in blocks]


def _offsets(text: str) -> list[int]:
    """Offset of the start of each line (1-based lines: index line - 1)."""
    starts = [0]
    starts += [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return starts


def _find_last(haystack: list[str], needle: list[str], before: int) -> int | None:
    for start in range(min(before, len(haystack)) - len(needle), -1, -1):
        if haystack[start : start + len(needle)] == needle:
            return start
    return None



def _trim_edges(text: str) -> str:
    """Drop the blank rest of the previous anchor's line and the indentation before the next."""
    head, newline, rest = text.partition("\n")
    if newline and not head.strip():
        text = rest
    cut = text.rfind("\n")
    return text[: cut + 1] if not text[cut + 1 :].strip() else text


def align_whole_file(code: str, parts: tuple, syntax: Syntax) -> dict[str, str] | None:
    """Region contents of a whole file returned without markers, by anchoring on the locked text.

    Locked parts are matched as code tokens (comments, white space and line breaks do not count,
    so a reformatted or commented locked part still anchors), right to left, each at its last
    occurrence before the next one; the text between two anchors is the region between them.
    """
    lexed = tokenize(code, syntax)
    if lexed.unterminated:
        return None
    tokens = lexed.tokens
    texts = [t.text for t in tokens]
    starts = _offsets(code)

    def offset(tok) -> int:
        return starts[tok.line - 1] + tok.col - 1

    locked = [p for p in parts if isinstance(p, str)]
    regions = [p for p in parts if isinstance(p, Region)]
    anchors: list[tuple[int, int]] = []  # token index ranges [start, end)
    limit = len(texts)
    for part in reversed(locked):
        needle = [t.text for t in tokenize(part, syntax).tokens]
        if not needle:
            anchors.append((limit, limit))
            continue
        start = _find_last(texts, needle, limit)
        if start is None:
            return None
        anchors.append((start, start + len(needle)))
        limit = start
    anchors.reverse()
    contents: dict[str, str] = {}
    for region, (_, end_prev), (start_next, _) in zip(regions, anchors, anchors[1:]):
        if end_prev > start_next:
            return None
        first = offset(tokens[end_prev - 1]) + len(tokens[end_prev - 1].text) if end_prev > 0 else 0
        last = offset(tokens[start_next]) if start_next < len(tokens) else len(code)
        contents[region.name] = _trim_edges(code[first:last])
    return contents


def extract_regions(response: str, task: "Task", lang: str, fence_tags: tuple[str, ...],
                    syntax: Syntax | None = None) -> dict[str, str] | None:
    """Region contents from a model reply, or None when it holds no usable code.

    Tried in order: region markers inside the code blocks; a whole file without markers, aligned
    on the locked text; a single-region template filled with the last code block.
    """
    files = task.files(lang)
    comment = language_info(lang).comment
    blocks = code_blocks(response, fence_tags)
    if not blocks:
        return None
    found = find_regions("\n".join(b if b.endswith("\n") else b + "\n" for b in blocks), comment)
    known = {k: v for k, v in found.items() if k in files.template.region_names}
    if len(known) == len(files.template.region_names):
        return known
    for block in reversed(blocks):
        aligned = align_whole_file(block, files.template.parts, syntax or language_info(lang).syntax)
        if aligned is not None:
            return aligned
    if known:
        return known
    if len(files.template.region_names) == 1 and blocks[-1].strip():
        return {files.template.region_names[0]: blocks[-1]}
    return None


# ---------------------------------------------------------------------------------------------
# Region self-containment: a region may not open a comment or string that swallows locked code,
# nor close a bracket it did not open.

def region_containment(contents: dict[str, str], syntax: Syntax) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for name, text in contents.items():
        lexed = tokenize(text, syntax)
        if lexed.unterminated:
            found.append(diagnostic(
                category=Category.INTEGRITY, source="audit",
                message=f"region <vc:{name}> ends inside an unterminated {lexed.unterminated}, which would swallow the locked code after it",
            ))
            continue
        problem = bracket_problem(lexed.tokens)
        if problem is None:
            continue
        kind, tok = problem
        where = f" (region line {tok.line})" if tok else ""
        message = {
            "escapes": f"region <vc:{name}> closes '{tok.text}' that it did not open{where}; region code must stay inside its region",
            "unclosed": f"region <vc:{name}> leaves '{tok.text}' open{where}",
            "mismatch": f"region <vc:{name}> has a mismatched '{tok.text}'{where}",
        }[kind]
        found.append(diagnostic(category=Category.SYNTAX, source="audit", message=message))
    return found
