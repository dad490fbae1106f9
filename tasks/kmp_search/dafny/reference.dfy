// pat occurs in text starting at position k.
predicate match_at(text: string, pat: string, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

predicate pre_kmp_search(text: string, pat: string)
{
  |text| <= 1000000 && |pat| <= 1000000
}

// r is the first position where pat occurs in text, or -1 when it occurs nowhere.
predicate post_kmp_search(text: string, pat: string, r: int)
{
  (r == -1 && forall k :: 0 <= k <= |text| - |pat| ==> !match_at(text, pat, k)) ||
  (match_at(text, pat, r) && forall k :: 0 <= k < r ==> !match_at(text, pat, k))
}

// <vc:helpers>
// The b characters of s ending at position i equal the first b characters of pat: a suffix of
// s[..i] that is a prefix of pat. With s == pat and b < i, pat[..b] is a border of pat[..i].
predicate ends_with_prefix(s: string, pat: string, i: int, b: int)
{
  0 <= b <= i <= |s| && b <= |pat| && s[i - b..i] == pat[..b]
}

// f[q] (1 <= q <= upto) is the length of the longest proper border of pat[..q].
predicate is_failure(pat: string, f: seq<int>, upto: int)
{
  0 <= upto < |f| && upto <= |pat| &&
  forall q :: 1 <= q <= upto ==>
    0 <= f[q] < q && ends_with_prefix(pat, pat, q, f[q]) &&
    forall b :: f[q] < b < q ==> !ends_with_prefix(pat, pat, q, b)
}

// Two prefixes of pat ending at the same place of s: the shorter is a border of the longer.
lemma Shorter(s: string, pat: string, i: int, q: int, c: int)
  requires ends_with_prefix(s, pat, i, q) && ends_with_prefix(s, pat, i, c) && c <= q
  ensures ends_with_prefix(pat, pat, q, c)
{
  forall j | 0 <= j < c
    ensures pat[q - c + j] == pat[j]
  {
    assert s[i - q..i][q - c + j] == pat[..q][q - c + j];
    assert s[i - c..i][j] == pat[..c][j];
  }
  assert pat[q - c..q] == pat[..c];
}

// A border of a matched prefix is matched too.
lemma Compose(s: string, pat: string, i: int, q: int, c: int)
  requires ends_with_prefix(s, pat, i, q) && ends_with_prefix(pat, pat, q, c)
  ensures ends_with_prefix(s, pat, i, c)
{
  forall j | 0 <= j < c
    ensures s[i - c + j] == pat[j]
  {
    assert s[i - q..i][q - c + j] == pat[..q][q - c + j];
    assert pat[q - c..q][j] == pat[..c][j];
  }
  assert s[i - c..i] == pat[..c];
}

// A matched prefix followed by a matching character.
lemma Extend(s: string, pat: string, i: int, b: int)
  requires ends_with_prefix(s, pat, i, b) && i < |s| && b < |pat| && s[i] == pat[b]
  ensures ends_with_prefix(s, pat, i + 1, b + 1)
{
  forall j | 0 <= j < b + 1
    ensures s[i - b + j] == pat[j]
  {
    if j < b {
      assert s[i - b..i][j] == pat[..b][j];
    }
  }
  assert s[i - b..i + 1] == pat[..b + 1];
}

// A nonempty matched prefix ending at i + 1 ends with s[i] and leaves a matched prefix at i.
lemma Shrink(s: string, pat: string, i: int, b: int)
  requires ends_with_prefix(s, pat, i + 1, b) && b >= 1
  ensures ends_with_prefix(s, pat, i, b - 1) && s[i] == pat[b - 1]
{
  forall j | 0 <= j < b
    ensures s[i + 1 - b + j] == pat[j]
  {
    assert s[i + 1 - b..i + 1][j] == pat[..b][j];
  }
  assert s[i + 1 - b..i] == pat[..b - 1];
}

// The failure function: f[q] is the length of the longest proper border of pat[..q].
method FailureTable(pat: string) returns (f: array<int>)
  requires |pat| >= 1
  ensures f.Length == |pat| + 1
  ensures is_failure(pat, f[..], |pat|)
{
  var m := |pat|;
  f := new int[m + 1];
  f[0] := 0;
  f[1] := 0;
  assert ends_with_prefix(pat, pat, 1, 0);
  var k := 0;
  var i := 1;
  while i < m
    invariant 1 <= i <= m && f.Length == m + 1
    invariant is_failure(pat, f[..], i)
    invariant k == f[i]
    decreases m - i
  {
    // Longest border of pat[..i + 1]: extend a border of pat[..i], longest first.
    forall b | k + 1 < b <= i
      ensures !ends_with_prefix(pat, pat, i + 1, b)
    {
      if ends_with_prefix(pat, pat, i + 1, b) {
        Shrink(pat, pat, i, b);
      }
    }
    while k > 0 && pat[i] != pat[k]
      invariant 0 <= k < i && f.Length == m + 1
      invariant is_failure(pat, f[..], i)
      invariant ends_with_prefix(pat, pat, i, k)
      invariant forall b :: k + 1 < b <= i ==> !ends_with_prefix(pat, pat, i + 1, b)
      decreases k
    {
      var k2 := f[k];
      assert ends_with_prefix(pat, pat, k, k2);
      forall b | k2 + 1 < b <= i
        ensures !ends_with_prefix(pat, pat, i + 1, b)
      {
        if ends_with_prefix(pat, pat, i + 1, b) {
          Shrink(pat, pat, i, b);
          if b - 1 < k {
            Shorter(pat, pat, i, k, b - 1);
          }
        }
      }
      Compose(pat, pat, i, k, k2);
      k := k2;
    }
    if pat[i] == pat[k] {
      Extend(pat, pat, i, k);
      k := k + 1;
    } else {
      assert ends_with_prefix(pat, pat, i + 1, 0);
      forall b | 0 < b <= 1
        ensures !ends_with_prefix(pat, pat, i + 1, b)
      {
        if ends_with_prefix(pat, pat, i + 1, b) {
          Shrink(pat, pat, i, b);
        }
      }
    }
    ghost var before := f[..];
    f[i + 1] := k;
    assert f[..] == before[i + 1 := k];
    i := i + 1;
  }
}
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once.
method KmpSearch(text: string, pat: string) returns (r: int)
  requires pre_kmp_search(text, pat)
  ensures post_kmp_search(text, pat, r)
{
  // <vc:code>
  var n := |text|;
  var m := |pat|;
  if m == 0 {
    assert text[0..0] == pat;
    return 0;
  }
  var f := FailureTable(pat);
  // q: the length of the longest prefix of pat that ends at position i of text (q < m).
  var q := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n && 0 <= q < m && f.Length == m + 1
    invariant is_failure(pat, f[..], m)
    invariant ends_with_prefix(text, pat, i, q)
    invariant forall b :: q < b <= m ==> !ends_with_prefix(text, pat, i, b)
    invariant forall k :: 0 <= k && k + m <= i ==> !match_at(text, pat, k)
    decreases n - i
  {
    forall b | q + 1 < b <= m
      ensures !ends_with_prefix(text, pat, i + 1, b)
    {
      if ends_with_prefix(text, pat, i + 1, b) {
        Shrink(text, pat, i, b);
      }
    }
    // On a mismatch fall back to the longest border of the matched prefix.
    while q > 0 && text[i] != pat[q]
      invariant 0 <= q < m && f.Length == m + 1
      invariant is_failure(pat, f[..], m)
      invariant ends_with_prefix(text, pat, i, q)
      invariant forall b :: q + 1 < b <= m ==> !ends_with_prefix(text, pat, i + 1, b)
      decreases q
    {
      var q2 := f[q];
      assert ends_with_prefix(pat, pat, q, q2);
      forall b | q2 + 1 < b <= m
        ensures !ends_with_prefix(text, pat, i + 1, b)
      {
        if ends_with_prefix(text, pat, i + 1, b) {
          Shrink(text, pat, i, b);
          if b - 1 < q {
            Shorter(text, pat, i, q, b - 1);
          }
        }
      }
      Compose(text, pat, i, q, q2);
      q := q2;
    }
    if text[i] == pat[q] {
      Extend(text, pat, i, q);
      q := q + 1;
    } else {
      assert ends_with_prefix(text, pat, i + 1, 0);
      forall b | 0 < b <= 1
        ensures !ends_with_prefix(text, pat, i + 1, b)
      {
        if ends_with_prefix(text, pat, i + 1, b) {
          Shrink(text, pat, i, b);
        }
      }
    }
    if q == m {
      assert pat[..m] == pat;
      r := i + 1 - m;
      assert text[r..r + m] == pat;
      return;
    }
    forall k | 0 <= k && k + m == i + 1
      ensures !match_at(text, pat, k)
    {
      if match_at(text, pat, k) {
        assert pat[..m] == pat;
        assert ends_with_prefix(text, pat, i + 1, m);
      }
    }
    i := i + 1;
  }
  r := -1;
  // </vc:code>
}
