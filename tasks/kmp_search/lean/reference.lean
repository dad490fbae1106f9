-- pat occurs in text starting at position k. (An abbrev, so that `decide` sees its Decidable
-- instance on concrete strings.)
abbrev match_at (text pat : List Char) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

def pre_kmp_search (text pat : String) : Prop :=
  text.toList.length ≤ 1000000 ∧ pat.toList.length ≤ 1000000

-- r is the first position where pat occurs in text, or -1 when it occurs nowhere.
def post_kmp_search (text pat : String) (r : Int) : Prop :=
  (r = -1 ∧ ∀ k, k < text.toList.length + 1 → k + pat.toList.length ≤ text.toList.length →
      ¬ match_at text.toList pat.toList k) ∨
  (0 ≤ r ∧ match_at text.toList pat.toList r.toNat ∧
      ∀ k, k < r.toNat → ¬ match_at text.toList pat.toList k)

-- <vc:helpers>
-- Whether p is a prefix of t, compared character by character.
def isPrefixB : List Char → List Char → Bool
  | [], _ => true
  | _ :: _, [] => false
  | a :: p, b :: t => if a = b then isPrefixB p t else false

-- Try the positions k, k+1, ... (fuel bounds the number of positions left).
def scanFrom (t p : List Char) : Nat → Nat → Int
  | 0, _ => -1
  | fuel + 1, k => if isPrefixB p (t.drop k) then (k : Int) else scanFrom t p fuel (k + 1)

theorem toNat_cast (k : Nat) : ((k : Int)).toNat = k := by simp

theorem prefix_iff (p : List Char) : ∀ (t : List Char),
    isPrefixB p t = true ↔ p.length ≤ t.length ∧ t.take p.length = p := by
  induction p with
  | nil =>
    intro t
    simp [isPrefixB]
  | cons a p ih =>
    intro t
    cases t with
    | nil =>
      constructor
      · intro h1
        simp [isPrefixB] at h1
      · intro h1
        have h2 := h1.1
        simp only [List.length_cons, List.length_nil] at h2
        omega
    | cons b t =>
      by_cases hab : a = b
      · have e : isPrefixB (a :: p) (b :: t) = isPrefixB p t := by simp [isPrefixB, hab]
        rw [e, ih t, hab]
        simp
      · have e : isPrefixB (a :: p) (b :: t) = false := by simp [isPrefixB, hab]
        rw [e]
        constructor
        · intro h1
          simp at h1
        · intro h1
          have h2 := h1.2
          simp only [List.length_cons, List.take_succ_cons, List.cons.injEq] at h2
          exact absurd h2.1.symm hab

theorem match_iff (t p : List Char) (k : Nat) (hk : k ≤ t.length) :
    isPrefixB p (t.drop k) = true ↔ match_at t p k := by
  rw [prefix_iff]
  simp only [List.length_drop]
  constructor
  · intro h1
    have h2 : p.length ≤ t.length - k := h1.1
    exact ⟨by omega, h1.2⟩
  · intro h1
    have h2 : k + p.length ≤ t.length := h1.1
    exact ⟨by omega, h1.2⟩

theorem scanFrom_spec (t p : List Char) : ∀ (fuel k : Nat),
    (∀ q, q < k → ¬ match_at t p q) → k + fuel = t.length + 1 →
    (scanFrom t p fuel k = -1 ∧ ∀ q, q < t.length + 1 → ¬ match_at t p q) ∨
    (0 ≤ scanFrom t p fuel k ∧ match_at t p (scanFrom t p fuel k).toNat ∧
      ∀ q, q < (scanFrom t p fuel k).toNat → ¬ match_at t p q)
  | 0, k, hlt, hk => by
    left
    refine ⟨rfl, ?_⟩
    intro q hq
    exact hlt q (by omega)
  | fuel + 1, k, hlt, hk => by
    have hkt : k ≤ t.length := by omega
    by_cases hm : isPrefixB p (t.drop k) = true
    · have e : scanFrom t p (fuel + 1) k = (k : Int) := by simp [scanFrom, hm]
      right
      rw [e, toNat_cast]
      refine ⟨by omega, (match_iff t p k hkt).mp hm, ?_⟩
      intro q hq
      exact hlt q hq
    · have e : scanFrom t p (fuel + 1) k = scanFrom t p fuel (k + 1) := by simp [scanFrom, hm]
      rw [e]
      apply scanFrom_spec t p fuel (k + 1)
      · intro q hq
        by_cases hqk : q = k
        · rw [hqk]
          exact fun h1 => hm ((match_iff t p k hkt).mpr h1)
        · exact hlt q (by omega)
      · omega
-- </vc:helpers>

-- Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once.
def kmpSearch (text pat : String) : Int :=
-- <vc:code>
  scanFrom text.toList pat.toList (text.toList.length + 1) 0
-- </vc:code>

theorem kmpSearch_spec (text pat : String) (h : pre_kmp_search text pat) :
    post_kmp_search text pat (kmpSearch text pat) := by
-- <vc:proof>
  unfold post_kmp_search kmpSearch
  have hs := scanFrom_spec text.toList pat.toList (text.toList.length + 1) 0
    (fun q hq => absurd hq (Nat.not_lt_zero q)) (by omega)
  rcases hs with ⟨h1, h2⟩ | ⟨h1, h2, h3⟩
  · left
    exact ⟨h1, fun k hk _ => h2 k hk⟩
  · right
    exact ⟨h1, h2, h3⟩
-- </vc:proof>
