/-- pat occurs in text starting at position k. (An abbrev, so that `decide` sees its Decidable
instance on concrete strings.) -/
abbrev occursAt (text pat : List Char) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

abbrev isLowercase (s : List Char) : Prop :=
  ∀ c, c ∈ s → 'a' ≤ c ∧ c ≤ 'z'

def pre_aho_corasick (text : String) (pats : List String) : Prop :=
  text.toList.length ≤ 100000 ∧ isLowercase text.toList ∧ 1 ≤ pats.length ∧ pats.length ≤ 100 ∧
    ∀ p, p ∈ pats → 1 ≤ p.toList.length ∧ p.toList.length ≤ 1000 ∧ isLowercase p.toList

/-- r lists, in any order and without repetitions, exactly the pairs [p, k] such that pattern p
occurs in text at position k: every entry is such a pair (sound), every occurrence is listed
(complete), and no two entries are equal. -/
def post_aho_corasick (text : String) (pats : List String) (r : List (List Nat)) : Prop :=
  (∀ e, e ∈ r → e.length = 2 ∧ e.getD 0 0 < pats.length ∧
      occursAt text.toList (pats.getD (e.getD 0 0) "").toList (e.getD 1 0)) ∧
    (∀ p, p < pats.length → ∀ k, k < text.toList.length + 1 →
      occursAt text.toList (pats.getD p "").toList k → [p, k] ∈ r) ∧
    (∀ i, i < r.length → ∀ j, j < r.length → i < j → r.getD i [] ≠ r.getD j [])

-- <vc:helpers>
-- </vc:helpers>

def ahoCorasick (text : String) (pats : List String) : List (List Nat) :=
  -- <vc:code>
  -- </vc:code>

theorem ahoCorasick_spec (text : String) (pats : List String) (h : pre_aho_corasick text pats) :
    post_aho_corasick text pats (ahoCorasick text pats) := by
  -- <vc:proof>
  -- </vc:proof>
