-- pat occurs in text starting at position k. (An abbrev, so that `decide` sees its Decidable
-- instance on concrete strings.)
abbrev match_at (text pat : List Char) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

-- The entries of r increase strictly.
def increasing : List Nat → Bool
  | a :: b :: rest => decide (a < b) && increasing (b :: rest)
  | _ => true

def pre_kmp_all_occurrences (text pat : String) : Prop :=
  1 ≤ pat.toList.length ∧ pat.toList.length ≤ 1000000 ∧ text.toList.length ≤ 1000000

-- r lists, in increasing order, exactly the positions where pat occurs in text.
def post_kmp_all_occurrences (text pat : String) (r : List Nat) : Prop :=
  (∀ x, x ∈ r → match_at text.toList pat.toList x) ∧ increasing r = true ∧
    (∀ k, k < text.toList.length + 1 → match_at text.toList pat.toList k → k ∈ r)

-- <vc:helpers>
-- </vc:helpers>

-- Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
-- every occurrence and falling back to the longest proper border after each one.
def kmpAll (text pat : String) : List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem kmpAll_spec (text pat : String) (h : pre_kmp_all_occurrences text pat) :
    post_kmp_all_occurrences text pat (kmpAll text pat) := by
  -- <vc:proof>
  -- </vc:proof>
