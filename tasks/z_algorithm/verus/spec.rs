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
// </vc:helpers>

// Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
fn z_algorithm(s: &Vec<char>) -> (z: Vec<usize>)
    requires
        pre_z_algorithm(s@),
    ensures
        post_z_algorithm(s@, z@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
