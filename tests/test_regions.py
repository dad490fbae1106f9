import pytest

from runners.regions import RegionError, find_regions, parse_template, splice

TEMPLATE = """predicate p(x: int) { x > 0 }
// <vc:helpers>
// </vc:helpers>
method M(x: int) returns (y: int)
  ensures p(y)
{
  // <vc:code>
  y := 0;
  // </vc:code>
}
"""


def test_parse_keeps_locked_text_and_defaults():
    t = parse_template(TEMPLATE, "//")
    assert t.region_names == ["helpers", "code"]
    assert t.contents() == {"helpers": "", "code": "  y := 0;\n"}
    assert splice(t, t.contents()) == TEMPLATE


def test_splice_replaces_only_regions():
    t = parse_template(TEMPLATE, "//")
    out = splice(t, {"code": "  y := 1;"})
    assert "  y := 1;\n  // </vc:code>" in out
    assert out.replace("  y := 1;\n", "  y := 0;\n") == TEMPLATE


@pytest.mark.parametrize("text, needle", [
    ("// <vc:code>\nx\n", "never closed"),
    ("// </vc:code>\n", "does not match"),
    ("// <vc:a>\n// <vc:b>\n// </vc:b>\n// </vc:a>\n", "opens inside"),
    ("// <vc:a>\n// </vc:a>\n// <vc:a>\n// </vc:a>\n", "appears twice"),
    ("x := 1; // <vc:code>\n", "malformed region marker"),
])
def test_bad_markers_name_the_line_and_fix(text, needle):
    with pytest.raises(RegionError) as err:
        parse_template(text, "//")
    assert needle in str(err.value)
    assert err.value.line is not None


def test_find_regions_last_complete_occurrence_wins():
    text = "// <vc:code>\nold\n// </vc:code>\n// <vc:code>\nnew\n// </vc:code>\n// <vc:code>\nunclosed\n"
    assert find_regions(text, "//") == {"code": "new\n"}


def test_lean_comment_leader():
    t = parse_template("def f : Nat :=\n  -- <vc:code>\n  -- </vc:code>\n", "--")
    assert t.region_names == ["code"]
