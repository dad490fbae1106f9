use vstd::prelude::*;

verus! {

// rep(x, c): x repeated c times.
pub open spec fn rep(x: i64, c: int) -> Seq<i64>
    decreases c,
{
    if c <= 0 {
        Seq::empty()
    } else {
        rep(x, c - 1).push(x)
    }
}

// expand(values, counts, k): the first k runs written out, run i being values[i] repeated
// counts[i] times.
pub open spec fn expand(values: Seq<i64>, counts: Seq<usize>, k: int) -> Seq<i64>
    decreases k,
{
    if k <= 0 || k > values.len() || k > counts.len() {
        Seq::empty()
    } else {
        expand(values, counts, k - 1) + rep(values[k - 1], counts[k - 1] as int)
    }
}

pub open spec fn pre_run_length_encoding(a: Seq<i64>) -> bool {
    a.len() <= 100000
}

// The runs (values[i], counts[i]) are non-empty, adjacent runs hold different values, and
// writing the runs out gives back a.
pub open spec fn post_run_length_encoding(a: Seq<i64>, values: Seq<i64>, counts: Seq<usize>) -> bool {
    &&& values.len() == counts.len()
    &&& forall|i: int| 0 <= i < counts.len() ==> counts[i] >= 1
    &&& forall|i: int| 0 <= i < values.len() - 1 ==> values[i] != values[i + 1]
    &&& expand(values, counts, values.len() as int) == a
}

// <vc:helpers>
// The first k runs do not depend on what follows them.
proof fn lemma_expand_prefix(
    values: Seq<i64>,
    counts: Seq<usize>,
    v2: Seq<i64>,
    c2: Seq<usize>,
    k: int,
)
    requires
        0 <= k <= values.len(),
        k <= counts.len(),
        k <= v2.len(),
        k <= c2.len(),
        forall|j: int| 0 <= j < k ==> values[j] == v2[j],
        forall|j: int| 0 <= j < k ==> counts[j] == c2[j],
    ensures
        expand(values, counts, k) == expand(v2, c2, k),
    decreases k,
{
    if k > 0 {
        lemma_expand_prefix(values, counts, v2, c2, k - 1);
    }
}

// Starting a new run (x, 1).
proof fn lemma_expand_push(values: Seq<i64>, counts: Seq<usize>, x: i64)
    requires
        values.len() == counts.len(),
    ensures
        expand(values.push(x), counts.push(1), values.len() + 1) =~= expand(
            values,
            counts,
            values.len() as int,
        ).push(x),
{
    let k = values.len() as int;
    lemma_expand_prefix(values, counts, values.push(x), counts.push(1), k);
    assert(rep(x, 0) =~= Seq::<i64>::empty());
    assert(rep(x, 1) =~= seq![x]);
    assert(values.push(x)[k] == x);
    assert(counts.push(1)[k] == 1);
}

// Extending the last run by one.
proof fn lemma_expand_bump(values: Seq<i64>, counts: Seq<usize>, c: usize)
    requires
        values.len() == counts.len(),
        counts.len() >= 1,
        counts[counts.len() - 1] >= 1,
        c == counts[counts.len() - 1] + 1,
    ensures
        expand(values, counts.update(counts.len() - 1, c), values.len() as int) =~= expand(
            values,
            counts,
            values.len() as int,
        ).push(values[values.len() - 1]),
{
    let k = values.len() as int;
    let c2 = counts.update(k - 1, c);
    lemma_expand_prefix(values, counts, values, c2, k - 1);
    let x = values[k - 1];
    assert(rep(x, c as int) == rep(x, counts[k - 1] as int).push(x));
}
// </vc:helpers>

// One left-to-right scan: extend the current run while the element repeats, else start a new
// run with count 1.
fn run_length_encode(a: &Vec<i64>) -> (r: (Vec<i64>, Vec<usize>))
    requires
        pre_run_length_encoding(a@),
    ensures
        post_run_length_encoding(a@, r.0@, r.1@),
{
    // <vc:code>
    let mut values: Vec<i64> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    proof {
        assert(a@.subrange(0, 0) =~= Seq::<i64>::empty());
    }
    while i < a.len()
        invariant
            i <= a.len(),
            a.len() <= 100000,
            values.len() == counts.len(),
            values.len() <= i,
            forall|j: int| 0 <= j < counts.len() ==> counts@[j] >= 1,
            forall|j: int| 0 <= j < counts.len() ==> counts@[j] <= i,
            forall|j: int| 0 <= j < values.len() - 1 ==> values@[j] != values@[j + 1],
            expand(values@, counts@, values.len() as int) == a@.subrange(0, i as int),
            i > 0 ==> values.len() > 0 && values@[values.len() - 1] == a@[i - 1],
        decreases a.len() - i,
    {
        let x = a[i];
        proof {
            assert(a@.subrange(0, i + 1) =~= a@.subrange(0, i as int).push(x));
        }
        let k = values.len();
        if k > 0 && values[k - 1] == x {
            let c = counts[k - 1] + 1;
            proof {
                lemma_expand_bump(values@, counts@, c);
            }
            counts.set(k - 1, c);
        } else {
            proof {
                lemma_expand_push(values@, counts@, x);
            }
            values.push(x);
            counts.push(1);
        }
        i = i + 1;
    }
    proof {
        assert(a@.subrange(0, a.len() as int) =~= a@);
    }
    (values, counts)
    // </vc:code>
}

fn main() {}

} // verus!
