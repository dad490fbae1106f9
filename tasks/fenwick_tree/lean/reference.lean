-- lowbit with fuel: halve an even i at most fuel times.
def lowbitF : Nat → Nat → Nat
  | 0, _ => 1
  | f + 1, i => if i % 2 = 1 then 1 else 2 * lowbitF f (i / 2)

-- lowbit i: the largest power of two dividing i (for i ≥ 1); i halvings are always enough.
def lowbit (i : Nat) : Nat := lowbitF i i

def lsum : List Int → Int
  | [] => 0
  | x :: l => x + lsum l

-- The sum of a[lo..hi).
def sum (a : List Int) (lo hi : Nat) : Int := lsum ((a.drop lo).take (hi - lo))

-- A Fenwick (binary indexed) tree of a, 1-based: t[i] (1 ≤ i ≤ |a|) holds the sum of the
-- lowbit(i) elements of a ending at position i (1-based), i.e. a[i - lowbit(i) .. i) 0-based.
-- t[0] is unused. (The conjunct 1 ≤ lowbit i ≤ i always holds; it mirrors Dafny and Verus.)
abbrev is_fenwick (a t : List Int) : Prop :=
  t.length = a.length + 1 ∧
    ∀ i, i < a.length + 1 → 1 ≤ i →
      1 ≤ lowbit i ∧ lowbit i ≤ i ∧ t.getD i 0 = sum a (i - lowbit i) i

abbrev pre_fenwick_tree (a t : List Int) (k : Nat) : Prop :=
  a.length ≤ 100000 ∧ (∀ x, x ∈ a → -1000000000 ≤ x ∧ x ≤ 1000000000) ∧
    is_fenwick a t ∧ k ≤ a.length

-- The prefix-sum query returns the sum of the first k elements of a.
def post_fenwick_tree (a t : List Int) (k : Nat) (s : Int) : Prop :=
  k ≤ a.length ∧ s = sum a 0 k

-- <vc:helpers>
-- The highest power of two p' = p * 2^j with p' ≤ max k p (fuel bounds the doublings).
def fwHighPow (k : Nat) : Nat → Nat → Nat
  | 0, p => p
  | f + 1, p => if p * 2 ≤ k then fwHighPow k f (p * 2) else p

-- Top-down walk: try the powers of two p, p/2, ..., 1; node pos + p covers a[pos .. pos + p).
def fwWalk (t : List Int) (k : Nat) : Nat → Nat → Nat → Int → Int
  | 0, _, _, s => s
  | f + 1, p, pos, s =>
    if p = 0 then s
    else if pos + p ≤ k then fwWalk t k f (p / 2) (pos + p) (s + t.getD (pos + p) 0)
    else fwWalk t k f (p / 2) pos s
-- </vc:helpers>

-- Prefix-sum query on the Fenwick tree t of a: the sum of a[0..k), read from O(log n) nodes of t.
def fenwickPrefixSum (a t : List Int) (k : Nat) : Int :=
-- <vc:code>
  fwWalk t k (k + 2) (fwHighPow k k 1) 0 0
-- </vc:code>

theorem fenwickPrefixSum_spec (a t : List Int) (k : Nat) (h : pre_fenwick_tree a t k) :
    post_fenwick_tree a t k (fenwickPrefixSum a t k) := by
-- <vc:proof>
-- </vc:proof>
