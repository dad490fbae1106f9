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

def pre_karatsuba_polynomial_multiplication (p q : List Int) : Prop :=
  1 ≤ p.length ∧ p.length ≤ 1000 ∧ 1 ≤ q.length ∧ q.length ≤ 1000 ∧
  (∀ x ∈ p, -1000 ≤ x ∧ x ≤ 1000) ∧ (∀ y ∈ q, -1000 ≤ y ∧ y ≤ 1000)

def post_karatsuba_polynomial_multiplication (p q r : List Int) : Prop :=
  r.length = p.length + q.length - 1 ∧ coefsMatchFrom p q r 0 = true

-- <vc:helpers>
/-- Coefficient-wise sum (the shorter list padded with zeros). -/
def addPad : List Int → List Int → List Int
  | [], b => b
  | a, [] => a
  | x :: a, y :: b => (x + y) :: addPad a b

/-- Coefficient-wise difference s - x (the shorter list padded with zeros). -/
def subPad : List Int → List Int → List Int
  | s, [] => s
  | [], y => y.map (fun v => -v)
  | x :: s, y :: t => (x - y) :: subPad s t

/-- Karatsuba's product of a and b as a.length + b.length coefficients (the last one 0): split
both at m = max(|a|, |b|) / 2, multiply the low halves, the high halves and the sums of the
halves (three recursive products), and combine z0 + x^m (zs - z0 - z2) + x^(2m) z2. `fuel`
bounds the recursion depth (|a| + |b| suffices: every recursive call has a smaller sum). -/
def karatsubaAux : Nat → List Int → List Int → List Int
  | 0, a, b => List.replicate (a.length + b.length) 0
  | f + 1, a, b =>
    if a.length = 0 ∨ b.length = 0 then List.replicate (a.length + b.length) 0
    else if a.length = 1 ∧ b.length = 1 then [a.headD 0 * b.headD 0, 0]
    else
      let m := (max a.length b.length) / 2
      let a0 := a.take m
      let a1 := a.drop m
      let b0 := b.take m
      let b1 := b.drop m
      let z0 := karatsubaAux f a0 b0
      let z2 := karatsubaAux f a1 b1
      let zs := karatsubaAux f (addPad a0 a1) (addPad b0 b1)
      let z1 := subPad (subPad zs z0) z2
      (List.range (a.length + b.length)).map (fun k =>
        z0.getD k 0 + (if m ≤ k then z1.getD (k - m) 0 else 0) +
          (if 2 * m ≤ k then z2.getD (k - 2 * m) 0 else 0))
-- </vc:helpers>

def karatsubaMul (p q : List Int) : List Int :=
  -- <vc:code>
  (karatsubaAux (p.length + q.length) p q).take (p.length + q.length - 1)
  -- </vc:code>

theorem karatsubaMul_spec (p q : List Int) (h : pre_karatsuba_polynomial_multiplication p q) :
    post_karatsuba_polynomial_multiplication p q (karatsubaMul p q) := by
  -- <vc:proof>
  -- </vc:proof>
