/-- A selection picks position i when its i-th entry is true; maskSum a t sums the picked
elements. -/
def maskSum : List Int → List Bool → Int
  | x :: xs, b :: t => (if b then x else 0) + maskSum xs t
  | _, _ => 0

/-- No two adjacent positions are picked. -/
def noAdj : List Bool → Bool
  | a :: b :: rest => !(a && b) && noAdj (b :: rest)
  | _ => true

/-- Every selection of n positions: the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- A valid selection: one entry per position, no two adjacent positions picked. (An abbrev, so
that `decide` sees its Decidable instance.) -/
abbrev validSel (a : List Int) (t : List Bool) : Prop :=
  t.length = a.length ∧ noAdj t = true

def pre_house_robber (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, 0 ≤ x ∧ x ≤ 1000000

/-- take is a valid selection with sum r, and no valid selection has a larger sum. -/
def post_house_robber (a : List Int) (r : Int) (take : List Bool) : Prop :=
  validSel a take ∧ maskSum a take = r ∧ ∀ t ∈ allMasks a.length, validSel a t → maskSum a t ≤ r

-- <vc:helpers>
/-- Best sum of a valid selection of the positions of l. -/
def robFrom : List Int → Int
  | [] => 0
  | [x] => max x 0
  | x :: y :: rest => max (robFrom (y :: rest)) (x + robFrom rest)

/-- The DP table: robFrom of every suffix of l, the longest first (ending with 0 for []). -/
def robTable : List Int → List Int
  | [] => [0]
  | x :: rest =>
    let t := robTable rest
    max (t.headD 0) (x + (t.drop 1).headD 0) :: t

/-- Walk the table from the front: pick a position exactly when it beats skipping it, and then
skip the next one. -/
def pickR : List Int → List Int → List Bool
  | [x], v :: vs => [decide (v ≠ vs.headD 0)]
  | x :: y :: rest, v :: w :: vs => if v ≠ w then true :: false :: pickR rest vs else false :: pickR (y :: rest) (w :: vs)
  | l, _ => List.replicate l.length false

theorem robTable_head : ∀ l : List Int, (robTable l).headD 0 = robFrom l
  | [] => rfl
  | [x] => by
    simp only [robTable, robFrom, List.headD_cons, List.drop_succ_cons, List.drop_zero, List.headD_nil]
    omega
  | x :: y :: rest => by
    have ih1 := robTable_head (y :: rest)
    have ih2 := robTable_head rest
    show max ((robTable (y :: rest)).headD 0) (x + ((robTable (y :: rest)).drop 1).headD 0) =
      robFrom (x :: y :: rest)
    have hd : (robTable (y :: rest)).drop 1 = robTable rest := by simp [robTable]
    rw [hd, ih1, ih2]
    simp only [robFrom]

theorem robTable_cons (x : Int) (rest : List Int) :
    robTable (x :: rest) = robFrom (x :: rest) :: robTable rest := by
  have h := robTable_head (x :: rest)
  simp only [robTable, List.headD_cons] at h ⊢
  rw [h]

theorem noAdj_tail (b : Bool) (t : List Bool) (h : noAdj (b :: t) = true) : noAdj t = true := by
  cases t with
  | nil => rfl
  | cons c t => simp only [noAdj, Bool.and_eq_true] at h; exact h.2

theorem mem_allMasks_length : ∀ (n : Nat) (t : List Bool), t ∈ allMasks n → t.length = n
  | 0, t, h => by simp [allMasks] at h; simp [h]
  | n + 1, t, h => by
    simp only [allMasks, List.mem_append, List.mem_map] at h
    rcases h with ⟨s, hs, rfl⟩ | ⟨s, hs, rfl⟩ <;> simp [mem_allMasks_length n s hs]

/-- No valid selection beats robFrom. -/
theorem upperR : ∀ (l : List Int) (t : List Bool), t.length = l.length → noAdj t = true →
    maskSum l t ≤ robFrom l
  | [], _, _, _ => by simp [maskSum, robFrom]
  | [x], [b], _, _ => by cases b <;> simp [maskSum, robFrom] <;> omega
  | x :: y :: rest, b0 :: b1 :: ts, hl, hn => by
    have hl' : ts.length = rest.length := by simpa using hl
    have hn1 : noAdj (b1 :: ts) = true := noAdj_tail b0 _ hn
    have hn2 : noAdj ts = true := noAdj_tail b1 _ hn1
    have ih1 := upperR (y :: rest) (b1 :: ts) (by simpa using hl') hn1
    have ih2 := upperR rest ts hl' hn2
    simp only [robFrom]
    cases b0 with
    | false =>
      simp only [maskSum, if_false, Int.zero_add] at ih1 ⊢
      omega
    | true =>
      cases b1 with
      | true => simp [noAdj] at hn
      | false =>
        simp only [maskSum, if_true, if_false, Int.zero_add] at ih1 ih2 ⊢
        omega
  | [_], [], hl, _ => by simp at hl
  | [_], _ :: _ :: _, hl, _ => by simp at hl
  | _ :: _ :: _, [], hl, _ => by simp at hl
  | _ :: _ :: _, [_], hl, _ => by simp at hl

/-- The walk picks a valid selection worth robFrom. -/
theorem pickR_spec : ∀ l : List Int,
    (pickR l (robTable l)).length = l.length ∧ noAdj (pickR l (robTable l)) = true ∧
      maskSum l (pickR l (robTable l)) = robFrom l
  | [] => by simp [pickR, robTable, maskSum, robFrom, noAdj]
  | [x] => by
    simp only [robTable, List.headD_cons, List.drop_succ_cons, List.drop_zero, List.headD_nil, pickR]
    refine ⟨rfl, rfl, ?_⟩
    by_cases hx : 0 < x
    · have : max (0 : Int) (x + 0) ≠ 0 := by omega
      simp [maskSum, robFrom, this]; omega
    · have : max (0 : Int) (x + 0) = 0 := by omega
      simp [maskSum, robFrom, this]; omega
  | x :: y :: rest => by
    rw [robTable_cons x (y :: rest), robTable_cons y rest]
    obtain ⟨a1, a2, a3⟩ := pickR_spec rest
    obtain ⟨b1, b2, b3⟩ := pickR_spec (y :: rest)
    rw [robTable_cons y rest] at b1 b2 b3
    simp only [pickR]
    by_cases hv : robFrom (x :: y :: rest) ≠ robFrom (y :: rest)
    · rw [if_pos hv]
      refine ⟨by simp [a1], ?_, ?_⟩
      · cases hp : pickR rest (robTable rest) with
        | nil => rfl
        | cons c cs => simp only [noAdj, Bool.and_eq_true]; rw [hp] at a2; simp [a2]
      · simp only [maskSum, if_true, if_false, Int.zero_add]
        rw [a3]
        simp only [robFrom] at hv ⊢
        omega
    · rw [if_neg hv]
      refine ⟨by simp [b1], ?_, ?_⟩
      · cases hp : pickR (y :: rest) (robFrom (y :: rest) :: robTable rest) with
        | nil => rfl
        | cons c cs => simp only [noAdj, Bool.false_and, Bool.not_false, Bool.true_and]; rw [hp] at b2; exact b2
      · simp only [maskSum, if_false, Int.zero_add]
        rw [b3]
        simp only [ne_eq, Decidable.not_not] at hv
        exact hv.symm
-- </vc:helpers>

def houseRobber (a : List Int) : Int × List Bool :=
  -- <vc:code>
  let table := robTable a
  (table.headD 0, pickR a table)
  -- </vc:code>

theorem houseRobber_spec (a : List Int) (h : pre_house_robber a) :
    post_house_robber a (houseRobber a).1 (houseRobber a).2 := by
  -- <vc:proof>
  have hb : (houseRobber a).1 = robFrom a := robTable_head a
  have hp : (houseRobber a).2 = pickR a (robTable a) := rfl
  obtain ⟨h1, h2, h3⟩ := pickR_spec a
  rw [hb, hp]
  refine ⟨⟨h1, h2⟩, h3, ?_⟩
  intro t ht hv
  exact upperR a t hv.1 hv.2
  -- </vc:proof>
