use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

// Number of occurrences of v in s.
pub open spec fn count_of(s: Seq<i64>, v: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count_of(s.drop_last(), v) + (if s.last() == v { 1nat } else { 0nat })
    }
}

// a and b hold the same elements with the same multiplicities: every value occurring in either
// occurs equally often in both (a permutation, stated with counts so that vector checks can
// evaluate it; Seq::to_multiset is closed in vstd).
pub open spec fn same_elems(a: Seq<i64>, b: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> count_of(a, #[trigger] a[i]) == count_of(b, a[i])
    &&& forall|i: int| 0 <= i < b.len() ==> count_of(a, #[trigger] b[i]) == count_of(b, b[i])
}

pub open spec fn pre_counting_sort(s: Seq<i64>, k: i64) -> bool {
    0 <= k <= 100000 && s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= k
}

pub open spec fn post_counting_sort(s: Seq<i64>, k: i64, r: Seq<i64>) -> bool {
    sorted_seq(r) && same_elems(r, s)
}

// <vc:helpers>
// count_of agrees with vstd's multiset count, so a multiset equality gives same_elems.
proof fn lemma_count_of_multiset(s: Seq<i64>, v: i64)
    ensures
        count_of(s, v) == s.to_multiset().count(v),
    decreases s.len(),
{
    s.to_multiset_ensures();
    if s.len() == 0 {
        assert(!s.contains(v));
    } else {
        let t = s.drop_last();
        lemma_count_of_multiset(t, v);
        assert(s =~= t.push(s.last()));
        t.to_multiset_ensures();
        assert(s.to_multiset() =~= t.to_multiset().insert(s.last()));
    }
}

proof fn lemma_same_elems_of_multiset(a: Seq<i64>, b: Seq<i64>)
    requires
        a.to_multiset() == b.to_multiset(),
    ensures
        same_elems(a, b),
{
    assert forall|i: int| 0 <= i < a.len() implies count_of(a, #[trigger] a[i]) == count_of(b, a[i]) by {
        lemma_count_of_multiset(a, a[i]);
        lemma_count_of_multiset(b, a[i]);
    }
    assert forall|i: int| 0 <= i < b.len() implies count_of(a, #[trigger] b[i]) == count_of(b, b[i]) by {
        lemma_count_of_multiset(a, b[i]);
        lemma_count_of_multiset(b, b[i]);
    }
}
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
    proof {
        lemma_same_elems_of_multiset(r@, s@);
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
