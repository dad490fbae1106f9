"""The soundness gate over the whole corpus with the real Dafny (what `make check-tasks` runs):
reference PASS, empty regions FAIL, trivial implementation FAIL, vector checks PASS."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from runners.soundness import Outcome, check_jobs
from runners.tasks import discover
from tests.conftest import TASKS, requires_dafny

def _stable(task_dir) -> bool:
    """Read the status field alone, so a malformed task still fails its own test, not the collection."""
    import re

    text = (task_dir / "task.yaml").read_text(encoding="utf-8") if (task_dir / "task.yaml").exists() else ""
    m = re.search(r"^status:\s*(\w+)", text, re.M)
    return m is None or m.group(1) == "stable"


# Folder names only: a malformed task then fails its own test instead of the whole collection.
# Experimental tasks have no finished reference by definition; imported ones have none at all.
TASK_IDS = sorted(p.name for p in TASKS.iterdir() if (p / "dafny").is_dir() and _stable(p))


@requires_dafny
@pytest.mark.dafny
@pytest.mark.parametrize("task_id", TASK_IDS)
def test_dafny_task_is_sound(task_id, local_dafny):
    [task] = discover(TASKS, [task_id])
    jobs = check_jobs(task, "dafny", local_dafny)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: job[1](), jobs))
    bad = [f"{r.check}: {r.status} {r.detail}" for r in results if r.outcome is not Outcome.OK]
    assert not bad, bad


@pytest.mark.parametrize("lang", ["dafny", "verus", "lean"])
def test_every_reference_and_vector_check_file_passes_the_audit(lang):
    """What check-tasks hands each verifier must not be rejected before it runs: the audits
    (which need no verifier) are the part of the Verus and Lean gate that runs everywhere."""
    from runners.languages import get_language

    language = get_language(lang)
    cheats = {}
    for task in discover(TASKS):
        if lang not in task.languages:
            continue
        for name, source in (("reference", task.files(lang).reference_text),
                             ("vector checks", language.vector_check_source(task))):
            if found := language.audit(source, task):
                cheats[f"{task.id} {name}"] = [d.message for d in found]
    assert not cheats, cheats
