-- pat occurs in text starting at position k. (An abbrev, so that `decide` sees its Decidable
-- instance on concrete strings.)
abbrev match_at (text pat : List Nat) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

-- The entries of r increase strictly.
def increasing : List Nat → Bool
  | a :: b :: rest => decide (a < b) && increasing (b :: rest)
  | _ => true

-- Byte strings: every element is in 0 .. 255.
def pre_rabin_karp (text pat : List Nat) : Prop :=
  1 ≤ pat.length ∧ pat.length ≤ 1000000 ∧ text.length ≤ 1000000 ∧
    (∀ x, x ∈ text → x < 256) ∧ (∀ x, x ∈ pat → x < 256)

-- r lists, in increasing order, exactly the positions where pat occurs in text.
def post_rabin_karp (text pat : List Nat) (r : List Nat) : Prop :=
  (∀ x, x ∈ r → match_at text pat x) ∧ increasing r = true ∧
    (∀ k, k < text.length + 1 → match_at text pat k → k ∈ r)

-- <vc:helpers>
-- </vc:helpers>

-- Rabin-Karp: compare the rolling hash of each window with the pattern's hash, and the characters
-- only when the hashes agree.
def rabinKarp (text pat : List Nat) : List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem rabinKarp_spec (text pat : List Nat) (h : pre_rabin_karp text pat) :
    post_rabin_karp text pat (rabinKarp text pat) := by
  -- <vc:proof>
  -- </vc:proof>
