// rep(x, c): x repeated c times.
function rep(x: int, c: int): seq<int>
  decreases c
{
  if c <= 0 then [] else rep(x, c - 1) + [x]
}

// expand(values, counts, k): the first k runs written out, run i being values[i] repeated
// counts[i] times.
function expand(values: seq<int>, counts: seq<int>, k: int): seq<int>
  decreases k
{
  if k <= 0 || k > |values| || k > |counts| then []
  else expand(values, counts, k - 1) + rep(values[k - 1], counts[k - 1])
}

predicate pre_run_length_encoding(a: seq<int>)
{
  |a| <= 100000
}

// The runs (values[i], counts[i]) are non-empty, adjacent runs hold different values, and
// writing the runs out gives back a.
predicate post_run_length_encoding(a: seq<int>, values: seq<int>, counts: seq<int>)
{
  |values| == |counts| &&
  (forall i :: 0 <= i < |counts| ==> counts[i] >= 1) &&
  (forall i :: 0 <= i < |values| - 1 ==> values[i] != values[i + 1]) &&
  expand(values, counts, |values|) == a
}

// <vc:helpers>
// The first k runs do not depend on what follows them.
lemma ExpandPrefix(values: seq<int>, counts: seq<int>, v2: seq<int>, c2: seq<int>, k: int)
  requires 0 <= k <= |values| && k <= |counts| && k <= |v2| && k <= |c2|
  requires values[..k] == v2[..k] && counts[..k] == c2[..k]
  ensures expand(values, counts, k) == expand(v2, c2, k)
  decreases k
{
  if k > 0 {
    assert values[k - 1] == values[..k][k - 1] == v2[..k][k - 1] == v2[k - 1];
    assert counts[k - 1] == counts[..k][k - 1] == c2[..k][k - 1] == c2[k - 1];
    assert values[..k - 1] == values[..k][..k - 1];
    assert v2[..k - 1] == v2[..k][..k - 1];
    assert counts[..k - 1] == counts[..k][..k - 1];
    assert c2[..k - 1] == c2[..k][..k - 1];
    ExpandPrefix(values, counts, v2, c2, k - 1);
  }
}

// Starting a new run (x, 1).
lemma ExpandPush(values: seq<int>, counts: seq<int>, x: int)
  requires |values| == |counts|
  ensures expand(values + [x], counts + [1], |values| + 1) == expand(values, counts, |values|) + [x]
{
  var v2 := values + [x];
  var c2 := counts + [1];
  assert v2[..|values|] == values[..|values|];
  assert c2[..|values|] == counts[..|values|];
  ExpandPrefix(values, counts, v2, c2, |values|);
  assert rep(x, 1) == [x];
}

// Extending the last run by one.
lemma ExpandBump(values: seq<int>, counts: seq<int>)
  requires |values| == |counts| >= 1 && counts[|counts| - 1] >= 1
  ensures var k := |values|;
    expand(values, counts[k - 1 := counts[k - 1] + 1], k) == expand(values, counts, k) + [values[k - 1]]
{
  var k := |values|;
  var c2 := counts[k - 1 := counts[k - 1] + 1];
  assert counts[..k - 1] == c2[..k - 1];
  assert values[..k - 1] == values[..k - 1];
  ExpandPrefix(values, counts, values, c2, k - 1);
  assert rep(values[k - 1], c2[k - 1]) == rep(values[k - 1], counts[k - 1]) + [values[k - 1]];
}
// </vc:helpers>

// One left-to-right scan: extend the current run while the element repeats, else start a new
// run with count 1.
method RunLengthEncode(a: seq<int>) returns (values: seq<int>, counts: seq<int>)
  requires pre_run_length_encoding(a)
  ensures post_run_length_encoding(a, values, counts)
{
  // <vc:code>
  values := [];
  counts := [];
  var i := 0;
  while i < |a|
    invariant 0 <= i <= |a|
    invariant |values| == |counts|
    invariant forall j :: 0 <= j < |counts| ==> counts[j] >= 1
    invariant forall j :: 0 <= j < |values| - 1 ==> values[j] != values[j + 1]
    invariant expand(values, counts, |values|) == a[..i]
    invariant i > 0 ==> |values| > 0 && values[|values| - 1] == a[i - 1]
    decreases |a| - i
  {
    assert a[..i + 1] == a[..i] + [a[i]];
    if |values| > 0 && values[|values| - 1] == a[i] {
      ExpandBump(values, counts);
      counts := counts[|counts| - 1 := counts[|counts| - 1] + 1];
    } else {
      ExpandPush(values, counts, a[i]);
      values := values + [a[i]];
      counts := counts + [1];
    }
    i := i + 1;
  }
  assert a[..|a|] == a;
  // </vc:code>
}
