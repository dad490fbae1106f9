use vstd::prelude::*;

verus! {

// A selection picks positions of a; it is valid when no two picked positions are adjacent.
// exists_sel(a, t, i, prev_taken): some valid selection of positions among i .. |a|-1 (position i
// may not be picked when prev_taken, i.e. when position i-1 was picked) has sum exactly t.
pub open spec fn exists_sel(a: Seq<int>, t: int, i: int, prev_taken: bool) -> bool
    decreases a.len() - i,
{
    if i < 0 || i >= a.len() {
        t == 0
    } else {
        exists_sel(a, t, i + 1, false) || (!prev_taken && exists_sel(a, t - a[i], i + 1, true))
    }
}

// all_sel_le(a, b, i, prev_taken): every such selection has sum at most b.
pub open spec fn all_sel_le(a: Seq<int>, b: int, i: int, prev_taken: bool) -> bool
    decreases a.len() - i,
{
    if i < 0 || i >= a.len() {
        0 <= b
    } else {
        all_sel_le(a, b, i + 1, false) && (prev_taken || all_sel_le(a, b - a[i], i + 1, true))
    }
}

pub open spec fn pre_house_robber(a: Seq<int>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> 0 <= #[trigger] a[i] <= 1000000
}

pub open spec fn post_house_robber(a: Seq<int>, r: int) -> bool {
    exists_sel(a, r, 0, false) && all_sel_le(a, r, 0, false)
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

fn house_robber(a: &Vec<i64>) -> (r: i64)
    requires
        pre_house_robber(int_seq(a@)),
    ensures
        post_house_robber(int_seq(a@), r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
