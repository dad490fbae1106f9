use vstd::prelude::*;

verus! {

// Queue contents are a sequence with the front at index 0.
pub open spec fn pre_queue_enqueue_dequeue(s: Seq<i64>, cap: int, enqueue: bool, x: i64) -> bool {
    s.len() <= cap && (enqueue ==> s.len() < cap) && (!enqueue ==> s.len() > 0)
}

// enqueue: x joins at the back (the last output is not constrained);
// dequeue: the old contents are the returned value y followed by the new contents.
pub open spec fn post_queue_enqueue_dequeue(s: Seq<i64>, cap: int, enqueue: bool, x: i64, t: Seq<i64>, y: i64) -> bool {
    (enqueue && t == s.push(x)) || (!enqueue && s == seq![y] + t)
}

// <vc:helpers>
// </vc:helpers>

// The queue occupies buf[head..tail). An enqueue at a full end of the buffer first moves the
// contents to the front. Returns the new head and tail and, for a dequeue, the dequeued value.
fn queue_enqueue_dequeue(buf: &mut Vec<i64>, head: usize, tail: usize, enqueue: bool, x: i64) -> (r: (usize, usize, i64))
    requires
        head <= tail <= old(buf).len(),
        pre_queue_enqueue_dequeue(old(buf)@.subrange(head as int, tail as int), old(buf).len() as int, enqueue, x),
    ensures
        buf.len() == old(buf).len(),
        r.0 <= r.1 <= buf.len(),
        post_queue_enqueue_dequeue(old(buf)@.subrange(head as int, tail as int), old(buf).len() as int, enqueue, x,
            buf@.subrange(r.0 as int, r.1 as int), r.2),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
