use vstd::prelude::*;

verus! {

// z is the Z-value of s at position i: s[i..i+z) equals s[..z) and the match cannot be extended
// (it reaches the end of s, or the next characters differ).
pub open spec fn z_entry(s: Seq<char>, i: int, z: int) -> bool {
    0 <= i && 0 <= z <= s.len() - i && s.subrange(i, i + z) == s.subrange(0, z)
    && (i + z == s.len() || s[i + z] != s[z])
}

// z_entry holds at every position i' with i <= i' < |s|.
pub open spec fn z_from(s: Seq<char>, z: Seq<usize>, i: int) -> bool
    decreases s.len() - i,
{
    if i >= s.len() {
        true
    } else {
        0 <= i < z.len() && z_entry(s, i, z[i] as int) && z_from(s, z, i + 1)
    }
}

pub open spec fn pre_z_algorithm(s: Seq<char>) -> bool {
    s.len() <= 1000000
}

// z[i] is the length of the longest common prefix of s and s[i..]; by convention z[0] == |s|.
pub open spec fn post_z_algorithm(s: Seq<char>, z: Seq<usize>) -> bool {
    z.len() == s.len() && (s.len() > 0 ==> z[0] == s.len()) && z_from(s, z, 1)
}

// <vc:helpers>
// s[l..r) equals s[..r - l]: the rightmost Z-box found so far.
pub open spec fn box_ok(s: Seq<char>, l: int, r: int) -> bool {
    0 <= l <= r <= s.len() && forall|j: int| 0 <= j < r - l ==> #[trigger] s[l + j] == s[j]
}

proof fn lemma_z_from(s: Seq<char>, z: Seq<usize>, i: int)
    requires
        1 <= i,
        z.len() == s.len(),
        forall|k: int| i <= k < s.len() ==> #[trigger] z_entry(s, k, z[k] as int),
    ensures
        z_from(s, z, i),
    decreases s.len() - i,
{
    if i < s.len() {
        lemma_z_from(s, z, i + 1);
    }
}

// Extend a common prefix of s and s[i..] as far as it goes.
fn extend(s: &Vec<char>, i: usize, start: usize) -> (len: usize)
    requires
        s.len() <= 1000000,
        1 <= i < s.len(),
        start <= s.len() - i,
        forall|j: int| 0 <= j < start ==> #[trigger] s@[i + j] == s@[j],
    ensures
        start <= len,
        z_entry(s@, i as int, len as int),
        forall|j: int| 0 <= j < len ==> #[trigger] s@[i + j] == s@[j],
{
    let mut len = start;
    while i + len < s.len() && s[i + len] == s[len]
        invariant
            s.len() <= 1000000,
            1 <= i < s.len(),
            start <= len <= s.len() - i,
            forall|j: int| 0 <= j < len ==> #[trigger] s@[i + j] == s@[j],
        decreases s.len() - i - len,
    {
        len = len + 1;
    }
    proof {
        assert(s@.subrange(i as int, i + len) =~= s@.subrange(0, len as int));
    }
    len
}
// </vc:helpers>

// Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
fn z_algorithm(s: &Vec<char>) -> (z: Vec<usize>)
    requires
        pre_z_algorithm(s@),
    ensures
        post_z_algorithm(s@, z@),
{
    // <vc:code>
    let n = s.len();
    let mut z: Vec<usize> = Vec::new();
    if n == 0 {
        return z;
    }
    z.push(n);
    let mut l: usize = 0;
    let mut r: usize = 0;
    let mut i: usize = 1;
    while i < n
        invariant
            n == s.len(),
            n <= 1000000,
            1 <= i <= n,
            z.len() == i,
            z@[0] == n,
            box_ok(s@, l as int, r as int),
            l < i,
            r > 0 ==> l >= 1,
            forall|k: int| 1 <= k < i ==> #[trigger] z_entry(s@, k, z@[k] as int),
        decreases n - i,
    {
        let len: usize;
        if i < r && z[i - l] < r - i {
            // Inside the box, s[i..r) repeats s[i - l..r - l), whose Z-value ends before the box does.
            let k = i - l;
            len = z[k];
            proof {
                assert(z_entry(s@, k as int, len as int));
                assert forall|j: int| 0 <= j < len implies #[trigger] s@[i + j] == s@[j] by {
                    assert(s@[l + (k + j)] == s@[k + j]);
                    assert(s@.subrange(k as int, k + len)[j] == s@.subrange(0, len as int)[j]);
                }
                assert(s@[l + (k + len)] == s@[k + len]);
                assert(s@.subrange(i as int, i + len) =~= s@.subrange(0, len as int));
                assert(z_entry(s@, i as int, len as int));
            }
        } else if i < r {
            // The box gives r - i matching characters for free; extend from there.
            let k = i - l;
            proof {
                let zk = z@[k as int] as int;
                assert(z_entry(s@, k as int, zk));
                assert forall|j: int| 0 <= j < r - i implies #[trigger] s@[i + j] == s@[j] by {
                    assert(s@[l + (k + j)] == s@[k + j]);
                    assert(s@.subrange(k as int, k + zk)[j] == s@.subrange(0, zk)[j]);
                }
            }
            len = extend(s, i, r - i);
        } else {
            len = extend(s, i, 0);
        }
        let ghost before = z@;
        z.push(len);
        proof {
            assert(z@ =~= before.push(len));
            assert forall|k: int| 1 <= k < i + 1 implies #[trigger] z_entry(s@, k, z@[k] as int) by {
                if k < i {
                    assert(z@[k] == before[k]);
                }
            }
        }
        if i + len > r {
            l = i;
            r = i + len;
        }
        i = i + 1;
    }
    proof {
        lemma_z_from(s@, z@, 1);
    }
    z
    // </vc:code>
}

fn main() {}

} // verus!
