/-- Polynomials are coefficient lists, lowest degree first.
`coefP p q k i` = sum over `i' < i` of `p[i'] * q[k - i']` (terms with `i' ≥ |p|`, `i' > k` or
`k - i' ≥ |q|` count 0); the coefficient of degree `k` of the product is `coefP p q k p.length`. -/
def coefP (p q : List Int) (k : Nat) : Nat → Int
  | 0 => 0
  | i + 1 => coefP p q k i +
    (if i < p.length ∧ i ≤ k ∧ k - i < q.length then p.getD i 0 * q.getD (k - i) 0 else 0)

/-- Every entry of `r` is the product coefficient of its degree (the first entry has degree `k`). -/
def coefsMatchFrom (p q : List Int) : List Int → Nat → Bool
  | [], _ => true
  | x :: rest, k => (x == coefP p q k p.length) && coefsMatchFrom p q rest (k + 1)

def pre_polynomial_multiplication_naive (p q : List Int) : Prop :=
  1 ≤ p.length ∧ p.length ≤ 1000 ∧ 1 ≤ q.length ∧ q.length ≤ 1000 ∧
  (∀ x ∈ p, -1000 ≤ x ∧ x ≤ 1000) ∧ (∀ y ∈ q, -1000 ≤ y ∧ y ≤ 1000)

def post_polynomial_multiplication_naive (p q r : List Int) : Prop :=
  r.length = p.length + q.length - 1 ∧ coefsMatchFrom p q r 0 = true

-- <vc:helpers>
/-- Inner loop: add `pi * q[j]` to `c (i + j)` for `fuel` consecutive values of `j`. -/
def innerLoop (pi : Int) (q : List Int) (i : Nat) : Nat → Nat → (Nat → Int) → (Nat → Int)
  | 0, _, c => c
  | fuel + 1, j, c =>
    innerLoop pi q i fuel (j + 1) (fun t => if t = i + j then c t + pi * q.getD j 0 else c t)

/-- Outer loop over the positions `i` of `p` (`fuel` steps). -/
def outerLoop (p q : List Int) : Nat → Nat → (Nat → Int) → (Nat → Int)
  | 0, _, c => c
  | fuel + 1, i, c => outerLoop p q fuel (i + 1) (innerLoop (p.getD i 0) q i q.length 0 c)

/-- The list `[F k, F (k + 1), ..., F (k + n - 1)]`. -/
def tabulateFrom (F : Nat → Int) : Nat → Nat → List Int
  | 0, _ => []
  | n + 1, k => F k :: tabulateFrom F n (k + 1)

theorem inner_spec (pi : Int) (q : List Int) (i : Nat) : ∀ fuel j (c : Nat → Int) t,
    innerLoop pi q i fuel j c t =
      c t + (if i + j ≤ t ∧ t < i + j + fuel then pi * q.getD (t - i) 0 else 0) := by
  intro fuel
  induction fuel with
  | zero =>
    intro j c t
    have hn : ¬ (i + j ≤ t ∧ t < i + j + 0) := by omega
    simp only [innerLoop]
    rw [if_neg hn, Int.add_zero]
  | succ fuel ih =>
    intro j c t
    simp only [innerLoop]
    rw [ih (j + 1) _ t]
    show (if t = i + j then c t + pi * q.getD j 0 else c t) +
        (if i + (j + 1) ≤ t ∧ t < i + (j + 1) + fuel then pi * q.getD (t - i) 0 else 0) =
      c t + (if i + j ≤ t ∧ t < i + j + (fuel + 1) then pi * q.getD (t - i) 0 else 0)
    by_cases ht : t = i + j
    · have h1 : ¬ (i + (j + 1) ≤ t ∧ t < i + (j + 1) + fuel) := by omega
      have h2 : i + j ≤ t ∧ t < i + j + (fuel + 1) := by omega
      have h3 : t - i = j := by omega
      rw [if_pos ht, if_neg h1, if_pos h2, h3, Int.add_zero]
    · rw [if_neg ht]
      by_cases hc : i + (j + 1) ≤ t ∧ t < i + (j + 1) + fuel
      · have h2 : i + j ≤ t ∧ t < i + j + (fuel + 1) := by omega
        rw [if_pos hc, if_pos h2]
      · have h2 : ¬ (i + j ≤ t ∧ t < i + j + (fuel + 1)) := by omega
        rw [if_neg hc, if_neg h2]

theorem outer_spec (p q : List Int) : ∀ fuel i (c : Nat → Int), i + fuel ≤ p.length →
    (∀ t, c t = coefP p q t i) → ∀ t, outerLoop p q fuel i c t = coefP p q t (i + fuel) := by
  intro fuel
  induction fuel with
  | zero =>
    intro i c _ hc t
    simp only [outerLoop, Nat.add_zero]
    exact hc t
  | succ fuel ih =>
    intro i c hfuel hc t
    simp only [outerLoop]
    rw [show i + (fuel + 1) = i + 1 + fuel by omega]
    apply ih (i + 1) _ (by omega)
    intro t'
    rw [inner_spec, hc t']
    show coefP p q t' i + (if i + 0 ≤ t' ∧ t' < i + 0 + q.length then
        p.getD i 0 * q.getD (t' - i) 0 else 0) =
      coefP p q t' i + (if i < p.length ∧ i ≤ t' ∧ t' - i < q.length then
        p.getD i 0 * q.getD (t' - i) 0 else 0)
    by_cases hin : i ≤ t' ∧ t' - i < q.length
    · have h1 : i + 0 ≤ t' ∧ t' < i + 0 + q.length := by omega
      have h2 : i < p.length ∧ i ≤ t' ∧ t' - i < q.length := by omega
      rw [if_pos h1, if_pos h2]
    · have h1 : ¬ (i + 0 ≤ t' ∧ t' < i + 0 + q.length) := by omega
      have h2 : ¬ (i < p.length ∧ i ≤ t' ∧ t' - i < q.length) := by omega
      rw [if_neg h1, if_neg h2]

theorem tabulate_length (F : Nat → Int) : ∀ n k, (tabulateFrom F n k).length = n := by
  intro n
  induction n with
  | zero => intro k; simp [tabulateFrom]
  | succ n ih => intro k; simp [tabulateFrom, ih]

theorem tabulate_match (p q : List Int) (F : Nat → Int) : ∀ n k,
    (∀ x, k ≤ x → x < k + n → F x = coefP p q x p.length) →
    coefsMatchFrom p q (tabulateFrom F n k) k = true := by
  intro n
  induction n with
  | zero => intro k _; simp [tabulateFrom, coefsMatchFrom]
  | succ n ih =>
    intro k hF
    simp only [tabulateFrom, coefsMatchFrom, Bool.and_eq_true, beq_iff_eq]
    exact ⟨hF k (Nat.le_refl k) (by omega),
      ih (k + 1) (fun x h1 h2 => hF x (by omega) (by omega))⟩
-- </vc:helpers>

def polyMul (p q : List Int) : List Int :=
  -- <vc:code>
  tabulateFrom (outerLoop p q p.length 0 (fun _ => 0)) (p.length + q.length - 1) 0
  -- </vc:code>

theorem polyMul_spec (p q : List Int) (h : pre_polynomial_multiplication_naive p q) :
    post_polynomial_multiplication_naive p q (polyMul p q) := by
  -- <vc:proof>
  have ho := outer_spec p q p.length 0 (fun _ => 0) (by omega) (fun t => rfl)
  unfold post_polynomial_multiplication_naive polyMul
  refine ⟨tabulate_length _ _ 0, tabulate_match p q _ _ 0 ?_⟩
  intro x _ _
  rw [ho x, Nat.zero_add]
  -- </vc:proof>
