// pat occurs in text starting at position k.
predicate match_at(text: seq<int>, pat: seq<int>, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
// (Bounded foralls written as recursions over the index, so that Dafny evaluates the vectors.)
predicate sound_from(text: seq<int>, pat: seq<int>, r: seq<int>, j: int)
  decreases |r| - j
{
  j >= |r| ||
  (0 <= j && match_at(text, pat, r[j]) && (j + 1 < |r| ==> r[j] < r[j + 1]) &&
   sound_from(text, pat, r, j + 1))
}

// Every position k' >= k where pat occurs is listed in r.
predicate complete_from(text: seq<int>, pat: seq<int>, r: seq<int>, k: int)
  decreases |text| - k
{
  k > |text| - |pat| || ((match_at(text, pat, k) ==> k in r) && complete_from(text, pat, r, k + 1))
}

// Byte strings: every element is in 0 .. 255.
predicate bytes(s: seq<int>)
{
  forall i :: 0 <= i < |s| ==> 0 <= s[i] < 256
}

predicate pre_rabin_karp(text: seq<int>, pat: seq<int>)
{
  1 <= |pat| <= 1000000 && |text| <= 1000000 && bytes(text) && bytes(pat)
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
predicate post_rabin_karp(text: seq<int>, pat: seq<int>, r: seq<int>)
{
  sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
// </vc:helpers>

// Rabin-Karp: compare the rolling hash of each window with the pattern's hash, and the characters
// only when the hashes agree.
method RabinKarp(text: seq<int>, pat: seq<int>) returns (r: seq<int>)
  requires pre_rabin_karp(text, pat)
  ensures post_rabin_karp(text, pat, r)
{
  // <vc:code>
  // </vc:code>
}
