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
// jumper_to_end(a, i) is reach_aux(a, |a| - 1, i) for the last index.
proof fn lemma_end_is_reach(a: Seq<int>, i: int)
    requires
        a.len() >= 2,
        0 <= i,
    ensures
        jumper_to_end(a, i) == reach_aux(a, a.len() - 1, i),
    decreases a.len() - i,
{
    if i < a.len() - 1 {
        lemma_end_is_reach(a, i + 1);
    }
}

proof fn lemma_jumper_witness(a: Seq<int>, j: int, i: int, w: int)
    requires
        0 <= i <= w < j,
        w < a.len(),
        reach_aux(a, w, 0),
        w + a[w] >= j,
    ensures
        reach_aux(a, j, i),
    decreases w - i,
{
    if i < w {
        lemma_jumper_witness(a, j, i + 1, w);
    }
}

proof fn lemma_no_jumper(a: Seq<int>, far: int, j: int, i: int)
    requires
        0 <= far < j,
        0 <= i,
        forall|w: int| 0 <= w <= far && w < a.len() ==> w + #[trigger] a[w] <= far,
        forall|w: int| far < w < j ==> !#[trigger] reach_aux(a, w, 0),
    ensures
        !reach_aux(a, j, i),
    decreases j - i,
{
    if i < j {
        lemma_no_jumper(a, far, j, i + 1);
        if i < a.len() && i <= far {
            assert(i + a[i] <= far);
        }
    }
}

// Nothing beyond far is reachable when no index up to far jumps beyond far.
proof fn lemma_unreachable(a: Seq<int>, far: int, j: int)
    requires
        0 <= far < j,
        forall|w: int| 0 <= w <= far && w < a.len() ==> w + #[trigger] a[w] <= far,
    ensures
        !reach_aux(a, j, 0),
    decreases j,
{
    assert forall|w: int| far < w < j implies !#[trigger] reach_aux(a, w, 0) by {
        lemma_unreachable(a, far, w);
    }
    lemma_no_jumper(a, far, j, 0);
}
// </vc:helpers>

fn jump_game(a: &Vec<i64>) -> (r: bool)
    requires
        pre_jump_game(int_seq(a@)),
    ensures
        post_jump_game(int_seq(a@), r),
{
    // <vc:code>
    // Greedy: far = the farthest index known to be reachable.
    let ghost s = int_seq(a@);
    let n = a.len();
    let mut far: i64 = 0;
    let mut i: usize = 0;
    while i < n && (i as i64) <= far
        invariant
            s == int_seq(a@),
            pre_jump_game(s),
            n == a.len(),
            0 <= i <= n,
            0 <= far <= 200000,
            i <= far + 1,
            forall|j: int| 0 <= j <= far && j < n ==> #[trigger] reach_aux(s, j, 0),
            forall|w: int| 0 <= w < i ==> w + #[trigger] s[w] <= far,
        decreases n - i,
    {
        let x = a[i];
        proof {
            assert(s[i as int] == x as int);
        }
        if (i as i64) + x > far {
            proof {
                assert forall|j: int| far < j <= i + x && j < n implies #[trigger] reach_aux(s, j, 0) by {
                    lemma_jumper_witness(s, j, 0, i as int);
                }
            }
            far = (i as i64) + x;
        }
        i = i + 1;
    }
    let r = far >= (n as i64) - 1;
    proof {
        if n >= 2 {
            lemma_end_is_reach(s, 0);
            if !r {
                lemma_unreachable(s, far as int, n as int - 1);
            } else {
                assert(reach_aux(s, n as int - 1, 0));
            }
        }
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
