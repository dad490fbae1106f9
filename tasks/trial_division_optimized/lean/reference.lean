/-- Some `d` with `2 ≤ d < k` divides `n`. -/
def hasDivisorBelow (n : Nat) : Nat → Bool
  | 0 => false
  | k + 1 => (decide (2 ≤ k) && n % k == 0) || hasDivisorBelow n k

def isPrime (n : Nat) : Bool :=
  decide (2 ≤ n) && !hasDivisorBelow n n

def pre_trial_division_optimized (n : Nat) : Prop :=
  n ≤ 1000000000

def post_trial_division_optimized (n : Nat) (r : Bool) : Prop :=
  r = isPrime n

-- <vc:helpers>
/-- Try the divisors `d, d + 1, ...` while `d * d ≤ n`; `fuel` bounds the number of steps. -/
def trialLoop (n : Nat) : Nat → Nat → Bool
  | 0, _ => true
  | fuel + 1, d =>
    if n < d * d then true
    else if n % d = 0 then false
    else trialLoop n fuel (d + 1)

theorem hdb_iff (n k : Nat) :
    hasDivisorBelow n k = true ↔ ∃ e, 2 ≤ e ∧ e < k ∧ n % e = 0 := by
  induction k with
  | zero => simp [hasDivisorBelow]
  | succ k ih =>
    simp only [hasDivisorBelow, Bool.or_eq_true, Bool.and_eq_true, decide_eq_true_eq,
      beq_iff_eq, ih]
    constructor
    · intro hx
      rcases hx with ⟨h2, hm⟩ | ⟨e, h2, hlt, hm⟩
      · exact ⟨k, h2, by omega, hm⟩
      · exact ⟨e, h2, by omega, hm⟩
    · intro hx
      obtain ⟨e, h2, hlt, hm⟩ := hx
      by_cases hek : e = k
      · subst hek
        exact Or.inl ⟨h2, hm⟩
      · exact Or.inr ⟨e, h2, by omega, hm⟩

theorem isPrime_true (n : Nat) (hn : 2 ≤ n) (hall : ∀ e, 2 ≤ e → e < n → n % e ≠ 0) :
    isPrime n = true := by
  have hnd : hasDivisorBelow n n = false := by
    cases hc : hasDivisorBelow n n with
    | false => rfl
    | true =>
      obtain ⟨e, h2, hlt, hm⟩ := (hdb_iff n n).mp hc
      exact absurd hm (hall e h2 hlt)
  simp [isPrime, hnd, hn]

theorem isPrime_false (n d : Nat) (h2 : 2 ≤ d) (hdn : d < n) (hm : n % d = 0) :
    isPrime n = false := by
  have hd : hasDivisorBelow n n = true := (hdb_iff n n).mpr ⟨d, h2, hdn, hm⟩
  simp [isPrime, hd]

theorem cofactor (n d e : Nat) (hd : 2 ≤ d) (hde : d ≤ e) (hen : e < n) (hsq : n < d * d)
    (hmod : n % e = 0) : 2 ≤ n / e ∧ n / e < d ∧ n % (n / e) = 0 := by
  have hn : e * (n / e) = n := by
    have := Nat.div_add_mod n e
    omega
  refine ⟨?_, ?_, ?_⟩
  · apply Nat.le_of_not_lt
    intro hlt
    have h1 : n / e ≤ 1 := by omega
    have h3 : e * (n / e) ≤ e * 1 := Nat.mul_le_mul_left e h1
    omega
  · apply Nat.lt_of_not_le
    intro hge
    have h3 : d * d ≤ e * (n / e) := Nat.mul_le_mul hde hge
    omega
  · apply Nat.mod_eq_zero_of_dvd
    exact ⟨e, by rw [Nat.mul_comm]; exact hn.symm⟩

theorem trialLoop_correct (n : Nat) (hn : 2 ≤ n) : ∀ fuel d, 2 ≤ d → n < d + fuel →
    (∀ e, 2 ≤ e → e < d → n % e ≠ 0) → trialLoop n fuel d = isPrime n := by
  intro fuel
  induction fuel with
  | zero =>
    intro d hd hf hno
    rw [isPrime_true n hn (fun e h1 h2 => hno e h1 (by omega))]
    simp [trialLoop]
  | succ fuel ih =>
    intro d hd hf hno
    simp only [trialLoop]
    by_cases hsq : n < d * d
    · rw [if_pos hsq]
      symm
      apply isPrime_true n hn
      intro e h1 h2 hm
      by_cases hed : e < d
      · exact hno e h1 hed hm
      · obtain ⟨c1, c2, c3⟩ := cofactor n d e hd (by omega) h2 hsq hm
        exact hno (n / e) c1 c2 c3
    · rw [if_neg hsq]
      by_cases hm : n % d = 0
      · rw [if_pos hm]
        have hdd : 2 * d ≤ d * d := Nat.mul_le_mul_right d hd
        exact (isPrime_false n d hd (by omega) hm).symm
      · rw [if_neg hm]
        apply ih (d + 1) (by omega) (by omega)
        intro e h1 h2
        by_cases hed : e = d
        · subst hed
          exact hm
        · exact hno e h1 (by omega)
-- </vc:helpers>

def isPrimeTrial (n : Nat) : Bool :=
  -- <vc:code>
  if n < 2 then false else trialLoop n n 2
  -- </vc:code>

theorem isPrimeTrial_spec (n : Nat) (h : pre_trial_division_optimized n) :
    post_trial_division_optimized n (isPrimeTrial n) := by
  -- <vc:proof>
  simp only [post_trial_division_optimized, isPrimeTrial]
  by_cases hn : n < 2
  · rw [if_pos hn]
    have h2 : decide (2 ≤ n) = false := decide_eq_false (by omega)
    simp [isPrime, h2]
  · rw [if_neg hn]
    exact (trialLoop_correct n (by omega) n 2 (Nat.le_refl 2) (by omega)
      (by intro e h1 h2; omega)).symm
  -- </vc:proof>
