-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def pre_transitive_closure (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_transitive_closure n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj))

-- d[v] is the number of edges of a shortest path from s to v, or -1 when there is none, stated as
-- its certificate: d[s] = 0; every reached v ≠ s has an edge from some u with d[u] = d[v] - 1
-- (so a path of d[v] edges exists); every edge u → v out of a reached u reaches v with
-- d[v] ≤ d[u] + 1 (so every vertex on a path from s is reached).
def hop_labels (n : Nat) (adj : List (List Nat)) (s : Nat) (d : List Int) : Prop :=
  d.length = n ∧ d.getD s 0 = 0 ∧
  (∀ v, v < n → -1 ≤ d.getD v 0) ∧
  (∀ v, v < n → v ≠ s → d.getD v 0 ≠ -1 →
    1 ≤ d.getD v 0 ∧ ∃ u, u ∈ List.range n ∧ d.getD u 0 = d.getD v 0 - 1 ∧ v ∈ adj.getD u []) ∧
  (∀ u, u < n → d.getD u 0 ≠ -1 → ∀ v, v ∈ adj.getD u [] → d.getD v 0 ≠ -1 ∧ d.getD v 0 ≤ d.getD u 0 + 1)

instance (n : Nat) (adj : List (List Nat)) (s : Nat) (d : List Int) : Decidable (hop_labels n adj s d) :=
  inferInstanceAs (Decidable (d.length = n ∧ d.getD s 0 = 0 ∧
    (∀ v, v < n → -1 ≤ d.getD v 0) ∧
    (∀ v, v < n → v ≠ s → d.getD v 0 ≠ -1 →
      1 ≤ d.getD v 0 ∧ ∃ u, u ∈ List.range n ∧ d.getD u 0 = d.getD v 0 - 1 ∧ v ∈ adj.getD u []) ∧
    (∀ u, u < n → d.getD u 0 ≠ -1 → ∀ v, v ∈ adj.getD u [] → d.getD v 0 ≠ -1 ∧ d.getD v 0 ≤ d.getD u 0 + 1)))

-- reach[u][v] is true exactly when a path leads from u to v (every vertex reaches itself). The
-- certificate hops[u] is the row of shortest hop counts from u (hop_labels), and reach[u][v]
-- holds exactly when hops[u][v] ≠ -1.
def post_transitive_closure (n : Nat) (adj : List (List Nat)) (reach : List (List Bool)) (hops : List (List Int)) : Prop :=
  pre_transitive_closure n adj ∧ reach.length = n ∧ hops.length = n ∧
  ∀ u, u < n →
    (reach.getD u []).length = n ∧ hop_labels n adj u (hops.getD u []) ∧
    ∀ v, v < n → ((reach.getD u []).getD v false = true ↔ (hops.getD u []).getD v 0 ≠ -1)

instance (n : Nat) (adj : List (List Nat)) (reach : List (List Bool)) (hops : List (List Int)) :
    Decidable (post_transitive_closure n adj reach hops) :=
  inferInstanceAs (Decidable (pre_transitive_closure n adj ∧ reach.length = n ∧ hops.length = n ∧
    ∀ u, u < n →
      (reach.getD u []).length = n ∧ hop_labels n adj u (hops.getD u []) ∧
      ∀ v, v < n → ((reach.getD u []).getD v false = true ↔ (hops.getD u []).getD v 0 ≠ -1)))

-- <vc:helpers>
-- </vc:helpers>

-- Transitive closure by a breadth-first search from every vertex.
def transitiveClosure (n : Nat) (adj : List (List Nat)) : List (List Bool) × List (List Int) :=
  -- <vc:code>
  -- </vc:code>

theorem transitiveClosure_spec (n : Nat) (adj : List (List Nat)) (h : pre_transitive_closure n adj) :
    post_transitive_closure n adj (transitiveClosure n adj).1 (transitiveClosure n adj).2 := by
  -- <vc:proof>
  -- </vc:proof>
