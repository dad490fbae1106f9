// Shared with Verus (usize indices): length at most 10^6 and k at most 10^9.
predicate pre_rotate_array(a: seq<int>, k: int)
{
  |a| <= 1000000 && 0 <= k <= 1000000000
}

// Left rotation by k: element i of the result is element (i + k) mod n of the input.
predicate post_rotate_array(a: seq<int>, k: int, b: seq<int>)
{
  |b| == |a| &&
  (forall i :: 0 <= i < |a| ==> b[i] == a[(i + k) % |a|])
}

// <vc:helpers>
lemma ModOfShift(i: int, k: int, n: int)
  requires n > 0 && 0 <= i < n && 0 <= k
  ensures (i + k) % n == (if i + k % n < n then i + k % n else i + k % n - n)
{
  var q := k / n;
  var r := k % n;
  assert k == q * n + r;
  var s := if i + r < n then i + r else i + r - n;
  var q2 := if i + r < n then q else q + 1;
  assert i + k == q2 * n + s;
  ModUnique(i + k, n, q2, s);
}

lemma ModUnique(x: int, n: int, q: int, s: int)
  requires n > 0 && 0 <= s < n && x == q * n + s
  ensures x % n == s
{
  var q0 := x / n;
  var s0 := x % n;
  assert x == q0 * n + s0;
  assert (q - q0) * n == s0 - s;
  if q > q0 {
    assert (q - q0) * n >= n;
  } else if q < q0 {
    assert (q0 - q) * n >= n;
  }
}
// </vc:helpers>

method RotateLeft(a: array<int>, k: int) returns (b: array<int>)
  requires pre_rotate_array(a[..], k)
  ensures post_rotate_array(a[..], k, b[..])
  ensures fresh(b)
{
  // <vc:code>
  // r = k mod n; the suffix a[r..] goes first, then the prefix a[..r].
  var n := a.Length;
  b := new int[n];
  if n == 0 {
    return;
  }
  var r := k % n;
  var i := 0;
  while i < n - r
    invariant 0 <= i <= n - r
    invariant forall t :: 0 <= t < i ==> b[t] == a[t + r]
  {
    b[i] := a[i + r];
    i := i + 1;
  }
  while i < n
    invariant n - r <= i <= n
    invariant forall t :: 0 <= t < n - r ==> b[t] == a[t + r]
    invariant forall t :: n - r <= t < i ==> b[t] == a[t + r - n]
  {
    b[i] := a[i + r - n];
    i := i + 1;
  }
  forall t | 0 <= t < n
    ensures b[t] == a[(t + k) % n]
  {
    ModOfShift(t, k, n);
  }
  // </vc:code>
}
