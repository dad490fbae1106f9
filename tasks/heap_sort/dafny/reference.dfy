predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_heap_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_heap_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// Max-heap order between every parent p >= lo and its children 2p+1, 2p+2 below hi.
predicate HeapFrom(s: seq<int>, lo: int, hi: int)
  requires 0 <= hi <= |s|
{
  forall p, c :: 0 <= lo <= p < c < hi && (c == 2 * p + 1 || c == 2 * p + 2) ==> s[p] >= s[c]
}

lemma HeapMax(s: seq<int>, hi: int, k: int)
  requires 0 <= k < hi <= |s|
  requires HeapFrom(s, 0, hi)
  ensures s[k] <= s[0]
  decreases k
{
  if k > 0 {
    var p := (k - 1) / 2;
    assert k == 2 * p + 1 || k == 2 * p + 2;
    HeapMax(s, hi, p);
  }
}

lemma UpperBoundPerm(s: seq<int>, t: seq<int>, v: int)
  requires multiset(s) == multiset(t)
  requires forall k :: 0 <= k < |s| ==> s[k] <= v
  ensures forall k :: 0 <= k < |t| ==> t[k] <= v
{
  forall k | 0 <= k < |t|
    ensures t[k] <= v
  {
    assert t[k] in multiset(t);
    assert t[k] in multiset(s);
    assert t[k] in s;
    var j :| 0 <= j < |s| && s[j] == t[k];
  }
}

// The multiset of a range follows from the whole sequence's multiset when the outside is unchanged.
lemma RangeMultiset(s: seq<int>, t: seq<int>, lo: int, hi: int)
  requires 0 <= lo <= hi <= |s| == |t|
  requires multiset(s) == multiset(t)
  requires forall k :: 0 <= k < lo || hi <= k < |s| ==> s[k] == t[k]
  ensures multiset(s[lo..hi]) == multiset(t[lo..hi])
{
  assert s[..lo] == t[..lo];
  assert s[hi..] == t[hi..];
  assert s == s[..lo] + s[lo..hi] + s[hi..];
  assert t == t[..lo] + t[lo..hi] + t[hi..];
  var A, B := multiset(s[..lo]), multiset(s[hi..]);
  var X, Y := multiset(s[lo..hi]), multiset(t[lo..hi]);
  assert multiset(s) == A + X + B;
  assert multiset(t) == A + Y + B;
  forall o
    ensures X[o] == Y[o]
  {
    assert (A + X + B)[o] == A[o] + X[o] + B[o];
    assert (A + Y + B)[o] == A[o] + Y[o] + B[o];
  }
  assert X == Y;
}

// One swap of sift-down: the root moves to its larger child, which is larger than the root.
lemma SiftStep(b: seq<int>, a: seq<int>, start: int, end: int, root: int, child: int)
  requires 0 <= start <= root < child < end <= |b| == |a|
  requires child == 2 * root + 1 || child == 2 * root + 2
  requires forall c :: root < c < end && (c == 2 * root + 1 || c == 2 * root + 2) ==> b[child] >= b[c]
  requires b[root] < b[child]
  requires a == b[root := b[child]][child := b[root]]
  requires forall p, c :: start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != root ==> b[p] >= b[c]
  requires forall p, c :: start <= p < root < c < end && (root == 2 * p + 1 || root == 2 * p + 2) && (c == 2 * root + 1 || c == 2 * root + 2) ==> b[p] >= b[c]
  ensures forall p, c :: start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != child ==> a[p] >= a[c]
  ensures forall p, c :: start <= p < child < c < end && (child == 2 * p + 1 || child == 2 * p + 2) && (c == 2 * child + 1 || c == 2 * child + 2) ==> a[p] >= a[c]
{
  forall p, c | start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != child
    ensures a[p] >= a[c]
  {
    if p == root {
      assert a[p] == b[child];
      if c != child {
        assert a[c] == b[c];
      }
    } else if c == root {
      assert a[p] == b[p] && a[c] == b[child];
    } else if c == child {
      assert p == root;
    } else {
      assert a[p] == b[p] && a[c] == b[c];
    }
  }
  forall p, c | start <= p < child < c < end && (child == 2 * p + 1 || child == 2 * p + 2) && (c == 2 * child + 1 || c == 2 * child + 2)
    ensures a[p] >= a[c]
  {
    assert p == root;
    assert a[p] == b[child] && a[c] == b[c];
  }
}

// Restore the heap order on [start, end) when it holds below start.
method SiftDown(a: array<int>, start: int, end: int)
  modifies a
  requires 0 <= start < end <= a.Length
  requires HeapFrom(a[..], start + 1, end)
  ensures HeapFrom(a[..], start, end)
  ensures forall k :: 0 <= k < start || end <= k < a.Length ==> a[k] == old(a[k])
  ensures multiset(a[start..end]) == multiset(old(a[start..end]))
{
  var root := start;
  while 2 * root + 1 < end
    invariant start <= root < end
    invariant forall k :: 0 <= k < start || end <= k < a.Length ==> a[k] == old(a[k])
    invariant multiset(a[..]) == multiset(old(a[..]))
    invariant forall p, c :: start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != root ==> a[p] >= a[c]
    invariant forall p, c :: start <= p < root < c < end && (root == 2 * p + 1 || root == 2 * p + 2) && (c == 2 * root + 1 || c == 2 * root + 2) ==> a[p] >= a[c]
    decreases end - root
  {
    var child := 2 * root + 1;
    if child + 1 < end && a[child] < a[child + 1] {
      child := child + 1;
    }
    if a[root] >= a[child] {
      break;
    }
    ghost var b := a[..];
    a[root], a[child] := a[child], a[root];
    SiftStep(b, a[..], start, end, root, child);
    root := child;
  }
  RangeMultiset(a[..], old(a[..]), start, end);
}

lemma RangeToWhole(s: seq<int>, t: seq<int>, lo: int, hi: int)
  requires 0 <= lo <= hi <= |s| == |t|
  requires multiset(s[lo..hi]) == multiset(t[lo..hi])
  requires forall k :: 0 <= k < lo || hi <= k < |s| ==> s[k] == t[k]
  ensures multiset(s) == multiset(t)
{
  assert s[..lo] == t[..lo];
  assert s[hi..] == t[hi..];
  assert s == s[..lo] + s[lo..hi] + s[hi..];
  assert t == t[..lo] + t[lo..hi] + t[hi..];
}

method BuildHeap(a: array<int>)
  modifies a
  ensures HeapFrom(a[..], 0, a.Length)
  ensures multiset(a[..]) == multiset(old(a[..]))
{
  var n := a.Length;
  var start := n / 2;
  while start > 0
    invariant 0 <= start <= n / 2
    invariant HeapFrom(a[..], start, n)
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases start
  {
    start := start - 1;
    ghost var b := a[..];
    SiftDown(a, start, n);
    RangeToWhole(a[..], b, start, n);
  }
}

// Move the maximum of the heap a[0..end) to position end - 1 and restore the heap on a[0..end-1).
method PopMax(a: array<int>, end: int)
  modifies a
  requires 1 < end <= a.Length
  requires HeapFrom(a[..], 0, end)
  requires forall p, q :: end <= p < q < a.Length ==> a[p] <= a[q]
  requires forall p, q :: 0 <= p < end <= q < a.Length ==> a[p] <= a[q]
  ensures HeapFrom(a[..], 0, end - 1)
  ensures forall p, q :: end - 1 <= p < q < a.Length ==> a[p] <= a[q]
  ensures forall p, q :: 0 <= p < end - 1 <= q < a.Length ==> a[p] <= a[q]
  ensures multiset(a[..]) == multiset(old(a[..]))
{
  forall k | 0 <= k < end
    ensures a[k] <= a[0]
  {
    HeapMax(a[..], end, k);
  }
  a[0], a[end - 1] := a[end - 1], a[0];
  ghost var b := a[..];
  assert forall k :: 0 <= k < end - 1 ==> b[k] <= b[end - 1];
  SiftDown(a, 0, end - 1);
  RangeToWhole(a[..], b, 0, end - 1);
  UpperBoundPerm(b[0..end - 1], a[0..end - 1], b[end - 1]);
  forall p | 0 <= p < end - 1
    ensures a[p] <= a[end - 1]
  {
    assert a[p] == a[0..end - 1][p];
  }
}
// </vc:helpers>

method HeapSort(a: array<int>)
  modifies a
  requires pre_heap_sort(a[..])
  ensures post_heap_sort(old(a[..]), a[..])
{
  // <vc:code>
  var n := a.Length;
  if n <= 1 {
    return;
  }
  BuildHeap(a);
  var end := n;
  while end > 1
    invariant 1 <= end <= n
    invariant HeapFrom(a[..], 0, end)
    invariant forall p, q :: end <= p < q < n ==> a[p] <= a[q]
    invariant forall p, q :: 0 <= p < end <= q < n ==> a[p] <= a[q]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases end
  {
    PopMax(a, end);
    end := end - 1;
  }
  // </vc:code>
}
