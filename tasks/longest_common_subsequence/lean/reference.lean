/-- A common subsequence is given by a matching: entry i is the position of b matched with a[i],
or -1 when a[i] is not used. matched m counts the matched positions. -/
def matched : List Int → Nat
  | j :: m => (if 0 ≤ j then 1 else 0) + matched m
  | [] => 0

/-- Every matching of the elements a' with equal elements of b at positions lo, lo+1, ...: the
first element is unused, or matched with an equal element at some position j >= lo and the rest
with positions > j. -/
def matchings (b : List Int) : List Int → Nat → List (List Int)
  | [], _ => [[]]
  | x :: a', lo =>
    (matchings b a' lo).map (fun t => -1 :: t) ++
      ((List.range b.length).filter (fun j => lo ≤ j ∧ b.getD j 0 = x)).flatMap
        (fun j => (matchings b a' (j + 1)).map (fun t => (j : Int) :: t))

/-- m matches equal elements, and the matched positions increase together in a and b. (An
abbrev, so that `decide` sees its Decidable instance.) -/
abbrev commonMatch (a b m : List Int) : Prop :=
  m.length = a.length ∧
  (∀ i, i < m.length → -1 ≤ m.getD i 0 ∧ m.getD i 0 < b.length ∧
    (0 ≤ m.getD i 0 → a.getD i 0 = b.getD (m.getD i 0).toNat 0)) ∧
  ∀ i, i < m.length → ∀ j, j < m.length → i < j → 0 ≤ m.getD i 0 → 0 ≤ m.getD j 0 → m.getD i 0 < m.getD j 0

def pre_longest_common_subsequence (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

/-- m matches a common subsequence of len elements, and no common subsequence is longer
(matchings lists every matching, so the statement is decidable). -/
def post_longest_common_subsequence (a b : List Int) (len : Int) (m : List Int) : Prop :=
  commonMatch a b m ∧ (matched m : Int) = len ∧
  ∀ x ∈ matchings b a 0, commonMatch a b x → (matched x : Int) ≤ len

-- <vc:helpers>
/-- Length of a longest common subsequence of a suffix a' of a and the suffix of b from lo:
leave x unused, skip b[lo], or (when equal) match x with b[lo]. -/
def lcsS (b : List Int) : List Int → Nat → Int
  | [], _ => 0
  | x :: a', lo =>
    if lo < b.length then
      max (lcsS b a' lo) (max (lcsS b (x :: a') (lo + 1)) (if x = b.getD lo 0 then 1 + lcsS b a' (lo + 1) else 0))
    else 0
termination_by a' lo => (a'.length, b.length - lo)
decreasing_by
  all_goals simp_wf
  all_goals omega

/-- Row of the table for x :: a' from the row `below` of a': entries for |b| - k, ..., |b|. -/
def mkRowL (b : List Int) (x : Int) (below : List Int) : Nat → List Int
  | 0 => [0]
  | k + 1 =>
    let rest := mkRowL b x below k
    let lo := b.length - (k + 1)
    max (below.getD lo 0) (max (rest.headD 0) (if x = b.getD lo 0 then 1 + below.getD (lo + 1) 0 else 0)) :: rest

def lcsTable (b : List Int) : List Int → List (List Int)
  | [] => [List.replicate (b.length + 1) 0]
  | x :: a' =>
    let rest := lcsTable b a'
    mkRowL b x (rest.headD []) b.length :: rest

/-- Walk the table from (a, 0): leave x unused, match it with b[lo], or skip b[lo], following an
entry that is reached. -/
def pickL (b : List Int) : Nat → List Int → List (List Int) → Nat → List Int
  | fuel + 1, x :: a', row :: rows, lo =>
    if lo < b.length then
      if row.getD lo 0 = (rows.headD []).getD lo 0 then -1 :: pickL b fuel a' rows lo
      else if x = b.getD lo 0 ∧ row.getD lo 0 = 1 + (rows.headD []).getD (lo + 1) 0 then
        (lo : Int) :: pickL b fuel a' rows (lo + 1)
      else pickL b fuel (x :: a') (row :: rows) (lo + 1)
    else -1 :: pickL b fuel a' rows lo
  | _, a', _, _ => List.replicate a'.length (-1)

theorem lcsS_nil (b : List Int) (lo : Nat) : lcsS b [] lo = 0 := by
  rw [lcsS]

theorem lcsS_cons (b : List Int) (x : Int) (a' : List Int) (lo : Nat) :
    lcsS b (x :: a') lo = if lo < b.length then
      max (lcsS b a' lo) (max (lcsS b (x :: a') (lo + 1)) (if x = b.getD lo 0 then 1 + lcsS b a' (lo + 1) else 0))
    else 0 := by
  rw [lcsS]

theorem lcsS_end (b : List Int) : ∀ a' : List Int, lcsS b a' b.length = 0
  | [] => lcsS_nil b _
  | x :: a' => by rw [lcsS_cons, if_neg (Nat.lt_irrefl _)]

theorem lcsS_nonneg (b : List Int) : ∀ (a' : List Int) (lo : Nat), 0 ≤ lcsS b a' lo
  | [], lo => by rw [lcsS_nil]; omega
  | x :: a', lo => by
    rw [lcsS_cons]
    split
    · have := lcsS_nonneg b a' lo; omega
    · omega
termination_by a' lo => (a'.length, b.length - lo)

theorem mkRowL_getD (b : List Int) (x : Int) (a' below : List Int)
    (hb : ∀ j, j ≤ b.length → below.getD j 0 = lcsS b a' j) :
    ∀ k, k ≤ b.length → ∀ t, t ≤ k →
      (mkRowL b x below k).getD t 0 = lcsS b (x :: a') (b.length - k + t)
  | 0, _, t, ht => by
    have : t = 0 := by omega
    subst this
    simp only [mkRowL, List.getD_cons_zero, Nat.sub_zero, Nat.add_zero]
    rw [lcsS_cons, if_neg (Nat.lt_irrefl _)]
  | k + 1, hk, t, ht => by
    have ih := mkRowL_getD b x a' below hb k (by omega)
    cases t with
    | zero =>
      simp only [mkRowL, List.getD_cons_zero]
      have hrest : (mkRowL b x below k).headD 0 = lcsS b (x :: a') (b.length - k) := by
        have := ih 0 (by omega)
        cases hm : mkRowL b x below k with
        | nil => cases k <;> simp [mkRowL] at hm
        | cons v vs => rw [hm] at this; simpa using this
      rw [hrest, hb _ (by omega), hb _ (by omega)]
      have e1 : b.length - (k + 1) + 1 = b.length - k := by omega
      rw [e1, Nat.add_zero, lcsS_cons, if_pos (by omega)]
    | succ t =>
      simp only [mkRowL, List.getD_cons_succ]
      rw [ih t (by omega)]
      congr 1
      omega

theorem lcsTable_entry (b : List Int) : ∀ a' : List Int, ∀ lo, lo ≤ b.length →
    ((lcsTable b a').headD []).getD lo 0 = lcsS b a' lo
  | [], lo, hlo => by
    simp only [lcsTable, List.headD_cons]
    rw [lcsS_nil, List.getD_eq_getElem?_getD, List.getElem?_replicate]
    simp [show lo < b.length + 1 by omega]
  | x :: a', lo, hlo => by
    simp only [lcsTable, List.headD_cons]
    rw [mkRowL_getD b x a' _ (fun j hj => lcsTable_entry b a' j hj) b.length (Nat.le_refl _) lo hlo]
    congr 1
    omega

theorem mem_matchings_mono (b : List Int) : ∀ a' lo p, p ∈ matchings b a' (lo + 1) → p ∈ matchings b a' lo
  | [], _, p, h => by simpa [matchings] using h
  | x :: a', lo, p, h => by
    simp only [matchings, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
      List.mem_range, decide_eq_true_eq] at h ⊢
    rcases h with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlo, heq⟩, t, ht, rfl⟩
    · exact Or.inl ⟨t, mem_matchings_mono b a' lo t ht, rfl⟩
    · exact Or.inr ⟨j, ⟨hj, by omega, heq⟩, t, ht, rfl⟩

/-- Skipping positions of b never helps: lcsS is largest at the smallest lo. -/
theorem lcsS_skip (b : List Int) (x : Int) (a' : List Int) :
    ∀ d lo, lo + d ≤ b.length → lcsS b (x :: a') (lo + d) ≤ lcsS b (x :: a') lo
  | 0, lo, _ => by simp
  | d + 1, lo, h => by
    have ih := lcsS_skip b x a' d (lo + 1) (by omega)
    have e : lo + 1 + d = lo + (d + 1) := by omega
    rw [e] at ih
    have : lcsS b (x :: a') (lo + 1) ≤ lcsS b (x :: a') lo := by
      rw [lcsS_cons b x a' lo, if_pos (by omega)]; omega
    omega

theorem matched_cons (j : Int) (t : List Int) : matched (j :: t) = (if 0 ≤ j then 1 else 0) + matched t := rfl

/-- Every matching of a' with positions lo.. of b matches at most lcsS positions. -/
theorem upperL (b : List Int) : ∀ (a' : List Int) (lo : Nat) (p : List Int), lo ≤ b.length →
    p ∈ matchings b a' lo → (matched p : Int) ≤ lcsS b a' lo
  | [], lo, p, _, hp => by
    simp only [matchings, List.mem_singleton] at hp
    subst hp
    simp [matched, lcsS_nil]
  | x :: a', lo, p, hlo, hp => by
    simp only [matchings, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
      List.mem_range, decide_eq_true_eq] at hp
    rcases hp with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlj, heq⟩, t, ht, rfl⟩
    · have ih := upperL b a' lo t hlo ht
      rw [matched_cons, if_neg (by omega), Nat.zero_add]
      by_cases hl : lo < b.length
      · rw [lcsS_cons, if_pos hl]; omega
      · have hlo' : lo = b.length := by omega
        subst hlo'
        rw [lcsS_end] at ih ⊢
        exact ih
    · have ih := upperL b a' (j + 1) t (by omega) ht
      rw [matched_cons, if_pos (by omega)]
      have h1 := lcsS_skip b x a' (j - lo) lo (by omega)
      have e : lo + (j - lo) = j := by omega
      rw [e] at h1
      have h2 : 1 + lcsS b a' (j + 1) ≤ lcsS b (x :: a') j := by
        rw [lcsS_cons b x a' j, if_pos hj, if_pos heq.symm]; omega
      push_cast
      omega

/-- With enough fuel the walk yields one of the matchings, with lcsS matched positions. -/
theorem pickL_spec (b : List Int) : ∀ (fuel : Nat) (a' : List Int) (lo : Nat), lo ≤ b.length →
    a'.length + (b.length - lo) < fuel →
    pickL b fuel a' (lcsTable b a') lo ∈ matchings b a' lo ∧
      (matched (pickL b fuel a' (lcsTable b a') lo) : Int) = lcsS b a' lo
  | 0, _, _, _, hf => absurd hf (Nat.not_lt_zero _)
  | fuel + 1, [], lo, hlo, _ => by
    have hp : pickL b (fuel + 1) [] (lcsTable b []) lo = [] := by simp [pickL, lcsTable]
    rw [hp]
    simp [matchings, matched, lcsS_nil]
  | fuel + 1, x :: a', lo, hlo, hf => by
    have hrow : ∀ j, j ≤ b.length → ((lcsTable b (x :: a')).headD []).getD j 0 = lcsS b (x :: a') j :=
      lcsTable_entry b (x :: a')
    have hbelow : ∀ j, j ≤ b.length → ((lcsTable b a').headD []).getD j 0 = lcsS b a' j :=
      lcsTable_entry b a'
    have htab : lcsTable b (x :: a') = ((lcsTable b (x :: a')).headD []) :: lcsTable b a' := by
      simp [lcsTable]
    rw [htab]
    simp only [pickL]
    rw [← htab]
    simp only [List.headD_cons] at hrow
    by_cases hl : lo < b.length
    · rw [if_pos hl]
      rw [hrow lo (by omega), hbelow (lo + 1) (by omega), hbelow lo (by omega)]
      have hdef := lcsS_cons b x a' lo
      rw [if_pos hl] at hdef
      by_cases h1 : lcsS b (x :: a') lo = lcsS b a' lo
      · rw [if_pos h1]
        obtain ⟨m1, c1⟩ := pickL_spec b fuel a' lo hlo (by simp at hf; omega)
        refine ⟨?_, ?_⟩
        · simp only [matchings, List.mem_append, List.mem_map]
          exact Or.inl ⟨_, m1, rfl⟩
        · rw [matched_cons, if_neg (by omega), Nat.zero_add, c1, h1]
      · rw [if_neg h1]
        by_cases h2 : x = b.getD lo 0 ∧ lcsS b (x :: a') lo = 1 + lcsS b a' (lo + 1)
        · rw [if_pos h2]
          obtain ⟨m1, c1⟩ := pickL_spec b fuel a' (lo + 1) (by omega) (by simp at hf; omega)
          refine ⟨?_, ?_⟩
          · simp only [matchings, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
              List.mem_range, decide_eq_true_eq]
            exact Or.inr ⟨lo, ⟨hl, Nat.le_refl _, h2.1.symm⟩, _, m1, rfl⟩
          · rw [matched_cons, if_pos (by omega)]
            push_cast
            rw [c1, h2.2]
            omega
        · rw [if_neg h2]
          have h3 : lcsS b (x :: a') lo = lcsS b (x :: a') (lo + 1) := by
            rw [hdef] at h1 ⊢
            by_cases hx : x = b.getD lo 0
            · rw [if_pos hx] at h1 hdef ⊢
              have : ¬ lcsS b (x :: a') lo = 1 + lcsS b a' (lo + 1) := fun hh => h2 ⟨hx, hh⟩
              rw [hdef] at this
              omega
            · rw [if_neg hx] at h1 ⊢
              have := lcsS_nonneg b (x :: a') (lo + 1)
              omega
          obtain ⟨m1, c1⟩ := pickL_spec b fuel (x :: a') (lo + 1) (by omega) (by simp at hf ⊢; omega)
          exact ⟨mem_matchings_mono _ _ _ _ m1, by rw [c1, h3]⟩
    · rw [if_neg hl]
      have hlo' : lo = b.length := by omega
      obtain ⟨m1, c1⟩ := pickL_spec b fuel a' lo hlo (by simp at hf; omega)
      refine ⟨?_, ?_⟩
      · simp only [matchings, List.mem_append, List.mem_map]
        exact Or.inl ⟨_, m1, rfl⟩
      · rw [matched_cons, if_neg (by omega), Nat.zero_add, c1]
        subst hlo'
        rw [lcsS_end, lcsS_end]

/-- Every member of `matchings b a' lo` is a common matching (indexed form), with matched
positions >= lo. -/
theorem matchings_valid (b : List Int) : ∀ (a' : List Int) (lo : Nat) (p : List Int), p ∈ matchings b a' lo →
    p.length = a'.length ∧
    (∀ i, i < p.length → -1 ≤ p.getD i 0 ∧ p.getD i 0 < b.length ∧
      (0 ≤ p.getD i 0 → a'.getD i 0 = b.getD (p.getD i 0).toNat 0 ∧ (lo : Int) ≤ p.getD i 0)) ∧
    ∀ i, i < p.length → ∀ j, j < p.length → i < j → 0 ≤ p.getD i 0 → 0 ≤ p.getD j 0 → p.getD i 0 < p.getD j 0
  | [], _, p, h => by
    simp only [matchings, List.mem_singleton] at h
    subst h
    simp
  | x :: a', lo, p, h => by
    simp only [matchings, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
      List.mem_range, decide_eq_true_eq] at h
    rcases h with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlj, heq⟩, t, ht, rfl⟩
    · obtain ⟨l1, l2, l3⟩ := matchings_valid b a' lo t ht
      refine ⟨by simp [l1], ?_, ?_⟩
      · intro i hi
        cases i with
        | zero => simp
        | succ i => simp only [List.getD_cons_succ]; exact l2 i (by simpa using hi)
      · intro i hi k hk hik h0 h1
        cases i with
        | zero => simp at h0
        | succ i =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ] at h0 h1 ⊢
            exact l3 i (by simpa using hi) k (by simpa using hk) (by omega) h0 h1
    · obtain ⟨l1, l2, l3⟩ := matchings_valid b a' (j + 1) t ht
      refine ⟨by simp [l1], ?_, ?_⟩
      · intro i hi
        cases i with
        | zero =>
          simp only [List.getD_cons_zero, Int.toNat_natCast]
          refine ⟨by omega, by omega, fun _ => ⟨heq.symm, by omega⟩⟩
        | succ i =>
          simp only [List.getD_cons_succ]
          obtain ⟨q1, q2, q3⟩ := l2 i (by simpa using hi)
          exact ⟨q1, q2, fun hq => ⟨(q3 hq).1, by have := (q3 hq).2; push_cast at this; omega⟩⟩
      · intro i hi k hk hik h0 h1
        cases i with
        | zero =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ, List.getD_cons_zero] at h1 ⊢
            have := ((l2 k (by simpa using hk)).2.2 h1).2
            push_cast at this
            omega
        | succ i =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ] at h0 h1 ⊢
            exact l3 i (by simpa using hi) k (by simpa using hk) (by omega) h0 h1
-- </vc:helpers>

def longestCommonSubsequence (a b : List Int) : Int × List Int :=
  -- <vc:code>
  let table := lcsTable b a
  (((table.headD []).getD 0 0), pickL b (a.length + b.length + 1) a table 0)
  -- </vc:code>

theorem longestCommonSubsequence_spec (a b : List Int) (h : pre_longest_common_subsequence a b) :
    post_longest_common_subsequence a b (longestCommonSubsequence a b).1 (longestCommonSubsequence a b).2 := by
  -- <vc:proof>
  have hd : (longestCommonSubsequence a b).1 = lcsS b a 0 := lcsTable_entry b a 0 (Nat.zero_le _)
  have hp : (longestCommonSubsequence a b).2 = pickL b (a.length + b.length + 1) a (lcsTable b a) 0 := rfl
  obtain ⟨m1, c1⟩ := pickL_spec b (a.length + b.length + 1) a 0 (Nat.zero_le _) (by omega)
  obtain ⟨v1, v2, v3⟩ := matchings_valid b a 0 _ m1
  rw [hd, hp]
  refine ⟨⟨v1, fun i hi => ⟨(v2 i hi).1, (v2 i hi).2.1, fun h0 => ((v2 i hi).2.2 h0).1⟩, v3⟩, c1, ?_⟩
  intro x hx _
  exact upperL b a 0 x (Nat.zero_le _) hx
  -- </vc:proof>
