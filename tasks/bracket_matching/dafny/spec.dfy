// Nesting depth after the first n characters: '(' counts +1, ')' counts -1, anything else 0.
function depth(s: string, n: int): int
  requires 0 <= n <= |s|
  decreases n
{
  if n == 0 then 0
  else depth(s, n - 1) + (if s[n - 1] == '(' then 1 else if s[n - 1] == ')' then -1 else 0)
}

predicate pre_bracket_matching(s: string)
{
  |s| <= 1000000
}

// ok holds exactly when the parentheses of s are balanced: no prefix closes more than it opens,
// and the whole string closes everything it opens.
predicate post_bracket_matching(s: string, ok: bool)
{
  ok <==> (depth(s, |s|) == 0 && forall n :: 0 <= n <= |s| ==> depth(s, n) >= 0)
}

// <vc:helpers>
// </vc:helpers>

method BracketMatching(s: string) returns (ok: bool)
  requires pre_bracket_matching(s)
  ensures post_bracket_matching(s, ok)
{
  // <vc:code>
  // </vc:code>
}
