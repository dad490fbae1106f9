/-- Some `d` with `2 ≤ d < k` divides `n`. -/
def hasDivisorBelow (n : Nat) : Nat → Bool
  | 0 => false
  | k + 1 => (decide (2 ≤ k) && n % k == 0) || hasDivisorBelow n k

/-- `p ≥ 2` and no `d` with `2 ≤ d < p` divides `p`. -/
def isPrime (p : Nat) : Bool :=
  decide (2 ≤ p) && !hasDivisorBelow p p

/-- The product of the elements (1 for the empty list). -/
def product : List Nat → Nat
  | [] => 1
  | x :: xs => x * product xs

def pre_prime_factorization (n : Nat) : Prop :=
  2 ≤ n ∧ n ≤ 1000000000000

/-- `fs` lists prime numbers in non-decreasing order whose product is `n`. -/
def post_prime_factorization (n : Nat) (fs : List Nat) : Prop :=
  product fs = n ∧ (∀ p, p ∈ fs → isPrime p = true) ∧ List.Pairwise (· ≤ ·) fs

-- <vc:helpers>
/-- Trial division from candidate `d` on the cofactor `m`; `fuel` bounds the number of steps
(each step divides `m` or increases `d`, and `d ≤ m / d` keeps `d` below `m`). -/
def factorLoop : Nat → Nat → Nat → List Nat
  | 0, m, _ => if m > 1 then [m] else []
  | fuel + 1, m, d =>
    if d ≤ m / d then
      if m % d = 0 then d :: factorLoop fuel (m / d) d
      else factorLoop fuel m (d + 1)
    else if m > 1 then [m] else []
-- </vc:helpers>

def primeFactorization (n : Nat) : List Nat :=
  -- <vc:code>
  factorLoop (2 * n) n 2
  -- </vc:code>

theorem primeFactorization_spec (n : Nat) (h : pre_prime_factorization n) :
    post_prime_factorization n (primeFactorization n) := by
  -- <vc:proof>
  -- </vc:proof>
