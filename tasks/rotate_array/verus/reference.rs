use vstd::prelude::*;

verus! {

// Shared with Dafny and Lean (usize indices): length at most 10^6 and k at most 10^9.
pub open spec fn pre_rotate_array(a: Seq<i64>, k: int) -> bool {
    a.len() <= 1000000 && 0 <= k <= 1000000000
}

// Left rotation by k: element i of the result is element (i + k) mod n of the input.
pub open spec fn post_rotate_array(a: Seq<i64>, k: int, b: Seq<i64>) -> bool {
    &&& b.len() == a.len()
    &&& forall|i: int| 0 <= i < a.len() ==> b[i] == a[(i + k) % (a.len() as int)]
}

// <vc:helpers>
proof fn lemma_mod_shift(i: int, k: int, n: int)
    requires
        n > 0,
        0 <= i < n,
        0 <= k,
    ensures
        (i + k) % n == (if i + k % n < n { i + k % n } else { i + k % n - n }),
{
    let r = k % n;
    vstd::arithmetic::div_mod::lemma_mod_bound(k, n);
    vstd::arithmetic::div_mod::lemma_small_mod(i as nat, n as nat);
    vstd::arithmetic::div_mod::lemma_add_mod_noop(i, k, n);
    // (i + k) % n == (i + r) % n
    if i + r < n {
        vstd::arithmetic::div_mod::lemma_small_mod((i + r) as nat, n as nat);
    } else {
        vstd::arithmetic::div_mod::lemma_mod_sub_multiples_vanish(i + r, n);
        vstd::arithmetic::div_mod::lemma_small_mod((i + r - n) as nat, n as nat);
    }
}
// </vc:helpers>

fn rotate_left(a: &Vec<i64>, k: usize) -> (b: Vec<i64>)
    requires
        pre_rotate_array(a@, k as int),
    ensures
        post_rotate_array(a@, k as int, b@),
{
    // <vc:code>
    // r = k mod n; the suffix a[r..] goes first, then the prefix a[..r].
    let n = a.len();
    let mut b: Vec<i64> = Vec::new();
    if n == 0 {
        return b;
    }
    let r = k % n;
    proof {
        vstd::arithmetic::div_mod::lemma_mod_bound(k as int, n as int);
    }
    let mut i: usize = 0;
    while i < n - r
        invariant
            n == a.len(),
            0 < n <= 1000000,
            r < n,
            0 <= i <= n - r,
            b.len() == i,
            forall|t: int| 0 <= t < i ==> b@[t] == a@[t + r],
        decreases n - r - i,
    {
        b.push(a[i + r]);
        i = i + 1;
    }
    while i < n
        invariant
            n == a.len(),
            0 < n <= 1000000,
            r < n,
            n - r <= i <= n,
            b.len() == i,
            forall|t: int| 0 <= t < n - r ==> b@[t] == a@[t + r],
            forall|t: int| n - r <= t < i ==> b@[t] == a@[t + r - n],
        decreases n - i,
    {
        b.push(a[i + r - n]);
        i = i + 1;
    }
    proof {
        assert forall|t: int| 0 <= t < n implies b@[t] == a@[(t + k) % (n as int)] by {
            lemma_mod_shift(t, k as int, n as int);
        }
    }
    b
    // </vc:code>
}

fn main() {}

} // verus!
