-- z is the Z-value of s at position i: s[i..i+z) equals s[..z) and the match cannot be extended
-- (it reaches the end of s, or the next characters differ). An abbrev, so that `decide` sees its
-- Decidable instance on concrete strings.
abbrev z_entry (s : List Char) (i z : Nat) : Prop :=
  i + z ≤ s.length ∧ (s.drop i).take z = s.take z ∧
    (i + z = s.length ∨ s.getD (i + z) ' ' ≠ s.getD z ' ')

def pre_z_algorithm (s : String) : Prop :=
  s.toList.length ≤ 1000000

-- z[i] is the length of the longest common prefix of s and s[i..]; by convention z[0] = |s|.
def post_z_algorithm (s : String) (z : List Nat) : Prop :=
  z.length = s.toList.length ∧
    (0 < s.toList.length → z.getD 0 0 = s.toList.length) ∧
    ∀ i, i < s.toList.length → 1 ≤ i → z_entry s.toList i (z.getD i 0)

-- <vc:helpers>
-- </vc:helpers>

-- Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
def zAlgorithm (s : String) : List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem zAlgorithm_spec (s : String) (h : pre_z_algorithm s) :
    post_z_algorithm s (zAlgorithm s) := by
  -- <vc:proof>
  -- </vc:proof>
