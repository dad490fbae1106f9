-- Shared with Dafny and Verus (usize indices): length at most 10^6 and k at most 10^9.
@[reducible] def pre_rotate_array (a : List Int) (k : Nat) : Prop :=
  a.length ≤ 1000000 ∧ k ≤ 1000000000

-- Left rotation by k: b[i] = a[(i + k) mod n] (stated for the position j = (i + k) % n).
@[reducible] def post_rotate_array (a : List Int) (k : Nat) (b : List Int) : Prop :=
  b.length = a.length ∧
  (∀ i (hi : i < b.length) j (hj : j < a.length), j = (i + k) % a.length → b[i] = a[j])

-- <vc:helpers>
-- </vc:helpers>

def rotateLeft (a : List Int) (k : Nat) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem rotateLeft_spec (a : List Int) (k : Nat) (h : pre_rotate_array a k) :
    post_rotate_array a k (rotateLeft a k) := by
  -- <vc:proof>
  -- </vc:proof>
