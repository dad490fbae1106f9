"""Dafny code tokens read as declarations, bodies and expressions (pure functions).

Shared by the textual pre-check (languages/dafny.py) and the cost instrumentation
(fidelity/dafny_cost.py): both need to tell a body's '{' from a set display's, an attribute's
or a type's closing '>'. One reading of the braces, so the file that is instrumented is read the
same way as the one that was audited.
"""

from __future__ import annotations

from runners.lexer import Code, Token, matching_close  # noqa: F401 (re-exported: the readers' token list)

DECLARATIONS = {"method", "lemma", "function", "predicate", "constructor", "twostate", "inductive",
                "copredicate", "colemma", "iterator", "class", "trait", "datatype", "codatatype",
                "module", "newtype", "type", "const", "import", "ghost", "static", "least", "greatest"}
BODIED = {"method", "lemma", "function", "predicate", "constructor", "colemma", "copredicate"}
# A '{' after one of these opens an expression (set display, map literal), not a body.
EXPRESSION_LEADS = {"(", "[", ",", ":=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "&&",
                    "||", "==>", "<==", "<==>", "!", "::", ":", "=", ":|", "in", "then", "else",
                    "requires", "ensures", "reads", "modifies", "decreases", "invariant", "return",
                    "assert", "iset", "set", "multiset", "seq", "map", "imap", "yield"}

# Tokens that can follow the '}' of a set display or map literal but never the '}' closing a
# body. The token before a '{' is not always enough: `|a| {` ends a clause, `|{1}|` is a
# cardinality; what follows the matching '}' decides.
EXPRESSION_TAILS = {")", "]", ",", "|", "::", ":", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "&&",
                    "||", "==>", "<==", "<==>", "in", "!", "requires", "ensures", "reads", "modifies", "decreases",
                    "invariant", "[", "."}


def attribute(tokens: list[Token], i: int) -> str | None:
    """The attribute name when tokens[i] opens `{:name ...}`."""
    if tokens[i].text == "{" and i + 2 < len(tokens) and tokens[i + 1].text == ":" and tokens[i + 2].kind == "ident":
        return tokens[i + 2].text
    return None


def continues_expression(tokens: list[Token], close: int) -> bool:
    """True when the token after a '}' shows that the braces were an expression, not a body."""
    return close + 1 < len(tokens) and tokens[close + 1].text in EXPRESSION_TAILS


TYPE_ARGUMENT_TOKENS = {",", "?", ".", "(", ")", "-", "->", "~>", "<", ">"}


def closes_type_arguments(tokens: list[Token], j: int) -> bool:
    """True when tokens[j] is the '>' ending a type's arguments, as in `: seq<int> {`.

    Walks back to the matching '<' over type-shaped tokens only and wants a name before it. Read
    as an expression instead, `a < b > c` chains '<' with '>', which Dafny rejects, so taking such
    a '>' for a type's end never lets a bodyless declaration through.
    """
    depth = 0
    for k in range(j, 0, -1):
        text = tokens[k].text
        if text == ">":
            depth += 1
        elif text == "<":
            depth -= 1
            if depth == 0:
                return tokens[k - 1].kind == "ident"
        elif tokens[k].kind != "ident" and text not in TYPE_ARGUMENT_TOKENS:
            return False
    return False


def body_open(tokens: Code, start: int, *, statement: bool = False) -> int | None:
    """Index of the '{' opening the body of the declaration (or, with `statement`, the loop or
    forall statement) whose header starts at `start`; None when it has none: the header reaches a
    '}' at its own depth, another declaration, or (a statement) its ';'. Braces inside brackets,
    attributes and set displays or map literals are skipped."""
    depth = 0
    j = start
    while j < len(tokens):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in "([":
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]":
            depth -= 1
        elif tok.text == "{" and tok.kind == "punct":
            after_expression = tokens[j - 1].text in EXPRESSION_LEADS and not (
                tokens[j - 1].text == ">" and closes_type_arguments(tokens, j - 1))
            if attribute(tokens, j) is not None or depth > 0 or after_expression \
                    or continues_expression(tokens, matching_close(tokens, j)):
                j = matching_close(tokens, j)
            else:
                return j
        elif depth == 0 and (tok.text == "}" or (statement and tok.text == ";")):
            return None
        elif depth == 0 and tok.kind == "ident" and tok.text in DECLARATIONS:
            # `function method`, `predicate method` and Dafny 4's `by method` continue the header
            if not (tok.text == "method" and tokens[j - 1].text in {"function", "predicate", "by"}):
                return None
        j += 1
    return None
