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
  // </vc:code>
}
