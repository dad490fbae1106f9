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

pub open spec fn pre_bubble_sort(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> -1000000000 <= s[i] <= 1000000000
}

pub open spec fn post_bubble_sort(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
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

fn bubble_sort(a: &mut Vec<i64>)
    requires
        pre_bubble_sort(old(a)@),
    ensures
        post_bubble_sort(old(a)@, a@),
{
    // <vc:code>
    let ghost orig = a@;
    let n = a.len();
    let mut i: usize = n;
    while i > 1
        invariant
            0 <= i <= n,
            a.len() == n,
            orig.len() == n,
            forall|p: int, q: int| i <= p < q < n ==> a@[p] <= a@[q],
            forall|p: int, q: int| 0 <= p < i <= q < n ==> a@[p] <= a@[q],
            a@.to_multiset() == orig.to_multiset(),
        decreases i,
    {
        let mut j: usize = 0;
        while j < i - 1
            invariant
                1 < i <= n,
                0 <= j <= i - 1,
                a.len() == n,
                forall|p: int| 0 <= p <= j ==> a@[p] <= a@[j as int],
                forall|p: int, q: int| i <= p < q < n ==> a@[p] <= a@[q],
                forall|p: int, q: int| 0 <= p < i <= q < n ==> a@[p] <= a@[q],
                a@.to_multiset() == orig.to_multiset(),
            decreases i - 1 - j,
        {
            if a[j] > a[j + 1] {
                let x = a[j];
                let y = a[j + 1];
                proof {
                    lemma_swap_multiset(a@, j as int, j + 1);
                }
                a.set(j, y);
                a.set(j + 1, x);
            }
            j = j + 1;
        }
        assert forall|p: int, q: int| 0 <= p < i - 1 && i - 1 <= q < n implies a@[p] <= a@[q] by {
            if q == i - 1 {
                assert(a@[p] <= a@[j as int]);
            }
        }
        i = i - 1;
    }
    proof {
        lemma_same_elems_of_multiset(a@, old(a)@);
    }
    // </vc:code>
}

fn main() {}

} // verus!
