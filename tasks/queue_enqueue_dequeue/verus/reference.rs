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
    let ghost s = old(buf)@.subrange(head as int, tail as int);
    if enqueue {
        let mut h = head;
        let mut t = tail;
        if t == buf.len() {
            let n = tail - head;
            assert(s.len() == n as int);
            let mut i: usize = 0;
            while i < n
                invariant
                    n == tail - head,
                    n < buf.len(),
                    head <= tail <= buf.len(),
                    buf.len() == old(buf).len(),
                    s == old(buf)@.subrange(head as int, tail as int),
                    0 <= i <= n,
                    buf@.subrange(0, i as int) =~= s.subrange(0, i as int),
                    buf@.subrange(head + i, tail as int) =~= s.subrange(i as int, n as int),
                decreases n - i,
            {
                let ghost prev = buf@;
                let v = buf[head + i];
                assert(v == s[i as int]) by {
                    assert(prev.subrange(head + i, tail as int)[0] == prev[head + i]);
                    assert(s.subrange(i as int, n as int)[0] == s[i as int]);
                }
                buf.set(i, v);
                assert(buf@.subrange(0, i as int + 1) =~= s.subrange(0, i as int + 1)) by {
                    assert forall|k: int| 0 <= k < i implies buf@[k] == s[k] by {
                        assert(prev.subrange(0, i as int)[k] == s.subrange(0, i as int)[k]);
                    }
                }
                assert(buf@.subrange(head + i + 1, tail as int) =~= s.subrange(i as int + 1, n as int)) by {
                    assert forall|k: int| 0 <= k < n - i - 1 implies buf@[head + i + 1 + k] == s[i + 1 + k] by {
                        assert(prev.subrange(head + i, tail as int)[k + 1] == s.subrange(i as int, n as int)[k + 1]);
                    }
                }
                i = i + 1;
            }
            h = 0;
            t = n;
        }
        assert(buf@.subrange(h as int, t as int) =~= s);
        let ghost prev2 = buf@;
        buf.set(t, x);
        assert(buf@.subrange(h as int, t as int + 1) =~= s.push(x)) by {
            assert forall|k: int| h <= k < t implies buf@[k] == prev2[k] by {}
            assert forall|k: int| 0 <= k < t - h implies buf@[h + k] == s[k] by {
                assert(prev2.subrange(h as int, t as int)[k] == s[k]);
            }
        }
        (h, t + 1, 0)
    } else {
        let y = buf[head];
        assert(s =~= seq![y] + buf@.subrange(head as int + 1, tail as int));
        (head + 1, tail, y)
    }
    // </vc:code>
}

fn main() {}

} // verus!
