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

pub open spec fn pre_heap_sort(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> -1000000000 <= s[i] <= 1000000000
}

pub open spec fn post_heap_sort(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
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

/// Max-heap order between every parent p >= lo and its children 2p+1, 2p+2 below hi.
pub open spec fn heap_from(s: Seq<i64>, lo: int, hi: int) -> bool {
    forall|p: int, c: int|
        0 <= lo <= p < c < hi && (c == 2 * p + 1 || c == 2 * p + 2) ==> s[p] >= s[c]
}

proof fn lemma_heap_max(s: Seq<i64>, hi: int, k: int)
    requires
        0 <= k < hi <= s.len(),
        heap_from(s, 0, hi),
    ensures
        s[k] <= s[0],
    decreases k,
{
    if k > 0 {
        let p = (k - 1) / 2;
        assert(k == 2 * p + 1 || k == 2 * p + 2);
        lemma_heap_max(s, hi, p);
    }
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

/// The whole sequence's multiset follows from a range's multiset when the outside is unchanged.
proof fn lemma_range_to_whole(s: Seq<i64>, t: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= s.len(),
        s.len() == t.len(),
        s.subrange(lo, hi).to_multiset() == t.subrange(lo, hi).to_multiset(),
        forall|k: int| 0 <= k < s.len() && !(lo <= k < hi) ==> s[k] == t[k],
    ensures
        s.to_multiset() =~= t.to_multiset(),
{
    lemma_split_multiset(s, lo, hi);
    lemma_split_multiset(t, lo, hi);
    assert(s.subrange(0, lo) =~= t.subrange(0, lo));
    assert(s.subrange(hi, s.len() as int) =~= t.subrange(hi, t.len() as int));
}

/// One swap of sift-down: the root moves to its larger child, which is larger than the root.
proof fn lemma_sift_step(b: Seq<i64>, a: Seq<i64>, start: int, end: int, root: int, child: int)
    requires
        0 <= start <= root < child < end <= b.len(),
        b.len() == a.len(),
        child == 2 * root + 1 || child == 2 * root + 2,
        forall|c: int| root < c < end && (c == 2 * root + 1 || c == 2 * root + 2) ==> b[child] >= b[c],
        b[root] < b[child],
        a == b.update(root, b[child]).update(child, b[root]),
        forall|p: int, c: int|
            start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != root ==> b[p] >= b[c],
        forall|p: int, c: int|
            start <= p < root < c < end && (root == 2 * p + 1 || root == 2 * p + 2) && (c == 2 * root
                + 1 || c == 2 * root + 2) ==> b[p] >= b[c],
    ensures
        forall|p: int, c: int|
            start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != child ==> a[p] >= a[c],
        forall|p: int, c: int|
            start <= p < child < c < end && (child == 2 * p + 1 || child == 2 * p + 2) && (c == 2
                * child + 1 || c == 2 * child + 2) ==> a[p] >= a[c],
{
    assert forall|p: int, c: int|
        start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != child implies a[p] >= a[c] by {
        if p == root {
            assert(a[p] == b[child]);
            if c != child {
                assert(a[c] == b[c]);
            }
        } else if c == root {
            assert(a[p] == b[p] && a[c] == b[child]);
        } else if c == child {
            assert(p == root);
        } else {
            assert(a[p] == b[p] && a[c] == b[c]);
        }
    }
    assert forall|p: int, c: int|
        start <= p < child < c < end && (child == 2 * p + 1 || child == 2 * p + 2) && (c == 2 * child + 1
            || c == 2 * child + 2) implies a[p] >= a[c] by {
        assert(p == root);
        assert(a[p] == b[child] && a[c] == b[c]);
    }
}

/// Restore the heap order on [start, end) when it holds below start.
fn sift_down(a: &mut Vec<i64>, start: usize, end: usize)
    requires
        start < end <= old(a).len(),
        old(a).len() <= 100000,
        heap_from(old(a)@, start + 1, end as int),
    ensures
        a.len() == old(a).len(),
        heap_from(a@, start as int, end as int),
        forall|k: int| 0 <= k < a.len() && !(start <= k < end) ==> a@[k] == old(a)@[k],
        a@.subrange(start as int, end as int).to_multiset() == old(a)@.subrange(
            start as int,
            end as int,
        ).to_multiset(),
{
    let ghost orig = a@;
    let mut root: usize = start;
    let mut done = false;
    while !done && 2 * root + 1 < end
        invariant
            start <= root < end,
            end <= a.len(),
            a.len() == orig.len(),
            a.len() <= 100000,
            forall|k: int| 0 <= k < a.len() && !(start <= k < end) ==> a@[k] == orig[k],
            a@.to_multiset() == orig.to_multiset(),
            forall|p: int, c: int|
                start <= p < c < end && (c == 2 * p + 1 || c == 2 * p + 2) && p != root ==> a@[p] >= a@[c],
            forall|p: int, c: int|
                start <= p < root < c < end && (root == 2 * p + 1 || root == 2 * p + 2) && (c == 2
                    * root + 1 || c == 2 * root + 2) ==> a@[p] >= a@[c],
            done ==> forall|c: int|
                root < c < end && (c == 2 * root + 1 || c == 2 * root + 2) ==> a@[root as int] >= a@[c],
        decreases 2 * (end - root) + (if done { 0int } else { 1int }),
    {
        let mut child = 2 * root + 1;
        if child + 1 < end && a[child] < a[child + 1] {
            child = child + 1;
        }
        if a[root] >= a[child] {
            done = true;
        } else {
            let ghost b = a@;
            let x = a[root];
            let y = a[child];
            proof {
                lemma_swap_multiset(a@, root as int, child as int);
            }
            a.set(root, y);
            a.set(child, x);
            proof {
                assert(a@ =~= b.update(root as int, b[child as int]).update(child as int, b[root as int]));
                lemma_sift_step(b, a@, start as int, end as int, root as int, child as int);
            }
            root = child;
        }
    }
    proof {
        lemma_range_multiset(a@, orig, start as int, end as int);
    }
}

fn build_heap(a: &mut Vec<i64>)
    requires
        old(a).len() <= 100000,
    ensures
        a.len() == old(a).len(),
        heap_from(a@, 0, a.len() as int),
        a@.to_multiset() == old(a)@.to_multiset(),
{
    let ghost orig = a@;
    let n = a.len();
    let mut start = n / 2;
    while start > 0
        invariant
            start <= n / 2,
            a.len() == n,
            n <= 100000,
            heap_from(a@, start as int, n as int),
            a@.to_multiset() == orig.to_multiset(),
        decreases start,
    {
        start = start - 1;
        let ghost b = a@;
        sift_down(a, start, n);
        proof {
            lemma_range_to_whole(a@, b, start as int, n as int);
        }
    }
}

/// Move the maximum of the heap a[0..end) to position end - 1 and restore the heap on a[0..end-1).
fn pop_max(a: &mut Vec<i64>, end: usize)
    requires
        1 < end <= old(a).len(),
        old(a).len() <= 100000,
        heap_from(old(a)@, 0, end as int),
        forall|p: int, q: int| end <= p < q < old(a).len() ==> old(a)@[p] <= old(a)@[q],
        forall|p: int, q: int| 0 <= p < end <= q < old(a).len() ==> old(a)@[p] <= old(a)@[q],
    ensures
        a.len() == old(a).len(),
        heap_from(a@, 0, end - 1),
        forall|p: int, q: int| end - 1 <= p < q < a.len() ==> a@[p] <= a@[q],
        forall|p: int, q: int| 0 <= p < end - 1 <= q < a.len() ==> a@[p] <= a@[q],
        a@.to_multiset() == old(a)@.to_multiset(),
{
    let ghost b0 = a@;
    proof {
        assert forall|k: int| 0 <= k < end implies b0[k] <= b0[0] by {
            lemma_heap_max(b0, end as int, k);
        }
    }
    let x = a[0];
    let y = a[end - 1];
    proof {
        lemma_swap_multiset(a@, 0, end - 1);
    }
    a.set(0, y);
    a.set(end - 1, x);
    let ghost b = a@;
    assert(b =~= b0.update(0, b0[end - 1]).update(end - 1, b0[0]));
    assert forall|k: int| 0 <= k < end - 1 implies b[k] <= b[end - 1] by {
        if k == 0 {
            assert(b0[end - 1] <= b0[0]);
        } else {
            assert(b[k] == b0[k]);
        }
    }
    assert(heap_from(b, 1, end - 1));
    sift_down(a, 0, end - 1);
    proof {
        lemma_range_to_whole(a@, b, 0, end - 1);
        assert forall|k: int| 0 <= k < end - 1 implies b.subrange(0, end - 1)[k] <= b[end - 1] by {
            assert(b.subrange(0, end - 1)[k] == b[k]);
        }
        lemma_perm_upper(b.subrange(0, end - 1), a@.subrange(0, end - 1), b[end - 1]);
        assert forall|p: int| 0 <= p < end - 1 implies a@[p] <= a@[end - 1] by {
            assert(a@[p] == a@.subrange(0, end - 1)[p]);
        }
        assert forall|p: int, q: int| 0 <= p < end - 1 <= q < a.len() implies a@[p] <= a@[q] by {
            if q > end - 1 {
                assert(a@[end - 1] == b0[0]);
                assert(b0[0] <= b0[q]);
            }
        }
        assert forall|p: int, q: int| end - 1 <= p < q < a.len() implies a@[p] <= a@[q] by {
            if p == end - 1 {
                assert(b0[0] <= b0[q]);
            }
        }
    }
}
// </vc:helpers>

fn heap_sort(a: &mut Vec<i64>)
    requires
        pre_heap_sort(old(a)@),
    ensures
        post_heap_sort(old(a)@, a@),
{
    // <vc:code>
    let ghost orig = a@;
    let n = a.len();
    if n <= 1 {
        return;
    }
    build_heap(a);
    let mut end = n;
    while end > 1
        invariant
            1 <= end <= n,
            a.len() == n,
            n <= 100000,
            heap_from(a@, 0, end as int),
            forall|p: int, q: int| end <= p < q < n ==> a@[p] <= a@[q],
            forall|p: int, q: int| 0 <= p < end <= q < n ==> a@[p] <= a@[q],
            a@.to_multiset() == orig.to_multiset(),
        decreases end,
    {
        pop_max(a, end);
        end = end - 1;
    }
    proof {
        lemma_same_elems_of_multiset(a@, old(a)@);
    }
    // </vc:code>
}

fn main() {}

} // verus!
