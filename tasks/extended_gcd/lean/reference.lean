def pre_extended_gcd (a b : Nat) : Prop :=
  a ≤ 1000000000 ∧ b ≤ 1000000000 ∧ 0 < a + b

-- g is a positive common divisor of a and b that is an integer combination a*x + b*y of them;
-- every common divisor of a and b then divides g, so g is the greatest common divisor.
def post_extended_gcd (a b g : Nat) (x y : Int) : Prop :=
  1 ≤ g ∧ a % g = 0 ∧ b % g = 0 ∧ (a : Int) * x + (b : Int) * y = (g : Int)

-- <vc:helpers>
/-- Extended Euclid loop on remainders r0, r1 with coefficients (s0, t0), (s1, t1);
`fuel` only bounds the recursion (r1 strictly decreases). -/
def egcdLoop : Nat → Nat → Nat → Int → Int → Int → Int → Nat × Int × Int
  | 0, r0, _, s0, _, t0, _ => (r0, s0, t0)
  | fuel + 1, r0, r1, s0, s1, t0, t1 =>
    if r1 = 0 then (r0, s0, t0)
    else
      egcdLoop fuel r1 (r0 % r1) s1 (s0 - s1 * ((r0 / r1 : Nat) : Int)) t1
        (t0 - t1 * ((r0 / r1 : Nat) : Int))

/-- If r0 = a*s0 + b*t0, r1 = a*s1 + b*t1 and r0 = r0 % r1 + r1*q, then
r0 % r1 = a*(s0 - s1*q) + b*(t0 - t1*q). -/
theorem egcd_bezout_step (a b r0 r1 q : Nat) (s0 s1 t0 t1 : Int)
    (h0 : (r0 : Int) = a * s0 + b * t0) (h1 : (r1 : Int) = a * s1 + b * t1)
    (hq : r0 % r1 + r1 * q = r0) :
    ((r0 % r1 : Nat) : Int) = a * (s0 - s1 * q) + b * (t0 - t1 * q) := by
  have hI : ((r0 % r1 : Nat) : Int) + (r1 : Int) * (q : Int) = (r0 : Int) :=
    congrArg (fun n : Nat => (n : Int)) hq
  rw [h1, Int.add_mul] at hI
  rw [Int.mul_sub, Int.mul_sub, ← Int.mul_assoc, ← Int.mul_assoc]
  omega

theorem egcdLoop_spec (a b : Nat) (fuel : Nat) :
    ∀ r0 r1 s0 s1 t0 t1, r1 < fuel → 0 < r0 + r1 → Nat.gcd r0 r1 = Nat.gcd a b →
      (r0 : Int) = a * s0 + b * t0 → (r1 : Int) = a * s1 + b * t1 →
      (egcdLoop fuel r0 r1 s0 s1 t0 t1).1 = Nat.gcd a b ∧
        (a : Int) * (egcdLoop fuel r0 r1 s0 s1 t0 t1).2.1 +
          (b : Int) * (egcdLoop fuel r0 r1 s0 s1 t0 t1).2.2 =
          ((egcdLoop fuel r0 r1 s0 s1 t0 t1).1 : Int) := by
  induction fuel with
  | zero =>
    intro r0 r1 s0 s1 t0 t1 hf
    exact absurd hf (Nat.not_lt_zero r1)
  | succ n ih =>
    intro r0 r1 s0 s1 t0 t1 hf hpos hg h0 h1
    simp only [egcdLoop]
    by_cases hz : r1 = 0
    · rw [if_pos hz]
      have hg0 : r0 = Nat.gcd a b := by
        rw [← hg, hz, Nat.gcd_zero_right]
      exact ⟨hg0, h0.symm⟩
    · rw [if_neg hz]
      have hr1 : 0 < r1 := Nat.pos_of_ne_zero hz
      have hlt : r0 % r1 < r1 := Nat.mod_lt r0 hr1
      have hgcd : Nat.gcd r1 (r0 % r1) = Nat.gcd a b := by
        rw [← hg, Nat.gcd_comm r1 (r0 % r1), ← Nat.gcd_rec r1 r0, Nat.gcd_comm r1 r0]
      exact ih r1 (r0 % r1) s1 (s0 - s1 * ((r0 / r1 : Nat) : Int)) t1
        (t0 - t1 * ((r0 / r1 : Nat) : Int))
        (Nat.lt_of_lt_of_le hlt (Nat.le_of_lt_succ hf))
        (Nat.lt_of_lt_of_le hr1 (Nat.le_add_right r1 (r0 % r1)))
        hgcd h1
        (egcd_bezout_step a b r0 r1 (r0 / r1) s0 s1 t0 t1 h0 h1 (Nat.mod_add_div r0 r1))
-- </vc:helpers>

def extGcd (a b : Nat) : Nat × Int × Int :=
  -- <vc:code>
  egcdLoop (b + 1) a b 1 0 0 1
  -- </vc:code>

theorem extGcd_spec (a b : Nat) (h : pre_extended_gcd a b) :
    post_extended_gcd a b (extGcd a b).1 (extGcd a b).2.1 (extGcd a b).2.2 := by
  -- <vc:proof>
  have hab : 0 < a + b := h.2.2
  have hl := egcdLoop_spec a b (b + 1) a b 1 0 0 1 (Nat.lt_succ_self b) hab rfl
    (by omega) (by omega)
  unfold extGcd
  obtain ⟨hg, hb⟩ := hl
  refine ⟨?_, ?_, ?_, hb⟩
  · rw [hg]
    by_cases ha : 0 < a
    · exact Nat.gcd_pos_of_pos_left b ha
    · exact Nat.gcd_pos_of_pos_right a (by omega)
  · rw [hg]
    exact Nat.mod_eq_zero_of_dvd (Nat.gcd_dvd_left a b)
  · rw [hg]
    exact Nat.mod_eq_zero_of_dvd (Nat.gcd_dvd_right a b)
  -- </vc:proof>
