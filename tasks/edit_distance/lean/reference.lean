/-- An alignment of a with b: entry i is the position of b aligned with a[i], or -1 when a[i] is
deleted; aligned positions increase, and positions of b aligned with nothing are inserted.
matched m counts the aligned positions; mismatched b a m those whose elements differ. -/
def matched : List Int → Nat
  | j :: m => (if 0 ≤ j then 1 else 0) + matched m
  | [] => 0

def mismatched (b : List Int) : List Int → List Int → Nat
  | x :: a, j :: m => (if 0 ≤ j ∧ x ≠ b.getD j.toNat 0 then 1 else 0) + mismatched b a m
  | _, _ => 0

/-- Every alignment of n positions of a with the positions lo, lo+1, ..., w-1 of b: the first
position is deleted, or aligned with some position j >= lo and the rest with positions > j. -/
def alignments (w : Nat) : Nat → Nat → List (List Int)
  | 0, _ => [[]]
  | n + 1, lo =>
    (alignments w n lo).map (fun t => -1 :: t) ++
      ((List.range w).filter (fun j => lo ≤ j)).flatMap (fun j => (alignments w n (j + 1)).map (fun t => (j : Int) :: t))

/-- m is an alignment of a with b (an abbrev, so that `decide` sees its Decidable instance). -/
abbrev alignment (a b m : List Int) : Prop :=
  m.length = a.length ∧ (∀ i, i < m.length → -1 ≤ m.getD i 0 ∧ m.getD i 0 < b.length) ∧
  ∀ i, i < m.length → ∀ j, j < m.length → i < j → 0 ≤ m.getD i 0 → 0 ≤ m.getD j 0 → m.getD i 0 < m.getD j 0

/-- Edits of an alignment: deletions (|a| - aligned), insertions (|b| - aligned), substitutions. -/
def cost (a b m : List Int) : Int :=
  (a.length : Int) + b.length - 2 * (matched m : Int) + (mismatched b a m : Int)

def pre_edit_distance (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

/-- m is an alignment with dist edits, and no alignment needs fewer (alignments lists every
alignment, so the statement is decidable). -/
def post_edit_distance (a b : List Int) (dist : Int) (m : List Int) : Prop :=
  alignment a b m ∧ cost a b m = dist ∧
  ∀ x ∈ alignments b.length a.length 0, alignment a b x → dist ≤ cost a b x

-- <vc:helpers>
/-- 1 when x differs from b[j] (a substitution), else 0. -/
def mmc (b : List Int) (x : Int) (j : Nat) : Int := if x ≠ b.getD j 0 then 1 else 0

/-- Edit distance of a suffix a' of a and the suffix of b from position lo (lo ≤ |b|): delete
x, insert b[lo], or align x with b[lo]. -/
def edS (b : List Int) : List Int → Nat → Int
  | [], lo => (b.length : Int) - lo
  | x :: a', lo =>
    if lo < b.length then
      min (1 + edS b a' lo) (min (1 + edS b (x :: a') (lo + 1)) (mmc b x lo + edS b a' (lo + 1)))
    else (a'.length : Int) + 1
termination_by a' lo => (a'.length, b.length - lo)
decreasing_by
  all_goals simp_wf
  all_goals omega

/-- Row of the table for x :: a' from the row `below` of a': the entries for the positions
|b| - k, ..., |b| of b (computed from the right; `del` is the entry for |b|). -/
def mkRow (b : List Int) (x del : Int) (below : List Int) : Nat → List Int
  | 0 => [del]
  | k + 1 =>
    let rest := mkRow b x del below k
    let lo := b.length - (k + 1)
    min (1 + below.getD lo 0) (min (1 + rest.headD 0) (mmc b x lo + below.getD (lo + 1) 0)) :: rest

/-- The table: one row per suffix of a (the longest first), entries for the positions 0..|b|. -/
def edTable (b : List Int) : List Int → List (List Int)
  | [] => [(List.range (b.length + 1)).map (fun lo => (b.length : Int) - lo)]
  | x :: a' =>
    let rest := edTable b a'
    mkRow b x ((a'.length : Int) + 1) (rest.headD []) b.length :: rest

/-- Walk the table from (a, 0): align, delete, or insert, following an entry that is reached. -/
def pickE (b : List Int) : Nat → List Int → List (List Int) → Nat → List Int
  | fuel + 1, x :: a', row :: rows, lo =>
    if lo < b.length then
      if row.getD lo 0 = mmc b x lo + (rows.headD []).getD (lo + 1) 0 then
        (lo : Int) :: pickE b fuel a' rows (lo + 1)
      else if row.getD lo 0 = 1 + (rows.headD []).getD lo 0 then
        -1 :: pickE b fuel a' rows lo
      else pickE b fuel (x :: a') (row :: rows) (lo + 1)
    else -1 :: pickE b fuel a' rows lo
  | _, a', _, _ => List.replicate a'.length (-1)

/-- Cost of an alignment of the suffix a' with the positions lo.. of b. -/
def costS (b a' : List Int) (lo : Nat) (p : List Int) : Int :=
  (a'.length : Int) + ((b.length : Int) - lo) - 2 * (matched p : Int) + (mismatched b a' p : Int)

theorem edS_nil (b : List Int) (lo : Nat) : edS b [] lo = (b.length : Int) - lo := by
  rw [edS]

theorem edS_cons (b : List Int) (x : Int) (a' : List Int) (lo : Nat) :
    edS b (x :: a') lo = if lo < b.length then
      min (1 + edS b a' lo) (min (1 + edS b (x :: a') (lo + 1)) (mmc b x lo + edS b a' (lo + 1)))
    else (a'.length : Int) + 1 := by
  rw [edS]

theorem edS_end (b : List Int) : ∀ a' : List Int, edS b a' b.length = a'.length
  | [] => by rw [edS_nil]; simp
  | x :: a' => by rw [edS_cons, if_neg (Nat.lt_irrefl _)]; simp

theorem getD_map_range (f : Nat → Int) (n c : Nat) (h : c < n) :
    ((List.range n).map f).getD c 0 = f c := by
  simp [List.getD_eq_getElem?_getD, List.getElem?_map, List.getElem?_range h]

theorem mkRow_getD (b : List Int) (x : Int) (a' below : List Int)
    (hb : ∀ j, j ≤ b.length → below.getD j 0 = edS b a' j) :
    ∀ k, k ≤ b.length → ∀ t, t ≤ k →
      (mkRow b x ((a'.length : Int) + 1) below k).getD t 0 = edS b (x :: a') (b.length - k + t)
  | 0, _, t, ht => by
    have : t = 0 := by omega
    subst this
    simp only [mkRow, List.getD_cons_zero, Nat.sub_zero, Nat.add_zero]
    rw [edS_cons, if_neg (Nat.lt_irrefl _)]
  | k + 1, hk, t, ht => by
    have ih := mkRow_getD b x a' below hb k (by omega)
    cases t with
    | zero =>
      simp only [mkRow, List.getD_cons_zero]
      have hrest : (mkRow b x ((a'.length : Int) + 1) below k).headD 0 = edS b (x :: a') (b.length - k) := by
        have := ih 0 (by omega)
        cases hm : mkRow b x ((a'.length : Int) + 1) below k with
        | nil => cases k <;> simp [mkRow] at hm
        | cons v vs => rw [hm] at this; simpa using this
      rw [hrest, hb _ (by omega), hb _ (by omega)]
      have e1 : b.length - (k + 1) + 1 = b.length - k := by omega
      rw [e1, Nat.add_zero, edS_cons, if_pos (by omega)]
    | succ t =>
      simp only [mkRow, List.getD_cons_succ]
      rw [ih t (by omega)]
      congr 1
      omega

theorem edTable_entry (b : List Int) : ∀ a' : List Int, ∀ lo, lo ≤ b.length →
    ((edTable b a').headD []).getD lo 0 = edS b a' lo
  | [], lo, hlo => by
    simp only [edTable, List.headD_cons]
    rw [getD_map_range _ _ _ (by omega), edS_nil]
  | x :: a', lo, hlo => by
    simp only [edTable, List.headD_cons]
    rw [mkRow_getD b x a' _ (fun j hj => edTable_entry b a' j hj) b.length (Nat.le_refl _) lo hlo]
    congr 1
    omega

theorem mem_alignments_mono (w : Nat) : ∀ n lo p, p ∈ alignments w n (lo + 1) → p ∈ alignments w n lo
  | 0, _, p, h => by simpa [alignments] using h
  | n + 1, lo, p, h => by
    simp only [alignments, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
      List.mem_range, decide_eq_true_eq] at h ⊢
    rcases h with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlo⟩, t, ht, rfl⟩
    · exact Or.inl ⟨t, mem_alignments_mono w n lo t ht, rfl⟩
    · exact Or.inr ⟨j, ⟨hj, by omega⟩, t, ht, rfl⟩

/-- Inserting the next d positions of b costs at most d. -/
theorem edS_insert (b : List Int) (x : Int) (a' : List Int) :
    ∀ d lo, lo + d ≤ b.length → edS b (x :: a') lo ≤ d + edS b (x :: a') (lo + d)
  | 0, lo, _ => by simp
  | d + 1, lo, h => by
    have ih := edS_insert b x a' d (lo + 1) (by omega)
    rw [edS_cons b x a' lo, if_pos (by omega)]
    have e : lo + 1 + d = lo + (d + 1) := by omega
    rw [e] at ih
    omega

theorem matched_cons (j : Int) (t : List Int) : matched (j :: t) = (if 0 ≤ j then 1 else 0) + matched t := rfl

theorem mismatched_cons (b : List Int) (x : Int) (a' : List Int) (j : Int) (t : List Int) :
    mismatched b (x :: a') (j :: t) = (if 0 ≤ j ∧ x ≠ b.getD j.toNat 0 then 1 else 0) + mismatched b a' t := rfl

theorem costS_align (b : List Int) (x : Int) (a' : List Int) (lo j : Nat) (t : List Int) (hj : lo ≤ j) :
    costS b (x :: a') lo ((j : Int) :: t) = costS b a' (j + 1) t + ((j : Int) - lo) + mmc b x j := by
  simp only [costS, matched_cons, mismatched_cons, mmc, List.length_cons, Int.toNat_natCast]
  have h0 : (0 : Int) ≤ (j : Int) := Int.natCast_nonneg j
  by_cases hx : x ≠ b.getD j 0
  · simp only [if_pos h0, if_pos ⟨h0, hx⟩, if_pos hx]; push_cast; omega
  · have : ¬ ((0 : Int) ≤ (j : Int) ∧ x ≠ b.getD j 0) := fun hh => hx hh.2
    simp only [if_pos h0, if_neg this, if_neg hx]; push_cast; omega

theorem costS_delete (b : List Int) (x : Int) (a' : List Int) (lo : Nat) (t : List Int) :
    costS b (x :: a') lo (-1 :: t) = costS b a' lo t + 1 := by
  simp only [costS, matched_cons, mismatched_cons, List.length_cons]
  have : ¬ (0 : Int) ≤ -1 := by omega
  have h2 : ¬ ((0 : Int) ≤ -1 ∧ x ≠ b.getD (-1 : Int).toNat 0) := fun hh => this hh.1
  simp only [if_neg this, if_neg h2]; push_cast; omega

/-- Every alignment of a' with the positions lo.. of b costs at least edS. -/
theorem lowerE (b : List Int) : ∀ (n lo : Nat) (a' p : List Int), a'.length = n → lo ≤ b.length →
    p ∈ alignments b.length n lo → edS b a' lo ≤ costS b a' lo p
  | 0, lo, a', p, ha, _, hp => by
    have ha' : a' = [] := List.eq_nil_of_length_eq_zero ha
    simp only [alignments, List.mem_singleton] at hp
    subst ha' hp
    simp [edS_nil, costS, matched, mismatched]
  | n + 1, lo, a', p, ha, hlo, hp => by
    match a', ha with
    | x :: a'', ha =>
      have ha'' : a''.length = n := by simpa using ha
      simp only [alignments, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
        List.mem_range, decide_eq_true_eq] at hp
      rcases hp with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlj⟩, t, ht, rfl⟩
      · have ih := lowerE b n lo a'' t ha'' hlo ht
        rw [costS_delete]
        by_cases hl : lo < b.length
        · rw [edS_cons, if_pos hl]; omega
        · have hlo' : lo = b.length := by omega
          subst hlo'
          rw [edS_cons, if_neg hl]
          rw [edS_end] at ih
          simp only [costS] at ih ⊢
          omega
      · have ih := lowerE b n (j + 1) a'' t ha'' (by omega) ht
        rw [costS_align b x a'' lo j t hlj]
        have h1 := edS_insert b x a'' (j - lo) lo (by omega)
        have e : lo + (j - lo) = j := by omega
        rw [e] at h1
        have h2 : edS b (x :: a'') j ≤ mmc b x j + edS b a'' (j + 1) := by
          rw [edS_cons, if_pos hj]; omega
        have h3 : ((j - lo : Nat) : Int) = (j : Int) - lo := by omega
        rw [h3] at h1
        omega

/-- With enough fuel the walk yields an alignment (one of `alignments`) of cost edS. -/
theorem pickE_spec (b : List Int) : ∀ (fuel : Nat) (a' : List Int) (lo : Nat), lo ≤ b.length →
    a'.length + (b.length - lo) < fuel →
    pickE b fuel a' (edTable b a') lo ∈ alignments b.length a'.length lo ∧
      costS b a' lo (pickE b fuel a' (edTable b a') lo) = edS b a' lo
  | 0, _, _, _, hf => absurd hf (Nat.not_lt_zero _)
  | fuel + 1, [], lo, hlo, _ => by
    have hp : pickE b (fuel + 1) [] (edTable b []) lo = [] := by simp [pickE, edTable]
    rw [hp]
    simp [alignments, costS, matched, mismatched, edS_nil]
  | fuel + 1, x :: a', lo, hlo, hf => by
    have hrow : ∀ j, j ≤ b.length → ((edTable b (x :: a')).headD []).getD j 0 = edS b (x :: a') j :=
      edTable_entry b (x :: a')
    have hbelow : ∀ j, j ≤ b.length → ((edTable b a').headD []).getD j 0 = edS b a' j :=
      edTable_entry b a'
    have htab : edTable b (x :: a') = ((edTable b (x :: a')).headD []) :: edTable b a' := by
      simp [edTable]
    rw [htab]
    simp only [pickE]
    rw [← htab]
    simp only [List.headD_cons] at hrow
    by_cases hl : lo < b.length
    · rw [if_pos hl]
      rw [hrow lo (by omega), hbelow (lo + 1) (by omega), hbelow lo (by omega)]
      have hdef := edS_cons b x a' lo
      rw [if_pos hl] at hdef
      by_cases h1 : edS b (x :: a') lo = mmc b x lo + edS b a' (lo + 1)
      · rw [if_pos h1]
        obtain ⟨m1, c1⟩ := pickE_spec b fuel a' (lo + 1) (by omega) (by simp at hf; omega)
        refine ⟨?_, ?_⟩
        · simp only [List.length_cons, alignments, List.mem_append, List.mem_map, List.mem_flatMap,
            List.mem_filter, List.mem_range, decide_eq_true_eq]
          exact Or.inr ⟨lo, ⟨hl, Nat.le_refl _⟩, _, m1, rfl⟩
        · rw [costS_align b x a' lo lo _ (Nat.le_refl _), c1, h1]; omega
      · rw [if_neg h1]
        by_cases h2 : edS b (x :: a') lo = 1 + edS b a' lo
        · rw [if_pos h2]
          obtain ⟨m1, c1⟩ := pickE_spec b fuel a' lo hlo (by simp at hf; omega)
          refine ⟨?_, ?_⟩
          · simp only [List.length_cons, alignments, List.mem_append, List.mem_map]
            exact Or.inl ⟨_, m1, rfl⟩
          · rw [costS_delete, c1, h2]; omega
        · rw [if_neg h2]
          have h3 : edS b (x :: a') lo = 1 + edS b (x :: a') (lo + 1) := by omega
          have ih := pickE_spec b fuel (x :: a') (lo + 1) (by omega) (by simp at hf ⊢; omega)
          obtain ⟨m1, c1⟩ := ih
          refine ⟨mem_alignments_mono _ _ _ _ m1, ?_⟩
          simp only [costS] at c1 ⊢
          rw [h3]
          push_cast at c1 ⊢
          omega
    · rw [if_neg hl]
      have hlo' : lo = b.length := by omega
      obtain ⟨m1, c1⟩ := pickE_spec b fuel a' lo hlo (by simp at hf; omega)
      refine ⟨?_, ?_⟩
      · simp only [List.length_cons, alignments, List.mem_append, List.mem_map]
        exact Or.inl ⟨_, m1, rfl⟩
      · rw [costS_delete, c1, edS_cons, if_neg hl]
        subst hlo'
        rw [edS_end]

/-- Every member of `alignments` is an alignment (indexed form), with aligned positions >= lo. -/
theorem alignments_valid (w : Nat) : ∀ (n lo : Nat) (p : List Int), p ∈ alignments w n lo →
    p.length = n ∧ (∀ i, i < p.length → -1 ≤ p.getD i 0 ∧ p.getD i 0 < w ∧ (0 ≤ p.getD i 0 → (lo : Int) ≤ p.getD i 0)) ∧
      ∀ i, i < p.length → ∀ j, j < p.length → i < j → 0 ≤ p.getD i 0 → 0 ≤ p.getD j 0 → p.getD i 0 < p.getD j 0
  | 0, _, p, h => by
    simp only [alignments, List.mem_singleton] at h
    subst h
    simp
  | n + 1, lo, p, h => by
    simp only [alignments, List.mem_append, List.mem_map, List.mem_flatMap, List.mem_filter,
      List.mem_range, decide_eq_true_eq] at h
    rcases h with ⟨t, ht, rfl⟩ | ⟨j, ⟨hj, hlj⟩, t, ht, rfl⟩
    · obtain ⟨l1, l2, l3⟩ := alignments_valid w n lo t ht
      refine ⟨by simp [l1], ?_, ?_⟩
      · intro i hi
        cases i with
        | zero => simp; omega
        | succ i => simp only [List.getD_cons_succ]; exact l2 i (by simpa using hi)
      · intro i hi k hk hik h0 _
        cases i with
        | zero => simp at h0
        | succ i =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ] at h0 ⊢
            exact l3 i (by simpa using hi) k (by simpa using hk) (by omega) h0 (by simpa using ‹_›)
    · obtain ⟨l1, l2, l3⟩ := alignments_valid w n (j + 1) t ht
      refine ⟨by simp [l1], ?_, ?_⟩
      · intro i hi
        cases i with
        | zero => simp; omega
        | succ i =>
          simp only [List.getD_cons_succ]
          obtain ⟨q1, q2, q3⟩ := l2 i (by simpa using hi)
          exact ⟨q1, q2, fun hq => by have := q3 hq; push_cast at this; omega⟩
      · intro i hi k hk hik h0 h1
        cases i with
        | zero =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ, List.getD_cons_zero] at h1 ⊢
            have := (l2 k (by simpa using hk)).2.2 h1
            push_cast at this
            omega
        | succ i =>
          cases k with
          | zero => omega
          | succ k =>
            simp only [List.getD_cons_succ] at h0 h1 ⊢
            exact l3 i (by simpa using hi) k (by simpa using hk) (by omega) h0 h1
-- </vc:helpers>

def editDistance (a b : List Int) : Int × List Int :=
  -- <vc:code>
  let table := edTable b a
  (((table.headD []).getD 0 0), pickE b (a.length + b.length + 1) a table 0)
  -- </vc:code>

theorem editDistance_spec (a b : List Int) (h : pre_edit_distance a b) :
    post_edit_distance a b (editDistance a b).1 (editDistance a b).2 := by
  -- <vc:proof>
  have hd : (editDistance a b).1 = edS b a 0 := edTable_entry b a 0 (Nat.zero_le _)
  have hp : (editDistance a b).2 = pickE b (a.length + b.length + 1) a (edTable b a) 0 := rfl
  obtain ⟨m1, c1⟩ := pickE_spec b (a.length + b.length + 1) a 0 (Nat.zero_le _) (by omega)
  obtain ⟨v1, v2, v3⟩ := alignments_valid b.length a.length 0 _ m1
  have hcost : ∀ m, cost a b m = costS b a 0 m := by
    intro m; simp [cost, costS]
  rw [hd, hp]
  refine ⟨⟨v1, fun i hi => ⟨(v2 i hi).1, (v2 i hi).2.1⟩, v3⟩, by rw [hcost, c1], ?_⟩
  intro x hx _
  rw [hcost]
  exact lowerE b a.length 0 a x rfl (Nat.zero_le _) hx
  -- </vc:proof>
