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
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
// every occurrence and falling back to the longest proper border after each one.
method KmpAll(text: string, pat: string) returns (r: seq<int>)
  requires pre_kmp_all_occurrences(text, pat)
  ensures post_kmp_all_occurrences(text, pat, r)
{
  // <vc:code>
  // </vc:code>
}
