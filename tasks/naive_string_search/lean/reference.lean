-- pat occurs in text starting at position k.
def match_at (text pat : List Char) (k : Nat) : Prop :=
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
-- Try the positions k, k+1, ... (fuel bounds the number of positions left); each test compares
-- the window of text at k with pat.
def searchFrom (t p : List Char) : Nat → Nat → Int
  | 0, _ => -1
  | fuel + 1, k => if match_at t p k then (k : Int) else searchFrom t p fuel (k + 1)

theorem searchFrom_spec (t p : List Char) : ∀ (fuel k : Nat),
    (∀ q, q < k → ¬ match_at t p q) → k + fuel = t.length + 1 →
    (searchFrom t p fuel k = -1 ∧ ∀ q, q < t.length + 1 → ¬ match_at t p q) ∨
    (0 ≤ searchFrom t p fuel k ∧ match_at t p (searchFrom t p fuel k).toNat ∧
      ∀ q, q < (searchFrom t p fuel k).toNat → ¬ match_at t p q)
  | 0, k, hlt, hk => by
    left
    refine ⟨rfl, ?_⟩
    intro q hq
    exact hlt q (by omega)
  | fuel + 1, k, hlt, hk => by
    by_cases hm : match_at t p k
    · right
      have e : searchFrom t p (fuel + 1) k = (k : Int) := by
        show (if match_at t p k then (k : Int) else searchFrom t p fuel (k + 1)) = (k : Int)
        rw [if_pos hm]
      rw [e]
      refine ⟨Int.ofNat_nonneg k, ?_, ?_⟩
      · simpa using hm
      · intro q hq
        simp at hq
        exact hlt q hq
    · have e : searchFrom t p (fuel + 1) k = searchFrom t p fuel (k + 1) := by
        show (if match_at t p k then (k : Int) else searchFrom t p fuel (k + 1)) = searchFrom t p fuel (k + 1)
        rw [if_neg hm]
      rw [e]
      apply searchFrom_spec t p fuel (k + 1)
      · intro q hq
        by_cases hqk : q = k
        · rw [hqk]
          exact hm
        · exact hlt q (by omega)
      · omega
-- </vc:helpers>

def naiveSearch (text pat : String) : Int :=
-- <vc:code>
  searchFrom text.toList pat.toList (text.toList.length + 1) 0
-- </vc:code>

theorem naiveSearch_spec (text pat : String) (h : pre_naive_string_search text pat) :
    post_naive_string_search text pat (naiveSearch text pat) := by
-- <vc:proof>
  unfold post_naive_string_search naiveSearch
  have hs := searchFrom_spec text.toList pat.toList (text.toList.length + 1) 0
    (fun q hq => absurd hq (Nat.not_lt_zero q)) (by omega)
  rcases hs with ⟨h1, h2⟩ | ⟨h1, h2, h3⟩
  · left
    exact ⟨h1, fun k hk _ => h2 k hk⟩
  · right
    exact ⟨h1, h2, h3⟩
-- </vc:proof>
