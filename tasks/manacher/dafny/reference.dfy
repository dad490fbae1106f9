// s[i..j] reads the same forwards and backwards.
predicate IsPalindrome(s: seq<int>, i: int, j: int)
  requires |s| >= j >= i >= 0
{
  forall k :: i <= k < j ==> s[k] == s[i + j - 1 - k]
}

predicate pre_manacher(s: seq<int>)
{
  |s| <= 100000
}

// s[start..start+len] is a palindrome and no palindromic substring of s is longer.
predicate post_manacher(s: seq<int>, start: int, len: int)
{
  0 <= start && 0 <= len && start + len <= |s| && IsPalindrome(s, start, start + len) &&
  forall i, j :: 0 <= i <= j <= |s| && IsPalindrome(s, i, j) ==> j - i <= len
}

// <vc:helpers>
// Palindromes with a common centre i + j are nested: shrinking by one on each side keeps one.
lemma Extend(s: seq<int>, a: int, b: int)
  requires 0 < a <= b < |s|
  requires IsPalindrome(s, a, b) && s[a - 1] == s[b]
  ensures IsPalindrome(s, a - 1, b + 1)
{
  forall k | a - 1 <= k < b + 1
    ensures s[k] == s[(a - 1) + (b + 1) - 1 - k]
  {
    if k == a - 1 || k == b {
    } else {
      assert s[k] == s[a + b - 1 - k];
    }
  }
}

// Same centre, smaller range.
lemma Shrink(s: seq<int>, i: int, j: int, a: int, b: int)
  requires 0 <= i <= a <= b <= j <= |s| && a + b == i + j
  requires IsPalindrome(s, i, j)
  ensures IsPalindrome(s, a, b)
{
  forall k | a <= k < b
    ensures s[k] == s[a + b - 1 - k]
  {
    assert s[k] == s[i + j - 1 - k];
  }
}

// Inside the palindrome s[lo..hi), the mirror image of a palindrome is a palindrome.
lemma Mirror(s: seq<int>, lo: int, hi: int, a: int, b: int)
  requires 0 <= lo <= a <= b <= hi <= |s|
  requires IsPalindrome(s, lo, hi)
  requires IsPalindrome(s, lo + hi - b, lo + hi - a)
  ensures IsPalindrome(s, a, b)
{
  forall k | a <= k < b
    ensures s[k] == s[a + b - 1 - k]
  {
    var m := lo + hi - 1 - k;
    assert s[k] == s[m];
    assert s[m] == s[(lo + hi - b) + (lo + hi - a) - 1 - m];
    assert s[a + b - 1 - k] == s[lo + hi - 1 - (a + b - 1 - k)];
  }
}

// s[c-b..b) is a palindrome with centre c that cannot be extended by one on each side.
predicate MaxAt(s: seq<int>, c: int, b: int)
{
  0 <= c - b <= b <= |s| && IsPalindrome(s, c - b, b) &&
  (c - b == 0 || b == |s| || s[c - b - 1] != s[b])
}

// A palindrome that cannot be extended is the longest with its centre.
lemma LongestAtCentre(s: seq<int>, c: int, b: int, i: int, j: int)
  requires MaxAt(s, c, b)
  requires 0 <= i <= j <= |s| && i + j == c && IsPalindrome(s, i, j)
  ensures j <= b
{
  if j > b {
    assert i < c - b;
    assert s[b] == s[i + j - 1 - b];
  }
}
// </vc:helpers>

method Manacher(s: seq<int>) returns (start: int, len: int)
  requires pre_manacher(s)
  ensures post_manacher(s, start, len)
{
  // <vc:code>
  var n := |s|;
  // p[c] = right end b of the longest palindrome s[c-b..b) with centre c (c = 0 .. 2n).
  var p := new int[2 * n + 1];
  // The palindrome s[C-R..R) reaching furthest right among the centres done so far.
  var C, R := 0, 0;
  start, len := 0, 0;
  var c := 0;
  while c <= 2 * n
    invariant 0 <= c <= 2 * n + 1
    invariant 0 <= C - R <= R <= n
    invariant IsPalindrome(s, C - R, R)
    invariant c == 0 ==> R == 0
    invariant c > 0 ==> C < c
    invariant forall c' :: 0 <= c' < c ==> MaxAt(s, c', p[c'])
    invariant 0 <= start && 0 <= len && start + len <= n && IsPalindrome(s, start, start + len)
    invariant forall c' :: 0 <= c' < c ==> 2 * p[c'] - c' <= len
    decreases 2 * n + 1 - c
  {
    var b := (c + 1) / 2;
    if c < 2 * R {
      // mirror centre 2C - c lies in 0 .. c-1: reuse its palindrome, cut at R
      var b0 := p[2 * C - c] + c - C;
      if b0 > R {
        b0 := R;
      }
      if b0 > b {
        ghost var m := 2 * C - c;
        assert MaxAt(s, m, p[m]);
        Shrink(s, m - p[m], p[m], C - b0, C - c + b0);
        Mirror(s, C - R, R, c - b0, b0);
        b := b0;
      }
    }
    var a := c - b;
    while 0 < a && b < n && s[a - 1] == s[b]
      invariant 0 <= a <= b <= n && a + b == c
      invariant IsPalindrome(s, a, b)
      modifies {}
      decreases a
    {
      Extend(s, a, b);
      a, b := a - 1, b + 1;
    }
    assert a == c - b;
    assert MaxAt(s, c, b);
    p[c] := b;
    if b > R {
      C, R := c, b;
    }
    if b - a > len {
      start, len := a, b - a;
    }
    c := c + 1;
  }
  forall i, j | 0 <= i <= j <= |s| && IsPalindrome(s, i, j)
    ensures j - i <= len
  {
    LongestAtCentre(s, i + j, p[i + j], i, j);
  }
  // </vc:code>
}
