use vstd::prelude::*;

verus! {

pub open spec fn min3(x: int, y: int, z: int) -> int {
    if x <= y && x <= z { x } else if y <= z { y } else { z }
}

// Levenshtein distance between the prefixes a[..i] and b[..j]: the last step of an optimal
// edit script deletes a[i-1], inserts b[j-1], or matches/substitutes a[i-1] by b[j-1].
pub open spec fn edit_dist(a: Seq<i64>, b: Seq<i64>, i: int, j: int) -> int
    decreases i + j,
{
    if i <= 0 {
        if j <= 0 { 0 } else { j }
    } else if j <= 0 {
        i
    } else {
        min3(
            edit_dist(a, b, i - 1, j) + 1,
            edit_dist(a, b, i, j - 1) + 1,
            edit_dist(a, b, i - 1, j - 1) + (if a[i - 1] == b[j - 1] { 0int } else { 1int }),
        )
    }
}

pub open spec fn pre_edit_distance(a: Seq<i64>, b: Seq<i64>) -> bool {
    a.len() <= 1000 && b.len() <= 1000
}

pub open spec fn post_edit_distance(a: Seq<i64>, b: Seq<i64>, dist: i64) -> bool {
    dist as int == edit_dist(a, b, a.len() as int, b.len() as int)
}

// <vc:helpers>
// </vc:helpers>

fn edit_distance(a: &Vec<i64>, b: &Vec<i64>) -> (dist: i64)
    requires
        pre_edit_distance(a@, b@),
    ensures
        post_edit_distance(a@, b@, dist),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
