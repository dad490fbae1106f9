use vstd::prelude::*;

verus! {

// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
pub open spec fn is_max_heap(h: Seq<i64>) -> bool {
    forall|i: int, j: int| #![trigger h[i], h[j]]
        0 <= i < h.len() && 0 <= j < h.len() && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
}

pub open spec fn pre_max_heap_push(h: Seq<i64>, cap: int, x: i64) -> bool {
    is_max_heap(h) && h.len() < cap
}

// The new heap is a max-heap holding exactly the old elements plus x.
pub open spec fn post_max_heap_push(h: Seq<i64>, cap: int, x: i64, h2: Seq<i64>) -> bool {
    is_max_heap(h2) && h2.to_multiset() == h.to_multiset().insert(x)
}

// <vc:helpers>
// </vc:helpers>

// The heap occupies buf[0..size); push x and restore the heap order by sifting up.
fn max_heap_push(buf: &mut Vec<i64>, size: usize, x: i64)
    requires
        size < old(buf).len(),
        pre_max_heap_push(old(buf)@.subrange(0, size as int), old(buf).len() as int, x),
    ensures
        buf.len() == old(buf).len(),
        post_max_heap_push(old(buf)@.subrange(0, size as int), old(buf).len() as int, x,
            buf@.subrange(0, size as int + 1)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
