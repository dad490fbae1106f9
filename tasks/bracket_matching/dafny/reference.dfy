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
  var d := 0;
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s| && d == depth(s, i)
    invariant forall n :: 0 <= n <= i ==> depth(s, n) >= 0
    decreases |s| - i
  {
    if s[i] == '(' {
      d := d + 1;
    } else if s[i] == ')' {
      d := d - 1;
    }
    i := i + 1;
    assert d == depth(s, i);
    if d < 0 {
      assert !(depth(s, i) >= 0);
      ok := false;
      return;
    }
  }
  ok := d == 0;
  // </vc:code>
}
