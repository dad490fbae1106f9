// Strictly unimodal: neighbours differ, and the middle element of any triple i < j < k is
// greater than at least one of the two ends (no valley). Equivalently: strictly increasing up
// to a single peak, then strictly decreasing.
predicate strictly_unimodal(a: seq<int>)
{
  (forall i :: 0 <= i < |a| - 1 ==> a[i] != a[i + 1]) &&
  (forall i, j, k :: 0 <= i < j < k < |a| ==> a[j] > a[i] || a[j] > a[k])
}

predicate pre_ternary_search_unimodal(a: seq<int>)
{
  |a| >= 1 && strictly_unimodal(a)
}

predicate post_ternary_search_unimodal(a: seq<int>, p: int)
{
  0 <= p < |a| &&
  (forall k :: 0 <= k < |a| ==> a[k] <= a[p])
}

// <vc:helpers>
// </vc:helpers>

method TernarySearchPeak(a: array<int>) returns (p: int)
  requires pre_ternary_search_unimodal(a[..])
  ensures post_ternary_search_unimodal(a[..], p)
{
  // <vc:code>
  var lo, hi := 0, a.Length - 1;
  while lo < hi
    invariant 0 <= lo <= hi < a.Length
    invariant forall k :: 0 <= k < lo ==> a[k] < a[lo]
    invariant forall k :: hi < k < a.Length ==> a[k] < a[hi]
    decreases hi - lo
  {
    var third := (hi - lo) / 3;
    var m1 := lo + third;
    var m2 := hi - third;
    assert lo <= m1 < m2 <= hi;
    if a[m1] < a[m2] {
      // The peak is right of m1: everything up to m1 lies below a[m1 + 1].
      assert a[m1] < a[m1 + 1] by {
        if m1 + 1 < m2 {
          assert a[..][m1 + 1] > a[..][m1] || a[..][m1 + 1] > a[..][m2];
        }
      }
      forall k | 0 <= k < m1
        ensures a[k] < a[m1 + 1]
      {
        assert a[..][m1] > a[..][k] || a[..][m1] > a[..][m2];
      }
      lo := m1 + 1;
    } else {
      // The peak is left of m2: everything from m2 on lies below a[m2 - 1].
      assert a[m2] < a[m2 - 1] by {
        if m1 < m2 - 1 {
          assert a[..][m2 - 1] > a[..][m1] || a[..][m2 - 1] > a[..][m2];
        } else {
          assert a[..][m1] != a[..][m1 + 1];
        }
      }
      forall k | m2 < k < a.Length
        ensures a[k] < a[m2 - 1]
      {
        assert a[..][m2] > a[..][m1] || a[..][m2] > a[..][k];
      }
      hi := m2 - 1;
    }
  }
  p := lo;
  // </vc:code>
}
