"""docs/CORPUS.md is what the task folders say (regenerate: vericode list --markdown > docs/CORPUS.md)."""

from runners.corpus import corpus_markdown, family_counts
from runners.tasks import STATUSES, discover
from tests.conftest import ROOT, TASKS


def test_corpus_doc_is_current():
    expected = corpus_markdown(discover(TASKS, statuses=STATUSES))
    actual = (ROOT / "docs" / "CORPUS.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/CORPUS.md is stale: run `.venv/bin/vericode list --markdown > docs/CORPUS.md`"


def test_every_default_task_has_a_family():
    counts = family_counts(discover(TASKS))
    assert "unassigned" not in counts, counts
