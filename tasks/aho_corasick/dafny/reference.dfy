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
// The automaton's tables, all flattened into arrays indexed by node * 26 + letter:
// goto (the trie; -1 where no edge), delta (the full transition function: the node of the
// longest suffix of word(u) + letter that is a prefix of some pattern), fail (the node of the
// longest proper suffix of word(u) that is a trie node), dict (the nearest node on the fail
// chain below u where a pattern ends, -1 if none), termHead/termNext (the patterns ending at a
// node, as a linked list through the pattern indices).
method BuildTrie(pats: seq<string>, N: int) returns (goto: array<int>, cnt: int, termHead: array<int>, termNext: array<int>)
  requires 1 <= |pats| && 1 <= N
  requires forall p :: 0 <= p < |pats| ==> lowercase(pats[p])
  requires 1 + TotalLength(pats, 0) <= N
  ensures goto.Length == N * 26 && termHead.Length == N && termNext.Length == |pats|
  ensures 1 <= cnt <= N
  ensures forall x :: 0 <= x < goto.Length ==> -1 <= goto[x] < cnt && goto[x] != 0
  ensures forall u :: 0 <= u < N ==> -1 <= termHead[u] < |pats|
  ensures forall p :: 0 <= p < |pats| ==> -1 <= termNext[p] < p
  ensures fresh(goto) && fresh(termHead) && fresh(termNext)
{
  goto := new int[N * 26];
  var x := 0;
  while x < N * 26
    invariant 0 <= x <= N * 26
    invariant forall y :: 0 <= y < x ==> goto[y] == -1
    decreases N * 26 - x
  {
    goto[x] := -1;
    x := x + 1;
  }
  termHead := new int[N];
  x := 0;
  while x < N
    invariant 0 <= x <= N
    invariant forall y :: 0 <= y < x ==> termHead[y] == -1
    modifies termHead
    decreases N - x
  {
    termHead[x] := -1;
    x := x + 1;
  }
  termNext := new int[|pats|];
  cnt := 1;
  var p := 0;
  while p < |pats|
    invariant 0 <= p <= |pats|
    invariant 1 <= cnt && cnt + TotalLength(pats, p) <= N
    invariant forall y :: 0 <= y < goto.Length ==> -1 <= goto[y] < cnt && goto[y] != 0
    invariant forall u :: 0 <= u < N ==> -1 <= termHead[u] < p
    invariant forall q :: 0 <= q < p ==> -1 <= termNext[q] < q
    decreases |pats| - p
  {
    var pat := pats[p];
    assert lowercase(pat);
    assert TotalLength(pats, p) == |pat| + TotalLength(pats, p + 1);
    var u := 0;
    var i := 0;
    while i < |pat|
      invariant 0 <= i <= |pat|
      invariant 0 <= u < cnt
      invariant 1 <= cnt && cnt + (|pat| - i) + TotalLength(pats, p + 1) <= N
      invariant forall y :: 0 <= y < goto.Length ==> -1 <= goto[y] < cnt && goto[y] != 0
      invariant forall w :: 0 <= w < N ==> -1 <= termHead[w] < p
      invariant forall q :: 0 <= q < p ==> -1 <= termNext[q] < q
      decreases |pat| - i
    {
      assert 'a' <= pat[i] <= 'z';
      var c := (pat[i] as int) - ('a' as int);
      TotalLengthNonneg(pats, p + 1);
      assert u * 26 + c < (u + 1) * 26 <= N * 26;
      if goto[u * 26 + c] == -1 {
        goto[u * 26 + c] := cnt;
        cnt := cnt + 1;
      }
      u := goto[u * 26 + c];
      i := i + 1;
    }
    TotalLengthNonneg(pats, p + 1);
    termNext[p] := termHead[u];
    termHead[u] := p;
    p := p + 1;
  }
}

// Total length of the patterns pats[p..].
function TotalLength(pats: seq<string>, p: int): int
  decreases |pats| - p
{
  if p < 0 || p >= |pats| then 0 else |pats[p]| + TotalLength(pats, p + 1)
}

method ComputeTotal(pats: seq<string>) returns (t: int)
  ensures t == TotalLength(pats, 0)
{
  t := 0;
  var p := |pats|;
  while p > 0
    invariant 0 <= p <= |pats|
    invariant t == TotalLength(pats, p)
    decreases p
  {
    p := p - 1;
    t := t + |pats[p]|;
  }
}

lemma TotalLengthNonneg(pats: seq<string>, p: int)
  ensures TotalLength(pats, p) >= 0
  decreases |pats| - p
{
  if 0 <= p < |pats| {
    TotalLengthNonneg(pats, p + 1);
  }
}

lemma TotalLengthBound(pats: seq<string>, p: int)
  requires 0 <= p <= |pats| <= 100
  requires forall q :: 0 <= q < |pats| ==> |pats[q]| <= 1000
  ensures 0 <= TotalLength(pats, p) <= 1000 * (|pats| - p)
  decreases |pats| - p
{
  if p < |pats| {
    TotalLengthBound(pats, p + 1);
  }
}
// </vc:helpers>

method AhoCorasick(text: string, pats: seq<string>) returns (r: seq<seq<int>>)
  requires pre_aho_corasick(text, pats)
  ensures post_aho_corasick(text, pats, r)
{
  // <vc:code>
  TotalLengthBound(pats, 0);
  var total := ComputeTotal(pats);
  var N := 1 + total;
  var goto, cnt, termHead, termNext := BuildTrie(pats, N);
  // Breadth-first order over the trie: fail links, dictionary links and the full transitions.
  var fail := new int[cnt];
  var dict := new int[cnt];
  var queue := new int[cnt];
  var x := 0;
  while x < cnt
    invariant 0 <= x <= cnt
    invariant forall y :: 0 <= y < x ==> fail[y] == 0 && dict[y] == -1 && queue[y] == 0
    modifies fail, dict, queue
    decreases cnt - x
  {
    fail[x] := 0;
    dict[x] := -1;
    queue[x] := 0;
    x := x + 1;
  }
  var delta := new int[cnt * 26];
  x := 0;
  while x < cnt * 26
    invariant 0 <= x <= cnt * 26
    invariant forall y :: 0 <= y < x ==> delta[y] == 0
    modifies delta
    decreases cnt * 26 - x
  {
    delta[x] := 0;
    x := x + 1;
  }
  var head, tail := 0, 1;
  while head < tail
    invariant 0 <= head <= tail <= cnt
    invariant forall y :: 0 <= y < cnt ==> 0 <= queue[y] < cnt && 0 <= fail[y] < cnt && -1 <= dict[y] < cnt
    invariant forall y :: 0 <= y < cnt * 26 ==> 0 <= delta[y] < cnt
    modifies fail, dict, queue, delta
    decreases cnt - head
  {
    var u: int := queue[head];
    head := head + 1;
    var c: int := 0;
    while c < 26
      invariant 0 <= c <= 26
      invariant 0 <= head <= tail <= cnt
      invariant forall y :: 0 <= y < cnt ==> 0 <= queue[y] < cnt && 0 <= fail[y] < cnt && -1 <= dict[y] < cnt
      invariant forall y :: 0 <= y < cnt * 26 ==> 0 <= delta[y] < cnt
      modifies fail, dict, queue, delta
      decreases 26 - c
    {
      assert u * 26 + c < (u + 1) * 26 <= cnt * 26;
      var v := goto[u * 26 + c];
      var f: int := 0;
      if u != 0 {
        var fu: int := fail[u];
        assert fu * 26 + c < (fu + 1) * 26 <= cnt * 26;
        f := delta[fu * 26 + c];
      }
      if v != -1 && tail < cnt {
        fail[v] := f;
        dict[v] := if termHead[f] != -1 then f else dict[f];
        queue[tail] := v;
        tail := tail + 1;
        delta[u * 26 + c] := v;
      } else {
        delta[u * 26 + c] := f;
      }
      c := c + 1;
    }
  }
  // Scan the text; after text[..i+1] the state is the node of its longest suffix that is a
  // prefix of a pattern, and the patterns ending here are those on the state's dictionary chain.
  r := [];
  var state := 0;
  var i := 0;
  while i < |text|
    invariant 0 <= i <= |text|
    invariant 0 <= state < cnt
    decreases |text| - i
  {
    assert 'a' <= text[i] <= 'z';
    var c := (text[i] as int) - ('a' as int);
    assert state * 26 + c < (state + 1) * 26 <= cnt * 26;
    state := delta[state * 26 + c];
    var u := if termHead[state] != -1 then state else dict[state];
    var steps := 0;
    while u != -1 && steps < cnt
      invariant -1 <= u < cnt
      decreases cnt - steps
    {
      var p := termHead[u];
      while p != -1
        invariant -1 <= p < |pats|
        decreases p + 1
      {
        r := r + [[p, i + 1 - |pats[p]|]];
        p := termNext[p];
      }
      u := dict[u];
      steps := steps + 1;
    }
    i := i + 1;
  }
  // </vc:code>
}
