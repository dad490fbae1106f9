use vstd::prelude::*;

verus! {

// From index i one may jump to any index j with i < j <= i + a[i].
// reach_aux(a, j, i): j == 0, or some index w with i <= w < j is reachable from 0 and can jump to j.
// reach_aux(a, j, 0): index j is reachable from index 0.
pub open spec fn reach_aux(a: Seq<int>, j: int, i: int) -> bool
    decreases j, j - i,
{
    if j == 0 {
        true
    } else if 0 <= i < j && i < a.len() {
        (reach_aux(a, i, 0) && i + a[i] >= j) || reach_aux(a, j, i + 1)
    } else {
        false
    }
}

// Some index w with i <= w < |a| - 1 is reachable from 0 and can jump to the last index.
pub open spec fn jumper_to_end(a: Seq<int>, i: int) -> bool
    decreases a.len() - i,
{
    if 0 <= i < a.len() - 1 {
        (reach_aux(a, i, 0) && i + a[i] >= a.len() - 1) || jumper_to_end(a, i + 1)
    } else {
        false
    }
}

pub open spec fn pre_jump_game(a: Seq<int>) -> bool {
    1 <= a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> 0 <= #[trigger] a[i] <= 100000
}

// r tells whether the last index is reachable from index 0.
pub open spec fn post_jump_game(a: Seq<int>, r: bool) -> bool {
    r == (a.len() == 1 || jumper_to_end(a, 0))
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

fn jump_game(a: &Vec<i64>) -> (r: bool)
    requires
        pre_jump_game(int_seq(a@)),
    ensures
        post_jump_game(int_seq(a@), r),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
