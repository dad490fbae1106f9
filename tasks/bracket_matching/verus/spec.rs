use vstd::prelude::*;

verus! {

// Nesting depth after the first n characters: '(' counts +1, ')' counts -1, anything else 0.
pub open spec fn depth(s: Seq<char>, n: int) -> int
    decreases n,
{
    if n <= 0 {
        0
    } else {
        depth(s, n - 1) + (if s[n - 1] == '(' { 1int } else if s[n - 1] == ')' { -1int } else { 0int })
    }
}

pub open spec fn pre_bracket_matching(s: Seq<char>) -> bool {
    s.len() <= 1000000
}

// ok holds exactly when the parentheses of s are balanced: no prefix closes more than it opens,
// and the whole string closes everything it opens.
pub open spec fn post_bracket_matching(s: Seq<char>, ok: bool) -> bool {
    ok <==> (depth(s, s.len() as int) == 0 && forall|n: int| 0 <= n <= s.len() ==> #[trigger] depth(s, n) >= 0)
}

// <vc:helpers>
// </vc:helpers>

fn bracket_matching(s: &Vec<char>) -> (ok: bool)
    requires
        pre_bracket_matching(s@),
    ensures
        post_bracket_matching(s@, ok),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
