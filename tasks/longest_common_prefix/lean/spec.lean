def pre_longest_common_prefix (s t : String) : Prop :=
  s.toList.length ≤ 1000000 ∧ t.toList.length ≤ 1000000

-- s and t agree on their first l characters, and l cannot be extended: it reaches the end of one
-- of them, or the next characters differ.
def post_longest_common_prefix (s t : String) (l : Nat) : Prop :=
  l ≤ s.toList.length ∧ l ≤ t.toList.length ∧ s.toList.take l = t.toList.take l ∧
    (l = s.toList.length ∨ l = t.toList.length ∨ s.toList.getD l ' ' ≠ t.toList.getD l ' ')

-- <vc:helpers>
-- </vc:helpers>

-- Compare the two strings position by position until they differ or one ends.
def longestCommonPrefix (s t : String) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem longestCommonPrefix_spec (s t : String) (h : pre_longest_common_prefix s t) :
    post_longest_common_prefix s t (longestCommonPrefix s t) := by
  -- <vc:proof>
  -- </vc:proof>
