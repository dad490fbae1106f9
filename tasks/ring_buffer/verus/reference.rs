use vstd::prelude::*;

verus! {

// A ring buffer is abstracted to its contents (oldest first) and its capacity.
pub open spec fn pre_ring_buffer(s: Seq<i64>, cap: int, push: bool, x: i64) -> bool {
    0 < cap && s.len() <= cap && (!push ==> s.len() > 0)
}

// push into a non-full buffer appends x; push into a full buffer drops the oldest element and
// appends x (the last output is not constrained for a push); pop removes and returns the oldest.
pub open spec fn post_ring_buffer(s: Seq<i64>, cap: int, push: bool, x: i64, t: Seq<i64>, y: i64) -> bool {
    (push && s.len() < cap && t == s.push(x))
    || (push && 0 < s.len() == cap && t == s.subrange(1, s.len() as int).push(x))
    || (!push && s == seq![y] + t)
}

// Slot of the i-th element of a ring that starts at slot head of a buffer of length len.
pub open spec fn ring_slot(len: int, head: int, i: int) -> int {
    if head + i < len { head + i } else { head + i - len }
}

// Contents of the ring of n elements starting at slot head of buffer b.
pub open spec fn ring_contents(b: Seq<i64>, head: int, n: int) -> Seq<i64> {
    Seq::new(n as nat, |i: int| b[ring_slot(b.len() as int, head, i)])
}

// <vc:helpers>
// </vc:helpers>

// The ring occupies size slots of buf starting at slot head, wrapping around the end.
// Returns the new head and size and, for a pop, the removed value.
fn ring_buffer(buf: &mut Vec<i64>, head: usize, size: usize, push: bool, x: i64) -> (r: (usize, usize, i64))
    requires
        head < old(buf).len(),
        size <= old(buf).len(),
        pre_ring_buffer(ring_contents(old(buf)@, head as int, size as int), old(buf).len() as int, push, x),
    ensures
        buf.len() == old(buf).len(),
        r.0 < buf.len(),
        r.1 <= buf.len(),
        post_ring_buffer(ring_contents(old(buf)@, head as int, size as int), old(buf).len() as int, push, x,
            ring_contents(buf@, r.0 as int, r.1 as int), r.2),
{
    // <vc:code>
    let len = buf.len();
    let ghost b = buf@;
    let ghost s = ring_contents(b, head as int, size as int);
    if push {
        if size < len {
            let p = if size < len - head { head + size } else { size - (len - head) };
            assert(p as int == ring_slot(len as int, head as int, size as int));
            buf.set(p, x);
            assert forall|i: int| 0 <= i < size implies #[trigger] ring_slot(len as int, head as int, i) != p by {}
            assert(ring_contents(buf@, head as int, size as int + 1) =~= s.push(x));
            (head, size + 1, 0)
        } else {
            buf.set(head, x);
            let h1 = if head + 1 < len { head + 1 } else { 0 };
            assert(h1 as int == ring_slot(len as int, head as int, 1));
            assert forall|i: int| 0 <= i < len - 1 implies
                #[trigger] ring_slot(len as int, h1 as int, i) == ring_slot(len as int, head as int, i + 1)
                && ring_slot(len as int, h1 as int, i) != head by {}
            assert(ring_slot(len as int, h1 as int, len - 1) == head);
            assert(ring_contents(buf@, h1 as int, len as int) =~= s.subrange(1, s.len() as int).push(x));
            (h1, len, 0)
        }
    } else {
        let y = buf[head];
        let h1 = if head + 1 < len { head + 1 } else { 0 };
        assert forall|i: int| 0 <= i < size - 1 implies
            #[trigger] ring_slot(len as int, h1 as int, i) == ring_slot(len as int, head as int, i + 1) by {}
        assert(s =~= seq![y] + ring_contents(buf@, h1 as int, size as int - 1));
        (h1, size - 1, y)
    }
    // </vc:code>
}

fn main() {}

} // verus!
