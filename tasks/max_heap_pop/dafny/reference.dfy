// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
predicate is_max_heap(h: seq<int>)
{
  forall i, j :: 0 <= i < |h| && 0 <= j < |h| && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
}

predicate pre_max_heap_pop(h: seq<int>)
{
  is_max_heap(h) && |h| > 0
}

// top is the old root (the maximum); the new heap is a max-heap holding the old elements minus top.
predicate post_max_heap_pop(h: seq<int>, h2: seq<int>, top: int)
{
  |h| > 0 && top == h[0] && is_max_heap(h2) && multiset(h2) + multiset{top} == multiset(h)
}

// <vc:helpers>
// Heap order holds for every parent except possibly position k.
predicate heap_except(a: seq<int>, k: int)
{
  forall i, j :: 0 <= i < |a| && 0 <= j < |a| && (j == 2 * i + 1 || j == 2 * i + 2) && i != k ==> a[i] >= a[j]
}

// The parent of k (if any) is at least every child of k.
predicate grandparent_ok(a: seq<int>, k: int)
{
  k > 0 ==> forall j :: 0 <= j < |a| && (j == 2 * k + 1 || j == 2 * k + 2) ==> a[(k - 1) / 2] >= a[j]
}

// One sift-down step: swap k with its larger child c.
lemma SwapStep(a: seq<int>, k: int, c: int)
  requires 0 <= k < c < |a| && (c == 2 * k + 1 || c == 2 * k + 2)
  requires heap_except(a, k) && grandparent_ok(a, k)
  requires forall j :: 0 <= j < |a| && (j == 2 * k + 1 || j == 2 * k + 2) ==> a[c] >= a[j]
  requires a[k] < a[c]
  ensures heap_except(a[k := a[c]][c := a[k]], c) && grandparent_ok(a[k := a[c]][c := a[k]], c)
{
  var b := a[k := a[c]][c := a[k]];
  forall i, j | 0 <= i < |b| && 0 <= j < |b| && (j == 2 * i + 1 || j == 2 * i + 2) && i != c
    ensures b[i] >= b[j]
  {
    if i == k {
    } else if j == k {
      assert i == (k - 1) / 2;
    } else {
      assert b[i] == a[i] && b[j] == a[j];
    }
  }
}

// Position k is at least its children: the heap order holds everywhere.
lemma Finish(a: seq<int>, k: int)
  requires 0 <= k && heap_except(a, k)
  requires forall j :: 0 <= k < j < |a| && (j == 2 * k + 1 || j == 2 * k + 2) ==> a[k] >= a[j]
  ensures is_max_heap(a)
{
}

lemma SwapMultiset(a: seq<int>, i: int, j: int)
  requires 0 <= i < |a| && 0 <= j < |a|
  ensures multiset(a[i := a[j]][j := a[i]]) == multiset(a)
{
}

// The root was replaced by some value; sift it down in buf[0..n).
method SiftDown(buf: array<int>, n: int)
  requires 0 <= n <= buf.Length
  requires heap_except(buf[..n], 0)
  modifies buf
  ensures is_max_heap(buf[..n])
  ensures multiset(buf[..n]) == multiset(old(buf[..n]))
{
  ghost var a := buf[..n];
  var k := 0;
  while 2 * k + 1 < n
    invariant 0 <= k && (n == 0 || k < n)
    invariant a == buf[..n]
    invariant multiset(a) == multiset(old(buf[..n]))
    invariant heap_except(a, k) && grandparent_ok(a, k)
    decreases n - k
  {
    var c := 2 * k + 1;
    if c + 1 < n && buf[c + 1] > buf[c] {
      c := c + 1;
    }
    if buf[k] >= buf[c] {
      Finish(a, k);
      return;
    }
    SwapStep(a, k, c);
    SwapMultiset(a, k, c);
    buf[k], buf[c] := buf[c], buf[k];
    a := a[k := a[c]][c := a[k]];
    k := c;
  }
  Finish(a, k);
}
// </vc:helpers>

// The heap occupies buf[0..size); remove and return the maximum, moving the last element to the
// root and sifting it down. Afterwards the heap occupies buf[0..size-1).
method MaxHeapPop(buf: array<int>, size: int) returns (top: int)
  requires 0 < size <= buf.Length
  requires pre_max_heap_pop(buf[..size])
  modifies buf
  ensures post_max_heap_pop(old(buf[..size]), buf[..size - 1], top)
{
  // <vc:code>
  ghost var h := buf[..size];
  top := buf[0];
  var n := size - 1;
  buf[0] := buf[n];
  if n > 0 {
    assert h == [h[0]] + h[1..n] + [h[n]];
    assert buf[..n] == [h[n]] + h[1..n];
  }
  assert heap_except(buf[..n], 0);
  SiftDown(buf, n);
  // </vc:code>
}
