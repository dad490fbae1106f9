use vstd::prelude::*;

verus! {

pub open spec fn pre_remove_duplicates_sorted(a: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> -1000000000 <= a[i] <= 1000000000
    &&& forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

pub open spec fn post_remove_duplicates_sorted(a: Seq<i64>, r: Seq<i64>) -> bool {
    &&& forall|i: int, j: int| 0 <= i < j < r.len() ==> r[i] < r[j]
    &&& forall|i: int| 0 <= i < r.len() ==> a.contains(r[i])
    &&& forall|i: int| 0 <= i < a.len() ==> r.contains(a[i])
}

// <vc:helpers>
// </vc:helpers>

fn remove_duplicates(a: &Vec<i64>) -> (r: Vec<i64>)
    requires
        pre_remove_duplicates_sorted(a@),
    ensures
        post_remove_duplicates_sorted(a@, r@),
{
    // <vc:code>
    let mut r: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            0 <= i <= a.len(),
            pre_remove_duplicates_sorted(a@),
            forall|p: int, q: int| 0 <= p < q < r@.len() ==> r@[p] < r@[q],
            forall|p: int| 0 <= p < r@.len() ==> a@.contains(r@[p]),
            forall|q: int| 0 <= q < i ==> r@.contains(a@[q]),
            i > 0 ==> r@.len() > 0 && r@[r@.len() - 1] == a@[i - 1],
            i == 0 ==> r@.len() == 0,
        decreases a.len() - i,
    {
        if i == 0 || a[i] != a[i - 1] {
            let ghost old_r = r@;
            proof {
                if i > 0 {
                    // a[i - 1] <= a[i] by sortedness, and they differ, so a[i] is above every kept value.
                    assert(a@[i - 1] <= a@[i as int]);
                    assert forall|p: int| 0 <= p < old_r.len() implies old_r[p] < a@[i as int] by {
                        if p < old_r.len() - 1 {
                            assert(old_r[p] < old_r[old_r.len() - 1]);
                        }
                    }
                }
                assert(a@.contains(a@[i as int])) by {
                    assert(a@[i as int] == a@[i as int]);
                }
            }
            r.push(a[i]);
            proof {
                assert(r@ == old_r.push(a@[i as int]));
                assert(r@[r@.len() - 1] == a@[i as int]);
                assert forall|p: int| 0 <= p < r@.len() implies a@.contains(r@[p]) by {
                    if p < old_r.len() {
                        assert(r@[p] == old_r[p]);
                    }
                }
                assert forall|q: int| 0 <= q <= i implies r@.contains(a@[q]) by {
                    if q < i {
                        let k = choose|k: int| 0 <= k < old_r.len() && old_r[k] == a@[q];
                        assert(r@[k] == a@[q]);
                    } else {
                        assert(r@[old_r.len() as int] == a@[q]);
                    }
                }
            }
        } else {
            proof {
                assert(r@[r@.len() - 1] == a@[i as int]);
                assert(r@.contains(a@[i as int]));
            }
        }
        i = i + 1;
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
