-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def pre_dfs (n : Nat) (adj : List (List Nat)) (s : Nat) : Prop :=
  valid_graph n adj ∧ s < n

instance (n : Nat) (adj : List (List Nat)) (s : Nat) : Decidable (pre_dfs n adj s) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ s < n))

-- order lists the vertices reachable from s, each once, in the order the search visits them, and
-- from (the search tree, the certificate) says for every later position i which earlier position
-- from[i] it was discovered from:
--  - order starts at s, and order[i] has an edge from order[from[i]], listed before it (so, by
--    induction on the position, every listed vertex is reachable from s);
--  - it is closed under edges: every edge out of a listed vertex leads to a listed vertex (so, by
--    induction along a path from s, every reachable vertex is listed).
def post_dfs (n : Nat) (adj : List (List Nat)) (s : Nat) (order : List Nat) (from : List Int) : Prop :=
  pre_dfs n adj s ∧ 1 ≤ order.length ∧ from.length = order.length ∧ order.getD 0 0 = s ∧
  from.getD 0 0 = -1 ∧
  (∀ x, x ∈ order → x < n) ∧
  (∀ i, i < order.length → ∀ j, j < order.length → i < j → order.getD i 0 ≠ order.getD j 0) ∧
  (∀ i, i < order.length → 1 ≤ i →
    0 ≤ from.getD i 0 ∧ from.getD i 0 < i ∧
    order.getD i 0 ∈ adj.getD (order.getD (from.getD i 0).toNat 0) []) ∧
  (∀ u, u ∈ order → ∀ v, v ∈ adj.getD u [] → v ∈ order)

instance (n : Nat) (adj : List (List Nat)) (s : Nat) (order : List Nat) (from : List Int) :
    Decidable (post_dfs n adj s order from) :=
  inferInstanceAs (Decidable (pre_dfs n adj s ∧ 1 ≤ order.length ∧ from.length = order.length ∧
    order.getD 0 0 = s ∧ from.getD 0 0 = -1 ∧
    (∀ x, x ∈ order → x < n) ∧
    (∀ i, i < order.length → ∀ j, j < order.length → i < j → order.getD i 0 ≠ order.getD j 0) ∧
    (∀ i, i < order.length → 1 ≤ i →
      0 ≤ from.getD i 0 ∧ from.getD i 0 < i ∧
      order.getD i 0 ∈ adj.getD (order.getD (from.getD i 0).toNat 0) []) ∧
    (∀ u, u ∈ order → ∀ v, v ∈ adj.getD u [] → v ∈ order)))

-- <vc:helpers>
-- Scan the edges vs of the vertex at position p: every unmarked head is marked, listed (found
-- from p) and its position pushed.
def scanEdges (p : Nat) : List Nat → List Bool → List Nat → List Int → List Nat →
    List Bool × List Nat × List Int × List Nat
  | [], vis, order, from, stack => (vis, order, from, stack)
  | v :: vs, vis, order, from, stack =>
    if vis.getD v true then scanEdges p vs vis order from stack
    else scanEdges p vs (vis.set v true) (order ++ [v]) (from ++ [(p : Int)]) (order.length :: stack)

-- Pop at most fuel positions (every vertex is pushed at most once, so n is enough).
def dfsLoop (adj : List (List Nat)) : Nat → List Bool → List Nat → List Int → List Nat → List Nat × List Int
  | 0, _, order, from, _ => (order, from)
  | _ + 1, _, order, from, [] => (order, from)
  | fuel + 1, vis, order, from, p :: rest =>
    let r := scanEdges p (adj.getD (order.getD p 0) []) vis order from rest
    dfsLoop adj fuel r.1 r.2.1 r.2.2.1 r.2.2.2
-- </vc:helpers>

-- Depth-first search from s with an explicit stack: pop a vertex, scan its edges, and mark, list
-- and push every vertex seen for the first time (the stack holds positions in the visit order).
def dfs (n : Nat) (adj : List (List Nat)) (s : Nat) : List Nat × List Int :=
  -- <vc:code>
  dfsLoop adj n ((List.replicate n false).set s true) [s] [-1] [0]
  -- </vc:code>

theorem dfs_spec (n : Nat) (adj : List (List Nat)) (s : Nat) (h : pre_dfs n adj s) :
    post_dfs n adj s (dfs n adj s).1 (dfs n adj s).2 := by
  -- <vc:proof>
  -- </vc:proof>
