use vstd::prelude::*;

verus! {

// Number of positions j with i <= j < |s| and s[j] < v (a recursion over the index, as in the
// Dafny version); count_lt(s, v, 0) counts the elements of s smaller than v.
pub open spec fn count_lt(s: Seq<i64>, v: i64, i: int) -> nat
    decreases s.len() - i,
{
    if i < 0 || i >= s.len() {
        0
    } else {
        (if s[i] < v { 1nat } else { 0nat }) + count_lt(s, v, i + 1)
    }
}

// Number of positions j with i <= j < |s| and s[j] <= v.
pub open spec fn count_le(s: Seq<i64>, v: i64, i: int) -> nat
    decreases s.len() - i,
{
    if i < 0 || i >= s.len() {
        0
    } else {
        (if s[i] <= v { 1nat } else { 0nat }) + count_le(s, v, i + 1)
    }
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

// a and b hold the same elements with the same multiplicities (a permutation, stated with counts
// so that vector checks can evaluate it; Seq::to_multiset is closed in vstd).
pub open spec fn same_elems(a: Seq<i64>, b: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> count_of(a, #[trigger] a[i]) == count_of(b, a[i])
    &&& forall|i: int| 0 <= i < b.len() ==> count_of(a, #[trigger] b[i]) == count_of(b, b[i])
}

pub open spec fn pre_quickselect(s: Seq<i64>, k: int) -> bool {
    &&& s.len() <= 100000
    &&& 0 <= k < s.len()
    &&& forall|i: int| 0 <= i < s.len() ==> -1000000000 <= #[trigger] s[i] <= 1000000000
}

// v is the k-th smallest element of old_s (0-based): at most k elements are smaller than v and
// more than k are not greater; new_s (the array after the call) is a permutation of old_s.
pub open spec fn post_quickselect(old_s: Seq<i64>, k: int, new_s: Seq<i64>, v: i64) -> bool {
    &&& same_elems(new_s, old_s)
    &&& count_lt(old_s, v, 0) <= k
    &&& k < count_le(old_s, v, 0)
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

proof fn lemma_count_shift(a: Seq<i64>, b: Seq<i64>, v: i64, j: int)
    requires
        0 <= j <= b.len(),
    ensures
        count_lt(a + b, v, a.len() + j) == count_lt(b, v, j),
        count_le(a + b, v, a.len() + j) == count_le(b, v, j),
    decreases b.len() - j,
{
    if j < b.len() {
        lemma_count_shift(a, b, v, j + 1);
        assert((a + b)[a.len() + j] == b[j]);
    }
}

proof fn lemma_count_split_from(a: Seq<i64>, b: Seq<i64>, v: i64, i: int)
    requires
        0 <= i <= a.len(),
    ensures
        count_lt(a + b, v, i) == count_lt(a, v, i) + count_lt(b, v, 0),
        count_le(a + b, v, i) == count_le(a, v, i) + count_le(b, v, 0),
    decreases a.len() - i,
{
    if i == a.len() {
        lemma_count_shift(a, b, v, 0);
    } else {
        lemma_count_split_from(a, b, v, i + 1);
        assert((a + b)[i] == a[i]);
    }
}

/// Counts of a concatenation add up.
proof fn lemma_count_split(a: Seq<i64>, b: Seq<i64>, v: i64)
    ensures
        count_lt(a + b, v, 0) == count_lt(a, v, 0) + count_lt(b, v, 0),
        count_le(a + b, v, 0) == count_le(a, v, 0) + count_le(b, v, 0),
{
    lemma_count_split_from(a, b, v, 0);
}

proof fn lemma_count_range(s: Seq<i64>, v: i64, i: int)
    requires
        0 <= i <= s.len(),
    ensures
        count_lt(s, v, i) <= s.len() - i,
        count_le(s, v, i) <= s.len() - i,
    decreases s.len() - i,
{
    if i < s.len() {
        lemma_count_range(s, v, i + 1);
    }
}

proof fn lemma_count_all_le(s: Seq<i64>, v: i64, i: int)
    requires
        0 <= i <= s.len(),
        forall|j: int| 0 <= j < s.len() ==> s[j] <= v,
    ensures
        count_le(s, v, i) == s.len() - i,
    decreases s.len() - i,
{
    if i < s.len() {
        lemma_count_all_le(s, v, i + 1);
    }
}

proof fn lemma_count_none_lt(s: Seq<i64>, v: i64, i: int)
    requires
        0 <= i <= s.len(),
        forall|j: int| 0 <= j < s.len() ==> s[j] >= v,
    ensures
        count_lt(s, v, i) == 0,
    decreases s.len() - i,
{
    if i < s.len() {
        lemma_count_none_lt(s, v, i + 1);
    }
}

/// Counts depend only on the multiset.
proof fn lemma_count_perm(s: Seq<i64>, t: Seq<i64>, v: i64)
    requires
        s.to_multiset() == t.to_multiset(),
    ensures
        count_lt(s, v, 0) == count_lt(t, v, 0),
        count_le(s, v, 0) == count_le(t, v, 0),
    decreases s.len(),
{
    s.to_multiset_ensures();
    t.to_multiset_ensures();
    if s.len() == 0 {
        assert(t.len() == 0);
    } else {
        let x = s.last();
        let s1 = s.drop_last();
        assert(s =~= s1.push(x));
        assert(s.contains(x));
        assert(t.contains(x));
        let j = choose|j: int| 0 <= j < t.len() && t[j] == x;
        let l = t.subrange(0, j);
        let r = t.subrange(j + 1, t.len() as int);
        let t1 = l + r;
        assert(t =~= l.push(x) + r);
        vstd::seq_lib::lemma_multiset_commutative(l.push(x), r);
        vstd::seq_lib::lemma_multiset_commutative(l, r);
        l.to_multiset_ensures();
        s1.to_multiset_ensures();
        assert(s1.to_multiset() =~= t1.to_multiset());
        lemma_count_perm(s1, t1, v);
        lemma_count_split(s1, seq![x], v);
        assert(s1 + seq![x] =~= s);
        lemma_count_split(l, seq![x], v);
        lemma_count_split(l.push(x), r, v);
        lemma_count_split(l, r, v);
        assert(l + seq![x] =~= l.push(x));
    }
}

/// Lomuto partition of a[lo..hi) around the pivot a[hi-1]; the bounds relating the range to the
/// outside are kept (values only move inside the range).
fn partition(a: &mut Vec<i64>, lo: usize, hi: usize) -> (p: usize)
    requires
        lo < hi <= old(a).len(),
        forall|i: int, j: int| 0 <= i < lo <= j < old(a).len() ==> old(a)@[i] <= old(a)@[j],
        forall|i: int, j: int| 0 <= i < hi <= j < old(a).len() ==> old(a)@[i] <= old(a)@[j],
    ensures
        a.len() == old(a).len(),
        lo <= p < hi,
        forall|m: int| lo <= m < p ==> a@[m] <= a@[p as int],
        forall|m: int| p < m < hi ==> a@[p as int] < a@[m],
        forall|i: int, j: int| 0 <= i < lo <= j < a.len() ==> a@[i] <= a@[j],
        forall|i: int, j: int| 0 <= i < hi <= j < a.len() ==> a@[i] <= a@[j],
        a@.to_multiset() == old(a)@.to_multiset(),
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
            forall|m: int| lo <= m < i ==> a@[m] <= pivot,
            forall|m: int| i <= m < j ==> a@[m] > pivot,
            a@[hi - 1] == pivot,
            forall|x: int, y: int| 0 <= x < lo <= y < a.len() ==> a@[x] <= a@[y],
            forall|x: int, y: int| 0 <= x < hi <= y < a.len() ==> a@[x] <= a@[y],
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
    i
}

/// With everything before k not greater than s[k] and everything after not smaller, s[k] has rank k.
proof fn lemma_rank_of_split(s: Seq<i64>, k: int)
    requires
        0 <= k < s.len(),
        forall|i: int| 0 <= i < k ==> s[i] <= s[k],
        forall|j: int| k < j < s.len() ==> s[k] <= s[j],
    ensures
        count_lt(s, s[k], 0) <= k < count_le(s, s[k], 0),
{
    let v = s[k];
    let a = s.subrange(0, k);
    let b = s.subrange(k, s.len() as int);
    assert(s =~= a + b);
    lemma_count_split(a, b, v);
    lemma_count_range(a, v, 0);
    lemma_count_none_lt(b, v, 0);
    let c = s.subrange(0, k + 1);
    let d = s.subrange(k + 1, s.len() as int);
    assert(s =~= c + d);
    lemma_count_split(c, d, v);
    lemma_count_all_le(c, v, 0);
}
// </vc:helpers>

fn quickselect(a: &mut Vec<i64>, k: usize) -> (v: i64)
    requires
        pre_quickselect(old(a)@, k as int),
    ensures
        post_quickselect(old(a)@, k as int, a@, v),
{
    // <vc:code>
    let n = a.len();
    let mut lo: usize = 0;
    let mut hi: usize = n;
    while hi - lo > 1
        invariant
            lo <= k < hi <= a.len(),
            a.len() == n,
            forall|i: int, j: int| 0 <= i < lo <= j < a.len() ==> a@[i] <= a@[j],
            forall|i: int, j: int| 0 <= i < hi <= j < a.len() ==> a@[i] <= a@[j],
            a@.to_multiset() == old(a)@.to_multiset(),
        decreases hi - lo,
    {
        let p = partition(a, lo, hi);
        if k < p {
            hi = p;
        } else if p < k {
            lo = p + 1;
        } else {
            lo = p;
            hi = p + 1;
        }
    }
    let v = a[k];
    proof {
        lemma_rank_of_split(a@, k as int);
        lemma_count_perm(a@, old(a)@, v);
        lemma_same_elems_of_multiset(a@, old(a)@);
    }
    v
    // </vc:code>
}

fn main() {}

} // verus!
