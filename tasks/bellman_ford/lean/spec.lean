-- A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
-- (from u to v with weight w). A path is a list of edge indices, each edge starting where the
-- previous one ends. Lists are read with getD (default 0 / []), guarded by the length checks.
def edgeAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int := (edges.getD e []).getD k 0

def valid_edges (n : Int) (edges : List (List Int)) : Prop :=
  ∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n

def is_wpath (edges : List (List Int)) (p : List Nat) (u v : Int) : Prop :=
  (∀ i, i < p.length → p.getD i 0 < edges.length) ∧
  (p.length = 0 → u = v) ∧
  (p.length > 0 → edgeAt edges (p.getD 0 0) 0 = u ∧ edgeAt edges (p.getD (p.length - 1) 0) 1 = v ∧
    ∀ i, i + 1 < p.length → edgeAt edges (p.getD i 0) 1 = edgeAt edges (p.getD (i + 1) 0) 0)

def path_weight (edges : List (List Int)) : List Nat → Int
  | [] => 0
  | e :: rest => edgeAt edges e 2 + path_weight edges rest

def pre_bellman_ford (n : Int) (edges : List (List Int)) (s : Int) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ 0 ≤ s ∧ s < n ∧ valid_edges n edges ∧
  ∀ e, e < edges.length → -1000000 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000

-- A closed path (at least one edge) that ends where it starts.
def is_wcycle (edges : List (List Int)) (c : List Nat) : Prop :=
  c.length > 0 ∧ c.getD 0 0 < edges.length ∧
  is_wpath edges c (edgeAt edges (c.getD 0 0) 0) (edgeAt edges (c.getD 0 0) 0)

-- See the Dafny spec for the full comment: reach is certified by the pred tree (ranks) and
-- by closure under edges; neg = false: dist[s] = 0, no edge out of a reached vertex improves a
-- distance, pred edges are tight; neg = true: cycle is a negative closed path through a reached
-- vertex.
def post_bellman_ford (n : Int) (edges : List (List Int)) (s : Int) (neg : Bool) (reach : List Bool)
    (dist pred rank : List Int) (cycle : List Nat) : Prop :=
  pre_bellman_ford n edges s ∧ (reach.length : Int) = n ∧ (dist.length : Int) = n ∧
  (pred.length : Int) = n ∧ (rank.length : Int) = n ∧ reach.getD s.toNat false = true ∧
  (∀ v, v < reach.length → reach.getD v false = true → 0 ≤ rank.getD v 0 ∧
    ((v : Int) ≠ s →
      0 ≤ pred.getD v 0 ∧ pred.getD v 0 < edges.length ∧
      edgeAt edges (pred.getD v 0).toNat 1 = v ∧
      reach.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat false = true ∧
      rank.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 < rank.getD v 0)) ∧
  (∀ e, e < edges.length → reach.getD (edgeAt edges e 0).toNat false = true →
    reach.getD (edgeAt edges e 1).toNat false = true) ∧
  (if neg = false then
     dist.getD s.toNat 0 = 0 ∧
     (∀ e, e < edges.length → reach.getD (edgeAt edges e 0).toNat false = true →
       dist.getD (edgeAt edges e 1).toNat 0 ≤ dist.getD (edgeAt edges e 0).toNat 0 + edgeAt edges e 2) ∧
     (∀ v, v < reach.length → (v : Int) ≠ s → reach.getD v false = true →
       dist.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 + edgeAt edges (pred.getD v 0).toNat 2 =
         dist.getD v 0)
   else
     is_wcycle edges cycle ∧ reach.getD (edgeAt edges (cycle.getD 0 0) 0).toNat false = true ∧
     path_weight edges cycle < 0)

-- <vc:helpers>
-- </vc:helpers>

-- Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
def bellmanFord (n : Int) (edges : List (List Int)) (s : Int) :
    Bool × List Bool × List Int × List Int × List Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem bellmanFord_spec (n : Int) (edges : List (List Int)) (s : Int) (h : pre_bellman_ford n edges s) :
    let r := bellmanFord n edges s
    post_bellman_ford n edges s r.1 r.2.1 r.2.2.1 r.2.2.2.1 r.2.2.2.2.1 r.2.2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
