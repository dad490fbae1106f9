/-- From index `w` one may jump to any index `j` with `w < j ≤ w + a[w]`.
`reachF a fuel j`: index `j` is reachable from index 0 (for any `fuel ≥ j`): `j = 0`, or some
reachable `w < j` has `j ≤ w + a[w]`. -/
def reachF (a : List Nat) : Nat → Nat → Bool
  | 0, j => j == 0
  | fuel + 1, j =>
    j == 0 || (List.range j).any (fun w => reachF a fuel w && decide (j ≤ w + a.getD w 0))

def pre_jump_game (a : List Nat) : Prop :=
  1 ≤ a.length ∧ a.length ≤ 100000 ∧ ∀ x ∈ a, x ≤ 100000

/-- `r` tells whether the last index is reachable from index 0. -/
def post_jump_game (a : List Nat) (r : Bool) : Prop :=
  r = reachF a (a.length - 1) (a.length - 1)

-- <vc:helpers>
inductive Reach (a : List Nat) : Nat → Prop
  | start : Reach a 0
  | jump (w j : Nat) : Reach a w → w < j → j ≤ w + a.getD w 0 → Reach a j

def natMax (x y : Nat) : Nat :=
  if x < y then y else x

/-- Greedy scan over indices `i, i + 1, ...` (`fuel` steps); returns the final `far`. -/
def greedy (a : List Nat) : Nat → Nat → Nat → Nat
  | 0, _, far => far
  | fuel + 1, i, far =>
    if i < a.length ∧ i ≤ far then greedy a fuel (i + 1) (natMax far (i + a.getD i 0)) else far

theorem reachF_iff (a : List Nat) : ∀ f j, j ≤ f → (reachF a f j = true ↔ Reach a j) := by
  intro f
  induction f with
  | zero =>
    intro j hj
    have hj0 : j = 0 := by omega
    subst hj0
    show ((0 : Nat) == 0) = true ↔ Reach a 0
    exact ⟨fun _ => Reach.start, fun _ => rfl⟩
  | succ f ih =>
    intro j hj
    show (j == 0 || (List.range j).any
      (fun w => reachF a f w && decide (j ≤ w + a.getD w 0))) = true ↔ Reach a j
    rw [Bool.or_eq_true, List.any_eq_true]
    constructor
    · intro hx
      rcases hx with h0 | ⟨w, hw, hp⟩
      · rw [beq_iff_eq.mp h0]
        exact Reach.start
      · rw [List.mem_range] at hw
        have hp' := hp
        simp only [Bool.and_eq_true, decide_eq_true_eq] at hp'
        exact Reach.jump w j ((ih w (by omega)).mp hp'.1) hw hp'.2
    · intro hr
      cases hr with
      | start =>
        left
        rfl
      | jump w _ hw hwj hj' =>
        right
        refine ⟨w, List.mem_range.mpr hwj, ?_⟩
        simp only [Bool.and_eq_true, decide_eq_true_eq]
        exact ⟨(ih w (by omega)).mpr hw, hj'⟩

/-- If no index up to `F` jumps beyond `F`, nothing beyond `F` is reachable. -/
theorem closed_bound (a : List Nat) (F : Nat) (hcl : ∀ w, w ≤ F → w + a.getD w 0 ≤ F) :
    ∀ j, Reach a j → j ≤ F := by
  intro j hr
  induction hr with
  | start => exact Nat.zero_le F
  | jump w j _ hwj hj ih =>
    have := hcl w ih
    omega

theorem greedy_spec (a : List Nat) : ∀ fuel i far, i ≤ far + 1 → a.length ≤ i + fuel →
    (∀ j, j ≤ far → j < a.length → Reach a j) → (∀ w, w < i → w + a.getD w 0 ≤ far) →
    (∀ j, j ≤ greedy a fuel i far → j < a.length → Reach a j) ∧
    (a.length ≤ greedy a fuel i far + 1 ∨
      ∀ w, w ≤ greedy a fuel i far → w + a.getD w 0 ≤ greedy a fuel i far) := by
  intro fuel
  induction fuel with
  | zero =>
    intro i far hi hfuel hI1 _
    exact ⟨hI1, Or.inl (by simp only [greedy]; omega)⟩
  | succ fuel ih =>
    intro i far hi hfuel hI1 hI2
    simp only [greedy]
    by_cases hc : i < a.length ∧ i ≤ far
    · rw [if_pos hc]
      apply ih (i + 1) (natMax far (i + a.getD i 0))
      · unfold natMax
        split <;> omega
      · omega
      · intro j hj hjn
        unfold natMax at hj
        by_cases hjf : j ≤ far
        · exact hI1 j hjf hjn
        · have hjle : j ≤ i + a.getD i 0 := by
            split at hj <;> omega
          exact Reach.jump i j (hI1 i hc.2 hc.1) (by omega) hjle
      · intro w hw
        unfold natMax
        by_cases hwi : w < i
        · have := hI2 w hwi
          split <;> omega
        · have hwi' : w = i := by omega
          rw [hwi']
          split <;> omega
    · rw [if_neg hc]
      refine ⟨hI1, ?_⟩
      by_cases hin : i < a.length
      · right
        intro w hw
        exact hI2 w (by omega)
      · left
        omega
-- </vc:helpers>

def jumpGame (a : List Nat) : Bool :=
  -- <vc:code>
  decide (a.length - 1 ≤ greedy a a.length 0 0)
  -- </vc:code>

theorem jumpGame_spec (a : List Nat) (h : pre_jump_game a) :
    post_jump_game a (jumpGame a) := by
  -- <vc:proof>
  obtain ⟨hlen, _, _⟩ := h
  obtain ⟨hI1, hcl⟩ := greedy_spec a a.length 0 0 (by omega) (by omega)
    (fun j hj _ => by
      have hj0 : j = 0 := by omega
      rw [hj0]
      exact Reach.start)
    (fun w hw => absurd hw (Nat.not_lt_zero _))
  unfold post_jump_game jumpGame
  rw [Bool.eq_iff_iff, decide_eq_true_eq, reachF_iff a (a.length - 1) (a.length - 1) (Nat.le_refl _)]
  constructor
  · intro hle
    exact hI1 (a.length - 1) hle (by omega)
  · intro hr
    rcases hcl with hl | hc
    · omega
    · exact closed_bound a _ hc _ hr
  -- </vc:proof>
