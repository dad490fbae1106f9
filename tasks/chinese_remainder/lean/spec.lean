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
-- </vc:helpers>

def chineseRemainder (rs ms : List Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem chineseRemainder_spec (rs ms : List Nat) (h : pre_chinese_remainder rs ms) :
    post_chinese_remainder rs ms (chineseRemainder rs ms) := by
  -- <vc:proof>
  -- </vc:proof>
