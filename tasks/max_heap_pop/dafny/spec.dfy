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
  // </vc:code>
}
