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

pub open spec fn pre_dutch_national_flag(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= 2
}

pub open spec fn post_dutch_national_flag(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
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
proof fn lemma_update_multiset(s: Seq<i64>, i: int, v: i64)
    requires
        0 <= i < s.len(),
    ensures
        s.update(i, v).to_multiset() =~= s.to_multiset().remove(s[i]).insert(v),
{
    let left = s.subrange(0, i);
    let right = s.subrange(i + 1, s.len() as int);
    assert(s =~= left.push(s[i]) + right);
    assert(s.update(i, v) =~= left.push(v) + right);
    vstd::seq_lib::lemma_multiset_commutative(left.push(s[i]), right);
    vstd::seq_lib::lemma_multiset_commutative(left.push(v), right);
    left.to_multiset_ensures();
}

proof fn lemma_swap_multiset(s: Seq<i64>, i: int, j: int)
    requires
        0 <= i < s.len(),
        0 <= j < s.len(),
    ensures
        s.update(i, s[j]).update(j, s[i]).to_multiset() =~= s.to_multiset(),
{
    let t = s.update(i, s[j]);
    lemma_update_multiset(s, i, s[j]);
    lemma_update_multiset(t, j, s[i]);
    assert(t[j] == s[j]);
    s.to_multiset_ensures();
    assert(s.contains(s[i]));
    assert(s.to_multiset().count(s[i]) > 0);
    assert(s.to_multiset().remove(s[i]).insert(s[j]).remove(s[j]).insert(s[i]) =~= s.to_multiset());
}
// </vc:helpers>

fn dutch_flag(a: &mut Vec<i64>)
    requires
        pre_dutch_national_flag(old(a)@),
    ensures
        post_dutch_national_flag(old(a)@, a@),
{
    // <vc:code>
    let ghost orig = a@;
    let n = a.len();
    let mut lo: usize = 0;
    let mut mid: usize = 0;
    let mut hi: usize = n;
    while mid < hi
        invariant
            0 <= lo <= mid <= hi <= n,
            a.len() == n,
            forall|k: int| 0 <= k < lo ==> a@[k] == 0,
            forall|k: int| lo <= k < mid ==> a@[k] == 1,
            forall|k: int| hi <= k < n ==> a@[k] == 2,
            forall|k: int| 0 <= k < n ==> 0 <= a@[k] <= 2,
            a@.to_multiset() == orig.to_multiset(),
        decreases hi - mid,
    {
        let v = a[mid];
        if v == 0 {
            let w = a[lo];
            proof {
                lemma_swap_multiset(a@, lo as int, mid as int);
            }
            a.set(lo, v);
            a.set(mid, w);
            lo = lo + 1;
            mid = mid + 1;
        } else if v == 1 {
            mid = mid + 1;
        } else {
            hi = hi - 1;
            let w = a[hi];
            proof {
                lemma_swap_multiset(a@, mid as int, hi as int);
            }
            a.set(mid, w);
            a.set(hi, v);
        }
    }
    assert forall|p: int, q: int| 0 <= p < q < n implies a@[p] <= a@[q] by {
        if p < lo {
        } else if p < mid {
            assert(q >= lo);
        } else {
            assert(q >= hi);
        }
    }
    proof {
        lemma_same_elems_of_multiset(a@, old(a)@);
    }
    // </vc:code>
}

fn main() {}

} // verus!
