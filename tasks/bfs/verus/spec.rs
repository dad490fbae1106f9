use vstd::prelude::*;

verus! {

pub open spec fn pre_bfs(a: Seq<i64>) -> bool {
    true
}

pub open spec fn post_bfs(a: Seq<i64>, r: int) -> bool {
    true
}

// <vc:helpers>
// </vc:helpers>

fn bfs(a: &Vec<i64>) -> (r: i64)
    requires
        pre_bfs(a@),
    ensures
        post_bfs(a@, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
