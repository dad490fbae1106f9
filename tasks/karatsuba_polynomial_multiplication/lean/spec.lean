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
-- </vc:helpers>

def karatsubaMul (p q : List Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem karatsubaMul_spec (p q : List Int) (h : pre_karatsuba_polynomial_multiplication p q) :
    post_karatsuba_polynomial_multiplication p q (karatsubaMul p q) := by
  -- <vc:proof>
  -- </vc:proof>
