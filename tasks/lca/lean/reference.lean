-- A rooted tree on the vertices 0 .. n-1 as a parent array, numbered from the root down: vertex 0
-- is the root (parent[0] = -1) and every other vertex v has its parent before it
-- (0 ≤ parent[v] < v), as a breadth- or depth-first numbering gives.
def valid_tree (n : Nat) (parent : List Int) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ parent.length = n ∧ parent.getD 0 0 = -1 ∧
  ∀ v, v < n → 1 ≤ v → 0 ≤ parent.getD v 0 ∧ parent.getD v 0 < v

instance (n : Nat) (parent : List Int) : Decidable (valid_tree n parent) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ parent.length = n ∧ parent.getD 0 0 = -1 ∧
    ∀ v, v < n → 1 ≤ v → 0 ≤ parent.getD v 0 ∧ parent.getD v 0 < v))

-- a is reached from v by following at most fuel parent links.
def ancF (parent : List Int) (a : Nat) : Nat → Nat → Bool
  | 0, v => a == v
  | fuel + 1, v => a == v || (decide (0 < v) && ancF parent a fuel (parent.getD v 0).toNat)

-- a is an ancestor of v (every vertex is an ancestor of itself): following parent links from v
-- reaches a. In a valid tree every link lowers the vertex, so v + 1 steps are enough.
def ancestor (parent : List Int) (a v : Nat) : Bool := ancF parent a (v + 1) v

def pre_lca (n : Nat) (parent : List Int) (u v : Nat) : Prop :=
  valid_tree n parent ∧ u < n ∧ v < n

instance (n : Nat) (parent : List Int) (u v : Nat) : Decidable (pre_lca n parent u v) :=
  inferInstanceAs (Decidable (valid_tree n parent ∧ u < n ∧ v < n))

-- w is the lowest common ancestor of u and v: an ancestor of both, and every common ancestor of u
-- and v is an ancestor of w (so none lies below it).
def post_lca (n : Nat) (parent : List Int) (u v w : Nat) : Prop :=
  pre_lca n parent u v ∧ w < n ∧ ancestor parent w u = true ∧ ancestor parent w v = true ∧
  ∀ x, x < n → ancestor parent x u = true → ancestor parent x v = true → ancestor parent x w = true

instance (n : Nat) (parent : List Int) (u v w : Nat) : Decidable (post_lca n parent u v w) :=
  inferInstanceAs (Decidable (pre_lca n parent u v ∧ w < n ∧ ancestor parent w u = true ∧
    ancestor parent w v = true ∧
    ∀ x, x < n → ancestor parent x u = true → ancestor parent x v = true → ancestor parent x w = true))

-- <vc:helpers>
-- Implementation: climb from the later-numbered vertex; fuel bounds the number of steps (each
-- step lowers a + b, so u + v + 1 is enough).
def climb (parent : List Int) : Nat → Nat → Nat → Nat
  | 0, a, _ => a
  | fuel + 1, a, b =>
    if a = b then a
    else if b < a then climb parent fuel (parent.getD a 0).toNat b
    else climb parent fuel a (parent.getD b 0).toNat

-- Proof. The parent of v as a vertex.
def par (parent : List Int) (v : Nat) : Nat := (parent.getD v 0).toNat

theorem par_lt {n : Nat} {parent : List Int} (hv : valid_tree n parent) {v : Nat}
    (h0 : 0 < v) (hn : v < n) : par parent v < v := by
  have h := hv.2.2.2.2 v hn h0
  unfold par
  omega

-- Enough fuel gives the same answer.
theorem ancF_fuel {n : Nat} {parent : List Int} (hv : valid_tree n parent) (a : Nat) :
    ∀ (f g v : Nat), v < f → v < g → v < n → ancF parent a f v = ancF parent a g v
  | 0, _, _, hf, _, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, hg, _ => absurd hg (Nat.not_lt_zero _)
  | f + 1, g + 1, v, hf, hg, hn => by
    show (a == v || (decide (0 < v) && ancF parent a f (parent.getD v 0).toNat)) =
      (a == v || (decide (0 < v) && ancF parent a g (parent.getD v 0).toNat))
    by_cases h0 : 0 < v
    · have hp := par_lt hv h0 hn
      unfold par at hp
      rw [ancF_fuel hv a f g (parent.getD v 0).toNat (by omega) (by omega) (by omega)]
    · simp [h0]

theorem anc_unfold {n : Nat} {parent : List Int} (hv : valid_tree n parent) (a v : Nat) (hn : v < n) :
    ancestor parent a v = true ↔ (a = v ∨ (0 < v ∧ ancestor parent a (par parent v) = true)) := by
  unfold ancestor
  show (a == v || (decide (0 < v) && ancF parent a v (parent.getD v 0).toNat)) = true ↔ _
  by_cases h0 : 0 < v
  · have hp := par_lt hv h0 hn
    have e : ancF parent a v (parent.getD v 0).toNat = ancF parent a (par parent v + 1) (par parent v) :=
      ancF_fuel hv a v (par parent v + 1) (par parent v) hp (by omega) (by omega)
    rw [e]
    simp [h0, ancestor]
  · simp [h0]

theorem anc_refl (parent : List Int) (v : Nat) : ancestor parent v v = true := by
  simp [ancestor, ancF]

-- An ancestor of v is never numbered after v.
theorem anc_le {n : Nat} {parent : List Int} (hv : valid_tree n parent) (x : Nat) :
    ∀ (k v : Nat), v < k → v < n → ancestor parent x v = true → x ≤ v
  | 0, _, hk, _, _ => absurd hk (Nat.not_lt_zero _)
  | k + 1, v, hk, hn, ha => by
    rcases (anc_unfold hv x v hn).1 ha with h1 | ⟨h0, h2⟩
    · omega
    · have hp := par_lt hv h0 hn
      have h3 := anc_le hv x k (par parent v) (by omega) (by omega) h2
      omega

theorem anc_trans {n : Nat} {parent : List Int} (hv : valid_tree n parent) (a b : Nat) :
    ∀ (k c : Nat), c < k → c < n → ancestor parent a b = true → ancestor parent b c = true →
      ancestor parent a c = true
  | 0, _, hk, _, _, _ => absurd hk (Nat.not_lt_zero _)
  | k + 1, c, hk, hn, hab, hbc => by
    rcases (anc_unfold hv b c hn).1 hbc with h1 | ⟨h0, h2⟩
    · exact h1 ▸ hab
    · have hp := par_lt hv h0 hn
      have h3 := anc_trans hv a b k (par parent c) (by omega) (by omega) hab h2
      exact (anc_unfold hv a c hn).2 (Or.inr ⟨h0, h3⟩)

-- Climbing from a > b keeps the common ancestors: a itself, numbered after b, is not an
-- ancestor of b.
theorem climb_step {n : Nat} {parent : List Int} (hv : valid_tree n parent) (a b x : Nat)
    (hba : b < a) (ha : a < n) :
    (ancestor parent x a = true ∧ ancestor parent x b = true) ↔
      (ancestor parent x (par parent a) = true ∧ ancestor parent x b = true) := by
  constructor
  · intro ⟨h1, h2⟩
    refine ⟨?_, h2⟩
    rcases (anc_unfold hv x a ha).1 h1 with h3 | ⟨_, h4⟩
    · have h5 := anc_le hv x (b + 1) b (by omega) (by omega) h2
      omega
    · exact h4
  · intro ⟨h1, h2⟩
    exact ⟨(anc_unfold hv x a ha).2 (Or.inr ⟨by omega, h1⟩), h2⟩

theorem climb_spec {n : Nat} {parent : List Int} (hv : valid_tree n parent) (u v : Nat)
    (hun : u < n) (hvn : v < n) :
    ∀ (f a b : Nat), a < n → b < n → a + b < f →
      ancestor parent a u = true → ancestor parent b v = true →
      (∀ x, x < n → ((ancestor parent x a = true ∧ ancestor parent x b = true) ↔
        (ancestor parent x u = true ∧ ancestor parent x v = true))) →
      climb parent f a b < n ∧ ancestor parent (climb parent f a b) u = true ∧
      ancestor parent (climb parent f a b) v = true ∧
      ∀ x, x < n → ancestor parent x u = true → ancestor parent x v = true →
        ancestor parent x (climb parent f a b) = true
  | 0, _, _, _, _, hf, _, _, _ => absurd hf (Nat.not_lt_zero _)
  | f + 1, a, b, ha, hb, hf, hau, hbv, hx => by
    by_cases hab : a = b
    · have e : climb parent (f + 1) a b = a := by simp only [climb, if_pos hab]
      rw [e]
      refine ⟨ha, hau, hab ▸ hbv, ?_⟩
      intro x hxn hxu hxv
      exact ((hx x hxn).2 ⟨hxu, hxv⟩).1
    · by_cases hba : b < a
      · have e : climb parent (f + 1) a b = climb parent f (par parent a) b := by
          simp only [climb, if_neg hab, if_pos hba, par]
        rw [e]
        have h0 : 0 < a := by omega
        have hp := par_lt hv h0 ha
        have hpa : ancestor parent (par parent a) a = true :=
          (anc_unfold hv (par parent a) a ha).2 (Or.inr ⟨h0, anc_refl parent (par parent a)⟩)
        have hpu := anc_trans hv (par parent a) a (u + 1) u (by omega) hun hpa hau
        exact climb_spec hv u v hun hvn f (par parent a) b (by omega) hb (by omega) hpu hbv
          (fun x hxn => (climb_step hv a b x hba ha).symm.trans (hx x hxn))
      · have hab' : a < b := by omega
        have e : climb parent (f + 1) a b = climb parent f a (par parent b) := by
          simp only [climb, if_neg hab, if_neg hba, par]
        rw [e]
        have h0 : 0 < b := by omega
        have hp := par_lt hv h0 hb
        have hpb : ancestor parent (par parent b) b = true :=
          (anc_unfold hv (par parent b) b hb).2 (Or.inr ⟨h0, anc_refl parent (par parent b)⟩)
        have hpv := anc_trans hv (par parent b) b (v + 1) v (by omega) hvn hpb hbv
        exact climb_spec hv u v hun hvn f a (par parent b) ha (by omega) (by omega) hau hpv
          (fun x hxn => (and_comm.trans ((climb_step hv b a x hab' hb).symm.trans and_comm)).trans (hx x hxn))
-- </vc:helpers>

-- Lowest common ancestor by climbing: while the two vertices differ, replace the one numbered
-- later (which cannot be an ancestor of the other) by its parent.
def lca (n : Nat) (parent : List Int) (u v : Nat) : Nat :=
  -- <vc:code>
  climb parent (u + v + 1) u v
  -- </vc:code>

theorem lca_spec (n : Nat) (parent : List Int) (u v : Nat) (h : pre_lca n parent u v) :
    post_lca n parent u v (lca n parent u v) := by
  -- <vc:proof>
  have hv := h.1
  have hu := h.2.1
  have hvn := h.2.2
  have r := climb_spec hv u v hu hvn (u + v + 1) u v hu hvn (by omega) (anc_refl parent u) (anc_refl parent v)
    (fun _ _ => Iff.rfl)
  exact ⟨h, r.1, r.2.1, r.2.2.1, r.2.2.2⟩
  -- </vc:proof>
