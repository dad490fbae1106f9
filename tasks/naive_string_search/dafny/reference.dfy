// pat occurs in text starting at position k.
predicate match_at(text: string, pat: string, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

predicate pre_naive_string_search(text: string, pat: string)
{
  |text| <= 1000000 && |pat| <= 1000000
}

// r is the first position where pat occurs in text, or -1 when it occurs nowhere.
predicate post_naive_string_search(text: string, pat: string, r: int)
{
  (r == -1 && forall k :: 0 <= k <= |text| - |pat| ==> !match_at(text, pat, k)) ||
  (match_at(text, pat, r) && forall k :: 0 <= k < r ==> !match_at(text, pat, k))
}

// <vc:helpers>
// </vc:helpers>

method NaiveSearch(text: string, pat: string) returns (r: int)
  requires pre_naive_string_search(text, pat)
  ensures post_naive_string_search(text, pat, r)
{
  // <vc:code>
  var n := |text|;
  var m := |pat|;
  if m > n {
    r := -1;
    return;
  }
  var k := 0;
  while k <= n - m
    invariant 0 <= k <= n - m + 1
    invariant forall q :: 0 <= q < k ==> !match_at(text, pat, q)
    decreases n - m + 1 - k
  {
    var j := 0;
    while j < m && text[k + j] == pat[j]
      invariant 0 <= j <= m
      invariant text[k..k + j] == pat[..j]
      decreases m - j
    {
      j := j + 1;
    }
    if j == m {
      assert pat[..m] == pat;
      r := k;
      return;
    }
    assert text[k..k + m][j] != pat[j];
    k := k + 1;
  }
  r := -1;
  // </vc:code>
}
