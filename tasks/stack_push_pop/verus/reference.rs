use vstd::prelude::*;

verus! {

// Stack contents are a sequence with the top at the end.
pub open spec fn pre_stack_push_pop(s: Seq<i64>, cap: int, push: bool, x: i64) -> bool {
    s.len() <= cap && (push ==> s.len() < cap) && (!push ==> s.len() > 0)
}

// push: the new contents are the old ones with x on top (the second output is not constrained);
// pop: the old contents are the new ones with the returned value y on top.
pub open spec fn post_stack_push_pop(s: Seq<i64>, cap: int, push: bool, x: i64, t: Seq<i64>, y: i64) -> bool {
    (push && t == s.push(x)) || (!push && s == t.push(y))
}

// <vc:helpers>
// </vc:helpers>

// The stack is stored in buf[0..size); the function returns the new size and, for a pop, the popped value.
fn stack_push_pop(buf: &mut Vec<i64>, size: usize, push: bool, x: i64) -> (r: (usize, i64))
    requires
        size <= old(buf).len(),
        pre_stack_push_pop(old(buf)@.subrange(0, size as int), old(buf).len() as int, push, x),
    ensures
        buf.len() == old(buf).len(),
        r.0 <= buf.len(),
        post_stack_push_pop(old(buf)@.subrange(0, size as int), old(buf).len() as int, push, x,
            buf@.subrange(0, r.0 as int), r.1),
{
    // <vc:code>
    if push {
        buf.set(size, x);
        assert(buf@.subrange(0, size as int + 1) =~= old(buf)@.subrange(0, size as int).push(x));
        (size + 1, 0)
    } else {
        let y = buf[size - 1];
        assert(old(buf)@.subrange(0, size as int) =~= buf@.subrange(0, size as int - 1).push(y));
        (size - 1, y)
    }
    // </vc:code>
}

fn main() {}

} // verus!
