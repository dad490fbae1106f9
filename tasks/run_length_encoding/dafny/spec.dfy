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
// </vc:helpers>

// One left-to-right scan: extend the current run while the element repeats, else start a new
// run with count 1.
method RunLengthEncode(a: seq<int>) returns (values: seq<int>, counts: seq<int>)
  requires pre_run_length_encoding(a)
  ensures post_run_length_encoding(a, values, counts)
{
  // <vc:code>
  // </vc:code>
}
