// Number of positions j with i <= j < |s| and s[j] < v (a recursion over the index, so that
// Dafny evaluates the vectors); count_lt(s, v, 0) counts the elements of s smaller than v.
function count_lt(s: seq<int>, v: int, i: int): int
  decreases |s| - i
{
  if i < 0 || i >= |s| then 0 else (if s[i] < v then 1 else 0) + count_lt(s, v, i + 1)
}

// Number of positions j with i <= j < |s| and s[j] <= v.
function count_le(s: seq<int>, v: int, i: int): int
  decreases |s| - i
{
  if i < 0 || i >= |s| then 0 else (if s[i] <= v then 1 else 0) + count_le(s, v, i + 1)
}

predicate pre_quickselect(s: seq<int>, k: int)
{
  |s| <= 100000 && 0 <= k < |s| &&
  forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

// v is the k-th smallest element of old_s (0-based): at most k elements are smaller than v and
// more than k are not greater; new_s (the array after the call) is a permutation of old_s.
predicate post_quickselect(old_s: seq<int>, k: int, new_s: seq<int>, v: int)
{
  multiset(new_s) == multiset(old_s) && count_lt(old_s, v, 0) <= k < count_le(old_s, v, 0)
}

// <vc:helpers>
// </vc:helpers>

method Quickselect(a: array<int>, k: int) returns (v: int)
  modifies a
  requires pre_quickselect(a[..], k)
  ensures post_quickselect(old(a[..]), k, a[..], v)
{
  // <vc:code>
  // </vc:code>
}
