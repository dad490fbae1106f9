use vstd::prelude::*;

verus! {

// Number of occurrences of x in s.
pub open spec fn count(s: Seq<i64>, x: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count(s.drop_last(), x) + (if s.last() == x { 1nat } else { 0nat })
    }
}

pub open spec fn sorted_nondecreasing(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_k_smallest(a: Seq<i64>, k: int) -> bool {
    0 <= k <= a.len()
}

// b holds k elements of a (as a multiset), in non-decreasing order, and every element of a
// that is left out is at least as large as every element of b.
pub open spec fn post_k_smallest(a: Seq<i64>, k: int, b: Seq<i64>) -> bool {
    &&& b.len() == k
    &&& sorted_nondecreasing(b)
    &&& forall|j: int| 0 <= j < b.len() ==> count(b, b[j]) <= count(a, b[j])
    &&& forall|i: int| 0 <= i < a.len() && count(b, a[i]) < count(a, a[i]) ==>
            (forall|j: int| 0 <= j < b.len() ==> b[j] <= a[i])
}

// <vc:helpers>
proof fn lemma_count_update(s: Seq<i64>, i: int, v: i64, x: i64)
    requires
        0 <= i < s.len(),
    ensures
        count(s.update(i, v), x) as int + (if s[i] == x { 1int } else { 0int })
            == count(s, x) as int + (if v == x { 1int } else { 0int }),
    decreases s.len(),
{
    let t = s.update(i, v);
    if i == s.len() - 1 {
        assert(t.drop_last() =~= s.drop_last());
    } else {
        assert(t.drop_last() =~= s.drop_last().update(i, v));
        lemma_count_update(s.drop_last(), i, v, x);
    }
}

proof fn lemma_count_swap(s: Seq<i64>, i: int, j: int, x: i64)
    requires
        0 <= i < s.len(),
        0 <= j < s.len(),
    ensures
        count(s.update(i, s[j]).update(j, s[i]), x) == count(s, x),
{
    lemma_count_update(s, i, s[j], x);
    lemma_count_update(s.update(i, s[j]), j, s[i], x);
}

proof fn lemma_count_concat(s: Seq<i64>, t: Seq<i64>, x: i64)
    ensures
        count(s + t, x) == count(s, x) + count(t, x),
    decreases t.len(),
{
    if t.len() == 0 {
        assert(s + t =~= s);
    } else {
        assert((s + t).drop_last() =~= s + t.drop_last());
        lemma_count_concat(s, t.drop_last(), x);
    }
}

proof fn lemma_count_pos(s: Seq<i64>, x: i64)
    requires
        count(s, x) > 0,
    ensures
        exists|q: int| 0 <= q < s.len() && s[q] == x,
    decreases s.len(),
{
    if s.last() == x {
        assert(s[s.len() - 1] == x);
    } else {
        lemma_count_pos(s.drop_last(), x);
        let q = choose|q: int| 0 <= q < s.drop_last().len() && s.drop_last()[q] == x;
        assert(s[q] == x);
    }
}
// </vc:helpers>

fn k_smallest(a: &Vec<i64>, k: usize) -> (b: Vec<i64>)
    requires
        pre_k_smallest(a@, k as int),
    ensures
        post_k_smallest(a@, k as int, b@),
{
    // <vc:code>
    // Partial selection sort on a copy: after round i, c[..i] holds the i smallest, sorted.
    let n = a.len();
    let mut c: Vec<i64> = Vec::new();
    let mut t: usize = 0;
    while t < n
        invariant
            n == a.len(),
            0 <= t <= n,
            c@ =~= a@.subrange(0, t as int),
        decreases n - t,
    {
        c.push(a[t]);
        t = t + 1;
    }
    assert(c@ =~= a@);
    let mut i: usize = 0;
    while i < k
        invariant
            n == a.len(),
            n == c.len(),
            k <= n,
            0 <= i <= k,
            forall|x: i64| #![trigger count(c@, x)] #![trigger count(a@, x)] count(c@, x) == count(a@, x),
            forall|p: int, q: int| 0 <= p < q < i ==> c@[p] <= c@[q],
            forall|p: int, q: int| 0 <= p < i <= q < n ==> c@[p] <= c@[q],
        decreases k - i,
    {
        let mut m: usize = i;
        let mut j: usize = i + 1;
        while j < n
            invariant
                n == c.len(),
                i < n,
                i <= m < n,
                i + 1 <= j <= n,
                forall|q: int| i <= q < j ==> c@[m as int] <= c@[q],
            decreases n - j,
        {
            if c[j] < c[m] {
                m = j;
            }
            j = j + 1;
        }
        let ghost before = c@;
        let ci = c[i];
        let cm = c[m];
        c.set(i, cm);
        c.set(m, ci);
        proof {
            assert(c@ == before.update(i as int, before[m as int]).update(m as int, before[i as int]));
            assert forall|x: i64| count(c@, x) == count(a@, x) by {
                lemma_count_swap(before, i as int, m as int, x);
            }
        }
        i = i + 1;
    }
    let mut b: Vec<i64> = Vec::new();
    let mut t2: usize = 0;
    while t2 < k
        invariant
            n == c.len(),
            k <= n,
            0 <= t2 <= k,
            b@ =~= c@.subrange(0, t2 as int),
        decreases k - t2,
    {
        b.push(c[t2]);
        t2 = t2 + 1;
    }
    proof {
        let rest = c@.subrange(k as int, n as int);
        assert(c@ =~= b@ + rest);
        assert forall|x: i64| #![trigger count(b@, x)] #![trigger count(c@, x)]
            count(c@, x) == count(b@, x) + count(rest, x) by {
            lemma_count_concat(b@, rest, x);
        }
        assert forall|ii: int| 0 <= ii < a@.len() && count(b@, a@[ii]) < count(a@, a@[ii]) implies
            (forall|j: int| 0 <= j < b@.len() ==> b@[j] <= a@[ii]) by {
            let x = a@[ii];
            lemma_count_pos(rest, x);
            let q = choose|q: int| 0 <= q < rest.len() && rest[q] == x;
            assert(c@[k + q] == x);
        }
    }
    b
    // </vc:code>
}

fn main() {}

} // verus!
