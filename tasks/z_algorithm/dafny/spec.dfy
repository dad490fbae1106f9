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
// </vc:helpers>

// Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
method ZAlgorithm(s: string) returns (z: seq<int>)
  requires pre_z_algorithm(s)
  ensures post_z_algorithm(s, z)
{
  // <vc:code>
  // </vc:code>
}
