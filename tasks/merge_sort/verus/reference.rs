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

pub open spec fn pre_merge_sort(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> -1000000000 <= s[i] <= 1000000000
}

pub open spec fn post_merge_sort(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
    sorted_seq(new_s) && same_elems(new_s, old_s)
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
fn copy_range(v: &Vec<i64>, lo: usize, hi: usize) -> (r: Vec<i64>)
    requires
        lo <= hi <= v.len(),
    ensures
        r@ == v@.subrange(lo as int, hi as int),
{
    let mut r: Vec<i64> = Vec::new();
    let mut k = lo;
    while k < hi
        invariant
            lo <= k <= hi,
            hi <= v.len(),
            r@ == v@.subrange(lo as int, k as int),
        decreases hi - k,
    {
        r.push(v[k]);
        assert(r@ =~= v@.subrange(lo as int, k + 1));
        k = k + 1;
    }
    r
}

fn merge(x: &Vec<i64>, y: &Vec<i64>) -> (r: Vec<i64>)
    requires
        sorted_seq(x@),
        sorted_seq(y@),
    ensures
        sorted_seq(r@),
        r@.to_multiset() == x@.to_multiset().add(y@.to_multiset()),
{
    let mut r: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < x.len() || j < y.len()
        invariant
            0 <= i <= x.len(),
            0 <= j <= y.len(),
            sorted_seq(x@),
            sorted_seq(y@),
            sorted_seq(r@),
            r@.len() == i + j,
            r@.to_multiset() == x@.subrange(0, i as int).to_multiset().add(
                y@.subrange(0, j as int).to_multiset(),
            ),
            r@.len() > 0 && i < x.len() ==> r@[r@.len() - 1] <= x@[i as int],
            r@.len() > 0 && j < y.len() ==> r@[r@.len() - 1] <= y@[j as int],
        decreases x.len() - i + y.len() - j,
    {
        let ghost old_r = r@;
        if j >= y.len() || (i < x.len() && x[i] <= y[j]) {
            let e = x[i];
            proof {
                old_r.to_multiset_ensures();
                x@.subrange(0, i as int).to_multiset_ensures();
                assert(x@.subrange(0, i + 1) =~= x@.subrange(0, i as int).push(e));
            }
            r.push(e);
            assert(r@ =~= old_r.push(e));
            assert forall|p: int, q: int| 0 <= p < q < r@.len() implies r@[p] <= r@[q] by {
                if q == r@.len() - 1 && p < q {
                    if p < old_r.len() - 1 {
                        assert(old_r[p] <= old_r[old_r.len() - 1]);
                    }
                }
            }
            i = i + 1;
            assert(r@.to_multiset() =~= x@.subrange(0, i as int).to_multiset().add(
                y@.subrange(0, j as int).to_multiset(),
            ));
        } else {
            let e = y[j];
            proof {
                old_r.to_multiset_ensures();
                y@.subrange(0, j as int).to_multiset_ensures();
                assert(y@.subrange(0, j + 1) =~= y@.subrange(0, j as int).push(e));
            }
            r.push(e);
            assert(r@ =~= old_r.push(e));
            assert forall|p: int, q: int| 0 <= p < q < r@.len() implies r@[p] <= r@[q] by {
                if q == r@.len() - 1 && p < q {
                    if p < old_r.len() - 1 {
                        assert(old_r[p] <= old_r[old_r.len() - 1]);
                    }
                }
            }
            j = j + 1;
            assert(r@.to_multiset() =~= x@.subrange(0, i as int).to_multiset().add(
                y@.subrange(0, j as int).to_multiset(),
            ));
        }
    }
    assert(x@.subrange(0, i as int) =~= x@);
    assert(y@.subrange(0, j as int) =~= y@);
    r
}
// </vc:helpers>

fn merge_sort(v: &Vec<i64>) -> (r: Vec<i64>)
    requires
        pre_merge_sort(v@),
    ensures
        post_merge_sort(v@, r@),
    decreases v.len(),
{
    // <vc:code>
    let n = v.len();
    if n <= 1 {
        let r = copy_range(v, 0, n);
        assert(r@ =~= v@);
        return r;
    }
    let mid = n / 2;
    let left = copy_range(v, 0, mid);
    let right = copy_range(v, mid, n);
    assert(pre_merge_sort(left@));
    assert(pre_merge_sort(right@));
    let sl = merge_sort(&left);
    let sr = merge_sort(&right);
    let r = merge(&sl, &sr);
    proof {
        assert(v@ =~= left@ + right@);
        vstd::seq_lib::lemma_multiset_commutative(left@, right@);
    }
    proof {
        lemma_same_elems_of_multiset(r@, v@);
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
