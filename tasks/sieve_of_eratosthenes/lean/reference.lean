/-- Some `d` with `2 ≤ d < k` divides `n`. -/
def hasDivisorBelow (n : Nat) : Nat → Bool
  | 0 => false
  | k + 1 => (decide (2 ≤ k) && n % k == 0) || hasDivisorBelow n k

def isPrime (n : Nat) : Bool :=
  decide (2 ≤ n) && !hasDivisorBelow n n

/-- `primesMatchFrom s m`: the i-th entry of `s` equals `isPrime (m + i)` for every i. -/
def primesMatchFrom : List Bool → Nat → Bool
  | [], _ => true
  | b :: rest, m => (b == isPrime m) && primesMatchFrom rest (m + 1)

def pre_sieve_of_eratosthenes (n : Nat) : Prop :=
  n ≤ 100000

def post_sieve_of_eratosthenes (n : Nat) (s : List Bool) : Prop :=
  s.length = n + 1 ∧ primesMatchFrom s 0 = true

-- <vc:helpers>
/-- Cross out `j, j + i, j + 2i, ...` (`fuel` steps) in the table `f`. -/
def crossFrom (i : Nat) : Nat → Nat → (Nat → Bool) → (Nat → Bool)
  | 0, _, f => f
  | fuel + 1, j, f => crossFrom i fuel (j + i) (fun m => if m = j then false else f m)

/-- Rounds `i, i + 1, ...` of the sieve (`fuel` rounds); round `i` crosses out the proper
multiples of `i` when `i` is still marked. -/
def sieveLoop (n : Nat) : Nat → Nat → (Nat → Bool) → (Nat → Bool)
  | 0, _, f => f
  | fuel + 1, i, f =>
    sieveLoop n fuel (i + 1) (if f i then crossFrom i (n + 1) (i + i) f else f)

/-- The list `[F m, F (m + 1), ..., F (m + k - 1)]`. -/
def tabulateFrom (F : Nat → Bool) : Nat → Nat → List Bool
  | 0, _ => []
  | k + 1, m => F m :: tabulateFrom F k (m + 1)

/-- `m` has no divisor `d` with `2 ≤ d < i` and `d < m`. -/
def Sieved (m i : Nat) : Prop :=
  ∀ d, 2 ≤ d → d < i → d < m → m % d ≠ 0

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

theorem isPrime_iff (m : Nat) : isPrime m = true ↔ 2 ≤ m ∧ ∀ d, 2 ≤ d → d < m → m % d ≠ 0 := by
  unfold isPrime
  cases hc : hasDivisorBelow m m with
  | true =>
    obtain ⟨e, he, hlt, hm⟩ := (hdb_iff m m).mp hc
    simp only [Bool.not_true, Bool.and_false]
    constructor
    · intro hf
      exact absurd hf (by decide)
    · intro hx
      exact absurd hm (hx.2 e he hlt)
  | false =>
    simp only [Bool.not_false, Bool.and_true, decide_eq_true_eq]
    constructor
    · intro h2
      refine ⟨h2, ?_⟩
      intro d hd hdm hmod
      have hdb : hasDivisorBelow m m = true := (hdb_iff m m).mpr ⟨d, hd, hdm, hmod⟩
      rw [hc] at hdb
      exact absurd hdb (by decide)
    · intro hx
      exact hx.1

theorem next_mult (i j m : Nat) (hi : 0 < i) (hj : j % i = 0) (hm : m % i = 0) (hlt : j < m) :
    j + i ≤ m := by
  have h1 := Nat.div_add_mod j i
  have h2 := Nat.div_add_mod m i
  rw [hj] at h1
  rw [hm] at h2
  have hq : j / i < m / i := by
    apply Nat.lt_of_not_le
    intro hle
    have := Nat.mul_le_mul_left i hle
    omega
  have h3 := Nat.mul_le_mul_left i (show j / i + 1 ≤ m / i by omega)
  rw [Nat.mul_add, Nat.mul_one] at h3
  omega

theorem crossFrom_spec (i : Nat) (hi : 0 < i) : ∀ fuel j (f : Nat → Bool) m, j % i = 0 →
    m < j + fuel →
    (crossFrom i fuel j f m = true ↔ (f m = true ∧ ¬ (j ≤ m ∧ m % i = 0))) := by
  intro fuel
  induction fuel with
  | zero =>
    intro j f m _ hm
    simp only [crossFrom]
    constructor
    · intro hx
      exact ⟨hx, fun hy => by omega⟩
    · intro hx
      exact hx.1
  | succ fuel ih =>
    intro j f m hj hm
    simp only [crossFrom]
    rw [ih (j + i) _ m (by rw [Nat.add_mod_right]; exact hj) (by omega)]
    show (if m = j then false else f m) = true ∧ ¬(j + i ≤ m ∧ m % i = 0) ↔
      f m = true ∧ ¬(j ≤ m ∧ m % i = 0)
    by_cases hmj : m = j
    · rw [if_pos hmj]
      constructor
      · intro hx
        exact absurd hx.1 (by decide)
      · intro hx
        exact absurd ⟨by omega, by rw [hmj]; exact hj⟩ hx.2
    · rw [if_neg hmj]
      constructor
      · intro hx
        refine ⟨hx.1, ?_⟩
        intro hy
        have hlt : j < m := by omega
        exact hx.2 ⟨next_mult i j m hi hj hy.2 hlt, hy.2⟩
      · intro hx
        refine ⟨hx.1, ?_⟩
        intro hy
        exact hx.2 ⟨by omega, hy.2⟩

/-- One round of the sieve keeps the invariant "marked ↔ 2 ≤ m ∧ Sieved m i" for m ≤ n. -/
theorem round_spec (n i : Nat) (f : Nat → Bool) (hi : 2 ≤ i) (hin : i ≤ n)
    (hf : ∀ m, m ≤ n → (f m = true ↔ 2 ≤ m ∧ Sieved m i)) :
    ∀ m, m ≤ n → ((if f i then crossFrom i (n + 1) (i + i) f else f) m = true ↔
      2 ≤ m ∧ Sieved m (i + 1)) := by
  intro m hm
  cases hfi : f i with
  | true =>
    rw [if_pos rfl]
    rw [crossFrom_spec i (by omega) (n + 1) (i + i) f m
      (by rw [Nat.add_mod_right, Nat.mod_self]) (by omega)]
    rw [hf m hm]
    constructor
    · intro hx
      obtain ⟨⟨h2, hs⟩, hnot⟩ := hx
      refine ⟨h2, ?_⟩
      intro d hd hdi hdm hmod
      by_cases hdi' : d < i
      · exact hs d hd hdi' hdm hmod
      · have hdeq : d = i := by omega
        rw [hdeq] at hmod hdm
        exact hnot ⟨next_mult i i m (by omega) (Nat.mod_self i) hmod hdm, hmod⟩
    · intro hx
      obtain ⟨h2, hs⟩ := hx
      refine ⟨⟨h2, fun d hd hdi hdm => hs d hd (by omega) hdm⟩, ?_⟩
      intro hy
      exact hs i hi (by omega) (by omega) hy.2
  | false =>
    rw [if_neg (show ¬ (false = true) by decide)]
    have hcomp : ¬ Sieved i i := by
      intro hs
      have hti := (hf i hin).mpr ⟨hi, hs⟩
      rw [hfi] at hti
      exact absurd hti (by decide)
    rw [hf m hm]
    constructor
    · intro hx
      obtain ⟨h2, hs⟩ := hx
      refine ⟨h2, ?_⟩
      intro d hd hdi hdm hmod
      by_cases hdi' : d < i
      · exact hs d hd hdi' hdm hmod
      · have hdeq : d = i := by omega
        rw [hdeq] at hmod hdm
        apply hcomp
        intro e he hei _ hemod
        have hdiv : e ∣ m :=
          Nat.dvd_trans (Nat.dvd_of_mod_eq_zero hemod) (Nat.dvd_of_mod_eq_zero hmod)
        exact hs e he hei (by omega) (Nat.mod_eq_zero_of_dvd hdiv)
    · intro hx
      exact ⟨hx.1, fun d hd hdi hdm => hx.2 d hd (by omega) hdm⟩

theorem loop_spec (n : Nat) : ∀ fuel i (f : Nat → Bool), 2 ≤ i → (0 < fuel → i + fuel ≤ n + 1) →
    (∀ m, m ≤ n → (f m = true ↔ 2 ≤ m ∧ Sieved m i)) →
    ∀ m, m ≤ n → (sieveLoop n fuel i f m = true ↔ 2 ≤ m ∧ Sieved m (i + fuel)) := by
  intro fuel
  induction fuel with
  | zero =>
    intro i f _ _ hf m hm
    simp only [sieveLoop, Nat.add_zero]
    exact hf m hm
  | succ fuel ih =>
    intro i f hi hfuel hf m hm
    have hin : i + (fuel + 1) ≤ n + 1 := hfuel (by omega)
    simp only [sieveLoop]
    rw [show i + (fuel + 1) = i + 1 + fuel by omega]
    exact ih (i + 1) _ (by omega) (fun _ => by omega) (round_spec n i f hi (by omega) hf) m hm

theorem init_inv (n : Nat) :
    ∀ m, m ≤ n → ((fun m => decide (2 ≤ m)) m = true ↔ 2 ≤ m ∧ Sieved m 2) := by
  intro m _
  simp only [decide_eq_true_eq]
  constructor
  · intro h2
    exact ⟨h2, fun d hd hd2 _ => absurd hd2 (by omega)⟩
  · intro hx
    exact hx.1

theorem tabulate_length (F : Nat → Bool) : ∀ k m, (tabulateFrom F k m).length = k := by
  intro k
  induction k with
  | zero => intro m; simp [tabulateFrom]
  | succ k ih => intro m; simp [tabulateFrom, ih]

theorem tabulate_match (F : Nat → Bool) : ∀ k m, (∀ x, m ≤ x → x < m + k → F x = isPrime x) →
    primesMatchFrom (tabulateFrom F k m) m = true := by
  intro k
  induction k with
  | zero => intro m _; simp [tabulateFrom, primesMatchFrom]
  | succ k ih =>
    intro m hF
    simp only [tabulateFrom, primesMatchFrom, Bool.and_eq_true, beq_iff_eq]
    exact ⟨hF m (Nat.le_refl m) (by omega),
      ih (m + 1) (fun x h1 h2 => hF x (by omega) (by omega))⟩
-- </vc:helpers>

def sieve (n : Nat) : List Bool :=
  -- <vc:code>
  tabulateFrom (sieveLoop n (n - 1) 2 (fun m => decide (2 ≤ m))) (n + 1) 0
  -- </vc:code>

theorem sieve_spec (n : Nat) (h : pre_sieve_of_eratosthenes n) :
    post_sieve_of_eratosthenes n (sieve n) := by
  -- <vc:proof>
  have hloop := loop_spec n (n - 1) 2 (fun m => decide (2 ≤ m)) (Nat.le_refl 2)
    (fun _ => by omega) (init_inv n)
  simp only [post_sieve_of_eratosthenes, sieve]
  refine ⟨tabulate_length _ (n + 1) 0, tabulate_match _ (n + 1) 0 ?_⟩
  intro x _ hx
  have hxn : x ≤ n := by omega
  rw [Bool.eq_iff_iff, hloop x hxn, isPrime_iff]
  constructor
  · intro hs
    exact ⟨hs.1, fun d hd hdx => hs.2 d hd (by omega) hdx⟩
  · intro hp
    exact ⟨hp.1, fun d hd _ hdx => hp.2 d hd hdx⟩
  -- </vc:proof>
