-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def pre_bfs (n : Nat) (adj : List (List Nat)) (s : Nat) : Prop :=
  valid_graph n adj ∧ s < n

instance (n : Nat) (adj : List (List Nat)) (s : Nat) : Decidable (pre_bfs n adj s) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ s < n))

-- dist[v] is the number of edges of a shortest path from s to v, or -1 when v is unreachable.
-- Stated as the certificate that characterises exactly these labels:
--  - dist[s] = 0 and every other label is -1 or positive;
--  - realisable: every reached v ≠ s has an edge from some u with dist[u] = dist[v] - 1, so (by
--    induction on dist[v]) a path of dist[v] edges from s to v exists;
--  - no shortcut: every edge u → v out of a reached u reaches v with dist[v] ≤ dist[u] + 1, so
--    (by induction along a path) every vertex on a path from s is reached, at most that far.
def post_bfs (n : Nat) (adj : List (List Nat)) (s : Nat) (dist : List Int) : Prop :=
  pre_bfs n adj s ∧ dist.length = n ∧ dist.getD s 0 = 0 ∧
  (∀ v, v < n → -1 ≤ dist.getD v 0) ∧
  (∀ v, v < n → v ≠ s → dist.getD v 0 ≠ -1 →
    1 ≤ dist.getD v 0 ∧
    ∃ u, u ∈ List.range n ∧ dist.getD u 0 = dist.getD v 0 - 1 ∧ v ∈ adj.getD u []) ∧
  (∀ u, u < n → dist.getD u 0 ≠ -1 → ∀ v, v ∈ adj.getD u [] →
    dist.getD v 0 ≠ -1 ∧ dist.getD v 0 ≤ dist.getD u 0 + 1)

instance (n : Nat) (adj : List (List Nat)) (s : Nat) (dist : List Int) :
    Decidable (post_bfs n adj s dist) :=
  inferInstanceAs (Decidable (pre_bfs n adj s ∧ dist.length = n ∧ dist.getD s 0 = 0 ∧
    (∀ v, v < n → -1 ≤ dist.getD v 0) ∧
    (∀ v, v < n → v ≠ s → dist.getD v 0 ≠ -1 →
      1 ≤ dist.getD v 0 ∧
      ∃ u, u ∈ List.range n ∧ dist.getD u 0 = dist.getD v 0 - 1 ∧ v ∈ adj.getD u []) ∧
    (∀ u, u < n → dist.getD u 0 ≠ -1 → ∀ v, v ∈ adj.getD u [] →
      dist.getD v 0 ≠ -1 ∧ dist.getD v 0 ≤ dist.getD u 0 + 1)))

-- <vc:helpers>
-- </vc:helpers>

-- Breadth-first search from s: a FIFO queue of reached vertices, each dequeued vertex's edges
-- scanned once, a vertex seen for the first time labelled one more than the vertex it was seen from.
def bfs (n : Nat) (adj : List (List Nat)) (s : Nat) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem bfs_spec (n : Nat) (adj : List (List Nat)) (s : Nat) (h : pre_bfs n adj s) :
    post_bfs n adj s (bfs n adj s) := by
  -- <vc:proof>
  -- </vc:proof>
