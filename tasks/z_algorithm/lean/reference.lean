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
-- Length of the longest common prefix of two lists, compared character by character.
def lcpLen : List Char → List Char → Nat
  | a :: x, b :: y => if a = b then lcpLen x y + 1 else 0
  | _, _ => 0

theorem lcpLen_spec : ∀ (x y : List Char),
    lcpLen x y ≤ x.length ∧ x.take (lcpLen x y) = y.take (lcpLen x y) ∧
      (lcpLen x y = x.length ∨ lcpLen x y = y.length ∨
        x.getD (lcpLen x y) ' ' ≠ y.getD (lcpLen x y) ' ')
  | [], y => by simp [lcpLen]
  | a :: x, [] => by simp [lcpLen]
  | a :: x, b :: y => by
    by_cases hab : a = b
    · have e : lcpLen (a :: x) (b :: y) = lcpLen x y + 1 := by simp [lcpLen, hab]
      obtain ⟨h1, h2, h3⟩ := lcpLen_spec x y
      rw [e]
      refine ⟨by simp; omega, by simp [List.take_succ_cons, hab, h2], ?_⟩
      rcases h3 with h3 | h3 | h3
      · left
        simp [h3]
      · right; left
        simp [h3]
      · right; right
        simpa using h3
    · have e : lcpLen (a :: x) (b :: y) = 0 := by simp [lcpLen, hab]
      rw [e]
      refine ⟨by simp, by simp, ?_⟩
      right; right
      simpa using hab

-- Position i of the result, read back.
theorem getD_zlist (l : List Char) (i : Nat) (hi : i < l.length) :
    ((List.range l.length).map
        (fun k => if k = 0 then l.length else lcpLen (l.drop k) l)).getD i 0 =
      (if i = 0 then l.length else lcpLen (l.drop i) l) := by
  simp [List.getD_eq_getElem?_getD, List.getElem?_map, List.getElem?_range hi]

theorem z_entry_lcp (l : List Char) (i : Nat) (h1 : 1 ≤ i) (hi : i < l.length) :
    z_entry l i (lcpLen (l.drop i) l) := by
  obtain ⟨h2, h3, h4⟩ := lcpLen_spec (l.drop i) l
  have hlen : (l.drop i).length = l.length - i := List.length_drop i l
  refine ⟨by omega, h3, ?_⟩
  rcases h4 with h4 | h4 | h4
  · left
    omega
  · exfalso
    omega
  · right
    have e : (l.drop i).getD (lcpLen (l.drop i) l) ' ' = l.getD (i + lcpLen (l.drop i) l) ' ' := by
      simp [List.getD_eq_getElem?_getD, List.getElem?_drop]
    rw [← e]
    exact h4
-- </vc:helpers>

-- Z algorithm: left to right, reusing the rightmost Z-box [l, r) found so far.
def zAlgorithm (s : String) : List Nat :=
  -- <vc:code>
  (List.range s.toList.length).map
    (fun k => if k = 0 then s.toList.length else lcpLen (s.toList.drop k) s.toList)
  -- </vc:code>

theorem zAlgorithm_spec (s : String) (h : pre_z_algorithm s) :
    post_z_algorithm s (zAlgorithm s) := by
  -- <vc:proof>
  unfold post_z_algorithm zAlgorithm
  refine ⟨by simp, ?_, ?_⟩
  · intro hpos
    rw [getD_zlist s.toList 0 hpos]
    simp
  · intro i hi h1
    rw [getD_zlist s.toList i hi]
    have hne : i ≠ 0 := by omega
    simp only [hne, if_false]
    exact z_entry_lcp s.toList i h1 hi
  -- </vc:proof>
