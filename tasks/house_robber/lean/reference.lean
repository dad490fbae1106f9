/-- A selection picks positions of the list; it is valid when no two picked positions are adjacent.
`existsSel l t p`: some valid selection of positions of `l` (the first one may not be picked when
`p`, i.e. when the position before `l` was picked) has sum exactly `t`. -/
def existsSel : List Int → Int → Bool → Bool
  | [], t, _ => t == 0
  | x :: rest, t, p => existsSel rest t false || (!p && existsSel rest (t - x) true)

/-- `allSelLe l b p`: every such selection has sum at most `b`. -/
def allSelLe : List Int → Int → Bool → Bool
  | [], b, _ => decide (0 ≤ b)
  | x :: rest, b, p => allSelLe rest b false && (p || allSelLe rest (b - x) true)

def pre_house_robber (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, 0 ≤ x ∧ x ≤ 1000000

def post_house_robber (a : List Int) (r : Int) : Prop :=
  existsSel a r false = true ∧ allSelLe a r false = true

-- <vc:helpers>
def kMax (b c : Int) : Int :=
  if b < c then c else b

/-- From (best for `rest`, best for the tail of `rest`) to the same pair for `x :: rest`. -/
def robStep (x : Int) (p : Int × Int) : Int × Int :=
  (kMax p.1 (x + p.2), p.1)

/-- `(best total for l, best total for l without its first position)`, computed right to left. -/
def robPair : List Int → Int × Int
  | [] => (0, 0)
  | x :: rest => robStep x (robPair rest)

theorem robPair_achieved : ∀ l : List Int,
    existsSel l (robPair l).1 false = true ∧ existsSel l (robPair l).2 true = true := by
  intro l
  induction l with
  | nil => simp [robPair, existsSel]
  | cons x rest ih =>
    obtain ⟨h1, h2⟩ := ih
    show existsSel (x :: rest) (kMax (robPair rest).1 (x + (robPair rest).2)) false = true ∧
      existsSel (x :: rest) (robPair rest).1 true = true
    constructor
    · unfold kMax
      by_cases hc : (robPair rest).1 < x + (robPair rest).2
      · rw [if_pos hc]
        have hx : x + (robPair rest).2 - x = (robPair rest).2 := by omega
        show (existsSel rest (x + (robPair rest).2) false ||
          (!false && existsSel rest (x + (robPair rest).2 - x) true)) = true
        rw [hx]
        simp [h2]
      · rw [if_neg hc]
        show (existsSel rest (robPair rest).1 false ||
          (!false && existsSel rest ((robPair rest).1 - x) true)) = true
        simp [h1]
    · show (existsSel rest (robPair rest).1 false ||
        (!true && existsSel rest ((robPair rest).1 - x) true)) = true
      simp [h1]

theorem robPair_bound : ∀ (l : List Int) (b : Int),
    ((robPair l).1 ≤ b → allSelLe l b false = true) ∧
    ((robPair l).2 ≤ b → allSelLe l b true = true) := by
  intro l
  induction l with
  | nil =>
    intro b
    exact ⟨fun hb => decide_eq_true hb, fun hb => decide_eq_true hb⟩
  | cons x rest ih =>
    intro b
    constructor
    · intro hb
      have hb' : kMax (robPair rest).1 (x + (robPair rest).2) ≤ b := hb
      unfold kMax at hb'
      have h1 : (robPair rest).1 ≤ b := by
        split at hb' <;> omega
      have h2 : (robPair rest).2 ≤ b - x := by
        split at hb' <;> omega
      show (allSelLe rest b false && (false || allSelLe rest (b - x) true)) = true
      simp [(ih b).1 h1, (ih (b - x)).2 h2]
    · intro hb
      have hb' : (robPair rest).1 ≤ b := hb
      show (allSelLe rest b false && (true || allSelLe rest (b - x) true)) = true
      simp [(ih b).1 hb']
-- </vc:helpers>

def houseRobber (a : List Int) : Int :=
  -- <vc:code>
  (robPair a).1
  -- </vc:code>

theorem houseRobber_spec (a : List Int) (h : pre_house_robber a) :
    post_house_robber a (houseRobber a) := by
  -- <vc:proof>
  unfold post_house_robber houseRobber
  exact ⟨(robPair_achieved a).1, (robPair_bound a (robPair a).1).1 (Int.le_refl _)⟩
  -- </vc:proof>
