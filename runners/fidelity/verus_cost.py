"""Verus cost instrumentation and driver (pure): the verified file as erased Rust, built natively.

`verus!` from the crates.io `vstd` erases specs and proofs, so the graded file compiles as plain
Rust (scripts/verus_cargo_check.py relies on the same). The copy gets `vc_tick();` at the start of
every exec fn body and of every loop body in exec code (spec/proof fns, `proof { }` and
`assert ... by { }` blocks are not counted), the file's own `fn main` is renamed, and a driver
`main` outside `verus!` runs the entry on each size's input between `vc_begin` and `vc_end`. The
counter is a static atomic; a size stops at its budget. Same output lines as the Dafny runs.
"""

from __future__ import annotations

import re

from runners.fidelity.dafny_cost import Param
from runners.fidelity.generators import BalancedTree, Ctor, Sample
from runners.languages.verus import VSTD_CRATE_VERSION
from runners.fidelity.ticks import RENAME, InstrumentError, apply_inserts, lex
from runners.lexer import RUST, Code, matching_close

RUNTIME = """
// ---- fidelity instrumentation (harness-generated, never verified) ----
static VC_COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static VC_BUDGET: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(u64::MAX);
static VC_SIZE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
#[allow(dead_code)]
fn vc_tick() {
    use std::sync::atomic::Ordering::Relaxed;
    let c = VC_COUNT.fetch_add(1, Relaxed) + 1;
    if c > VC_BUDGET.load(Relaxed) {
        println!("vc-fidelity budget {} {}", VC_SIZE.load(Relaxed), c);
        std::process::exit(0);
    }
}
"""

DRIVER_HELPERS = """
fn vc_begin(size: u64, budget: u64) {
    use std::sync::atomic::Ordering::Relaxed;
    VC_SIZE.store(size, Relaxed);
    VC_BUDGET.store(budget, Relaxed);
    VC_COUNT.store(0, Relaxed);
}
fn vc_end() {
    use std::sync::atomic::Ordering::Relaxed;
    println!("vc-fidelity cost {} {}", VC_SIZE.load(Relaxed), VC_COUNT.load(Relaxed));
}
// Balanced trees of `enum Tree { Leaf, Node(Box<Tree>, i64, Box<Tree>) }` (or with a leading
// color flag), built like the Dafny driver's: root keys[mid], mid = lo + (hi - lo) / 2.
#[allow(dead_code)]
fn vc_tree(keys: &Vec<i64>, lo: usize, hi: usize) -> Tree {
    if lo >= hi { return Tree::Leaf; }
    let mid = lo + (hi - lo) / 2;
    Tree::Node(Box::new(vc_tree(keys, lo, mid)), keys[mid], Box::new(vc_tree(keys, mid + 1, hi)))
}
fn vc_ints(s: &str) -> Vec<i64> {
    if s.is_empty() { Vec::new() } else { s.split(',').map(|x| x.parse::<i64>().unwrap()).collect() }
}
"""

GHOST_MODIFIERS = {"spec", "proof"}
FN_MODIFIERS = {"pub", "open", "closed", "spec", "proof", "exec", "const", "unsafe", "broadcast", "tracked",
                "uninterp", "(", ")", "crate", "in", "super", "self", "async", "extern"}
# A '{' right after one of these opens an expression (a block in a clause), not a body.
EXPRESSION_LEADS = {"==>", "<==>", "<==", "&&", "||", "==", "!=", "=>", "=", "(", "[", "|", "&&&", "|||"}


def _body_open(tokens: Code, start: int) -> int | None:
    """The '{' of the fn or loop body whose header starts at `start`. A clause's own `match x {`,
    `if c {` and `else {` blocks are expressions: each such keyword claims the next '{'."""
    depth, j, claimed = 0, start, 0
    while j < len(tokens):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in "([":
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]":
            depth -= 1
        elif depth == 0 and j > start and tok.kind == "ident" and (
                tok.text in {"match", "if"} or (tok.text == "else" and tokens[j + 1].text == "{")):
            claimed += 1
        elif tok.text == "{" and tok.kind == "punct":
            if depth > 0 or claimed or tokens[j - 1].text in EXPRESSION_LEADS:
                claimed = max(claimed - 1, 0) if depth == 0 else claimed
                j = matching_close(tokens, j)
            else:
                return j
        elif depth == 0 and tok.text in {";", "}"}:
            return None
        j += 1
    return None


def _ghost_blocks(tokens: Code, lo: int, hi: int) -> list[tuple[int, int]]:
    spans = []
    for i in range(lo, hi):
        if tokens[i].kind == "ident" and tokens[i].text in {"proof", "by"} and tokens[i + 1].text == "{":
            spans.append((i + 1, matching_close(tokens, i + 1)))
    return spans


def instrument(source: str) -> str:
    tokens, offset = lex(source, RUST)

    inserts: list[tuple[int, str]] = []
    for i, tok in enumerate(tokens):
        if tok.kind != "ident" or tok.text != "fn":
            continue
        mods, k = set(), i - 1
        while k >= 0 and tokens[k].text in FN_MODIFIERS:
            mods.add(tokens[k].text)
            k -= 1
        name = tokens[i + 1] if i + 1 < len(tokens) else None
        if name is not None and name.text == "main":
            inserts.append((offset(name), RENAME))
        if mods & GHOST_MODIFIERS:
            continue
        opened = _body_open(tokens, i + 1)
        if opened is None:
            continue
        closed = matching_close(tokens, opened)
        inserts.append((offset(tokens[opened]) + 1, " vc_tick();"))
        ghost = _ghost_blocks(tokens, opened + 1, closed)
        for j in range(opened + 1, closed):
            if tokens[j].kind == "ident" and tokens[j].text in {"while", "loop", "for"} \
                    and not any(lo < j < hi for lo, hi in ghost) and tokens[j - 1].text not in {"::", "."}:
                body = _body_open(tokens, j + 1)
                if body is not None and body < closed:
                    inserts.append((offset(tokens[body]) + 1, " vc_tick();"))
    out = apply_inserts(source, inserts, "main", "vc_user_main")
    return RUNTIME + out


_SIGNATURE = r"\bfn\s+{name}\s*(?:<[^>]*>)?\s*\((?P<params>[^)]*)\)"


def entry_params(spec: str, entry: str) -> list[Param]:
    m = re.search(_SIGNATURE.replace("{name}", re.escape(entry)), spec)
    if not m:
        raise InstrumentError(f"entry fn {entry} not found in the spec")
    out = []
    for part in re.split(r",(?![^<]*>)", m.group("params")):
        if ":" in part:
            name, _, type_ = part.partition(":")
            out.append(Param(name.replace("mut ", "").strip(), " ".join(type_.split())))
    return out


def _scalar(value: object, type_: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value}{type_}" if type_ in {"i64", "u64", "usize", "u8", "u32", "i32"} else str(value)
    raise InstrumentError(f"cannot pass {value!r} as {type_}")


def _ints(values: list[int], elem: str) -> str:
    joined = ",".join(map(str, values))
    if elem == "i64":
        return f'vc_ints("{joined}")'
    return f'vc_ints("{joined}").into_iter().map(|x| x as {elem}).collect::<Vec<{elem}>>()'


def enum_variants(spec: str) -> dict[str, dict[str, list[str]]]:
    """The spec's enums: name -> variant -> field types (tuple variants; unit variants have none)."""
    enums: dict[str, dict[str, list[str]]] = {}
    for m in re.finditer(r"\benum\s+(\w+)\s*\{(?P<body>[^{}]*)\}", spec):
        variants: dict[str, list[str]] = {}
        for v in re.finditer(r"(\w+)\s*(?:\((?P<fields>[^()]*)\))?\s*(?:,|$)", m.group("body").strip()):
            fields = v.group("fields")
            variants[v.group(1)] = [" ".join(f.split()) for f in re.split(r",(?![^<]*>)", fields) if f.strip()] \
                if fields else []
        enums[m.group(1)] = variants
    return enums


def _encode(value: object, field_type: str, enums: dict[str, dict[str, list[str]]], out: list[int]) -> None:
    """A datatype value in pre-order as integers (variant index, then each field; bools 0/1),
    the format the generated `vc_dec_<Enum>` functions read back."""
    boxed = re.fullmatch(r"Box<(\w+)>", field_type)
    inner = boxed.group(1) if boxed else field_type
    if not isinstance(value, Ctor):
        if inner in enums or isinstance(value, (list, tuple, str)) or not isinstance(value, int):
            raise InstrumentError(f"cannot pass {value!r} as {field_type}")
        out.append(int(value))
        return
    variants = enums.get(inner)
    if variants is None or value.name not in variants:
        raise InstrumentError(f"no variant {value.name} of an enum {inner} in the spec")
    fields = variants[value.name]
    if len(fields) != len(value.args):
        raise InstrumentError(f"{inner}::{value.name} takes {len(fields)} fields, got {len(value.args)}")
    out.append(list(variants).index(value.name))
    for arg, ft in zip(value.args, fields):
        _encode(arg, ft, enums, out)


def decoders(enums: dict[str, dict[str, list[str]]]) -> str:
    """One `vc_dec_<Enum>(it)` per enum of the spec: rebuilds a value from `_encode`'s integers at
    run time (a literal of thousands of nested nodes is slow or impossible for rustc to build)."""
    out = []
    for enum, variants in enums.items():
        arms = []
        for k, (variant, fields) in enumerate(variants.items()):
            args = []
            for ft in fields:
                boxed = re.fullmatch(r"Box<(\w+)>", ft)
                inner = boxed.group(1) if boxed else ft
                if inner in enums:
                    arg = f"vc_dec_{inner}(it)"
                    args.append(f"Box::new({arg})" if boxed else arg)
                elif inner == "bool":
                    args.append("(*it.next().unwrap() != 0)")
                else:
                    args.append(f"(*it.next().unwrap() as {inner})")
            arms.append(f"        {k} => {enum}::{variant}" + (f"({', '.join(args)})" if args else "") + ",")
        out.append(f"#[allow(dead_code, non_snake_case)]\nfn vc_dec_{enum}(it: &mut std::slice::Iter<i64>) -> {enum} {{\n"
                   f"    match *it.next().unwrap() {{\n" + "\n".join(arms) + "\n        _ => unreachable!(),\n    }\n}")
    return "\n".join(out)


def _bind(name: str, param: Param, value: object, lines: list[str],
          enums: dict[str, dict[str, list[str]]] | None = None) -> str:
    t = param.type.replace(" ", "")
    base = t.removeprefix("&mut").removeprefix("&")
    prefix = "&mut " if t.startswith("&mut") else "&" if t.startswith("&") else ""
    if isinstance(value, BalancedTree):
        keys = _ints(list(value.keys), "i64")
        if value.red is None:
            lines.append(f"        let mut {name}: {base} = vc_tree(&{keys}, 0, {len(value.keys)});")
        else:
            flags = _ints([int(r) for r in value.red], "i64")
            lines.append(f"        let mut {name}: {base} = vc_colored_tree(&{keys}, &{flags}, 0, {len(value.keys)});")
        return prefix + name
    if isinstance(value, Ctor):
        code: list[int] = []
        _encode(value, base, enums or {}, code)
        lines.append(f"        let mut {name}: {base} = vc_dec_{base}(&mut {_ints(code, 'i64')}.iter());")
        return prefix + name
    if base == "Vec<char>":
        if not isinstance(value, str):
            raise InstrumentError(f"{param.name}: expected a string")
        lines.append(f"        let mut {name}: Vec<char> = {json_str(value)}.chars().collect();")
    elif base == "Vec<Vec<char>>":
        if not all(isinstance(row, str) for row in value):  # type: ignore[union-attr]
            raise InstrumentError(f"{param.name}: expected a list of strings")
        rows = ", ".join(f"{json_str(row)}.chars().collect::<Vec<char>>()" for row in value)  # type: ignore[union-attr]
        lines.append(f"        let mut {name}: Vec<Vec<char>> = vec![{rows}];")
    elif (m := re.fullmatch(r"Vec<Vec<(\w+)>>", base)):
        rows = ", ".join(_ints(list(row), m.group(1)) for row in value)  # type: ignore[union-attr]
        lines.append(f"        let mut {name}: {base} = vec![{rows}];")
    elif (m := re.fullmatch(r"Vec<(\w+)>", base)):
        if m.group(1) == "bool":
            lines.append(f"        let mut {name}: Vec<bool> = vec![{', '.join(_scalar(v, 'bool') for v in value)}];")  # type: ignore[union-attr]
        else:
            lines.append(f"        let mut {name}: {base} = {_ints(list(value), m.group(1))};")  # type: ignore[arg-type]
    else:
        lines.append(f"        let mut {name}: {base} = {_scalar(value, base)};")
    return prefix + name


def json_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


COLORED_TREE = """
fn vc_colored_tree(keys: &Vec<i64>, red: &Vec<i64>, lo: usize, hi: usize) -> Tree {
    if lo >= hi { return Tree::Leaf; }
    let mid = lo + (hi - lo) / 2;
    Tree::Node(red[mid] == 1, Box::new(vc_colored_tree(keys, red, lo, mid)), keys[mid],
               Box::new(vc_colored_tree(keys, red, mid + 1, hi)))
}
"""


def driver(spec: str, entry: str, runs: list[tuple[int, Sample, int]]) -> str:
    params = entry_params(spec, entry)
    enums = enum_variants(spec)
    helpers = DRIVER_HELPERS.strip()
    trees = [v for _, sample, _ in runs for v in sample.args if isinstance(v, BalancedTree)]
    if not trees:
        helpers = re.sub(r"// Balanced trees.*?\n}\n", "", helpers, flags=re.S)
    elif trees[0].red is not None:
        helpers = re.sub(r"// Balanced trees.*?\n}\n", "", helpers, flags=re.S) + COLORED_TREE
    if any(isinstance(v, Ctor) for _, sample, _ in runs for v in sample.args):
        helpers += "\n" + decoders(enums)
    lines = [helpers, "", "#[allow(unused_mut, unused_variables)]", "fn main() {"]
    for n, (size, sample, budget) in enumerate(runs):
        if len(sample.args) != len(params):
            raise InstrumentError(f"generator gave {len(sample.args)} arguments, {entry} takes {len(params)}")
        lines.append("    {")
        args = [_bind(f"vc{n}_{k}", p, v, lines, enums) for k, (p, v) in enumerate(zip(params, sample.args))]
        lines.append(f"        vc_begin({size}, {budget});")
        lines.append(f"        let _r = {entry}({', '.join(args)});")
        lines.append("        vc_end();")
        lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def program(source: str, spec: str, entry: str, runs: list[tuple[int, Sample, int]]) -> dict[str, str]:
    manifest = ('[package]\nname = "vericode_fidelity"\nversion = "0.1.0"\nedition = "2021"\n\n'
                f'[dependencies]\nvstd = "={VSTD_CRATE_VERSION}"\n')
    main = "#![allow(unused)]\n" + instrument(source).rstrip("\n") + "\n\n" + driver(spec, entry, runs)
    return {"Cargo.toml": manifest, "src/main.rs": main}


def command(offline: bool = True) -> list[str]:
    return ["cargo", "run", "--quiet", "--message-format", "short"] + (["--offline"] if offline else [])
