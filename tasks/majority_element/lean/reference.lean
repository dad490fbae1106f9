/-- Number of occurrences of x in l. -/
def countOcc (l : List Int) (x : Int) : Nat :=
  match l with
  | [] => 0
  | y :: ys => (if y = x then 1 else 0) + countOcc ys x

-- "Some position holds a value occurring more than |a|/2 times", written as the negation of
-- a bounded universal so that it is decidable in core Lean.
@[reducible] def pre_majority_element (a : List Int) : Prop :=
  ¬ ∀ i (hi : i < a.length), 2 * countOcc a a[i] ≤ a.length

@[reducible] def post_majority_element (a : List Int) (m : Int) : Prop :=
  2 * countOcc a m > a.length

-- <vc:helpers>
/-- Boyer–Moore voting over the remaining list, with candidate m and counter c. -/
def bmLoop : List Int → Int → Nat → Int
  | [], m, _ => m
  | y :: ys, m, c =>
    if c = 0 then bmLoop ys y 1
    else if y = m then bmLoop ys m (c + 1)
    else bmLoop ys m (c - 1)

theorem count_snoc (l : List Int) (y x : Int) :
    countOcc (l ++ [y]) x = countOcc l x + (if y = x then 1 else 0) := by
  induction l with
  | nil => simp [countOcc]
  | cons z zs ih =>
    simp only [List.cons_append, countOcc]
    rw [ih]
    omega

theorem count_snoc_eq (l : List Int) (x : Int) : countOcc (l ++ [x]) x = countOcc l x + 1 := by
  simp [count_snoc]

theorem count_snoc_ne (l : List Int) (y x : Int) (h : y ≠ x) :
    countOcc (l ++ [y]) x = countOcc l x := by
  simp [count_snoc, h]

/-- Invariant on the processed prefix `pre`: the candidate occurs at most (|pre| + c)/2 times,
every other value at most (|pre| - c)/2 times. -/
theorem bm_spec : ∀ (ys pre : List Int) (m : Int) (c : Nat), c ≤ pre.length →
    2 * countOcc pre m ≤ pre.length + c →
    (∀ x, x ≠ m → 2 * countOcc pre x + c ≤ pre.length) →
    ∀ x, x ≠ bmLoop ys m c → 2 * countOcc (pre ++ ys) x ≤ (pre ++ ys).length := by
  intro ys
  induction ys with
  | nil =>
    intro pre m c _ _ hx x hxm
    simp only [List.append_nil]
    have := hx x hxm
    omega
  | cons y ys ih =>
    intro pre m c hc hm hx x hxr
    have e : pre ++ y :: ys = (pre ++ [y]) ++ ys := by simp
    rw [e]
    have hlen : (pre ++ [y]).length = pre.length + 1 := by simp
    by_cases hc0 : c = 0
    · -- y becomes the candidate with one vote
      have eb : bmLoop (y :: ys) m c = bmLoop ys y 1 := by
        simp only [bmLoop]
        rw [if_pos hc0]
      rw [eb] at hxr
      refine ih (pre ++ [y]) y 1 (by rw [hlen]; omega) ?_ ?_ x hxr
      · rw [count_snoc_eq, hlen]
        by_cases hym : y = m
        · subst hym
          omega
        · have := hx y hym
          omega
      · intro z hzy
        rw [count_snoc_ne _ _ _ (Ne.symm hzy), hlen]
        by_cases hzm : z = m
        · subst hzm
          omega
        · have := hx z hzm
          omega
    · by_cases hym : y = m
      · -- one more vote for the candidate
        have eb : bmLoop (y :: ys) m c = bmLoop ys m (c + 1) := by
          simp only [bmLoop]
          rw [if_neg hc0, if_pos hym]
        rw [eb] at hxr
        refine ih (pre ++ [y]) m (c + 1) (by rw [hlen]; omega) ?_ ?_ x hxr
        · rw [hlen, hym, count_snoc_eq]
          omega
        · intro z hzm
          rw [count_snoc_ne _ _ _ (by rw [hym]; exact Ne.symm hzm), hlen]
          have := hx z hzm
          omega
      · -- y cancels one vote of the candidate
        have eb : bmLoop (y :: ys) m c = bmLoop ys m (c - 1) := by
          simp only [bmLoop]
          rw [if_neg hc0, if_neg hym]
        rw [eb] at hxr
        refine ih (pre ++ [y]) m (c - 1) (by rw [hlen]; omega) ?_ ?_ x hxr
        · rw [count_snoc_ne _ _ _ hym, hlen]
          omega
        · intro z hzm
          rw [hlen]
          by_cases hzy : z = y
          · rw [hzy, count_snoc_eq]
            have := hx y hym
            omega
          · rw [count_snoc_ne _ _ _ (Ne.symm hzy)]
            have := hx z hzm
            omega
-- </vc:helpers>

def majorityElement (a : List Int) : Int :=
  -- <vc:code>
  bmLoop a 0 0
  -- </vc:code>

theorem majorityElement_spec (a : List Int) (h : pre_majority_element a) :
    post_majority_element a (majorityElement a) := by
  -- <vc:proof>
  unfold majorityElement
  have key := bm_spec a [] 0 0 (Nat.le_refl _) (by simp [countOcc])
    (fun x _ => by simp [countOcc])
  simp only [List.nil_append] at key
  refine Classical.byContradiction (fun hne => h ?_)
  have hne' : ¬ (2 * countOcc a (bmLoop a 0 0) > a.length) := hne
  intro i hi
  by_cases hx : a[i] = bmLoop a 0 0
  · rw [hx]
    omega
  · exact key a[i] hx
  -- </vc:proof>
