-- An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
-- exactly when u is in adj[v] (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def symmetric (n : Nat) (adj : List (List Nat)) : Prop :=
  ∀ u, u < n → ∀ v, v ∈ adj.getD u [] → u ∈ adj.getD v []

instance (n : Nat) (adj : List (List Nat)) : Decidable (symmetric n adj) :=
  inferInstanceAs (Decidable (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → u ∈ adj.getD v []))

def pre_connected_components (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ symmetric n adj

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_connected_components n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ symmetric n adj))

-- comp[u] = comp[v] exactly when u and v are connected. order and from are the certificate:
-- order lists all n vertices once each, in the order the search reaches them, and from[i] names
-- the earlier position order[i] was reached from (-1 for the first vertex of a component):
--  - every edge joins two vertices with the same label (so connected vertices share a label);
--  - every vertex is either its own label (from[i] = -1: a root) or has an edge from the vertex
--    at the earlier position from[i], which has the same label; by induction on the position,
--    every vertex is connected to the vertex its label names, so vertices that share a label are
--    connected through that vertex.
def post_connected_components (n : Nat) (adj : List (List Nat)) (comp order : List Nat) (from : List Int) : Prop :=
  pre_connected_components n adj ∧ comp.length = n ∧ order.length = n ∧ from.length = n ∧
  (∀ x, x ∈ comp → x < n) ∧ (∀ x, x ∈ order → x < n) ∧
  (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
  (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → comp.getD v 0 = comp.getD u 0) ∧
  (∀ i, i < n →
    (from.getD i 0 = -1 ∧ comp.getD (order.getD i 0) 0 = order.getD i 0) ∨
    (0 ≤ from.getD i 0 ∧ from.getD i 0 < i ∧
      order.getD i 0 ∈ adj.getD (order.getD (from.getD i 0).toNat 0) [] ∧
      comp.getD (order.getD (from.getD i 0).toNat 0) 0 = comp.getD (order.getD i 0) 0))

instance (n : Nat) (adj : List (List Nat)) (comp order : List Nat) (from : List Int) :
    Decidable (post_connected_components n adj comp order from) :=
  inferInstanceAs (Decidable (pre_connected_components n adj ∧ comp.length = n ∧ order.length = n ∧
    from.length = n ∧
    (∀ x, x ∈ comp → x < n) ∧ (∀ x, x ∈ order → x < n) ∧
    (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
    (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → comp.getD v 0 = comp.getD u 0) ∧
    (∀ i, i < n →
      (from.getD i 0 = -1 ∧ comp.getD (order.getD i 0) 0 = order.getD i 0) ∨
      (0 ≤ from.getD i 0 ∧ from.getD i 0 < i ∧
        order.getD i 0 ∈ adj.getD (order.getD (from.getD i 0).toNat 0) [] ∧
        comp.getD (order.getD (from.getD i 0).toNat 0) 0 = comp.getD (order.getD i 0) 0))))

-- <vc:helpers>
-- Labels during the search: none (not reached yet) or some root.
-- Scan the neighbours vs of the vertex at position p: every unlabelled one gets label r, is
-- listed (reached from p) and its position pushed.
def scanEdges (r p : Nat) : List Nat → List (Option Nat) → List Nat → List Int → List Nat →
    List (Option Nat) × List Nat × List Int × List Nat
  | [], c, order, from, stack => (c, order, from, stack)
  | v :: vs, c, order, from, stack =>
    match c.getD v (some 0) with
    | none => scanEdges r p vs (c.set v (some r)) (order ++ [v]) (from ++ [(p : Int)]) (order.length :: stack)
    | some _ => scanEdges r p vs c order from stack

-- Depth-first search of the component of r: pop at most fuel positions (n is enough).
def explore (adj : List (List Nat)) (r : Nat) : Nat → List (Option Nat) → List Nat → List Int → List Nat →
    List (Option Nat) × List Nat × List Int
  | 0, c, order, from, _ => (c, order, from)
  | _ + 1, c, order, from, [] => (c, order, from)
  | fuel + 1, c, order, from, p :: rest =>
    let s := scanEdges r p (adj.getD (order.getD p 0) []) c order from rest
    explore adj r fuel s.1 s.2.1 s.2.2.1 s.2.2.2

-- Try every vertex r of rs as a new root, in order.
def roots (n : Nat) (adj : List (List Nat)) : List Nat → List (Option Nat) → List Nat → List Int →
    List (Option Nat) × List Nat × List Int
  | [], c, order, from => (c, order, from)
  | r :: rs, c, order, from =>
    match c.getD r (some 0) with
    | none =>
      let e := explore adj r n (c.set r (some r)) (order ++ [r]) (from ++ [-1]) [order.length]
      roots n adj rs e.1 e.2.1 e.2.2
    | some _ => roots n adj rs c order from
-- </vc:helpers>

-- Connected components: for each vertex not labelled yet, in increasing order, label everything
-- reachable from it with its number by a depth-first search (the stack holds positions in the
-- order of discovery).
def connectedComponents (n : Nat) (adj : List (List Nat)) : List Nat × List Nat × List Int :=
  -- <vc:code>
  let res := roots n adj (List.range n) (List.replicate n none) [] []
  (res.1.map (fun x => x.getD 0), res.2.1, res.2.2)
  -- </vc:code>

theorem connectedComponents_spec (n : Nat) (adj : List (List Nat)) (h : pre_connected_components n adj) :
    post_connected_components n adj (connectedComponents n adj).1 (connectedComponents n adj).2.1
      (connectedComponents n adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
