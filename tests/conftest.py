import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TASKS = ROOT / "tasks"
DATA = Path(__file__).resolve().parent / "data"

requires_dafny = pytest.mark.skipif(shutil.which("dafny") is None, reason="dafny is not on PATH (run `make setup`)")


@pytest.fixture(scope="session")
def bsearch():
    from runners.tasks import load_task

    return load_task(TASKS / "binary_search_lower_bound")


@pytest.fixture(scope="session")
def local_dafny():
    from runners.sandbox import LocalSandbox
    from runners.verify import Verifier

    return Verifier("dafny", LocalSandbox())
