"""Dafny cost instrumentation and driver (pure: source text in, source text out).

The graded file is copied and instrumented at the token level: every compiled method or
constructor body starts with `VcTick();`, every loop body in compiled code starts with
`VcTick();`, and every `function method`/`predicate method` body starts with
`var vcTick := VcTickF();`. The cost of a run is the number of ticks: loop iterations plus
calls, independent of the machine, the JIT and the load. Ghost code (lemmas, ghost methods,
forall/calc/`by` proof blocks, plain functions, which Dafny 2.3 does not compile) is left alone.
The counter lives in a small C# file (VcFidelity) bound through `{:extern}`; it stops the
program once the cost passes the size's budget. The copy is compiled with /noVerify and run; it
is never graded, so the externs the audit forbids in attempts are harmless here.

Not counted: built-in sequence operations (slicing, concatenation, comprehensions) and
`forall` aggregate statements, each a single step however long. An algorithm that hides its
work in them looks cheaper than it is.

Why over 400 lines: the instrumenter and the driver generator are one job (turn a graded file
into a program whose output is its cost) and share the token helpers; about a third of the
length is the C# counter and the Dafny parsing helpers the driver emits, kept as text here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from runners.fidelity.generators import BalancedTree, Ctor, Sample
from runners.languages.dafny_tokens import EXPRESSION_LEADS, Code, body_open, matching_close
from runners.fidelity.ticks import RENAME, InstrumentError, apply_inserts, lex
from runners.lexer import DAFNY, Token

PROGRAM = "fidelity.dfy"
COUNTER = "vcfidelity.cs"

EXTERNS = """
// ---- fidelity instrumentation (harness-generated, never verified) ----
method {:extern "VcFidelity", "Tick"} VcTick()
method {:extern "VcFidelity", "Begin"} VcBegin(size: int, budget: int)
method {:extern "VcFidelity", "End"} VcEnd()
"""

# Dafny 2.3 compiles an extern function method as a member of the module's default class, so
# TickF is declared in that (partial) class; Tick/Begin/End are the named class's statics.
COUNTER_CS = """using System.Numerics;
public static class VcFidelity {
  static long count = 0, budget = long.MaxValue;
  static BigInteger size = 0;
  public static void Tick() {
    count++;
    if (count > budget) {
      System.Console.Out.WriteLine("vc-fidelity budget " + size + " " + count);
      System.Console.Out.Flush();
      System.Environment.Exit(0);
    }
  }
  public static void Begin(BigInteger s, BigInteger b) { size = s; budget = (long)b; count = 0; }
  public static void End() {
    System.Console.Out.WriteLine("vc-fidelity cost " + size + " " + count);
    System.Console.Out.Flush();
  }
}
namespace _module {
  public partial class __default {
    public static bool VcTickF() { VcFidelity.Tick(); return true; }
  }
}
"""

GHOST_DECLS = {"lemma", "colemma", "inductive", "twostate", "least", "greatest"}
FUNCTION_DECLS = {"function", "predicate"}
_RESULT = re.compile(r"^vc-fidelity (cost|budget) (-?\d+) (\d+)\s*$", re.M)


def _modifiers_before(tokens: list[Token], i: int) -> set[str]:
    found = set()
    k = i - 1
    while k >= 0 and tokens[k].text in {"ghost", "static", "protected"}:
        found.add(tokens[k].text)
        k -= 1
    return found


def _is_forall_statement(tokens: Code, i: int) -> bool:
    """A forall expression binds with `::`; a forall statement reaches its body (or ensures) without one."""
    depth, j = 0, i + 1
    while j < len(tokens):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in "([":
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]":
            depth -= 1
        elif tok.text == "{" and (depth > 0 or tokens[j - 1].text in EXPRESSION_LEADS):
            j = matching_close(tokens, j)  # a set display in the range
        elif depth == 0 and tok.text == "::":
            return False
        elif depth == 0 and tok.text in {"{", "ensures", ";", "}"}:
            return tok.text in {"{", "ensures"}
        j += 1
    return False


def _ghost_blocks(tokens: Code, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of proof-only blocks inside a compiled body: forall statements, calc, `by {...}`."""
    spans = []
    for i in range(lo, hi):
        text = tokens[i].text
        if tokens[i].kind != "ident" or text not in {"forall", "calc", "by"}:
            continue
        if text == "by" and tokens[i + 1].text == "{":
            spans.append((i + 1, matching_close(tokens, i + 1)))
        elif text == "calc" or (text == "forall" and _is_forall_statement(tokens, i)):
            opened = body_open(tokens, i + 1, statement=True)
            if opened is not None and opened < hi:
                spans.append((opened, matching_close(tokens, opened)))
    return spans


def instrument(source: str) -> str:
    """The source with ticks inserted (see the module docstring) and any `Main` renamed."""
    tokens, offset = lex(source, DAFNY)

    inserts: list[tuple[int, str]] = []
    for i, tok in enumerate(tokens):
        if tok.kind != "ident":
            continue
        prev = tokens[i - 1].text if i else ""
        if tok.text == "Main" and prev != ".":
            inserts.append((offset(tok), RENAME))
        if tok.text in {"method", "constructor"} and prev not in {"function", "predicate", "by"} \
                and "ghost" not in _modifiers_before(tokens, i):
            opened = body_open(tokens, i + 1, statement=False)
            if opened is None:
                continue
            closed = matching_close(tokens, opened)
            inserts.append((offset(tokens[opened]) + 1, " VcTick();"))
            ghost = _ghost_blocks(tokens, opened + 1, closed)
            for k in range(opened + 1, closed):
                if tokens[k].text == "while" and tokens[k].kind == "ident" \
                        and not any(lo < k < hi for lo, hi in ghost):
                    body = body_open(tokens, k + 1, statement=True)
                    if body is not None:
                        inserts.append((offset(tokens[body]) + 1, " VcTick();"))
        elif tok.text == "method" and prev in FUNCTION_DECLS and "ghost" not in _modifiers_before(tokens, i - 1):
            opened = body_open(tokens, i + 1, statement=False)
            if opened is not None:
                inserts.append((offset(tokens[opened]) + 1, " var vcTick := VcTickF();"))
    out = apply_inserts(source, inserts, "Main", "VcUserMain")
    return out


def function_tick_declaration() -> str:
    return 'function method {:extern "VcTickF"} VcTickF(): bool\n'


# -- driver -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Param:
    name: str
    type: str


_SIGNATURE = r"\bmethod\s+(?:\{[^}]*\}\s*)*{name}\s*(?:<[^>]*>)?\s*\((?P<params>[^)]*)\)"


def entry_params(spec: str, entry: str) -> list[Param]:
    """Parameters of the entry method, read from the locked spec."""
    m = re.search(_SIGNATURE.replace("{name}", re.escape(entry)), spec)
    if not m:
        raise InstrumentError(f"entry method {entry} not found in the spec")
    params, depth, current = [], 0, ""
    for ch in m.group("params"):
        depth += ch in "<([" and 1 or 0
        depth -= ch in ">)]" and 1 or 0
        if ch == "," and depth == 0:
            params.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        params.append(current)
    out = []
    for p in params:
        name, _, type_ = p.partition(":")
        out.append(Param(name.replace("ghost", "").strip(), " ".join(type_.split())))
    return out


def literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, BalancedTree):
        return literal(value.to_ctor())
    if isinstance(value, Ctor):
        return value.name + (f"({', '.join(literal(a) for a in value.args)})" if value.args else "")
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise InstrumentError(f"cannot write {value!r} as a Dafny literal")


# Long sequence displays make Dafny 2.3's resolver slow (superlinear in their length), so number
# sequences travel as one string literal each and are parsed by the driver at run time.
PARSE_HELPERS = """
method VcParseInts(s: string) returns (a: array<int>)
{
  var count := if |s| == 0 then 0 else 1;
  var i := 0;
  while i < |s| { if s[i] == ',' { count := count + 1; } i := i + 1; }
  a := new int[count];
  var k, cur, neg := 0, 0, false;
  i := 0;
  while i < |s| {
    var c := s[i];
    if c == ',' { a[k] := if neg then -cur else cur; k, cur, neg := k + 1, 0, false; }
    else if c == '-' { neg := true; }
    else { cur := cur * 10 + (c as int - '0' as int); }
    i := i + 1;
  }
  if count > 0 { a[k] := if neg then -cur else cur; }
}

method VcParseChunks(chunks: seq<string>) returns (a: array<int>)
{
  var parts: seq<array<int>> := [];
  var total, i := 0, 0;
  while i < |chunks| { var p := VcParseInts(chunks[i]); parts := parts + [p]; total := total + p.Length; i := i + 1; }
  a := new int[total];
  var k := 0;
  i := 0;
  while i < |parts| {
    var j := 0;
    while j < parts[i].Length { a[k] := parts[i][j]; k, j := k + 1, j + 1; }
    i := i + 1;
  }
}

method VcRange(first: int, step: int, count: int) returns (a: array<int>)
{
  a := new int[count];
  var i := 0;
  while i < count { a[i] := first + i * step; i := i + 1; }
}

method VcRepeat(unit: string, count: int, tail: string) returns (r: string)
{
  r := "";
  var p, k := unit, count;
  while k > 0 { if k % 2 == 1 { r := r + p; } p, k := p + p, k / 2; }
  r := r + tail;
}

method VcFlags(count: int, ones: seq<int>) returns (a: array<int>)
{
  a := new int[count];
  var i := 0;
  while i < count { a[i] := 0; i := i + 1; }
  i := 0;
  while i < |ones| { a[ones[i]] := 1; i := i + 1; }
}

method VcParseRows(rows: seq<string>) returns (m: seq<seq<int>>)
{
  m := [];
  var i := 0;
  while i < |rows| { var r := VcParseInts(rows[i]); m := m + [r[..]]; i := i + 1; }
}
"""


TREE_HELPER = """
method VcBalancedTree(keys: array<int>, lo: int, hi: int) returns (t: Tree)
  decreases hi - lo
{
  if lo >= hi { return Leaf; }
  var mid := lo + (hi - lo) / 2;
  var l := VcBalancedTree(keys, lo, mid);
  var r := VcBalancedTree(keys, mid + 1, hi);
  return Node(l, keys[mid], r);
}
"""


COLORED_TREE_HELPER = """
method VcColoredTree(keys: array<int>, red: array<int>, lo: int, hi: int) returns (t: Tree)
  decreases hi - lo
{
  if lo >= hi { return Leaf; }
  var mid := lo + (hi - lo) / 2;
  var l := VcColoredTree(keys, red, lo, mid);
  var r := VcColoredTree(keys, red, mid + 1, hi);
  return Node(red[mid] == 1, l, keys[mid], r);
}
"""


CHUNK = 1000  # numbers per string literal: Dafny 2.3 handles a long literal in superlinear time


def _int_list(value: object) -> str:
    """A Dafny expression of type array<int> holding the list (parsed at run time)."""
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise InstrumentError(f"expected a list of integers, got {str(value)[:60]}")
    chunks = ['"' + ",".join(str(v) for v in value[i:i + CHUNK]) + '"' for i in range(0, len(value), CHUNK)]
    if len(chunks) <= 1:
        return f"VcParseInts({chunks[0] if chunks else chr(34) * 2})"
    return f"VcParseChunks([{', '.join(chunks)}])"


def _progression(values: list[int]) -> tuple[int, int] | None:
    """(first, step) when values is an arithmetic progression of two or more elements."""
    if len(values) < 2:
        return None
    step = values[1] - values[0]
    return (values[0], step) if all(b - a == step for a, b in zip(values, values[1:])) else None


def _int_array(values: list[int]) -> str:
    """An array<int> expression; progressions and sparse 0/1 flags are built by a loop, since
    Dafny 2.3's front end takes about a millisecond per element of a literal."""
    prog = _progression(values)
    if prog and len(values) > CHUNK:
        return f"VcRange({prog[0]}, {prog[1]}, {len(values)})"
    ones = [i for i, v in enumerate(values) if v]
    if len(values) > CHUNK and set(values) <= {0, 1} and len(ones) <= 16:
        return f"VcFlags({len(values)}, [{', '.join(map(str, ones))}])"
    return _int_list(values)


def _string(value: str) -> str:
    """A string expression: a long periodic string (with a short tail) is built at run time by
    doubling, a literal otherwise."""
    if len(value) > 4 * CHUNK:
        for p in range(1, 17):
            unit = value[:p]
            k = len(value) // p
            while k and value[:p * k] != unit * k:
                k -= 1
            if len(value) - p * k <= 64:
                return f"VcRepeat({literal(unit)}, {k}, {literal(value[p * k:])})"
    return literal(value)


def _bind(name: str, param: Param, value: object, lines: list[str]) -> str:
    kind = param.type.replace(" ", "")
    if isinstance(value, BalancedTree):
        lines.append(f"    var {name}_k := {_int_array(list(value.keys))};")
        if value.red is None:
            lines.append(f"    var {name} := VcBalancedTree({name}_k, 0, {name}_k.Length);")
        else:
            lines.append(f"    var {name}_c := {_int_array([int(r) for r in value.red])};")
            lines.append(f"    var {name} := VcColoredTree({name}_k, {name}_c, 0, {name}_k.Length);")
        return name
    if kind in {"array<int>", "array<nat>"}:
        lines.append(f"    var {name} := {_int_array(value)};")
    elif kind in {"seq<int>", "seq<nat>"}:
        lines.append(f"    var {name}_a := {_int_array(value)};")
        lines.append(f"    var {name} := {name}_a[..];")
    elif kind in {"seq<seq<int>>", "seq<seq<nat>>"}:
        rows = ", ".join('"' + ",".join(map(str, row)) + '"' for row in value)  # type: ignore[union-attr]
        lines.append(f"    var {name} := VcParseRows([{rows}]);")
    elif isinstance(value, str):
        lines.append(f"    var {name}: {param.type} := {_string(value)};" if not _string(value).startswith("VcRepeat")
                     else f"    var {name} := {_string(value)};")
    else:
        lines.append(f"    var {name}: {param.type} := {literal(value)};")
    return name


def driver(spec: str, entry: str, runs: list[tuple[int, Sample, int]]) -> str:
    """`Main` calling the entry once per (size, sample, budget), between Begin and End."""
    params = entry_params(spec, entry)
    lines = [EXTERNS.strip(), function_tick_declaration().strip(), PARSE_HELPERS, "method Main()", "{"]
    for n, (size, sample, budget) in enumerate(runs):
        if len(sample.args) != len(params):
            raise InstrumentError(f"generator gave {len(sample.args)} arguments, {entry} takes {len(params)}")
        lines.append("  {")
        names = [_bind(f"vc{n}_{k}", p, v, lines) for k, (p, v) in enumerate(zip(params, sample.args))]
        lines.append(f"    VcBegin({size}, {budget});")
        lines.append(f"    {entry}({', '.join(names)});" if not _returns(spec, entry)
                     else f"    var {', '.join(f'vc{n}_r{k}' for k in range(_returns(spec, entry)))} := {entry}({', '.join(names)});")
        lines.append("    VcEnd();")
        lines.append("  }")
    lines.append("}")
    trees = [v for _, sample, _ in runs for v in sample.args if isinstance(v, BalancedTree)]
    if any(t.red is None for t in trees):
        lines.append(TREE_HELPER)
    if any(t.red is not None for t in trees):
        lines.append(COLORED_TREE_HELPER)
    return "\n".join(lines) + "\n"


def _returns(spec: str, entry: str) -> int:
    m = re.search(_SIGNATURE.replace("{name}", re.escape(entry)) + r"\s*returns\s*\((?P<outs>[^)]*)\)", spec)
    return 0 if not m else len([p for p in m.group("outs").split(",") if ":" in p])


def program(source: str, spec: str, entry: str, runs: list[tuple[int, Sample, int]]) -> dict[str, str]:
    """The files to compile and run: instrumented candidate + driver, and the C# counter."""
    return {PROGRAM: instrument(source).rstrip("\n") + "\n\n" + driver(spec, entry, runs), COUNTER: COUNTER_CS}


def command() -> list[str]:
    """Dafny 2.3: compile to C# in memory and run, whatever the (skipped) verification says."""
    return ["dafny", "/compile:4", "/noVerify", "/nologo", "/compileTarget:cs", PROGRAM, COUNTER]


def parse_costs(output: str) -> list[tuple[int, int, bool]]:
    """(size, cost, budget exceeded) per finished or stopped run, in order."""
    return [(int(m.group(2)), int(m.group(3)), m.group(1) == "budget") for m in _RESULT.finditer(output)]
