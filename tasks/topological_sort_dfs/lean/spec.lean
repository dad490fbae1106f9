-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- At most 1000 edges leave a vertex (the bound of the topological_sort task, kept so that the two contracts agree).
def pre_topological_sort_dfs (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_topological_sort_dfs n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000))

-- order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
-- leads from a vertex to itself or to a vertex listed before it.
def is_topological_order (n : Nat) (adj : List (List Nat)) (order : List Nat) : Prop :=
  order.length = n ∧ (∀ x, x ∈ order → x < n) ∧
  (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
  (∀ i, i < n → ∀ j, j ≤ i → order.getD j 0 ∉ adj.getD (order.getD i 0) [])

instance (n : Nat) (adj : List (List Nat)) (order : List Nat) : Decidable (is_topological_order n adj order) :=
  inferInstanceAs (Decidable (order.length = n ∧ (∀ x, x ∈ order → x < n) ∧
    (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
    (∀ i, i < n → ∀ j, j ≤ i → order.getD j 0 ∉ adj.getD (order.getD i 0) [])))

-- cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
-- last one to the first.
def is_cycle (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Prop :=
  1 ≤ cycle.length ∧ (∀ x, x ∈ cycle → x < n) ∧
  ∀ i, i < cycle.length → cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []

instance (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Decidable (is_cycle n adj cycle) :=
  inferInstanceAs (Decidable (1 ≤ cycle.length ∧ (∀ x, x ∈ cycle → x < n) ∧
    ∀ i, i < cycle.length → cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []))

-- Either a topological order (acyclic) or a directed cycle that shows none exists.
def post_topological_sort_dfs (n : Nat) (adj : List (List Nat)) (acyclic : Bool) (order cycle : List Nat) : Prop :=
  pre_topological_sort_dfs n adj ∧ (acyclic = true → is_topological_order n adj order) ∧
  (acyclic = false → is_cycle n adj cycle)

instance (n : Nat) (adj : List (List Nat)) (acyclic : Bool) (order cycle : List Nat) :
    Decidable (post_topological_sort_dfs n adj acyclic order cycle) :=
  inferInstanceAs (Decidable (pre_topological_sort_dfs n adj ∧ (acyclic = true → is_topological_order n adj order) ∧
    (acyclic = false → is_cycle n adj cycle)))

-- <vc:helpers>
-- </vc:helpers>

-- Depth-first search: visit every vertex not visited yet; a visit marks its vertex active (on
-- the DFS path), visits its unvisited heads, then marks it finished. Listing the vertices by
-- decreasing finishing time (reverse postorder) gives a topological order; an edge to an active
-- vertex closes a cycle along the DFS path.
def topologicalSortDfs (n : Nat) (adj : List (List Nat)) : Bool × List Nat × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem topologicalSortDfs_spec (n : Nat) (adj : List (List Nat)) (h : pre_topological_sort_dfs n adj) :
    post_topological_sort_dfs n adj (topologicalSortDfs n adj).1 (topologicalSortDfs n adj).2.1
      (topologicalSortDfs n adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
