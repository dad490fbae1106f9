def pre_fast_modular_exponentiation (b e m : Nat) : Prop :=
  b ≤ 1000000000 ∧ e ≤ 1000000000 ∧ 1 ≤ m ∧ m ≤ 1000000000

def post_fast_modular_exponentiation (b e m r : Nat) : Prop :=
  1 ≤ m ∧ r = b ^ e % m

-- <vc:helpers>
/-- Square-and-multiply loop modulo m: returns acc * base ^ k % m (when acc < m);
`fuel` only bounds the recursion (k halves at every step). -/
def mpeLoop : Nat → Nat → Nat → Nat → Nat → Nat
  | 0, _, _, _, acc => acc
  | fuel + 1, m, base, k, acc =>
    if k = 0 then acc
    else mpeLoop fuel m (base * base % m) (k / 2) (if k % 2 = 1 then acc * base % m else acc)

theorem mpe_pow_succ (b n : Nat) : b ^ (n + 1) = b ^ n * b := rfl

theorem mpe_mod_mul (x y m : Nat) : x % m * y % m = x * y % m := by
  rw [Nat.mul_mod (x % m) y m, Nat.mod_mod x m, ← Nat.mul_mod x y m]

theorem mpe_pow_mod_base (a n m : Nat) : (a % m) ^ n % m = a ^ n % m := by
  induction n with
  | zero => simp only [Nat.pow_zero]
  | succ k ih =>
    rw [mpe_pow_succ (a % m) k, mpe_pow_succ a k, Nat.mul_mod ((a % m) ^ k) (a % m) m, ih,
      Nat.mod_mod a m, ← Nat.mul_mod (a ^ k) a m]

theorem mpe_mul_pow_mod (x y h m : Nat) : x * (y % m) ^ h % m = x * y ^ h % m := by
  rw [Nat.mul_mod x ((y % m) ^ h) m, mpe_pow_mod_base y h m, ← Nat.mul_mod x (y ^ h) m]

theorem mpe_sq_pow (b h : Nat) : (b * b) ^ h = b ^ (2 * h) := by
  induction h with
  | zero => simp only [Nat.pow_zero, Nat.mul_zero]
  | succ k ih =>
    have e2 : 2 * (k + 1) = 2 * k + 1 + 1 := by omega
    rw [mpe_pow_succ (b * b) k, e2, mpe_pow_succ b (2 * k + 1), mpe_pow_succ b (2 * k), ← ih,
      Nat.mul_assoc ((b * b) ^ k) b b]

theorem mpeLoop_eq (m : Nat) (hm : 0 < m) (fuel : Nat) :
    ∀ base k acc, k < fuel → acc < m → mpeLoop fuel m base k acc = acc * base ^ k % m := by
  induction fuel with
  | zero =>
    intro base k acc hk _
    exact absurd hk (Nat.not_lt_zero k)
  | succ n ih =>
    intro base k acc hk hacc
    simp only [mpeLoop]
    by_cases h0 : k = 0
    · rw [if_pos h0, h0, Nat.pow_zero, Nat.mul_one, Nat.mod_eq_of_lt hacc]
    · rw [if_neg h0]
      by_cases h1 : k % 2 = 1
      · rw [if_pos h1, ih (base * base % m) (k / 2) (acc * base % m) (by omega) (Nat.mod_lt _ hm),
          mpe_mul_pow_mod (acc * base % m) (base * base) (k / 2) m, mpe_sq_pow base (k / 2),
          mpe_mod_mul (acc * base) (base ^ (2 * (k / 2))) m]
        have hk : k = 2 * (k / 2) + 1 := by omega
        have hp : base ^ k = base ^ (2 * (k / 2)) * base := by
          rw [← mpe_pow_succ base (2 * (k / 2)), ← hk]
        rw [hp, Nat.mul_assoc acc base (base ^ (2 * (k / 2))),
          Nat.mul_comm base (base ^ (2 * (k / 2)))]
      · rw [if_neg h1, ih (base * base % m) (k / 2) acc (by omega) hacc,
          mpe_mul_pow_mod acc (base * base) (k / 2) m, mpe_sq_pow base (k / 2)]
        have hk : 2 * (k / 2) = k := by omega
        rw [hk]
-- </vc:helpers>

def modPow (b e m : Nat) : Nat :=
  -- <vc:code>
  mpeLoop (e + 1) m (b % m) e (1 % m)
  -- </vc:code>

theorem modPow_spec (b e m : Nat) (h : pre_fast_modular_exponentiation b e m) :
    post_fast_modular_exponentiation b e m (modPow b e m) := by
  -- <vc:proof>
  have hm : 0 < m := by
    unfold pre_fast_modular_exponentiation at h
    omega
  refine ⟨hm, ?_⟩
  unfold modPow
  rw [mpeLoop_eq m hm (e + 1) (b % m) e (1 % m) (Nat.lt_succ_self e) (Nat.mod_lt 1 hm),
    mpe_mod_mul 1 ((b % m) ^ e) m, Nat.one_mul, mpe_pow_mod_base b e m]
  -- </vc:proof>
