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
-- Implementation. Compare the pattern with the text from the front, one character at a time,
-- stopping at the first mismatch: true when the text starts with the whole pattern.
def patPrefix : List Char → List Char → Bool
  | [], _ => true
  | _ :: _, [] => false
  | x :: xs, y :: ys => if x = y then patPrefix xs ys else false

-- Try the positions k, k+1, ... (fuel bounds the number of positions left): a position where the
-- pattern still fits and the text from k starts with the pattern is the answer.
def searchFrom (t p : List Char) : Nat → Nat → Int
  | 0, _ => -1
  | fuel + 1, k =>
    if k + p.length ≤ t.length ∧ patPrefix p (t.drop k) = true then (k : Int)
    else searchFrom t p fuel (k + 1)

-- Proof.
theorem isPrefix_sound : ∀ (p u : List Char), patPrefix p u = true → u.take p.length = p
  | [], _, _ => rfl
  | _ :: _, [], h => by
    have h' : false = true := h
    cases h'
  | x :: xs, y :: ys, h => by
    by_cases hxy : x = y
    · have h' : patPrefix xs ys = true := by
        have h2 : (if x = y then patPrefix xs ys else false) = true := h
        rw [if_pos hxy] at h2
        exact h2
      show y :: ys.take xs.length = x :: xs
      rw [isPrefix_sound xs ys h', hxy]
    · have h2 : (if x = y then patPrefix xs ys else false) = true := h
      rw [if_neg hxy] at h2
      cases h2

theorem isPrefix_complete : ∀ (p u : List Char), u.take p.length = p → patPrefix p u = true
  | [], _, _ => rfl
  | x :: xs, [], h => by
    have h' : ([] : List Char) = x :: xs := h
    cases h'
  | x :: xs, y :: ys, h => by
    have h' : y :: ys.take xs.length = x :: xs := h
    injection h' with h1 h2
    show (if x = y then patPrefix xs ys else false) = true
    rw [if_pos h1.symm]
    exact isPrefix_complete xs ys h2

-- The test of the loop is exactly match_at.
theorem test_iff (t p : List Char) (k : Nat) :
    (k + p.length ≤ t.length ∧ patPrefix p (t.drop k) = true) ↔ match_at t p k := by
  unfold match_at
  constructor
  · intro hm
    exact ⟨hm.1, isPrefix_sound p (t.drop k) hm.2⟩
  · intro hm
    exact ⟨hm.1, isPrefix_complete p (t.drop k) hm.2⟩

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
        show (if k + p.length ≤ t.length ∧ patPrefix p (t.drop k) = true then (k : Int)
          else searchFrom t p fuel (k + 1)) = (k : Int)
        rw [if_pos ((test_iff t p k).mpr hm)]
      have hkn : ((k : Int)).toNat = k := by omega
      rw [e, hkn]
      refine ⟨by omega, hm, ?_⟩
      intro q hq
      exact hlt q hq
    · have e : searchFrom t p (fuel + 1) k = searchFrom t p fuel (k + 1) := by
        show (if k + p.length ≤ t.length ∧ patPrefix p (t.drop k) = true then (k : Int)
          else searchFrom t p fuel (k + 1)) = searchFrom t p fuel (k + 1)
        have hn : ¬ (k + p.length ≤ t.length ∧ patPrefix p (t.drop k) = true) :=
          fun hc => hm ((test_iff t p k).mp hc)
        rw [if_neg hn]
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
