"""Commands for runs and reports: eval, table, new-task, clean-containers."""

from __future__ import annotations


def add_commands(sub, add_backend, split) -> None:
    pass
