// pat occurs in text starting at position k.
predicate occurs_at(text: string, pat: string, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

// e is a pair [p, k]: pattern p occurs in text at position k.
predicate is_match(text: string, pats: seq<string>, e: seq<int>)
{
  |e| == 2 && 0 <= e[0] < |pats| && occurs_at(text, pats[e[0]], e[1])
}

// Every entry r[j'] with j <= j' is a match. (Bounded foralls written as recursions over the
// index, so that Dafny evaluates the vectors.)
predicate sound_from(text: string, pats: seq<string>, r: seq<seq<int>>, j: int)
  decreases |r| - j
{
  j >= |r| || (0 <= j && is_match(text, pats, r[j]) && sound_from(text, pats, r, j + 1))
}

// The pair [p, k] is among r[j..].
predicate listed_from(r: seq<seq<int>>, p: int, k: int, j: int)
  decreases |r| - j
{
  0 <= j < |r| && ((|r[j]| == 2 && r[j][0] == p && r[j][1] == k) || listed_from(r, p, k, j + 1))
}

// Every position k' >= k where pattern p occurs is listed in r.
predicate complete_pos(text: string, pats: seq<string>, r: seq<seq<int>>, p: int, k: int)
  requires 0 <= p < |pats|
  decreases |text| - k
{
  k > |text| - |pats[p]| ||
  ((occurs_at(text, pats[p], k) ==> listed_from(r, p, k, 0)) && complete_pos(text, pats, r, p, k + 1))
}

// Every occurrence of every pattern p' >= p is listed in r.
predicate complete_from(text: string, pats: seq<string>, r: seq<seq<int>>, p: int)
  decreases |pats| - p
{
  p < 0 || p >= |pats| || (complete_pos(text, pats, r, p, 0) && complete_from(text, pats, r, p + 1))
}

// No pair is listed twice.
predicate no_repeats(r: seq<seq<int>>)
{
  forall j, j' :: 0 <= j < j' < |r| && |r[j]| == 2 && |r[j']| == 2 ==>
    r[j][0] != r[j'][0] || r[j][1] != r[j'][1]
}

predicate lowercase(s: string)
{
  forall i :: 0 <= i < |s| ==> 'a' <= s[i] <= 'z'
}

predicate pre_aho_corasick(text: string, pats: seq<string>)
{
  |text| <= 100000 && lowercase(text) && 1 <= |pats| <= 100 &&
  forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]| <= 1000 && lowercase(pats[p])
}

// r lists, in any order and without repetitions, exactly the pairs [p, k] such that pattern p
// occurs in text at position k.
predicate post_aho_corasick(text: string, pats: seq<string>, r: seq<seq<int>>)
{
  sound_from(text, pats, r, 0) && complete_from(text, pats, r, 0) && no_repeats(r)
}

// <vc:helpers>
// </vc:helpers>

method AhoCorasick(text: string, pats: seq<string>) returns (r: seq<seq<int>>)
  requires pre_aho_corasick(text, pats)
  ensures post_aho_corasick(text, pats, r)
{
  // <vc:code>
  // </vc:code>
}
