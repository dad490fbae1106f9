def pre_longest_common_prefix (s t : String) : Prop :=
  s.toList.length ≤ 1000000 ∧ t.toList.length ≤ 1000000

-- s and t agree on their first l characters, and l cannot be extended: it reaches the end of one
-- of them, or the next characters differ.
def post_longest_common_prefix (s t : String) (l : Nat) : Prop :=
  l ≤ s.toList.length ∧ l ≤ t.toList.length ∧ s.toList.take l = t.toList.take l ∧
    (l = s.toList.length ∨ l = t.toList.length ∨ s.toList.getD l ' ' ≠ t.toList.getD l ' ')

-- <vc:helpers>
-- Length of the longest common prefix of two lists, compared character by character.
def lcpLen : List Char → List Char → Nat
  | a :: x, b :: y => if a = b then lcpLen x y + 1 else 0
  | _, _ => 0

theorem lcpLen_spec : ∀ (x y : List Char),
    lcpLen x y ≤ x.length ∧ lcpLen x y ≤ y.length ∧ x.take (lcpLen x y) = y.take (lcpLen x y) ∧
      (lcpLen x y = x.length ∨ lcpLen x y = y.length ∨
        x.getD (lcpLen x y) ' ' ≠ y.getD (lcpLen x y) ' ')
  | [], y => by simp [lcpLen]
  | a :: x, [] => by simp [lcpLen]
  | a :: x, b :: y => by
    by_cases hab : a = b
    · have e : lcpLen (a :: x) (b :: y) = lcpLen x y + 1 := by simp [lcpLen, hab]
      obtain ⟨h1, h2, h3, h4⟩ := lcpLen_spec x y
      rw [e]
      refine ⟨by simp; omega, by simp; omega, by simp [List.take_succ_cons, hab, h3], ?_⟩
      rcases h4 with h4 | h4 | h4
      · left
        simp [h4]
      · right; left
        simp [h4]
      · right; right
        simpa using h4
    · have e : lcpLen (a :: x) (b :: y) = 0 := by simp [lcpLen, hab]
      rw [e]
      refine ⟨by simp, by simp, by simp, ?_⟩
      right; right
      simpa using hab
-- </vc:helpers>

-- Compare the two strings position by position until they differ or one ends.
def longestCommonPrefix (s t : String) : Nat :=
  -- <vc:code>
  lcpLen s.toList t.toList
  -- </vc:code>

theorem longestCommonPrefix_spec (s t : String) (h : pre_longest_common_prefix s t) :
    post_longest_common_prefix s t (longestCommonPrefix s t) := by
  -- <vc:proof>
  unfold post_longest_common_prefix longestCommonPrefix
  exact lcpLen_spec s.toList t.toList
  -- </vc:proof>
