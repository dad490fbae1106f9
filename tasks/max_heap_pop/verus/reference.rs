use vstd::prelude::*;

verus! {

// A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
// larger than its parent.
pub open spec fn is_max_heap(h: Seq<i64>) -> bool {
    forall|i: int, j: int| #![trigger h[i], h[j]]
        0 <= i < h.len() && 0 <= j < h.len() && (j == 2 * i + 1 || j == 2 * i + 2) ==> h[i] >= h[j]
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

pub open spec fn pre_max_heap_pop(h: Seq<i64>) -> bool {
    is_max_heap(h) && h.len() > 0
}

// top is the old root (the maximum); the new heap is a max-heap holding the old elements minus top.
pub open spec fn post_max_heap_pop(h: Seq<i64>, h2: Seq<i64>, top: i64) -> bool {
    h.len() > 0 && top == h[0] && is_max_heap(h2) && same_elems(h2.push(top), h)
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
// Updating one position replaces one occurrence in the multiset.
proof fn lemma_update_multiset(s: Seq<i64>, i: int, v: i64)
    requires
        0 <= i < s.len(),
    ensures
        s.update(i, v).to_multiset() == s.to_multiset().remove(s[i]).insert(v),
{
    let pre = s.subrange(0, i);
    let post = s.subrange(i + 1, s.len() as int);
    assert(s =~= pre + seq![s[i]] + post);
    assert(s.update(i, v) =~= pre + seq![v] + post);
    vstd::seq_lib::lemma_multiset_commutative(pre + seq![s[i]], post);
    vstd::seq_lib::lemma_multiset_commutative(pre, seq![s[i]]);
    vstd::seq_lib::lemma_multiset_commutative(pre + seq![v], post);
    vstd::seq_lib::lemma_multiset_commutative(pre, seq![v]);
    assert(seq![s[i]].to_multiset() =~= Multiset::empty().insert(s[i])) by {
        seq![s[i]].to_multiset_ensures();
        Seq::<i64>::empty().to_multiset_ensures();
        assert(seq![s[i]] =~= Seq::<i64>::empty().push(s[i]));
    }
    assert(seq![v].to_multiset() =~= Multiset::empty().insert(v)) by {
        seq![v].to_multiset_ensures();
        Seq::<i64>::empty().to_multiset_ensures();
        assert(seq![v] =~= Seq::<i64>::empty().push(v));
    }
    assert(s.update(i, v).to_multiset() =~= s.to_multiset().remove(s[i]).insert(v));
}
// Swapping two positions of a sequence keeps its multiset.
proof fn lemma_swap_multiset(s: Seq<i64>, i: int, j: int)
    requires
        0 <= i < s.len(),
        0 <= j < s.len(),
    ensures
        s.update(i, s[j]).update(j, s[i]).to_multiset() == s.to_multiset(),
{
    let t = s.update(i, s[j]);
    lemma_update_multiset(s, i, s[j]);
    lemma_update_multiset(t, j, s[i]);
    assert(t[j] == s[j]);
    s.to_multiset_ensures();
    assert(s.contains(s[i]));
    assert(s.to_multiset().count(s[i]) > 0);
    assert(s.update(i, s[j]).update(j, s[i]).to_multiset() =~= s.to_multiset());
}

// Heap order holds for every parent except possibly position k.
pub open spec fn heap_except(a: Seq<i64>, k: int) -> bool {
    forall|i: int, j: int| #![trigger a[i], a[j]]
        0 <= i < a.len() && 0 <= j < a.len() && (j == 2 * i + 1 || j == 2 * i + 2) && i != k ==> a[i] >= a[j]
}

// The parent of k (if any) is at least every child of k.
pub open spec fn grandparent_ok(a: Seq<i64>, k: int) -> bool {
    k > 0 ==> forall|j: int| 0 <= j < a.len() && (j == 2 * k + 1 || j == 2 * k + 2)
        ==> a[(k - 1) / 2] >= #[trigger] a[j]
}

// One sift-down step: swap k with its larger child c.
proof fn lemma_swap_step(a: Seq<i64>, k: int, c: int)
    requires
        0 <= k < c < a.len(),
        c == 2 * k + 1 || c == 2 * k + 2,
        heap_except(a, k),
        grandparent_ok(a, k),
        forall|j: int| 0 <= j < a.len() && (j == 2 * k + 1 || j == 2 * k + 2) ==> a[c] >= #[trigger] a[j],
        a[k] < a[c],
    ensures
        heap_except(a.update(k, a[c]).update(c, a[k]), c),
        grandparent_ok(a.update(k, a[c]).update(c, a[k]), c),
{
    let b = a.update(k, a[c]).update(c, a[k]);
    assert forall|i: int, j: int| #![trigger b[i], b[j]]
        0 <= i < b.len() && 0 <= j < b.len() && (j == 2 * i + 1 || j == 2 * i + 2) && i != c
        implies b[i] >= b[j] by {
        if i == k {
            if j != c {
                assert(a[c] >= a[j]);
            }
        } else if j == k {
            assert(i == (k - 1) / 2);
            assert(a[(k - 1) / 2] >= a[c]);
        } else {
            assert(b[i] == a[i] && b[j] == a[j]);
        }
    }
    assert forall|j: int| 0 <= j < b.len() && (j == 2 * c + 1 || j == 2 * c + 2)
        implies b[(c - 1) / 2] >= #[trigger] b[j] by {
        assert((c - 1) / 2 == k);
        assert(b[k] == a[c] && b[j] == a[j]);
        assert(a[c] >= a[j]);
    }
}

// Position k is at least its children: the heap order holds everywhere.
proof fn lemma_finish(a: Seq<i64>, k: int)
    requires
        0 <= k,
        heap_except(a, k),
        forall|j: int| 0 <= k < j < a.len() && (j == 2 * k + 1 || j == 2 * k + 2) ==> a[k] >= #[trigger] a[j],
    ensures
        is_max_heap(a),
{
    assert forall|i: int, j: int| #![trigger a[i], a[j]]
        0 <= i < a.len() && 0 <= j < a.len() && (j == 2 * i + 1 || j == 2 * i + 2) implies a[i] >= a[j] by {
        if i == k {
            assert(k < j);
        }
    }
}

// The root was replaced by some value; sift it down in buf[0..n).
fn sift_down(buf: &mut Vec<i64>, n: usize)
    requires
        n <= old(buf).len(),
        heap_except(old(buf)@.subrange(0, n as int), 0),
    ensures
        buf.len() == old(buf).len(),
        is_max_heap(buf@.subrange(0, n as int)),
        buf@.subrange(0, n as int).to_multiset() == old(buf)@.subrange(0, n as int).to_multiset(),
{
    let mut k: usize = 0;
    // 2k + 1 < n  iff  k < n / 2
    while k < n / 2
        invariant
            buf.len() == old(buf).len(),
            n <= buf.len(),
            k < n || n == 0,
            buf@.subrange(0, n as int).to_multiset() == old(buf)@.subrange(0, n as int).to_multiset(),
            heap_except(buf@.subrange(0, n as int), k as int),
            grandparent_ok(buf@.subrange(0, n as int), k as int),
        decreases n - k,
    {
        let ghost a = buf@.subrange(0, n as int);
        let mut c = 2 * k + 1;
        if c + 1 < n && buf[c + 1] > buf[c] {
            c = c + 1;
        }
        assert(a[k as int] == buf@[k as int] && a[c as int] == buf@[c as int]);
        assert forall|j: int| 0 <= j < a.len() && (j == 2 * k + 1 || j == 2 * k + 2)
            implies a[c as int] >= #[trigger] a[j] by {
            assert(a[j] == buf@[j]);
            if c + 1 < n {
                assert(a[2 * k + 2] == buf@[2 * k + 2]);
            }
        }
        if buf[k] >= buf[c] {
            proof {
                lemma_finish(a, k as int);
            }
            return;
        }
        proof {
            lemma_swap_step(a, k as int, c as int);
            lemma_swap_multiset(a, k as int, c as int);
        }
        let vk = buf[k];
        let vc = buf[c];
        buf.set(k, vc);
        buf.set(c, vk);
        assert(buf@.subrange(0, n as int) =~= a.update(k as int, a[c as int]).update(c as int, a[k as int]));
        k = c;
    }
    proof {
        lemma_finish(buf@.subrange(0, n as int), k as int);
    }
}
// </vc:helpers>

// The heap occupies buf[0..size); remove and return the maximum, moving the last element to the
// root and sifting it down. Afterwards the heap occupies buf[0..size-1).
fn max_heap_pop(buf: &mut Vec<i64>, size: usize) -> (top: i64)
    requires
        0 < size <= old(buf).len(),
        pre_max_heap_pop(old(buf)@.subrange(0, size as int)),
    ensures
        buf.len() == old(buf).len(),
        post_max_heap_pop(old(buf)@.subrange(0, size as int), buf@.subrange(0, size as int - 1), top),
{
    // <vc:code>
    let ghost h = old(buf)@.subrange(0, size as int);
    let top = buf[0];
    let n = size - 1;
    let last = buf[n];
    buf.set(0, last);
    let ghost w = buf@.subrange(0, n as int);
    proof {
        let u = h.update(0, h[n as int]);
        lemma_update_multiset(h, 0, h[n as int]);
        assert(u =~= w.push(h[n as int]));
        w.to_multiset_ensures();
        h.to_multiset_ensures();
        assert(h.contains(h[0]));
        assert(w.to_multiset() =~= h.to_multiset().remove(h[0]));
        assert forall|i: int, j: int| #![trigger w[i], w[j]]
            0 <= i < w.len() && 0 <= j < w.len() && (j == 2 * i + 1 || j == 2 * i + 2) && i != 0
            implies w[i] >= w[j] by {
            assert(w[i] == h[i] && w[j] == h[j]);
        }
    }
    sift_down(buf, n);
    proof {
        let w2 = buf@.subrange(0, n as int);
        assert(w2.to_multiset() == w.to_multiset());
        assert(w2.to_multiset().insert(top) =~= h.to_multiset());
    }
    proof {
        let h2 = buf@.subrange(0, size as int - 1);
        h2.to_multiset_ensures();
        assert(h2.push(top).to_multiset() =~= h2.to_multiset().insert(top));
        lemma_same_elems_of_multiset(h2.push(top), h);
    }
    top
    // </vc:code>
}

fn main() {}

} // verus!
