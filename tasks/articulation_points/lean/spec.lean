-- An undirected simple graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in
-- adj[u] exactly when u is in adj[v]; no self-loops and no repeated neighbours, so an edge is
-- the pair {u, v}.
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def pre_articulation_points (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧
  (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → v ≠ u ∧ u ∈ adj.getD v []) ∧
  (∀ u, u < n → ∀ i, i < (adj.getD u []).length → ∀ j, j < (adj.getD u []).length → i < j →
    (adj.getD u []).getD i 0 ≠ (adj.getD u []).getD j 0)

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_articulation_points n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧
    (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → v ≠ u ∧ u ∈ adj.getD v []) ∧
    (∀ u, u < n → ∀ i, i < (adj.getD u []).length → ∀ j, j < (adj.getD u []).length → i < j →
      (adj.getD u []).getD i 0 ≠ (adj.getD u []).getD j 0)))

-- Vertex x is numbered inside the subtree range of c.
def inRange (pre last : List Nat) (c x : Nat) : Prop :=
  pre.getD c 0 ≤ pre.getD x 0 ∧ pre.getD x 0 ≤ last.getD c 0

instance (pre last : List Nat) (c x : Nat) : Decidable (inRange pre last c x) :=
  inferInstanceAs (Decidable (pre.getD c 0 ≤ pre.getD x 0 ∧ pre.getD x 0 ≤ last.getD c 0))

-- The articulation points are exactly the v with cut[v]; the rest is a certificate on a
-- depth-first search forest (see the Dafny spec for the full comment): the forest shape (par,
-- pre, last, non-tree edges to ancestors); a root with cut[v] has two children wit[v] ≠ wit2[v],
-- a root without has at most one child; a non-root with cut[v] has a child wit[v] whose subtree
-- has no edge leaving it except to v; for a non-root v without cut[v], every child c has an
-- escape edge (escx[c], escy[c]) from its subtree to outside it, other than v.
def post_articulation_points (n : Nat) (adj : List (List Nat)) (par : List Int) (pre last : List Nat)
    (cut : List Bool) (wit wit2 escx escy : List Int) : Prop :=
  pre_articulation_points n adj ∧ par.length = n ∧ pre.length = n ∧ last.length = n ∧
  cut.length = n ∧ wit.length = n ∧ wit2.length = n ∧ escx.length = n ∧ escy.length = n ∧
  (∀ v, v < n → -1 ≤ par.getD v 0 ∧ par.getD v 0 < n ∧ pre.getD v 0 ≤ last.getD v 0 ∧ last.getD v 0 < n) ∧
  (∀ u, u < n → ∀ v, v < n → u < v → pre.getD u 0 ≠ pre.getD v 0) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 →
    (par.getD v 0).toNat ∈ adj.getD v [] ∧ pre.getD (par.getD v 0).toNat 0 < pre.getD v 0 ∧
    last.getD v 0 ≤ last.getD (par.getD v 0).toNat 0) ∧
  (∀ w, w < n → ∀ x, x < n → pre.getD w 0 < pre.getD x 0 → pre.getD x 0 ≤ last.getD w 0 →
    par.getD x 0 ≠ -1 ∧ pre.getD w 0 ≤ pre.getD (par.getD x 0).toNat 0) ∧
  (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → par.getD w 0 ≠ (u : Int) → par.getD u 0 ≠ (w : Int) →
    (pre.getD w 0 < pre.getD u 0 ∧ pre.getD u 0 ≤ last.getD w 0) ∨
    (pre.getD u 0 < pre.getD w 0 ∧ pre.getD w 0 ≤ last.getD u 0)) ∧
  (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = true →
    0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ 0 ≤ wit2.getD v 0 ∧ wit2.getD v 0 < n ∧
    wit.getD v 0 ≠ wit2.getD v 0 ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int) ∧
    par.getD (wit2.getD v 0).toNat 0 = (v : Int)) ∧
  (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = false → ∀ x, x < n → ∀ y, y < n →
    par.getD x 0 = (v : Int) → par.getD y 0 = (v : Int) → x = y) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true →
    0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int)) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true → ∀ x, x < n →
    inRange pre last (wit.getD v 0).toNat x →
    ∀ y, y ∈ adj.getD x [] → inRange pre last (wit.getD v 0).toNat y ∨ y = v) ∧
  (∀ c, c < n → par.getD c 0 ≠ -1 → par.getD (par.getD c 0).toNat 0 ≠ -1 →
    cut.getD (par.getD c 0).toNat false = false →
    0 ≤ escx.getD c 0 ∧ escx.getD c 0 < n ∧ 0 ≤ escy.getD c 0 ∧ escy.getD c 0 < n ∧
    (escy.getD c 0).toNat ∈ adj.getD (escx.getD c 0).toNat [] ∧
    inRange pre last c (escx.getD c 0).toNat ∧ ¬ inRange pre last c (escy.getD c 0).toNat ∧
    escy.getD c 0 ≠ par.getD c 0)

instance (n : Nat) (adj : List (List Nat)) (par : List Int) (pre last : List Nat)
    (cut : List Bool) (wit wit2 escx escy : List Int) :
    Decidable (post_articulation_points n adj par pre last cut wit wit2 escx escy) :=
  inferInstanceAs (Decidable (
    pre_articulation_points n adj ∧ par.length = n ∧ pre.length = n ∧ last.length = n ∧
    cut.length = n ∧ wit.length = n ∧ wit2.length = n ∧ escx.length = n ∧ escy.length = n ∧
    (∀ v, v < n → -1 ≤ par.getD v 0 ∧ par.getD v 0 < n ∧ pre.getD v 0 ≤ last.getD v 0 ∧ last.getD v 0 < n) ∧
    (∀ u, u < n → ∀ v, v < n → u < v → pre.getD u 0 ≠ pre.getD v 0) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 →
      (par.getD v 0).toNat ∈ adj.getD v [] ∧ pre.getD (par.getD v 0).toNat 0 < pre.getD v 0 ∧
      last.getD v 0 ≤ last.getD (par.getD v 0).toNat 0) ∧
    (∀ w, w < n → ∀ x, x < n → pre.getD w 0 < pre.getD x 0 → pre.getD x 0 ≤ last.getD w 0 →
      par.getD x 0 ≠ -1 ∧ pre.getD w 0 ≤ pre.getD (par.getD x 0).toNat 0) ∧
    (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → par.getD w 0 ≠ (u : Int) → par.getD u 0 ≠ (w : Int) →
      (pre.getD w 0 < pre.getD u 0 ∧ pre.getD u 0 ≤ last.getD w 0) ∨
      (pre.getD u 0 < pre.getD w 0 ∧ pre.getD w 0 ≤ last.getD u 0)) ∧
    (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = true →
      0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ 0 ≤ wit2.getD v 0 ∧ wit2.getD v 0 < n ∧
      wit.getD v 0 ≠ wit2.getD v 0 ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int) ∧
      par.getD (wit2.getD v 0).toNat 0 = (v : Int)) ∧
    (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = false → ∀ x, x < n → ∀ y, y < n →
      par.getD x 0 = (v : Int) → par.getD y 0 = (v : Int) → x = y) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true →
      0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int)) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true → ∀ x, x < n →
      inRange pre last (wit.getD v 0).toNat x →
      ∀ y, y ∈ adj.getD x [] → inRange pre last (wit.getD v 0).toNat y ∨ y = v) ∧
    (∀ c, c < n → par.getD c 0 ≠ -1 → par.getD (par.getD c 0).toNat 0 ≠ -1 →
      cut.getD (par.getD c 0).toNat false = false →
      0 ≤ escx.getD c 0 ∧ escx.getD c 0 < n ∧ 0 ≤ escy.getD c 0 ∧ escy.getD c 0 < n ∧
      (escy.getD c 0).toNat ∈ adj.getD (escx.getD c 0).toNat [] ∧
      inRange pre last c (escx.getD c 0).toNat ∧ ¬ inRange pre last c (escy.getD c 0).toNat ∧
      escy.getD c 0 ≠ par.getD c 0)))

-- <vc:helpers>
-- </vc:helpers>

-- Articulation points by Tarjan's low-link: a depth-first search numbers the vertices in
-- preorder and computes low[c], the least preorder number reached from the subtree of c by one
-- edge other than the tree edge to c's parent (with the edge that reaches it); a non-root v is
-- a cut vertex exactly when some child c has low[c] ≥ pre[v], a root when it has two children.
def articulationPoints (n : Nat) (adj : List (List Nat)) :
    List Int × List Nat × List Nat × List Bool × List Int × List Int × List Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem articulationPoints_spec (n : Nat) (adj : List (List Nat)) (h : pre_articulation_points n adj) :
    let r := articulationPoints n adj
    post_articulation_points n adj r.1 r.2.1 r.2.2.1 r.2.2.2.1 r.2.2.2.2.1 r.2.2.2.2.2.1 r.2.2.2.2.2.2.1
      r.2.2.2.2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
