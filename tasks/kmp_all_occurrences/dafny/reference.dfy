// pat occurs in text starting at position k.
predicate match_at(text: string, pat: string, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
// (Bounded foralls written as recursions over the index, so that Dafny evaluates the vectors.)
predicate sound_from(text: string, pat: string, r: seq<int>, j: int)
  decreases |r| - j
{
  j >= |r| ||
  (0 <= j && match_at(text, pat, r[j]) && (j + 1 < |r| ==> r[j] < r[j + 1]) &&
   sound_from(text, pat, r, j + 1))
}

// Every position k' >= k where pat occurs is listed in r.
predicate complete_from(text: string, pat: string, r: seq<int>, k: int)
  decreases |text| - k
{
  k > |text| - |pat| || ((match_at(text, pat, k) ==> k in r) && complete_from(text, pat, r, k + 1))
}

predicate pre_kmp_all_occurrences(text: string, pat: string)
{
  1 <= |pat| <= 1000000 && |text| <= 1000000
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
predicate post_kmp_all_occurrences(text: string, pat: string, r: seq<int>)
{
  sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
lemma Sound(text: string, pat: string, r: seq<int>, j: int)
  requires 0 <= j
  requires forall i :: 0 <= i < |r| ==> match_at(text, pat, r[i])
  requires forall a, b :: 0 <= a < b < |r| ==> r[a] < r[b]
  ensures sound_from(text, pat, r, j)
  decreases |r| - j
{
  if j < |r| {
    Sound(text, pat, r, j + 1);
  }
}

lemma Complete(text: string, pat: string, r: seq<int>, k: int)
  requires 0 <= k
  requires forall i :: 0 <= i <= |text| - |pat| && match_at(text, pat, i) ==> i in r
  ensures complete_from(text, pat, r, k)
  decreases |text| - k
{
  if k <= |text| - |pat| {
    Complete(text, pat, r, k + 1);
  }
}

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
    k := Advance(pat, pat, f, i, i, i, k);
    ghost var before := f[..];
    f[i + 1] := k;
    assert f[..] == before[i + 1 := k];
    i := i + 1;
  }
}

// One character s[i]: from q0, the longest prefix of pat shorter than lim that ends at position i
// of s, find the longest prefix of pat of length at most lim that ends at i + 1, falling back
// along the failure table (known up to upto). The scan uses it with s = text and lim = |pat|,
// the failure table with s = pat and lim = i (proper borders only).
method Advance(s: string, pat: string, f: array<int>, upto: int, lim: int, i: int, q0: int) returns (q: int)
  requires 0 <= i < |s| && 0 <= q0 < lim <= |pat| && q0 <= upto && f.Length == |pat| + 1
  requires is_failure(pat, f[..], upto)
  requires ends_with_prefix(s, pat, i, q0)
  requires forall b :: q0 < b < lim ==> !ends_with_prefix(s, pat, i, b)
  ensures 0 <= q <= lim && ends_with_prefix(s, pat, i + 1, q)
  ensures forall b :: q < b <= lim ==> !ends_with_prefix(s, pat, i + 1, b)
{
  q := q0;
  forall b | q + 1 < b <= lim
    ensures !ends_with_prefix(s, pat, i + 1, b)
  {
    if ends_with_prefix(s, pat, i + 1, b) {
      Shrink(s, pat, i, b);
    }
  }
  // On a mismatch fall back to the longest border of the matched prefix.
  while q > 0 && s[i] != pat[q]
    invariant 0 <= q < lim && q <= upto && f.Length == |pat| + 1
    invariant is_failure(pat, f[..], upto)
    invariant ends_with_prefix(s, pat, i, q)
    invariant forall b :: q + 1 < b <= lim ==> !ends_with_prefix(s, pat, i + 1, b)
    decreases q
  {
    var q2 := f[q];
    assert ends_with_prefix(pat, pat, q, q2);
    forall b | q2 + 1 < b <= lim
      ensures !ends_with_prefix(s, pat, i + 1, b)
    {
      if ends_with_prefix(s, pat, i + 1, b) {
        Shrink(s, pat, i, b);
        if b - 1 < q {
          Shorter(s, pat, i, q, b - 1);
        }
      }
    }
    Compose(s, pat, i, q, q2);
    q := q2;
  }
  if s[i] == pat[q] {
    Extend(s, pat, i, q);
    q := q + 1;
  } else {
    assert ends_with_prefix(s, pat, i + 1, 0);
    forall b | 0 < b <= 1
      ensures !ends_with_prefix(s, pat, i + 1, b)
    {
      if ends_with_prefix(s, pat, i + 1, b) {
        Shrink(s, pat, i, b);
      }
    }
  }
}
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
// every occurrence and falling back to the longest proper border after each one.
method KmpAll(text: string, pat: string) returns (r: seq<int>)
  requires pre_kmp_all_occurrences(text, pat)
  ensures post_kmp_all_occurrences(text, pat, r)
{
  // <vc:code>
  var n := |text|;
  var m := |pat|;
  var f := FailureTable(pat);
  assert pat[..m] == pat;
  r := [];
  // q: the length of the longest proper prefix of pat that ends at position i of text.
  var q := 0;
  var i := 0;
  assert text[0..0] == pat[..0];
  while i < n
    invariant 0 <= i <= n && 0 <= q < m && f.Length == m + 1
    invariant is_failure(pat, f[..], m)
    invariant ends_with_prefix(text, pat, i, q)
    invariant forall b :: q < b < m ==> !ends_with_prefix(text, pat, i, b)
    invariant forall j :: 0 <= j < |r| ==> match_at(text, pat, r[j]) && r[j] + m <= i
    invariant forall a, b :: 0 <= a < b < |r| ==> r[a] < r[b]
    invariant forall k :: 0 <= k && k + m <= i && match_at(text, pat, k) ==> k in r
    decreases n - i
  {
    q := Advance(text, pat, f, m, m, i, q);
    if q == m {
      // An occurrence ends here: report it, then continue from the longest proper border.
      var k := i + 1 - m;
      assert text[k..k + m] == pat;
      r := r + [k];
      var q2 := f[m];
      assert ends_with_prefix(pat, pat, m, q2);
      forall b | q2 < b < m
        ensures !ends_with_prefix(text, pat, i + 1, b)
      {
        if ends_with_prefix(text, pat, i + 1, b) {
          Shorter(text, pat, i + 1, m, b);
        }
      }
      Compose(text, pat, i + 1, m, q2);
      q := q2;
    } else {
      forall k | 0 <= k && k + m == i + 1
        ensures !match_at(text, pat, k)
      {
        if match_at(text, pat, k) {
          assert ends_with_prefix(text, pat, i + 1, m);
        }
      }
    }
    i := i + 1;
  }
  Sound(text, pat, r, 0);
  Complete(text, pat, r, 0);
  // </vc:code>
}
