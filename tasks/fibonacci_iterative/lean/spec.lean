def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | (n + 2) => fib n + fib (n + 1)

def pre_fibonacci_iterative (n : Nat) : Prop :=
  n ≤ 90

def post_fibonacci_iterative (n : Nat) (r : Nat) : Prop :=
  r = fib n

-- <vc:helpers>
-- </vc:helpers>

def fibIterative (n : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem fibIterative_spec (n : Nat) (h : pre_fibonacci_iterative n) :
    post_fibonacci_iterative n (fibIterative n) := by
  -- <vc:proof>
  -- </vc:proof>
