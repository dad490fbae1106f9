def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | (n + 2) => fib n + fib (n + 1)

def pre_fibonacci_iterative (n : Nat) : Prop :=
  n ≤ 90

def post_fibonacci_iterative (n : Nat) (r : Nat) : Prop :=
  r = fib n

-- <vc:helpers>
/-- `fibLoop k a b` advances the pair `(a, b)` to `(b, a + b)` `k` times. -/
def fibLoop : Nat → Nat → Nat → Nat × Nat
  | 0, a, b => (a, b)
  | k + 1, a, b => fibLoop k b (a + b)

theorem fibLoop_correct (k i : Nat) :
    fibLoop k (fib i) (fib (i + 1)) = (fib (i + k), fib (i + k + 1)) := by
  induction k generalizing i with
  | zero => simp [fibLoop]
  | succ k ih =>
    have hstep : fib i + fib (i + 1) = fib (i + 2) := by simp [fib]
    simp only [fibLoop]
    rw [hstep]
    have h2 := ih (i + 1)
    rw [show i + 1 + 1 = i + 2 by omega] at h2
    rw [h2]
    rw [show i + 1 + k = i + (k + 1) by omega]
-- </vc:helpers>

def fibIterative (n : Nat) : Nat :=
  -- <vc:code>
  (fibLoop n 0 1).1
  -- </vc:code>

theorem fibIterative_spec (n : Nat) (h : pre_fibonacci_iterative n) :
    post_fibonacci_iterative n (fibIterative n) := by
  -- <vc:proof>
  have h0 := fibLoop_correct n 0
  simp only [fib, Nat.zero_add] at h0
  simp only [post_fibonacci_iterative, fibIterative]
  rw [h0]
  -- </vc:proof>
