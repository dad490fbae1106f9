use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_counting_sort(s: Seq<i64>, k: i64) -> bool {
    0 <= k <= 100000 && s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= k
}

pub open spec fn post_counting_sort(s: Seq<i64>, k: i64, r: Seq<i64>) -> bool {
    sorted_seq(r) && r.to_multiset() == s.to_multiset()
}

// <vc:helpers>
// </vc:helpers>

fn counting_sort(s: &Vec<i64>, k: i64) -> (r: Vec<i64>)
    requires
        pre_counting_sort(s@, k),
    ensures
        post_counting_sort(s@, k, r@),
{
    // <vc:code>
    let ku = k as usize;
    let mut c: Vec<usize> = Vec::new();
    let mut v: usize = 0;
    while v <= ku
        invariant
            0 <= v <= ku + 1,
            ku as int == k as int,
            ku <= 100000,
            c.len() == v,
            forall|w: int| 0 <= w < v ==> c@[w] == 0,
        decreases ku + 1 - v,
    {
        c.push(0);
        v = v + 1;
    }
    let n = s.len();
    let mut i: usize = 0;
    while i < n
        invariant
            0 <= i <= n,
            n == s.len(),
            ku as int == k as int,
            c.len() == ku + 1,
            pre_counting_sort(s@, k),
            forall|w: int| 0 <= w <= ku ==> c@[w] as int == s@.subrange(0, i as int).to_multiset().count(w as i64),
            forall|w: int| 0 <= w <= ku ==> c@[w] <= i,
        decreases n - i,
    {
        let x = s[i] as usize;
        proof {
            s@.subrange(0, i as int).to_multiset_ensures();
            assert(s@.subrange(0, i + 1) =~= s@.subrange(0, i as int).push(s@[i as int]));
        }
        let cx = c[x];
        c.set(x, cx + 1);
        i = i + 1;
    }
    assert(s@.subrange(0, n as int) =~= s@);
    let mut r: Vec<i64> = Vec::new();
    v = 0;
    while v <= ku
        invariant
            0 <= v <= ku + 1,
            ku as int == k as int,
            ku <= 100000,
            c.len() == ku + 1,
            forall|w: int| 0 <= w <= ku ==> c@[w] as int == s@.to_multiset().count(w as i64),
            sorted_seq(r@),
            forall|t: int| 0 <= t < r@.len() ==> (r@[t] as int) < (v as int),
            forall|x: i64| r@.to_multiset().count(x) == if 0 <= x && (x as int) < (v as int) {
                s@.to_multiset().count(x)
            } else {
                0
            },
        decreases ku + 1 - v,
    {
        let cnt = c[v];
        let mut j: usize = 0;
        while j < cnt
            invariant
                0 <= j <= cnt,
                v <= ku,
                cnt as int == s@.to_multiset().count(v as i64),
                ku <= 100000,
                sorted_seq(r@),
                forall|t: int| 0 <= t < r@.len() ==> (r@[t] as int) <= (v as int),
                forall|x: i64| r@.to_multiset().count(x) == if 0 <= x && (x as int) < (v as int) {
                    s@.to_multiset().count(x)
                } else if (x as int) == (v as int) {
                    j as nat
                } else {
                    0
                },
            decreases cnt - j,
        {
            let ghost old_r = r@;
            proof {
                old_r.to_multiset_ensures();
            }
            r.push(v as i64);
            assert(r@ =~= old_r.push(v as i64));
            assert forall|p: int, q: int| 0 <= p < q < r@.len() implies r@[p] <= r@[q] by {
                if q < old_r.len() {
                    assert(old_r[p] <= old_r[q]);
                }
            }
            j = j + 1;
        }
        v = v + 1;
    }
    proof {
        s@.to_multiset_ensures();
        assert forall|x: i64| r@.to_multiset().count(x) == s@.to_multiset().count(x) by {
            if !(0 <= x && x <= k) && s@.to_multiset().count(x) > 0 {
                assert(s@.contains(x));
                let t = choose|t: int| 0 <= t < s@.len() && s@[t] == x;
                assert(0 <= s@[t] <= k);
            }
        }
        assert(r@.to_multiset() =~= s@.to_multiset());
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
