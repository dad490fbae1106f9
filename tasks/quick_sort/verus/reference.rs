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

pub open spec fn pre_quick_sort(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> -1000000000 <= s[i] <= 1000000000
}

pub open spec fn post_quick_sort(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
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

proof fn lemma_perm_upper(s: Seq<i64>, t: Seq<i64>, v: i64)
    requires
        s.to_multiset() == t.to_multiset(),
        forall|k: int| 0 <= k < s.len() ==> s[k] <= v,
    ensures
        forall|k: int| 0 <= k < t.len() ==> t[k] <= v,
{
    s.to_multiset_ensures();
    t.to_multiset_ensures();
    assert forall|k: int| 0 <= k < t.len() implies t[k] <= v by {
        assert(t.contains(t[k]));
        assert(s.contains(t[k]));
        let j = choose|j: int| 0 <= j < s.len() && s[j] == t[k];
        assert(s[j] <= v);
    }
}

proof fn lemma_perm_lower(s: Seq<i64>, t: Seq<i64>, v: i64)
    requires
        s.to_multiset() == t.to_multiset(),
        forall|k: int| 0 <= k < s.len() ==> s[k] > v,
    ensures
        forall|k: int| 0 <= k < t.len() ==> t[k] > v,
{
    s.to_multiset_ensures();
    t.to_multiset_ensures();
    assert forall|k: int| 0 <= k < t.len() implies t[k] > v by {
        assert(t.contains(t[k]));
        assert(s.contains(t[k]));
        let j = choose|j: int| 0 <= j < s.len() && s[j] == t[k];
        assert(s[j] > v);
    }
}

/// s = s[..lo] + s[lo..hi] + s[hi..] as multisets.
proof fn lemma_split_multiset(s: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= s.len(),
    ensures
        s.to_multiset() =~= s.subrange(0, lo).to_multiset().add(s.subrange(lo, hi).to_multiset()).add(
            s.subrange(hi, s.len() as int).to_multiset(),
        ),
{
    let a = s.subrange(0, lo);
    let b = s.subrange(lo, hi);
    let c = s.subrange(hi, s.len() as int);
    assert(s =~= (a + b) + c);
    vstd::seq_lib::lemma_multiset_commutative(a + b, c);
    vstd::seq_lib::lemma_multiset_commutative(a, b);
}

/// The multiset of a range follows from the whole sequence's multiset when the outside is unchanged.
proof fn lemma_range_multiset(s: Seq<i64>, t: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= s.len(),
        s.len() == t.len(),
        s.to_multiset() == t.to_multiset(),
        forall|k: int| 0 <= k < s.len() && !(lo <= k < hi) ==> s[k] == t[k],
    ensures
        s.subrange(lo, hi).to_multiset() =~= t.subrange(lo, hi).to_multiset(),
{
    lemma_split_multiset(s, lo, hi);
    lemma_split_multiset(t, lo, hi);
    assert(s.subrange(0, lo) =~= t.subrange(0, lo));
    assert(s.subrange(hi, s.len() as int) =~= t.subrange(hi, t.len() as int));
    let x = s.subrange(lo, hi).to_multiset();
    let y = t.subrange(lo, hi).to_multiset();
    let a = s.subrange(0, lo).to_multiset();
    let c = s.subrange(hi, s.len() as int).to_multiset();
    assert forall|e: i64| x.count(e) == y.count(e) by {
        assert(a.add(x).add(c).count(e) == a.count(e) + x.count(e) + c.count(e));
        assert(a.add(y).add(c).count(e) == a.count(e) + y.count(e) + c.count(e));
    }
}

/// s[lo..hi] = s[lo..p] + [s[p]] + s[p+1..hi] as multisets.
proof fn lemma_split3(s: Seq<i64>, lo: int, p: int, hi: int)
    requires
        0 <= lo <= p < hi <= s.len(),
    ensures
        s.subrange(lo, hi).to_multiset() =~= s.subrange(lo, p).to_multiset().insert(s[p]).add(
            s.subrange(p + 1, hi).to_multiset(),
        ),
{
    let l = s.subrange(lo, p);
    let r = s.subrange(p + 1, hi);
    assert(s.subrange(lo, hi) =~= l.push(s[p]) + r);
    vstd::seq_lib::lemma_multiset_commutative(l.push(s[p]), r);
    l.to_multiset_ensures();
}

fn partition(a: &mut Vec<i64>, lo: usize, hi: usize) -> (p: usize)
    requires
        lo < hi <= old(a).len(),
    ensures
        a.len() == old(a).len(),
        lo <= p < hi,
        forall|k: int| lo <= k < p ==> a@[k] <= a@[p as int],
        forall|k: int| p < k < hi ==> a@[k] > a@[p as int],
        forall|k: int| 0 <= k < a.len() && !(lo <= k < hi) ==> a@[k] == old(a)@[k],
        a@.subrange(lo as int, hi as int).to_multiset() == old(a)@.subrange(lo as int, hi as int).to_multiset(),
{
    let ghost orig = a@;
    let pivot = a[hi - 1];
    let mut i: usize = lo;
    let mut j: usize = lo;
    while j < hi - 1
        invariant
            lo <= i <= j <= hi - 1,
            hi <= a.len(),
            a.len() == orig.len(),
            forall|k: int| lo <= k < i ==> a@[k] <= pivot,
            forall|k: int| i <= k < j ==> a@[k] > pivot,
            a@[hi - 1] == pivot,
            forall|k: int| 0 <= k < a.len() && !(lo <= k < hi) ==> a@[k] == orig[k],
            a@.to_multiset() == orig.to_multiset(),
        decreases hi - 1 - j,
    {
        if a[j] <= pivot {
            let x = a[i];
            let y = a[j];
            proof {
                lemma_swap_multiset(a@, i as int, j as int);
            }
            a.set(i, y);
            a.set(j, x);
            i = i + 1;
        }
        j = j + 1;
    }
    let x = a[i];
    let y = a[hi - 1];
    proof {
        lemma_swap_multiset(a@, i as int, hi - 1);
    }
    a.set(i, y);
    a.set(hi - 1, x);
    proof {
        lemma_range_multiset(a@, orig, lo as int, hi as int);
    }
    i
}

fn quick_sort_range(a: &mut Vec<i64>, lo: usize, hi: usize)
    requires
        lo <= hi <= old(a).len(),
    ensures
        a.len() == old(a).len(),
        forall|p: int, q: int| lo <= p < q < hi ==> a@[p] <= a@[q],
        forall|k: int| 0 <= k < a.len() && !(lo <= k < hi) ==> a@[k] == old(a)@[k],
        a@.subrange(lo as int, hi as int).to_multiset() == old(a)@.subrange(lo as int, hi as int).to_multiset(),
    decreases hi - lo,
{
    if hi - lo <= 1 {
        return;
    }
    let ghost o = a@;
    let p = partition(a, lo, hi);
    let ghost a1 = a@;
    quick_sort_range(a, lo, p);
    let ghost a2 = a@;
    quick_sort_range(a, p + 1, hi);
    let ghost a3 = a@;
    proof {
        let pv = a1[p as int];
        assert forall|k: int| 0 <= k < (p - lo) implies a1.subrange(lo as int, p as int)[k] <= pv by {
            assert(a1.subrange(lo as int, p as int)[k] == a1[lo + k]);
        }
        lemma_perm_upper(a1.subrange(lo as int, p as int), a2.subrange(lo as int, p as int), pv);
        assert forall|k: int| lo <= k < p implies a2[k] <= pv by {
            assert(a2[k] == a2.subrange(lo as int, p as int)[k - lo]);
        }
        assert(a2.subrange(p + 1, hi as int) =~= a1.subrange(p + 1, hi as int));
        assert forall|k: int| 0 <= k < (hi - p - 1) implies a2.subrange(p + 1, hi as int)[k] > pv by {
            assert(a2.subrange(p + 1, hi as int)[k] == a1[p + 1 + k]);
        }
        lemma_perm_lower(a2.subrange(p + 1, hi as int), a3.subrange(p + 1, hi as int), pv);
        assert forall|k: int| p < k < hi implies a3[k] > pv by {
            assert(a3[k] == a3.subrange(p + 1, hi as int)[k - p - 1]);
        }
        assert(a3[p as int] == pv);
        assert forall|k: int| lo <= k < p implies a3[k] == a2[k] by {}
        assert forall|x: int, y: int| lo <= x < y < hi implies a3[x] <= a3[y] by {
            if y < p {
                assert(a3[x] == a2[x] && a3[y] == a2[y]);
            } else if x < p {
                assert(a3[x] == a2[x]);
            }
        }
        assert(a3.subrange(lo as int, p as int) =~= a2.subrange(lo as int, p as int));
        lemma_split3(a3, lo as int, p as int, hi as int);
        lemma_split3(a1, lo as int, p as int, hi as int);
    }
}
// </vc:helpers>

fn quick_sort(a: &mut Vec<i64>)
    requires
        pre_quick_sort(old(a)@),
    ensures
        post_quick_sort(old(a)@, a@),
{
    // <vc:code>
    let n = a.len();
    quick_sort_range(a, 0, n);
    proof {
        assert(a@.subrange(0, n as int) =~= a@);
        assert(old(a)@.subrange(0, n as int) =~= old(a)@);
    }
    proof {
        lemma_same_elems_of_multiset(a@, old(a)@);
    }
    // </vc:code>
}

fn main() {}

} // verus!
