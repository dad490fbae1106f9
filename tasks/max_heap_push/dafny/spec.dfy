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
  // </vc:code>
}
