function Min3(x: int, y: int, z: int): int
{
  if x <= y && x <= z then x else if y <= z then y else z
}

// Levenshtein distance between the prefixes a[..i] and b[..j]: the last step of an optimal
// edit script deletes a[i-1], inserts b[j-1], or matches/substitutes a[i-1] by b[j-1].
function EditDist(a: seq<int>, b: seq<int>, i: int, j: int): int
  requires 0 <= i <= |a| && 0 <= j <= |b|
  decreases i + j
{
  if i == 0 then j
  else if j == 0 then i
  else Min3(EditDist(a, b, i - 1, j) + 1,
            EditDist(a, b, i, j - 1) + 1,
            EditDist(a, b, i - 1, j - 1) + (if a[i - 1] == b[j - 1] then 0 else 1))
}

predicate pre_edit_distance(a: seq<int>, b: seq<int>)
{
  |a| <= 1000 && |b| <= 1000
}

predicate post_edit_distance(a: seq<int>, b: seq<int>, dist: int)
{
  dist == EditDist(a, b, |a|, |b|)
}

// <vc:helpers>
// </vc:helpers>

method EditDistance(a: seq<int>, b: seq<int>) returns (dist: int)
  requires pre_edit_distance(a, b)
  ensures post_edit_distance(a, b, dist)
{
  // <vc:code>
  var n, m := |a|, |b|;
  var prev: array<int> := new int[m + 1];
  var y := 0;
  while y <= m
    invariant 0 <= y <= m + 1
    invariant forall k :: 0 <= k < y ==> prev[k] == k
  {
    prev[y] := y;
    y := y + 1;
  }
  var i := 1;
  while i <= n
    invariant 1 <= i <= n + 1
    invariant prev.Length == m + 1
    invariant forall k :: 0 <= k <= m ==> prev[k] == EditDist(a, b, i - 1, k)
  {
    var cur: array<int> := new int[m + 1];
    cur[0] := i;
    var j := 1;
    while j <= m
      invariant 1 <= j <= m + 1
      invariant forall k :: 0 <= k < j ==> cur[k] == EditDist(a, b, i, k)
      invariant forall k :: 0 <= k <= m ==> prev[k] == EditDist(a, b, i - 1, k)
    {
      var best := prev[j] + 1;
      if cur[j - 1] + 1 < best {
        best := cur[j - 1] + 1;
      }
      var diag := prev[j - 1] + (if a[i - 1] == b[j - 1] then 0 else 1);
      if diag < best {
        best := diag;
      }
      cur[j] := best;
      j := j + 1;
    }
    prev := cur;
    i := i + 1;
  }
  dist := prev[m];
  // </vc:code>
}
