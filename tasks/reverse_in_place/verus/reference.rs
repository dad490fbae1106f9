use vstd::prelude::*;

verus! {

pub open spec fn pre_reverse_in_place(a: Seq<i64>) -> bool {
    true
}

pub open spec fn post_reverse_in_place(old_a: Seq<i64>, new_a: Seq<i64>) -> bool {
    &&& new_a.len() == old_a.len()
    &&& forall|i: int| 0 <= i < old_a.len() ==> new_a[i] == old_a[old_a.len() - 1 - i]
}

// <vc:helpers>
// </vc:helpers>

fn reverse_in_place(a: &mut Vec<i64>)
    requires
        pre_reverse_in_place(old(a)@),
    ensures
        post_reverse_in_place(old(a)@, a@),
{
    // <vc:code>
    let n = a.len();
    let mut i: usize = 0;
    while i < n / 2
        invariant
            n == a.len(),
            n == old(a).len(),
            0 <= i <= n / 2,
            forall|k: int| 0 <= k < i ==> a@[k] == old(a)@[n - 1 - k] && a@[n - 1 - k] == old(a)@[k],
            forall|k: int| i <= k < n - i ==> a@[k] == old(a)@[k],
        decreases n / 2 - i,
    {
        let x = a[i];
        let y = a[n - 1 - i];
        a.set(i, y);
        a.set(n - 1 - i, x);
        i = i + 1;
    }
    assert forall|k: int| 0 <= k < n implies a@[k] == old(a)@[n - 1 - k] by {
        if k >= n - i {
            let k2 = n - 1 - k;
            assert(0 <= k2 < i);
            assert(a@[k2] == old(a)@[n - 1 - k2] && a@[n - 1 - k2] == old(a)@[k2]);
        }
    }
    // </vc:code>
}

fn main() {}

} // verus!
