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
lemma Sound(text: seq<int>, pat: seq<int>, r: seq<int>, j: int)
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

lemma Complete(text: seq<int>, pat: seq<int>, r: seq<int>, k: int)
  requires 0 <= k
  requires forall i :: 0 <= i <= |text| - |pat| && match_at(text, pat, i) ==> i in r
  ensures complete_from(text, pat, r, k)
  decreases |text| - k
{
  if k <= |text| - |pat| {
    Complete(text, pat, r, k + 1);
  }
}

// The rolling hash uses base 256 and the prime modulus 1000003 (written as literals, so that
// the solver sees linear arithmetic where one factor is a constant).

function pow(b: int, e: nat): int
{
  if e == 0 then 1 else pow(b, e - 1) * b
}

// Polynomial hash without the modulus: s[0]*B^(n-1) + ... + s[n-1]*B^0.
function hash(s: seq<int>): int
{
  if |s| == 0 then 0 else hash(s[..|s| - 1]) * 256 + s[|s| - 1]
}

lemma MulShift(a: int, b: int)
  ensures a * (b * 256) == (a * b) * 256
{
}

// The leading character's term can be split off.
lemma HashFront(s: seq<int>)
  requires |s| >= 1
  ensures hash(s) == s[0] * pow(256, |s| - 1) + hash(s[1..])
  decreases |s|
{
  if |s| > 1 {
    var t := s[..|s| - 1];
    HashFront(t);
    var p := pow(256, |s| - 2);
    assert pow(256, |s| - 1) == p * 256;
    assert t[1..] == s[1..][..|s| - 2];
    assert hash(s[1..]) == hash(t[1..]) * 256 + s[|s| - 1];
    assert hash(s) == (s[0] * p + hash(t[1..])) * 256 + s[|s| - 1];
    MulShift(s[0], p);
  } else {
    assert s[..0] == [];
    assert s[1..] == [];
  }
}

lemma ModMul(x: int, c: int)
  ensures (x % 1000003 * 256 + c) % 1000003 == (x * 256 + c) % 1000003
{
  var q := 1000003;
  var d := x / q;
  assert x == d * q + x % q;
  assert x * 256 + c == (d * 256) * q + (x % q * 256 + c);
  ModShift(d * 256, x % q * 256 + c);
}

// Adding a multiple of the modulus does not change the remainder.
lemma ModShift(k: int, y: int)
  ensures (k * 1000003 + y) % 1000003 == y % 1000003
{
  var q := 1000003;
  var z := k * q + y;
  assert z == (z / q) * q + z % q;
  assert y == (y / q) * q + y % q;
  assert (z / q - k - y / q) * q == y % q - z % q;
  if z / q - k - y / q > 0 {
    assert (z / q - k - y / q) * q >= q;
  } else if z / q - k - y / q < 0 {
    assert (z / q - k - y / q) * q <= -q;
  }
}

lemma ModProduct(c: int, p: int)
  ensures (c * (p % 1000003)) % 1000003 == (c * p) % 1000003
{
  var q := 1000003;
  var d := p / q;
  assert p == d * q + p % q;
  assert c * p == (c * d) * q + c * (p % q);
  ModShift(c * d, c * (p % q));
}

// (h + Q - (c * pw) % Q) % Q removes the term c * B^(m-1) from a hash known modulo Q.
lemma ModRemove(x: int, y: int, h: int, cp: int)
  requires h == x % 1000003 && cp == y % 1000003
  ensures (h + 1000003 - cp) % 1000003 == (x - y) % 1000003
{
  var q := 1000003;
  assert x == (x / q) * q + h;
  assert y == (y / q) * q + cp;
  assert x - y == (x / q - y / q - 1) * q + (h + q - cp);
  ModShift(x / q - y / q - 1, h + q - cp);
}

// Hash of s[..n] modulo Q, by Horner's rule.
method HashMod(s: seq<int>, n: int) returns (h: int)
  requires 0 <= n <= |s|
  ensures h == hash(s[..n]) % 1000003
{
  h := 0;
  var j := 0;
  while j < n
    invariant 0 <= j <= n && h == hash(s[..j]) % 1000003
    decreases n - j
  {
    assert s[..j + 1][..j] == s[..j];
    ModMul(hash(s[..j]), s[j]);
    h := (h * 256 + s[j]) % 1000003;
    j := j + 1;
  }
}

// The window hash of the next position from the current one.
method RollStep(text: seq<int>, i: int, m: int, h: int, pw: int) returns (h2: int)
  requires 0 <= i && 1 <= m && i + m < |text|
  requires h == hash(text[i..i + m]) % 1000003 && pw == pow(256, m - 1) % 1000003
  ensures h2 == hash(text[i + 1..i + 1 + m]) % 1000003
{
  Roll(text, i, m, h, pw);
  h2 := ((h + 1000003 - (text[i] * pw) % 1000003) % 1000003 * 256 + text[i + m]) % 1000003;
}

lemma Roll(text: seq<int>, i: int, m: int, h: int, pw: int)
  requires 0 <= i && 1 <= m && i + m < |text|
  requires h == hash(text[i..i + m]) % 1000003 && pw == pow(256, m - 1) % 1000003
  ensures ((h + 1000003 - (text[i] * pw) % 1000003) % 1000003 * 256 + text[i + m]) % 1000003
          == hash(text[i + 1..i + 1 + m]) % 1000003
{
  RollExact(text, i, m);
  RollMod(hash(text[i..i + m]), pow(256, m - 1), text[i], text[i + m], hash(text[i + 1..i + 1 + m]), h, pw);
}

// The next window's hash, exactly: drop the leading term, shift, add the new character.
lemma RollExact(text: seq<int>, i: int, m: int)
  requires 0 <= i && 1 <= m && i + m < |text|
  ensures hash(text[i + 1..i + 1 + m]) == (hash(text[i..i + m]) - text[i] * pow(256, m - 1)) * 256 + text[i + m]
{
  var w := text[i..i + m];
  HashFront(w);
  var next := text[i + 1..i + 1 + m];
  assert next[..m - 1] == w[1..];
  assert next[m - 1] == text[i + m];
}

// The same step on remainders modulo Q.
lemma RollMod(x: int, p: int, c: int, d: int, y: int, h: int, pw: int)
  requires y == (x - c * p) * 256 + d && h == x % 1000003 && pw == p % 1000003
  ensures ((h + 1000003 - (c * pw) % 1000003) % 1000003 * 256 + d) % 1000003 == y % 1000003
{
  var cp := c * p;
  var r := (c * pw) % 1000003;
  ModProduct(c, p);
  assert r == cp % 1000003;
  var t := (h + 1000003 - r) % 1000003;
  ModRemove(x, cp, h, r);
  assert t == (x - cp) % 1000003;
  ModMul(x - cp, d);
  assert (t * 256 + d) % 1000003 == ((x - cp) * 256 + d) % 1000003;
}

// Compare text[k..k+|pat|) with pat character by character.
method Matches(text: seq<int>, pat: seq<int>, k: int) returns (b: bool)
  requires 0 <= k && k + |pat| <= |text|
  ensures b == match_at(text, pat, k)
{
  var j := 0;
  while j < |pat| && text[k + j] == pat[j]
    invariant 0 <= j <= |pat|
    invariant forall t :: 0 <= t < j ==> text[k + t] == pat[t]
    decreases |pat| - j
  {
    j := j + 1;
  }
  if j == |pat| {
    assert text[k..k + |pat|] == pat;
    b := true;
  } else {
    assert text[k..k + |pat|][j] != pat[j];
    b := false;
  }
}

// One window: compare hashes, and characters only when the hashes agree; record a match.
method Check(text: seq<int>, pat: seq<int>, r0: seq<int>, k: int, h: int, hp: int) returns (r: seq<int>)
  requires 1 <= |pat| && 0 <= k && k + |pat| <= |text|
  requires h == hash(text[k..k + |pat|]) % 1000003 && hp == hash(pat) % 1000003
  requires forall i :: 0 <= i < |r0| ==> match_at(text, pat, r0[i]) && r0[i] < k
  requires forall a, b :: 0 <= a < b < |r0| ==> r0[a] < r0[b]
  requires forall i :: 0 <= i < k && match_at(text, pat, i) ==> i in r0
  ensures forall i :: 0 <= i < |r| ==> match_at(text, pat, r[i]) && r[i] < k + 1
  ensures forall a, b :: 0 <= a < b < |r| ==> r[a] < r[b]
  ensures forall i :: 0 <= i < k + 1 && match_at(text, pat, i) ==> i in r
{
  r := r0;
  if h == hp {
    var same := Matches(text, pat, k);
    if same {
      r := r0 + [k];
    }
  } else {
    // Different hashes: the window differs from pat.
    assert !match_at(text, pat, k);
  }
}
// </vc:helpers>

// Rabin-Karp: compare the rolling hash of each window with the pattern's hash, and the characters
// only when the hashes agree.
method RabinKarp(text: seq<int>, pat: seq<int>) returns (r: seq<int>)
  requires pre_rabin_karp(text, pat)
  ensures post_rabin_karp(text, pat, r)
{
  // <vc:code>
  var n, m := |text|, |pat|;
  r := [];
  if m > n {
    Sound(text, pat, r, 0);
    Complete(text, pat, r, 0);
    return;
  }
  var hp := HashMod(pat, m);
  assert pat[..m] == pat;
  var h := HashMod(text, m);
  assert text[..m] == text[0..m];
  // pw = B^(m-1) mod Q, for removing the leading character of a window.
  var pw := 1;
  var e := 0;
  while e < m - 1
    invariant 0 <= e <= m - 1 && pw == pow(256, e) % 1000003
    decreases m - 1 - e
  {
    ModMul(pow(256, e), 0);
    pw := (pw * 256) % 1000003;
    e := e + 1;
  }
  var k := 0;
  while true
    invariant 0 <= k <= n - m
    invariant h == hash(text[k..k + m]) % 1000003
    invariant forall i :: 0 <= i < |r| ==> match_at(text, pat, r[i]) && r[i] < k
    invariant forall a, b :: 0 <= a < b < |r| ==> r[a] < r[b]
    invariant forall i :: 0 <= i < k && match_at(text, pat, i) ==> i in r
    decreases n - m - k
  {
    r := Check(text, pat, r, k, h, hp);
    if k == n - m {
      break;
    }
    h := RollStep(text, k, m, h, pw);
    k := k + 1;
  }
  Sound(text, pat, r, 0);
  Complete(text, pat, r, 0);
  // </vc:code>
}
