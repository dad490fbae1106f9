use vstd::prelude::*;

verus! {

// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
pub open spec fn is_max_heap(h: Seq<i64>) -> bool {
    forall|i: int, j: int| #![trigger h[i], h[j]]
        0 <= i < h.len() && 0 <= j < h.len() && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
}

// Number of occurrences of v in s.
pub open spec fn count_of(s: Seq<i64>, v: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count_of(s.drop_last(), v) + (if s.last() == v { 1nat } else { 0nat })
    }
}

// a and b hold the same elements with the same multiplicities: every value occurring in either
// occurs equally often in both (a permutation, stated with counts so that vector checks can
// evaluate it; Seq::to_multiset is closed in vstd).
pub open spec fn same_elems(a: Seq<i64>, b: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> count_of(a, #[trigger] a[i]) == count_of(b, a[i])
    &&& forall|i: int| 0 <= i < b.len() ==> count_of(a, #[trigger] b[i]) == count_of(b, b[i])
}

pub open spec fn pre_max_heap_push(h: Seq<i64>, cap: int, x: i64) -> bool {
    is_max_heap(h) && h.len() < cap
}

// The new heap is a max-heap holding exactly the old elements plus x.
pub open spec fn post_max_heap_push(h: Seq<i64>, cap: int, x: i64, h2: Seq<i64>) -> bool {
    is_max_heap(h2) && same_elems(h2, h.push(x))
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
