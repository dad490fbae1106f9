"""One cross-language error taxonomy, and the rule that picks a verdict's category.

Each language module maps its verifier's messages onto these categories; messages it does not
know become OTHER_VERIFICATION and keep their text, so reports can list them and the maps grow.
"""

from __future__ import annotations

from enum import Enum


class Category(str, Enum):
    NONE = "none"  # PASS
    NO_CODE = "no_code"  # the reply held no usable code
    INTEGRITY = "integrity"  # forbidden construct, spec tampering, non-standard axiom
    SYNTAX = "syntax"
    TYPE = "type"  # resolution, typing, borrow checking, unknown names
    POSTCONDITION = "postcondition"
    INVARIANT = "invariant"
    PRECONDITION = "precondition"  # call preconditions, index bounds, arithmetic overflow
    ASSERTION = "assertion"
    TERMINATION = "termination"
    UNSOLVED_GOAL = "unsolved_goal"  # Lean tactic proofs
    TIMEOUT = "timeout"  # the verifier's own per-obligation limit (rlimit, heartbeats, timeLimit)
    OTHER_VERIFICATION = "other_verification"
    TRUNCATED = "truncated"  # the reply was cut off at max_tokens, or the conversation outgrew the context window
    OVERSIZED = "oversized"  # a region over the size limit: refused before any audit or verifier run
    INFRASTRUCTURE = "infrastructure"  # ERROR verdicts only: crash, container, API outage

    # Stored typed (results, reports); printed, a category is its value on every Python version.
    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


# When one attempt has several diagnostics, the verdict's category is the most fundamental one:
# a syntax error hides every proof problem behind it, a type error hides the proof obligations.
PRIORITY = [
    Category.INTEGRITY,
    Category.TRUNCATED,
    Category.OVERSIZED,
    Category.NO_CODE,
    Category.SYNTAX,
    Category.TYPE,
    Category.TERMINATION,
    Category.INVARIANT,
    Category.PRECONDITION,
    Category.ASSERTION,
    Category.POSTCONDITION,
    Category.UNSOLVED_GOAL,
    Category.TIMEOUT,
    Category.OTHER_VERIFICATION,
]


def primary_category(categories: list[Category]) -> Category:
    """The category that best explains a failing attempt."""
    present = set(categories)
    for category in PRIORITY:
        if category in present:
            return category
    return Category.OTHER_VERIFICATION
