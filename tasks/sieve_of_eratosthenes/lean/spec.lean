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
-- </vc:helpers>

def sieve (n : Nat) : List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem sieve_spec (n : Nat) (h : pre_sieve_of_eratosthenes n) :
    post_sieve_of_eratosthenes n (sieve n) := by
  -- <vc:proof>
  -- </vc:proof>
