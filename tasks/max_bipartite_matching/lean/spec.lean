-- A bipartite graph: left vertices 0..nl-1, right vertices 0..nr-1, adj[u] lists the right
-- neighbours of the left vertex u. A matching is given from the left: m[u] is u's partner (-1:
-- u is unmatched); a vertex cover by two masks (coverL, coverR). Lists are read with getD.
def valid_bigraph (nl nr : Int) (adj : List (List Int)) : Prop :=
  (adj.length : Int) = nl ∧
  ∀ u, u < adj.length → ∀ j, j < (adj.getD u []).length →
    0 ≤ (adj.getD u []).getD j 0 ∧ (adj.getD u []).getD j 0 < nr

-- Every partner is a neighbour, and no right vertex has two partners.
def valid_matching (nl nr : Int) (adj : List (List Int)) (m : List Int) : Prop :=
  (m.length : Int) = nl ∧
  (∀ u, u < m.length → m.getD u 0 = -1 ∨
    (0 ≤ m.getD u 0 ∧ m.getD u 0 < nr ∧ m.getD u 0 ∈ adj.getD u [])) ∧
  (∀ u1, u1 < m.length → ∀ u2, u2 < m.length → u1 < u2 → m.getD u1 0 ≠ -1 → m.getD u1 0 ≠ m.getD u2 0)

-- The number of matched left vertices (the size of the matching).
def matched_count : List Int → Nat
  | [] => 0
  | x :: xs => (if x ≠ -1 then 1 else 0) + matched_count xs

def count_true : List Bool → Nat
  | [] => 0
  | b :: bs => (if b then 1 else 0) + count_true bs

def pre_max_bipartite_matching (nl nr : Int) (adj : List (List Int)) : Prop :=
  1 ≤ nl ∧ nl ≤ 100 ∧ 1 ≤ nr ∧ nr ≤ 100 ∧ valid_bigraph nl nr adj ∧
  ∀ u, u < adj.length → (adj.getD u []).length ≤ 100

-- matchL is a matching, and (coverL, coverR) a vertex cover (every edge has an endpoint in it)
-- with as many vertices as the matching has edges; every matching edge needs its own cover
-- vertex, so the matching is maximum (the Dafny version proves it in its locked part).
def post_max_bipartite_matching (nl nr : Int) (adj : List (List Int)) (matchL : List Int)
    (coverL coverR : List Bool) : Prop :=
  pre_max_bipartite_matching nl nr adj ∧ valid_matching nl nr adj matchL ∧
  (coverL.length : Int) = nl ∧ (coverR.length : Int) = nr ∧
  (∀ u, u < adj.length → ∀ j, j < (adj.getD u []).length →
    coverL.getD u false = true ∨ coverR.getD ((adj.getD u []).getD j 0).toNat false = true) ∧
  count_true coverL + count_true coverR = matched_count matchL

-- <vc:helpers>
-- </vc:helpers>

-- Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
def maxBipartiteMatching (nl nr : Int) (adj : List (List Int)) : List Int × List Bool × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem maxBipartiteMatching_spec (nl nr : Int) (adj : List (List Int))
    (h : pre_max_bipartite_matching nl nr adj) :
    post_max_bipartite_matching nl nr adj (maxBipartiteMatching nl nr adj).1
      (maxBipartiteMatching nl nr adj).2.1 (maxBipartiteMatching nl nr adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
