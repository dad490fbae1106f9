use vstd::prelude::*;

verus! {

pub open spec fn pre_linear_search(a: Seq<i64>, key: i64) -> bool {
    true
}

pub open spec fn post_linear_search(a: Seq<i64>, key: i64, i: int) -> bool {
    &&& 0 <= i <= a.len()
    &&& forall|k: int| 0 <= k < i ==> a[k] != key
    &&& i < a.len() ==> a[i] == key
}

// <vc:helpers>
// </vc:helpers>

fn linear_search(a: &Vec<i64>, key: i64) -> (i: usize)
    requires
        pre_linear_search(a@, key),
    ensures
        post_linear_search(a@, key, i as int),
{
    // <vc:code>
    let mut i: usize = 0;
    while i < a.len() && a[i] != key
        invariant
            0 <= i <= a.len(),
            forall|k: int| 0 <= k < i ==> a@[k] != key,
        decreases a.len() - i,
    {
        i = i + 1;
    }
    i
    // </vc:code>
}

fn main() {}

} // verus!
