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
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once.
method KmpSearch(text: string, pat: string) returns (r: int)
  requires pre_kmp_search(text, pat)
  ensures post_kmp_search(text, pat, r)
{
  // <vc:code>
  // </vc:code>
}
