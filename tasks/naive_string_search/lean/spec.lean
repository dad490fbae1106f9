-- pat occurs in text starting at position k.
abbrev match_at (text pat : List Char) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

def pre_naive_string_search (text pat : String) : Prop :=
  text.toList.length ≤ 1000000 ∧ pat.toList.length ≤ 1000000

-- r is the first position where pat occurs in text, or -1 when it occurs nowhere.
def post_naive_string_search (text pat : String) (r : Int) : Prop :=
  (r = -1 ∧ ∀ k, k < text.toList.length + 1 → k + pat.toList.length ≤ text.toList.length →
      ¬ match_at text.toList pat.toList k) ∨
  (0 ≤ r ∧ match_at text.toList pat.toList r.toNat ∧
      ∀ k, k < r.toNat → ¬ match_at text.toList pat.toList k)

-- <vc:helpers>
-- </vc:helpers>

def naiveSearch (text pat : String) : Int :=
-- <vc:code>
-- </vc:code>

theorem naiveSearch_spec (text pat : String) (h : pre_naive_string_search text pat) :
    post_naive_string_search text pat (naiveSearch text pat) := by
-- <vc:proof>
-- </vc:proof>
