use vstd::prelude::*;

verus! {

pub open spec fn pre_prefix_sums(a: Seq<i64>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000000 <= a[i] <= 1000000000
}

pub open spec fn post_prefix_sums(a: Seq<i64>, s: Seq<i64>) -> bool {
    s.len() == a.len() + 1 && s[0] == 0 && forall|i: int|
        0 <= i < a.len() ==> s[i + 1] as int == s[i] as int + a[i] as int
}

// <vc:helpers>
// </vc:helpers>

fn prefix_sums(a: &Vec<i64>) -> (s: Vec<i64>)
    requires
        pre_prefix_sums(a@),
    ensures
        post_prefix_sums(a@, s@),
{
    // <vc:code>
    let mut s: Vec<i64> = Vec::new();
    s.push(0);
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            pre_prefix_sums(a@),
            s.len() == i + 1,
            s[0] == 0,
            forall|k: int| 0 <= k < i ==> s[k + 1] as int == s[k] as int + a[k] as int,
            -1000000000 * (i as int) <= s[i as int] as int <= 1000000000 * (i as int),
        decreases a.len() - i,
    {
        let next: i64 = s[i] + a[i];
        s.push(next);
        i = i + 1;
    }
    s
    // </vc:code>
}

fn main() {}

} // verus!
