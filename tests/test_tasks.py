from pathlib import Path

import pytest

from runners.tasks import TaskError, discover, load_task
from tests.conftest import TASKS, dafny_only_copy


def _copy(tmp_path: Path) -> Path:
    return dafny_only_copy("binary_search_lower_bound", tmp_path)


def test_every_shipped_task_loads():
    tasks = discover(TASKS)
    assert tasks, "no tasks found"
    for task in tasks:
        assert task.pre_name == f"pre_{task.id}"
        assert "dafny" in task.languages


def test_copy_loads(tmp_path):
    assert load_task(_copy(tmp_path)).meta.entry == {"dafny": "LowerBound"}


@pytest.mark.parametrize("edit, field, fix", [
    (lambda y: y.replace("difficulty: easy", "difficulty: trivial"), "difficulty", "Fix:"),
    (lambda y: y.replace("title:", "titel:"), "titel", "remove it"),
    (lambda y: y.replace("id: binary_search_lower_bound", "id: other_name"), "id", "make them the same"),
    (lambda y: y + "\n  - : [\n", "(yaml)", "fix the YAML syntax"),
    (lambda y: y.replace("category: search", ""), "category", "add the field"),
])
def test_malformed_task_yaml_names_file_field_and_fix(tmp_path, edit, field, fix):
    root = _copy(tmp_path)
    path = root / "task.yaml"
    path.write_text(edit(path.read_text()))
    with pytest.raises(TaskError) as err:
        load_task(root)
    message = str(err.value)
    assert str(path) in message
    assert f"field '{field}" in message
    assert fix in message


def test_spec_without_regions_is_rejected(tmp_path):
    root = _copy(tmp_path)
    spec = root / "dafny" / "spec.dfy"
    spec.write_text(spec.read_text().replace("  // <vc:code>\n", "").replace("  // </vc:code>\n", "")
                    .replace("// <vc:helpers>\n", "").replace("// </vc:helpers>\n", ""))
    with pytest.raises(TaskError) as err:
        load_task(root)
    assert "spec.dfy" in str(err.value) and "regions" in str(err.value) and "<vc:code>" in str(err.value)


def test_unbalanced_region_is_rejected(tmp_path):
    root = _copy(tmp_path)
    spec = root / "dafny" / "spec.dfy"
    spec.write_text(spec.read_text().replace("  // </vc:code>\n", ""))
    with pytest.raises(TaskError) as err:
        load_task(root)
    assert "never closed" in str(err.value)


def test_reference_must_match_spec_outside_regions(tmp_path):
    root = _copy(tmp_path)
    ref = root / "dafny" / "reference.dfy"
    ref.write_text(ref.read_text().replace("ensures post_", "ensures true || post_"))
    with pytest.raises(TaskError) as err:
        load_task(root)
    assert "reference.dfy" in str(err.value) and "locked text" in str(err.value)


def test_unknown_task_id_suggests_close_match():
    with pytest.raises(TaskError) as err:
        discover(TASKS, ["binary_search_lower_bund"])
    assert "did you mean binary_search_lower_bound" in str(err.value)
