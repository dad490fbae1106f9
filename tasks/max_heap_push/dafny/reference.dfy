// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
predicate is_max_heap(h: seq<int>)
{
  forall i, j :: 0 <= i < |h| && 0 <= j < |h| && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
}

predicate pre_max_heap_push(h: seq<int>, cap: int, x: int)
{
  is_max_heap(h) && |h| < cap
}

// The new heap is a max-heap holding exactly the old elements plus x.
predicate post_max_heap_push(h: seq<int>, cap: int, x: int, h2: seq<int>)
{
  is_max_heap(h2) && multiset(h2) == multiset(h) + multiset{x}
}

// <vc:helpers>
// </vc:helpers>

// The heap occupies buf[0..size); push x and restore the heap order by sifting up.
method MaxHeapPush(buf: array<int>, size: int, x: int)
  requires 0 <= size < buf.Length
  requires pre_max_heap_push(buf[..size], buf.Length, x)
  modifies buf
  ensures post_max_heap_push(old(buf[..size]), buf.Length, x, buf[..size + 1])
{
  // <vc:code>
  ghost var h := buf[..size];
  buf[size] := x;
  assert buf[..size + 1] == h + [x];
  var n := size + 1;
  var k := size;
  while k > 0 && buf[(k - 1) / 2] < buf[k]
    invariant 0 <= k < n
    invariant multiset(buf[..n]) == multiset(h) + multiset{x}
    invariant forall i, j :: 0 <= i < n && 0 <= j < n && (j == 2 * i + 1 || j == 2 * i + 2) && j != k ==> buf[i] >= buf[j]
    invariant k > 0 ==> forall j :: 0 <= j < n && (j == 2 * k + 1 || j == 2 * k + 2) ==> buf[(k - 1) / 2] >= buf[j]
    decreases k
  {
    var p := (k - 1) / 2;
    ghost var before := buf[..n];
    buf[k], buf[p] := buf[p], buf[k];
    assert buf[..n] == before[k := before[p]][p := before[k]];
    k := p;
  }
  // </vc:code>
}
