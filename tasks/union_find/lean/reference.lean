-- A union-find forest as a parent list: p[i] = i marks a root. Links always go from a smaller
-- index to a larger one (p[i] = i or p[i] > i), which makes every path to a root finite.
abbrev valid_uf (p : List Nat) : Prop :=
  ∀ i, i < p.length → p.getD i 0 < p.length ∧ (p.getD i 0 = i ∨ i < p.getD i 0)

-- Follow parent links at most fuel times.
def rootF (p : List Nat) : Nat → Nat → Nat
  | 0, i => i
  | fuel + 1, i => if p.getD i 0 = i then i else rootF p fuel (p.getD i 0)

-- The root (set representative) of element i; under valid_uf, p.length steps always suffice.
def root (p : List Nat) (i : Nat) : Nat := rootF p p.length i

abbrev pre_union_find (p : List Nat) (a b : Nat) : Prop :=
  valid_uf p ∧ a < p.length ∧ b < p.length

-- After union(a, b): a valid forest on the same elements in which i and j are in the same set
-- exactly when they were before, or one was with a and the other with b. (The conjunct
-- root p2 a = root p2 b follows from the last one; it is stated for readability.)
def post_union_find (p : List Nat) (a b : Nat) (p2 : List Nat) : Prop :=
  pre_union_find p a b ∧ valid_uf p2 ∧ p2.length = p.length ∧ root p2 a = root p2 b ∧
  ∀ i, i < p.length → ∀ j, j < p.length →
    (root p2 i = root p2 j ↔
      (root p i = root p j ∨
       (root p i = root p a ∧ root p j = root p b) ∨
       (root p i = root p b ∧ root p j = root p a)))

-- <vc:helpers>
-- Implementation. find: follow parent links from i (to its parent q), at most fuel times.
def findRoot (p : List Nat) (fuel i : Nat) : Nat :=
  match fuel with
  | 0 => i
  | f + 1 =>
    let q := p.getD i 0
    if q = i then i else findRoot p f q

-- union on the two roots: link the smaller-index root under the larger-index one.
def linkRoots (p : List Nat) (ra rb : Nat) : List Nat :=
  if ra < rb then p.set ra rb
  else if rb < ra then p.set rb ra
  else p

-- Proof. find computes the spec's root.
theorem findRoot_eq (p : List Nat) : ∀ (fuel i : Nat), findRoot p fuel i = rootF p fuel i
  | 0, _ => by simp [findRoot, rootF]
  | fuel + 1, i => by
    simp only [findRoot, rootF]
    rw [findRoot_eq p fuel (p.getD i 0)]

theorem findRoot_root (p : List Nat) (i : Nat) : findRoot p p.length i = root p i :=
  findRoot_eq p p.length i

theorem rootF_succ (p : List Nat) (fuel i : Nat) :
    rootF p (fuel + 1) i = if p.getD i 0 = i then i else rootF p fuel (p.getD i 0) := rfl

theorem getD_set_eq : ∀ (p : List Nat) (c q i : Nat), c < p.length →
    (p.set c q).getD i 0 = if i = c then q else p.getD i 0
  | [], c, _, _, h => absurd h (Nat.not_lt_zero c)
  | x :: _, 0, q, 0, _ => by
    show q = if 0 = 0 then q else x
    rw [if_pos rfl]
  | _ :: p, 0, q, i + 1, _ => by
    show p.getD i 0 = if i + 1 = 0 then q else p.getD i 0
    rw [if_neg (Nat.succ_ne_zero i)]
  | x :: _, c + 1, q, 0, _ => by
    show x = if 0 = c + 1 then q else x
    rw [if_neg (Nat.succ_ne_zero c).symm]
  | _ :: p, c + 1, q, i + 1, h => by
    have ih := getD_set_eq p c q i (Nat.lt_of_succ_lt_succ h)
    show (p.set c q).getD i 0 = if i + 1 = c + 1 then q else p.getD i 0
    rw [ih]
    by_cases hic : i = c
    · have hic' : i + 1 = c + 1 := by rw [hic]
      rw [if_pos hic, if_pos hic']
    · have hic' : ¬ (i + 1 = c + 1) := by omega
      rw [if_neg hic, if_neg hic']

-- With enough fuel, rootF reaches a root inside the list.
theorem rootF_root (p : List Nat) (hv : valid_uf p) : ∀ (fuel i : Nat), i < p.length →
    p.length ≤ i + fuel → rootF p fuel i < p.length ∧ p.getD (rootF p fuel i) 0 = rootF p fuel i
  | 0, i, hi, hf => absurd hi (by omega)
  | fuel + 1, i, hi, hf => by
    have hvi := hv i hi
    by_cases hr : p.getD i 0 = i
    · rw [rootF_succ, if_pos hr]
      exact ⟨hi, hr⟩
    · rw [rootF_succ, if_neg hr]
      have hgt : i < p.getD i 0 := by
        cases hvi.2 with
        | inl h1 => exact absurd h1 hr
        | inr h1 => exact h1
      exact rootF_root p hv fuel (p.getD i 0) hvi.1 (by omega)

-- Linking root c under root q (c < q) keeps the forest valid.
theorem valid_link (p : List Nat) (hv : valid_uf p) (c q : Nat) (hcq : c < q) (hq : q < p.length) :
    valid_uf (p.set c q) := by
  unfold valid_uf
  intro i hi
  rw [List.length_set] at hi
  rw [List.length_set, getD_set_eq p c q i (by omega)]
  by_cases hic : i = c
  · rw [if_pos hic]
    omega
  · rw [if_neg hic]
    exact hv i hi

-- Linking root c under root q (c < q) sends everything that had root c to root q.
theorem rootF_link (p : List Nat) (hv : valid_uf p) (c q : Nat) (hcq : c < q) (hq : q < p.length)
    (hc : p.getD c 0 = c) (hqr : p.getD q 0 = q) : ∀ (fuel i : Nat), i < p.length →
    p.length ≤ i + fuel →
    rootF (p.set c q) fuel i = (if rootF p fuel i = c then q else rootF p fuel i)
  | 0, i, hi, hf => absurd hi (by omega)
  | fuel + 1, i, hi, hf => by
    have hvi := hv i hi
    have hs : ∀ k, (p.set c q).getD k 0 = if k = c then q else p.getD k 0 :=
      fun k => getD_set_eq p c q k (by omega)
    have hqc : q ≠ c := by omega
    by_cases hr : p.getD i 0 = i
    · rw [rootF_succ p fuel i, if_pos hr]
      by_cases hic : i = c
      · -- the old root c now points to q, which is still a root
        have hi2 : (p.set c q).getD i 0 = q := by
          rw [hs i, if_pos hic]
        have hqi : q ≠ i := by omega
        rw [rootF_succ, hi2, if_neg hqi, if_pos hic]
        cases fuel with
        | zero => rfl
        | succ f =>
          have hq2 : (p.set c q).getD q 0 = q := by
            rw [hs q, if_neg hqc, hqr]
          show (if (p.set c q).getD q 0 = q then q else rootF (p.set c q) f ((p.set c q).getD q 0)) = q
          rw [hq2, if_pos rfl]
      · have hi2 : (p.set c q).getD i 0 = i := by
          rw [hs i, if_neg hic, hr]
        rw [rootF_succ, hi2, if_pos rfl, if_neg hic]
    · have hgt : i < p.getD i 0 := by
        cases hvi.2 with
        | inl h1 => exact absurd h1 hr
        | inr h1 => exact h1
      have hic : i ≠ c := by
        intro h1
        rw [h1] at hr
        exact hr hc
      have hi2 : (p.set c q).getD i 0 = p.getD i 0 := by
        rw [hs i, if_neg hic]
      rw [rootF_succ p fuel i, if_neg hr, rootF_succ, hi2, if_neg hr]
      exact rootF_link p hv c q hcq hq hc hqr fuel (p.getD i 0) hvi.1 (by omega)

-- The partition after the link: f x = f y iff x = y or {x, y} = {c, q}.
theorem link_iff (c q x y : Nat) (hcq : c < q) :
    ((if x = c then q else x) = (if y = c then q else y)) ↔
      (x = y ∨ (x = c ∧ y = q) ∨ (x = q ∧ y = c)) := by
  by_cases hx : x = c
  · rw [if_pos hx]
    by_cases hy : y = c
    · rw [if_pos hy]
      exact ⟨fun _ => Or.inl (by rw [hx, hy]), fun _ => rfl⟩
    · rw [if_neg hy]
      constructor
      · intro h1
        exact Or.inr (Or.inl ⟨hx, h1.symm⟩)
      · intro h1
        rcases h1 with h1 | ⟨_, h2⟩ | ⟨_, h3⟩
        · exact absurd (h1.symm.trans hx) hy
        · exact h2.symm
        · exact absurd h3 hy
  · rw [if_neg hx]
    by_cases hy : y = c
    · rw [if_pos hy]
      constructor
      · intro h1
        exact Or.inr (Or.inr ⟨h1, hy⟩)
      · intro h1
        rcases h1 with h1 | ⟨h2, _⟩ | ⟨h2, _⟩
        · exact absurd (h1.trans hy) hx
        · exact absurd h2 hx
        · exact h2
    · rw [if_neg hy]
      constructor
      · intro h1
        exact Or.inl h1
      · intro h1
        rcases h1 with h1 | ⟨h2, _⟩ | ⟨_, h3⟩
        · exact h1
        · exact absurd h2 hx
        · exact absurd h3 hy

-- Everything about one link step, stated with root.
theorem link_post (p : List Nat) (a b c q : Nat) (h : pre_union_find p a b) (hcq : c < q)
    (hab : (c = root p a ∧ q = root p b) ∨ (c = root p b ∧ q = root p a)) :
    post_union_find p a b (p.set c q) := by
  have h' := h
  unfold pre_union_find at h'
  obtain ⟨hv, ha, hb⟩ := h'
  have hra := rootF_root p hv p.length a ha (by omega)
  have hrb := rootF_root p hv p.length b hb (by omega)
  have hq : q < p.length := by
    cases hab with
    | inl h1 => rw [h1.2]; exact hrb.1
    | inr h1 => rw [h1.2]; exact hra.1
  have hc : p.getD c 0 = c := by
    cases hab with
    | inl h1 => rw [h1.1]; exact hra.2
    | inr h1 => rw [h1.1]; exact hrb.2
  have hqr : p.getD q 0 = q := by
    cases hab with
    | inl h1 => rw [h1.2]; exact hrb.2
    | inr h1 => rw [h1.2]; exact hra.2
  have hlen : (p.set c q).length = p.length := List.length_set ..
  have hr : ∀ i, i < p.length → root (p.set c q) i = (if root p i = c then q else root p i) := by
    intro i hi
    unfold root
    rw [hlen]
    exact rootF_link p hv c q hcq hq hc hqr p.length i hi (by omega)
  unfold post_union_find
  refine ⟨h, valid_link p hv c q hcq hq, hlen, ?_, ?_⟩
  · have hqc : ¬ (q = c) := by omega
    rw [hr a ha, hr b hb]
    cases hab with
    | inl h1 => rw [← h1.1, ← h1.2, if_pos rfl, if_neg hqc]
    | inr h1 => rw [← h1.1, ← h1.2, if_pos rfl, if_neg hqc]
  · intro i hi j hj
    rw [hr i hi, hr j hj, link_iff c q (root p i) (root p j) hcq]
    cases hab with
    | inl h1 => rw [h1.1, h1.2]
    | inr h1 =>
      rw [h1.1, h1.2]
      constructor
      · intro h2
        rcases h2 with h2 | h2 | h2
        · exact Or.inl h2
        · exact Or.inr (Or.inr h2)
        · exact Or.inr (Or.inl h2)
      · intro h2
        rcases h2 with h2 | h2 | h2
        · exact Or.inl h2
        · exact Or.inr (Or.inr h2)
        · exact Or.inr (Or.inl h2)
-- </vc:helpers>

-- union(a, b): find both roots and link the smaller-index root under the larger-index one.
def unionFind (p : List Nat) (a b : Nat) : List Nat :=
-- <vc:code>
  linkRoots p (findRoot p p.length a) (findRoot p p.length b)
-- </vc:code>

theorem unionFind_spec (p : List Nat) (a b : Nat) (h : pre_union_find p a b) :
    post_union_find p a b (unionFind p a b) := by
-- <vc:proof>
  show post_union_find p a b (linkRoots p (findRoot p p.length a) (findRoot p p.length b))
  rw [findRoot_root p a, findRoot_root p b]
  unfold linkRoots
  by_cases h1 : root p a < root p b
  · rw [if_pos h1]
    exact link_post p a b (root p a) (root p b) h h1 (Or.inl ⟨rfl, rfl⟩)
  · rw [if_neg h1]
    by_cases h2 : root p b < root p a
    · rw [if_pos h2]
      exact link_post p a b (root p b) (root p a) h h2 (Or.inr ⟨rfl, rfl⟩)
    · rw [if_neg h2]
      have heq : root p a = root p b := by omega
      have h' := h
      unfold pre_union_find at h'
      unfold post_union_find
      refine ⟨h, h'.1, rfl, heq, ?_⟩
      intro i _ j _
      constructor
      · intro h3
        exact Or.inl h3
      · intro h3
        rcases h3 with h3 | ⟨h3, h4⟩ | ⟨h3, h4⟩
        · exact h3
        · rw [h3, h4, heq]
        · rw [h3, h4, heq]
-- </vc:proof>
