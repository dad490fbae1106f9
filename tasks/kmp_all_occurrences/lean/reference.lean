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
-- Whether p is a prefix of t, compared character by character.
def isPrefixB : List Char → List Char → Bool
  | [], _ => true
  | _ :: _, [] => false
  | a :: p, b :: t => if a = b then isPrefixB p t else false

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

-- The positions k, k+1, ... (fuel of them) where p occurs in t, in increasing order.
def scanAll (t p : List Char) : Nat → Nat → List Nat
  | 0, _ => []
  | fuel + 1, k =>
    if isPrefixB p (t.drop k) then k :: scanAll t p fuel (k + 1) else scanAll t p fuel (k + 1)

theorem scanAll_hit (t p : List Char) (fuel k : Nat) (hm : isPrefixB p (t.drop k) = true) :
    scanAll t p (fuel + 1) k = k :: scanAll t p fuel (k + 1) := by
  simp [scanAll, hm]

theorem scanAll_miss (t p : List Char) (fuel k : Nat) (hm : ¬ isPrefixB p (t.drop k) = true) :
    scanAll t p (fuel + 1) k = scanAll t p fuel (k + 1) := by
  simp [scanAll, hm]

theorem scanAll_mem (t p : List Char) : ∀ (fuel k x : Nat), k + fuel = t.length + 1 →
    x ∈ scanAll t p fuel k → k ≤ x ∧ match_at t p x
  | 0, k, x, _, hx => by simp [scanAll] at hx
  | fuel + 1, k, x, hk, hx => by
    have hkt : k ≤ t.length := by omega
    by_cases hm : isPrefixB p (t.drop k) = true
    · rw [scanAll_hit t p fuel k hm] at hx
      rcases List.mem_cons.mp hx with h1 | h1
      · rw [h1]
        exact ⟨Nat.le_refl k, (match_iff t p k hkt).mp hm⟩
      · have h2 := scanAll_mem t p fuel (k + 1) x (by omega) h1
        exact ⟨by omega, h2.2⟩
    · rw [scanAll_miss t p fuel k hm] at hx
      have h2 := scanAll_mem t p fuel (k + 1) x (by omega) hx
      exact ⟨by omega, h2.2⟩

theorem scanAll_head (t p : List Char) : ∀ (fuel k k0 : Nat), k0 < k →
    increasing (k0 :: scanAll t p fuel k) = true
  | 0, k, k0, _ => by simp [scanAll, increasing]
  | fuel + 1, k, k0, hlt => by
    by_cases hm : isPrefixB p (t.drop k) = true
    · rw [scanAll_hit t p fuel k hm]
      have ih := scanAll_head t p fuel (k + 1) k (by omega)
      simp [increasing, hlt, ih]
    · rw [scanAll_miss t p fuel k hm]
      exact scanAll_head t p fuel (k + 1) k0 (by omega)

theorem scanAll_inc (t p : List Char) : ∀ (fuel k : Nat), increasing (scanAll t p fuel k) = true
  | 0, k => by simp [scanAll, increasing]
  | fuel + 1, k => by
    by_cases hm : isPrefixB p (t.drop k) = true
    · rw [scanAll_hit t p fuel k hm]
      exact scanAll_head t p fuel (k + 1) k (by omega)
    · rw [scanAll_miss t p fuel k hm]
      exact scanAll_inc t p fuel (k + 1)

theorem scanAll_complete (t p : List Char) : ∀ (fuel k x : Nat), k + fuel = t.length + 1 →
    k ≤ x → x < t.length + 1 → match_at t p x → x ∈ scanAll t p fuel k
  | 0, k, x, hk, h1, h2, _ => by
    exfalso
    omega
  | fuel + 1, k, x, hk, h1, h2, hx => by
    have hkt : k ≤ t.length := by omega
    by_cases hm : isPrefixB p (t.drop k) = true
    · rw [scanAll_hit t p fuel k hm]
      by_cases hxk : x = k
      · rw [hxk]
        exact List.mem_cons.mpr (Or.inl rfl)
      · exact List.mem_cons.mpr (Or.inr (scanAll_complete t p fuel (k + 1) x (by omega) (by omega) h2 hx))
    · rw [scanAll_miss t p fuel k hm]
      by_cases hxk : x = k
      · exfalso
        rw [hxk] at hx
        exact hm ((match_iff t p k hkt).mpr hx)
      · exact scanAll_complete t p fuel (k + 1) x (by omega) (by omega) h2 hx
-- </vc:helpers>

-- Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
-- every occurrence and falling back to the longest proper border after each one.
def kmpAll (text pat : String) : List Nat :=
  -- <vc:code>
  scanAll text.toList pat.toList (text.toList.length + 1) 0
  -- </vc:code>

theorem kmpAll_spec (text pat : String) (h : pre_kmp_all_occurrences text pat) :
    post_kmp_all_occurrences text pat (kmpAll text pat) := by
  -- <vc:proof>
  unfold post_kmp_all_occurrences kmpAll
  refine ⟨?_, scanAll_inc text.toList pat.toList (text.toList.length + 1) 0, ?_⟩
  · intro x hx
    exact (scanAll_mem text.toList pat.toList (text.toList.length + 1) 0 x (by omega) hx).2
  · intro k hk hm
    exact scanAll_complete text.toList pat.toList (text.toList.length + 1) 0 k (by omega)
      (Nat.zero_le k) hk hm
  -- </vc:proof>
