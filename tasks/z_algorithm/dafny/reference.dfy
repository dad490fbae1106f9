// z is the Z-value of s at position i: s[i..i+z) equals s[..z) and the match cannot be extended
// (it reaches the end of s, or the next characters differ).
predicate z_entry(s: string, i: int, z: int)
{
  0 <= i && 0 <= z <= |s| - i &&
  s[i..i + z] == s[..z] &&
  (i + z == |s| || s[i + z] != s[z])
}

// z_entry holds at every position i' with i <= i' < |s| (recursive, so that vectors evaluate).
predicate z_from(s: string, z: seq<int>, i: int)
  decreases |s| - i
{
  i >= |s| || (0 <= i < |z| && z_entry(s, i, z[i]) && z_from(s, z, i + 1))
}

predicate pre_z_algorithm(s: string)
{
  |s| <= 1000000
}

// z[i] is the length of the longest common prefix of s and s[i..]; by convention z[0] == |s|.
predicate post_z_algorithm(s: string, z: seq<int>)
{
  |z| == |s| &&
  (|s| > 0 ==> z[0] == |s|) &&
  z_from(s, z, 1)
}

// <vc:helpers>
// s[l..r) equals s[..r - l]: the rightmost Z-box found so far.
predicate box(s: string, l: int, r: int)
{
  0 <= l <= r <= |s| && forall j :: 0 <= j < r - l ==> s[l + j] == s[j]
}

// Extend a common prefix of s and s[i..] as far as it goes.
method Extend(s: string, i: int, start: int) returns (len: int)
  requires 1 <= i < |s| && 0 <= start <= |s| - i
  requires forall j :: 0 <= j < start ==> s[i + j] == s[j]
  ensures z_entry(s, i, len) && start <= len
  ensures forall j :: 0 <= j < len ==> s[i + j] == s[j]
{
  len := start;
  while i + len < |s| && s[i + len] == s[len]
    invariant start <= len <= |s| - i
    invariant forall j :: 0 <= j < len ==> s[i + j] == s[j]
    decreases |s| - i - len
  {
    len := len + 1;
  }
  assert s[i..i + len] == s[..len];
}

lemma ZFrom(s: string, z: seq<int>, i: int)
  requires 1 <= i && |z| == |s|
  requires forall k :: i <= k < |s| ==> z_entry(s, k, z[k])
  ensures z_from(s, z, i)
  decreases |s| - i
{
  if i < |s| {
    ZFrom(s, z, i + 1);
  }
}
// </vc:helpers>

// Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
method ZAlgorithm(s: string) returns (z: seq<int>)
  requires pre_z_algorithm(s)
  ensures post_z_algorithm(s, z)
{
  // <vc:code>
  var n := |s|;
  if n == 0 {
    return [];
  }
  var za := new int[n];
  za[0] := n;
  // [l, r): the Z-box reaching furthest right among the positions done so far.
  var l, r := 0, 0;
  var i := 1;
  while i < n
    invariant 1 <= i <= n && za.Length == n && za[0] == n
    invariant box(s, l, r) && l < i && (r > 0 ==> l >= 1)
    invariant forall k :: 1 <= k < i ==> z_entry(s, k, za[k])
    decreases n - i
  {
    var len;
    if i < r && za[i - l] < r - i {
      // Inside the box, s[i..r) repeats s[i - l..r - l), whose Z-value ends before the box does.
      var k := i - l;
      len := za[k];
      assert z_entry(s, k, len);
      forall j | 0 <= j < len
        ensures s[i + j] == s[j]
      {
        assert s[l + (k + j)] == s[k + j];
      }
      assert s[l + (k + len)] == s[k + len];
      assert s[i..i + len] == s[..len];
    } else if i < r {
      // The box gives r - i matching characters for free; extend from there.
      var k := i - l;
      assert z_entry(s, k, za[k]);
      forall j | 0 <= j < r - i
        ensures s[i + j] == s[j]
      {
        assert s[l + (k + j)] == s[k + j];
      }
      len := Extend(s, i, r - i);
    } else {
      len := Extend(s, i, 0);
    }
    za[i] := len;
    if i + len > r {
      l, r := i, i + len;
    }
    i := i + 1;
  }
  z := za[..];
  ZFrom(s, z, 1);
  // </vc:code>
}
