use vstd::prelude::*;

verus! {

// Number of occurrences of x in s.
pub open spec fn count(s: Seq<i64>, x: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count(s.drop_last(), x) + (if s.last() == x { 1nat } else { 0nat })
    }
}

pub open spec fn pre_majority_element(a: Seq<i64>) -> bool {
    exists|i: int| 0 <= i < a.len() && 2 * count(a, a[i]) > a.len()
}

pub open spec fn post_majority_element(a: Seq<i64>, m: i64) -> bool {
    2 * count(a, m) > a.len()
}

// <vc:helpers>
// </vc:helpers>

fn majority_element(a: &Vec<i64>) -> (m: i64)
    requires
        pre_majority_element(a@),
    ensures
        post_majority_element(a@, m),
{
    // <vc:code>
    // Boyer-Moore voting: a candidate m with a vote counter cnt.
    let mut m: i64 = 0;
    let mut cnt: usize = 0;
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            0 <= cnt <= i,
            2 * count(a@.subrange(0, i as int), m) <= i + cnt,
            forall|x: i64| x != m ==> 2 * count(a@.subrange(0, i as int), x) <= i - cnt,
        decreases a.len() - i,
    {
        let ghost prev = a@.subrange(0, i as int);
        proof {
            assert(a@.subrange(0, i + 1).drop_last() =~= prev);
            assert forall|x: i64| #[trigger] count(a@.subrange(0, i + 1), x)
                == count(prev, x) + (if a@[i as int] == x { 1nat } else { 0nat }) by {
                assert(a@.subrange(0, i + 1).drop_last() =~= prev);
            }
        }
        let y = a[i];
        if cnt == 0 {
            m = y;
            cnt = 1;
        } else if y == m {
            cnt = cnt + 1;
        } else {
            cnt = cnt - 1;
        }
        i = i + 1;
    }
    proof {
        assert(a@.subrange(0, a.len() as int) =~= a@);
        let w = choose|w: int| 0 <= w < a@.len() && 2 * count(a@, a@[w]) > a@.len();
        // If a[w] were not m, the invariant would bound its count by (n - cnt) / 2.
        assert(a@[w] == m);
    }
    m
    // </vc:code>
}

fn main() {}

} // verus!
