use vstd::prelude::*;

verus! {

pub open spec fn pre_longest_common_prefix(s: Seq<char>, t: Seq<char>) -> bool {
    s.len() <= 1000000 && t.len() <= 1000000
}

// s and t agree on their first l characters, and l cannot be extended: it reaches the end of one
// of them, or the next characters differ.
pub open spec fn post_longest_common_prefix(s: Seq<char>, t: Seq<char>, l: int) -> bool {
    0 <= l <= s.len() && l <= t.len() && s.subrange(0, l) == t.subrange(0, l)
    && (l == s.len() || l == t.len() || s[l] != t[l])
}

// <vc:helpers>
// </vc:helpers>

// Compare the two strings position by position until they differ or one ends.
fn longest_common_prefix(s: &Vec<char>, t: &Vec<char>) -> (l: usize)
    requires
        pre_longest_common_prefix(s@, t@),
    ensures
        post_longest_common_prefix(s@, t@, l as int),
{
    // <vc:code>
    let mut l: usize = 0;
    while l < s.len() && l < t.len() && s[l] == t[l]
        invariant
            0 <= l <= s.len(),
            l <= t.len(),
            forall|j: int| 0 <= j < l ==> #[trigger] s@[j] == t@[j],
        decreases s.len() - l,
    {
        l = l + 1;
    }
    proof {
        assert(s@.subrange(0, l as int) =~= t@.subrange(0, l as int));
    }
    l
    // </vc:code>
}

fn main() {}

} // verus!
