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

pub open spec fn pre_max_heap_push(h: Seq<i64>, cap: int, x: i64) -> bool {
    is_max_heap(h) && h.len() < cap
}

// The new heap is a max-heap holding exactly the old elements plus x.
pub open spec fn post_max_heap_push(h: Seq<i64>, cap: int, x: i64, h2: Seq<i64>) -> bool {
    is_max_heap(h2) && same_elems(h2, h.push(x))
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
// </vc:helpers>

// The heap occupies buf[0..size); push x and restore the heap order by sifting up.
fn max_heap_push(buf: &mut Vec<i64>, size: usize, x: i64)
    requires
        size < old(buf).len(),
        pre_max_heap_push(old(buf)@.subrange(0, size as int), old(buf).len() as int, x),
    ensures
        buf.len() == old(buf).len(),
        post_max_heap_push(old(buf)@.subrange(0, size as int), old(buf).len() as int, x,
            buf@.subrange(0, size as int + 1)),
{
    // <vc:code>
    let ghost h = old(buf)@.subrange(0, size as int);
    buf.set(size, x);
    assert(buf@.subrange(0, size as int + 1) =~= h.push(x));
    proof {
        h.to_multiset_ensures();
    }
    let n = size + 1;
    let mut k = size;
    while k > 0 && buf[(k - 1) / 2] < buf[k]
        invariant
            n == size + 1,
            n <= buf.len(),
            buf.len() == old(buf).len(),
            h == old(buf)@.subrange(0, size as int),
            0 <= k < n,
            buf@.subrange(0, n as int).to_multiset() == h.to_multiset().insert(x),
            forall|i: int, j: int| #![trigger buf@[i], buf@[j]]
                0 <= i < n && 0 <= j < n && (j == 2 * i + 1 || j == 2 * i + 2) && j != k ==> buf@[i] >= buf@[j],
            k > 0 ==> forall|j: int| 0 <= j < n && (j == 2 * k + 1 || j == 2 * k + 2)
                ==> buf@[(k - 1) / 2] >= #[trigger] buf@[j],
        decreases k,
    {
        let p = (k - 1) / 2;
        let ghost before = buf@;
        let vk = buf[k];
        let vp = buf[p];
        buf.set(k, vp);
        buf.set(p, vk);
        proof {
            lemma_swap_multiset(before.subrange(0, n as int), k as int, p as int);
            assert(buf@.subrange(0, n as int) =~= before.subrange(0, n as int).update(k as int, vp).update(p as int, vk));
        }
        k = p;
    }
    let ghost fin = buf@.subrange(0, n as int);
    assert forall|i: int, j: int| #![trigger fin[i], fin[j]]
        0 <= i < n && 0 <= j < n && (j == 2 * i + 1 || j == 2 * i + 2) implies fin[i] >= fin[j] by {
        assert(fin[i] == buf@[i] && fin[j] == buf@[j]);
        if j == k && k > 0 {
            assert(i == (k - 1) / 2);
        }
    }
    assert(is_max_heap(fin));
    proof {
        h.to_multiset_ensures();
        assert(h.push(x).to_multiset() =~= h.to_multiset().insert(x));
        lemma_same_elems_of_multiset(fin, h.push(x));
    }
    // </vc:code>
}

fn main() {}

} // verus!
