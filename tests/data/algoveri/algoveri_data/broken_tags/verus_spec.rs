use vstd::prelude::*;

verus! {
// <spec>
fn push(s: Vec<i64>, x: i64) -> (t: Vec<i64>)
    ensures t@ == s@.push(x),
// </spec>
// <code>
{
    s
}
// </code>
// <code>
// </code>

fn main() {}
}
