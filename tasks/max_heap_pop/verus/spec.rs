use vstd::prelude::*;

verus! {

// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
pub open spec fn is_max_heap(h: Seq<i64>) -> bool {
    forall|i: int, j: int| #![trigger h[i], h[j]]
        0 <= i < h.len() && 0 <= j < h.len() && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
}

pub open spec fn pre_max_heap_pop(h: Seq<i64>) -> bool {
    is_max_heap(h) && h.len() > 0
}

// top is the old root (the maximum); the new heap is a max-heap holding the old elements minus top.
pub open spec fn post_max_heap_pop(h: Seq<i64>, h2: Seq<i64>, top: i64) -> bool {
    h.len() > 0 && top == h[0] && is_max_heap(h2) && h2.to_multiset().insert(top) == h.to_multiset()
}

// <vc:helpers>
// </vc:helpers>

// The heap occupies buf[0..size); remove and return the maximum, moving the last element to the
// root and sifting it down. Afterwards the heap occupies buf[0..size-1).
fn max_heap_pop(buf: &mut Vec<i64>, size: usize) -> (top: i64)
    requires
        0 < size <= old(buf).len(),
        pre_max_heap_pop(old(buf)@.subrange(0, size as int)),
    ensures
        buf.len() == old(buf).len(),
        post_max_heap_pop(old(buf)@.subrange(0, size as int), buf@.subrange(0, size as int - 1), top),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
