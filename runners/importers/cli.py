"""`vericode import-algoveri`: the command's arguments. The importer itself (runners.importers.algoveri)
is loaded only when the command runs, so other commands do not pay for its import."""

from __future__ import annotations

from pathlib import Path


def add_command(sub) -> None:
    p = sub.add_parser("import-algoveri", help="import the seed benchmark's task folders (status: imported)")
    p.add_argument("path", type=Path, help="a checkout of the seed benchmark (or its algoveri_data/ folder)")
    p.add_argument("--into", type=Path, default=Path("tasks-algoveri"), help="where the tasks go (default: %(default)s)")
    p.add_argument("--families", type=Path, default=None, help="YAML map task id -> family (the seed's seven)")
    p.add_argument("--commit", default=None, help="upstream commit to record (default: git rev-parse HEAD of PATH)")
    p.add_argument("--backend", default="auto", help="where Dafny resolves the templates (default: %(default)s)")
    p.add_argument("--no-resolve", action="store_true", help="skip the Dafny resolve check (reported per task)")
    p.set_defaults(func=_run)


def _run(args) -> int:
    from runners.importers.algoveri import cmd_import

    return cmd_import(args)
