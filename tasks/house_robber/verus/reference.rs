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
// rob(a, i): the best total of a valid selection among positions i .. |a|-1.
pub open spec fn rob(a: Seq<int>, i: int) -> int
    decreases a.len() - i,
{
    if i < 0 || i >= a.len() {
        0
    } else if rob(a, i + 1) >= a[i] + rob(a, i + 2) {
        rob(a, i + 1)
    } else {
        a[i] + rob(a, i + 2)
    }
}

proof fn lemma_rob_achieved(a: Seq<int>, i: int)
    requires
        0 <= i,
    ensures
        exists_sel(a, rob(a, i), i, false),
        exists_sel(a, rob(a, i + 1), i, true),
    decreases a.len() - i,
{
    if i < a.len() {
        lemma_rob_achieved(a, i + 1);
        assert(rob(a, i) - a[i] == rob(a, i + 2) || rob(a, i) == rob(a, i + 1));
    }
}

proof fn lemma_rob_bound(a: Seq<int>, b: int, i: int, p: bool)
    requires
        0 <= i,
        b >= (if p { rob(a, i + 1) } else { rob(a, i) }),
    ensures
        all_sel_le(a, b, i, p),
    decreases a.len() - i,
{
    if i < a.len() {
        lemma_rob_bound(a, b, i + 1, false);
        if !p {
            lemma_rob_bound(a, b - a[i], i + 1, true);
        }
    }
}

// 0 <= rob(a, i) <= 1000000 * (|a| - i) under the element bounds.
proof fn lemma_rob_range(a: Seq<int>, i: int)
    requires
        0 <= i,
        forall|t: int| 0 <= t < a.len() ==> 0 <= #[trigger] a[t] <= 1000000,
    ensures
        0 <= rob(a, i),
        i <= a.len() ==> rob(a, i) <= 1000000 * (a.len() - i),
        i >= a.len() ==> rob(a, i) == 0,
    decreases a.len() - i,
{
    if i < a.len() {
        lemma_rob_range(a, i + 1);
        lemma_rob_range(a, i + 2);
        assert(0 <= a[i] <= 1000000);
    }
}
// </vc:helpers>

fn house_robber(a: &Vec<i64>) -> (r: i64)
    requires
        pre_house_robber(int_seq(a@)),
    ensures
        post_house_robber(int_seq(a@), r as int),
{
    // <vc:code>
    // Scan from the right: next1 = rob(a, i), next2 = rob(a, i + 1).
    let ghost s = int_seq(a@);
    let mut next1: i64 = 0;
    let mut next2: i64 = 0;
    let mut i: usize = a.len();
    while i > 0
        invariant
            s == int_seq(a@),
            pre_house_robber(s),
            0 <= i <= a.len(),
            next1 as int == rob(s, i as int),
            next2 as int == rob(s, i as int + 1),
        decreases i,
    {
        i = i - 1;
        proof {
            lemma_rob_range(s, i as int + 1);
            lemma_rob_range(s, i as int + 2);
            assert(s[i as int] == a@[i as int] as int);
        }
        let take = a[i] + next2;
        let cur = if next1 >= take { next1 } else { take };
        next2 = next1;
        next1 = cur;
    }
    proof {
        lemma_rob_achieved(s, 0);
        lemma_rob_bound(s, next1 as int, 0, false);
    }
    next1
    // </vc:code>
}

fn main() {}

} // verus!
