-- The product of the moduli: prodList ms = ms[0] * ms[1] * ... (1 when empty).
def prodList : List Nat → Nat
  | [] => 1
  | m :: ms => m * prodList ms

-- p and q have no common divisor d >= 2 (every common divisor of p >= 2 is at most p).
@[reducible] def coprimePair (p q : Nat) : Prop :=
  ∀ d, d < p + 1 → 2 ≤ d → ¬ (p % d = 0 ∧ q % d = 0)

@[reducible] def pairwiseCoprime (ms : List Nat) : Prop :=
  ∀ i (hi : i < ms.length) j (hj : j < ms.length), i < j → coprimePair ms[i] ms[j]

-- Congruences x = rs[i] (mod ms[i]): moduli in [2, 10^9], pairwise coprime, with product at
-- most 10^18 (shared with Verus's u64); residues rs[i] < ms[i].
def pre_chinese_remainder (rs ms : List Nat) : Prop :=
  rs.length = ms.length ∧
  (∀ i (hi : i < ms.length) (hr : i < rs.length), 2 ≤ ms[i] ∧ ms[i] ≤ 1000000000 ∧ rs[i] < ms[i]) ∧
  pairwiseCoprime ms ∧
  prodList ms ≤ 1000000000000000000

-- x satisfies every congruence and lies in [0, M), M the product of the moduli; by the Chinese
-- remainder theorem there is exactly one such x.
def post_chinese_remainder (rs ms : List Nat) (x : Nat) : Prop :=
  rs.length = ms.length ∧
  x < prodList ms ∧
  ∀ i (hi : i < ms.length) (hr : i < rs.length), 1 ≤ ms[i] ∧ x % ms[i] = rs[i]

-- <vc:helpers>
/-- Extended Euclid on remainders r0, r1 keeping the coefficient of a (r_i = a*t_i + m*s_i);
`fuel` only bounds the recursion (r1 strictly decreases). Returns (gcd, t). -/
def crtInvLoop : Nat → Nat → Nat → Int → Int → Nat × Int
  | 0, r0, _, t0, _ => (r0, t0)
  | fuel + 1, r0, r1, t0, t1 =>
    if r1 = 0 then (r0, t0)
    else crtInvLoop fuel r1 (r0 % r1) t1 (t0 - t1 * ((r0 / r1 : Nat) : Int))

/-- The inverse of a modulo m (0 when a is not invertible, which pre rules out here). -/
def crtInv (a m : Nat) : Nat :=
  match crtInvLoop (a + 1) m a 0 1 with
  | (_, t) => (t % (m : Int)).toNat

/-- Lift the solution x modulo M through the remaining congruences. -/
def crtLoop : List Nat → List Nat → Nat → Nat → Nat
  | r :: rs, mi :: ms, x, M =>
    let diff := (r + mi - x % mi) % mi
    let t := (diff * crtInv (M % mi) mi) % mi
    crtLoop rs ms (x + M * t) (M * mi)
  | _, _, x, _ => x
-- </vc:helpers>

def chineseRemainder (rs ms : List Nat) : Nat :=
  -- <vc:code>
  crtLoop rs ms 0 1
  -- </vc:code>

theorem chineseRemainder_spec (rs ms : List Nat) (h : pre_chinese_remainder rs ms) :
    post_chinese_remainder rs ms (chineseRemainder rs ms) := by
  -- <vc:proof>
  -- </vc:proof>
