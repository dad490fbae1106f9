import os
import shutil
from pathlib import Path

import pytest

# Fidelity (a compile and run after every PASS) is measured by the tests made for it, which ask
# for it explicitly; every other eval in the suite, subprocesses included, leaves it off.
os.environ.setdefault("VERICODE_FIDELITY", "0")

ROOT = Path(__file__).resolve().parent.parent
TASKS = ROOT / "tasks"
DATA = Path(__file__).resolve().parent / "data"

requires_dafny = pytest.mark.skipif(shutil.which("dafny") is None, reason="dafny is not on PATH (run `make setup`)")


def dafny_only_copy(task_id: str, target_root: Path) -> Path:
    """A copy of a shipped task restricted to its Dafny files, so tests of the harness do not depend
    on the other languages' files of the corpus."""
    import yaml

    target = target_root / task_id
    shutil.copytree(TASKS / task_id, target, ignore=shutil.ignore_patterns("verus", "lean"))
    data = yaml.safe_load((target / "task.yaml").read_text())
    data["entry"] = {"dafny": data["entry"]["dafny"]}
    data["trivial"] = {k: v for k, v in (data.get("trivial") or {}).items() if k == "dafny"}
    (target / "task.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return target


@pytest.fixture(scope="session")
def bsearch(tmp_path_factory):
    from runners.tasks import load_task

    return load_task(dafny_only_copy("binary_search_lower_bound", tmp_path_factory.mktemp("tasks")))


@pytest.fixture(scope="session")
def local_dafny():
    from runners.sandbox import LocalSandbox
    from runners.verify import Verifier

    return Verifier("dafny", LocalSandbox())
