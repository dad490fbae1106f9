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
    // </vc:code>
}

fn main() {}

} // verus!
