-- A weighted undirected graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w],
-- joining u and v with weight w (parallel edges and self-loops allowed). Lists are read with
-- getD (default 0 / []), guarded by the length checks.
def edgeAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int := (edges.getD e []).getD k 0

def valid_edges (n : Nat) (edges : List (List Int)) : Prop :=
  ∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n

instance (n : Nat) (edges : List (List Int)) : Decidable (valid_edges n edges) :=
  inferInstanceAs (Decidable (∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n))

def pre_prim (n : Nat) (edges : List (List Int)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
  ∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000

instance (n : Nat) (edges : List (List Int)) : Decidable (pre_prim n edges) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
    ∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000))

-- The rank of endpoint k (0 or 1) of edge e.
def rankAt (rank : List Nat) (edges : List (List Int)) (e : Nat) (k : Nat) : Nat :=
  rank.getD (edgeAt edges e k).toNat 0

-- A minimum spanning forest (a minimum spanning tree when the graph is connected), as Prim's
-- algorithm builds it. rank lists the order in which the vertices join the forest (a permutation
-- of 0..n-1); pe[v] is the index of the edge that joined v to a vertex of smaller rank, or -1 when
-- v starts a new tree. The certificate of minimality is Prim's cut condition: when the vertex of
-- rank r joins, every edge between the vertices of rank < r and the others weighs at least as
-- much as its edge pe, and a vertex starts a new tree only when no such edge exists. The edges pe
-- form a spanning forest (each joins a vertex to an earlier one, and a tree is only closed when
-- no edge leaves it); the cut condition makes it a minimum one, and every minimum spanning forest
-- has such a rank (the task's notes give both arguments).
def post_prim (n : Nat) (edges : List (List Int)) (pe : List Int) (rank : List Nat) : Prop :=
  pre_prim n edges ∧ pe.length = n ∧ rank.length = n ∧
  (∀ v, v < n → rank.getD v 0 < n) ∧
  (∀ u, u < n → ∀ v, v < n → u < v → rank.getD u 0 ≠ rank.getD v 0) ∧
  (∀ v, v < n → -1 ≤ pe.getD v 0 ∧ pe.getD v 0 < edges.length) ∧
  (∀ v, v < n → pe.getD v 0 ≠ -1 →
    (edgeAt edges (pe.getD v 0).toNat 0 = v ∧ rankAt rank edges (pe.getD v 0).toNat 1 < rank.getD v 0) ∨
    (edgeAt edges (pe.getD v 0).toNat 1 = v ∧ rankAt rank edges (pe.getD v 0).toNat 0 < rank.getD v 0)) ∧
  (∀ v, v < n → ∀ e, e < edges.length →
    ((rankAt rank edges e 0 < rank.getD v 0 ∧ rank.getD v 0 ≤ rankAt rank edges e 1) ∨
     (rankAt rank edges e 1 < rank.getD v 0 ∧ rank.getD v 0 ≤ rankAt rank edges e 0)) →
    0 ≤ pe.getD v 0 ∧ pe.getD v 0 < edges.length ∧ edgeAt edges (pe.getD v 0).toNat 2 ≤ edgeAt edges e 2)

instance (n : Nat) (edges : List (List Int)) (pe : List Int) (rank : List Nat) :
    Decidable (post_prim n edges pe rank) :=
  inferInstanceAs (Decidable (pre_prim n edges ∧ pe.length = n ∧ rank.length = n ∧
    (∀ v, v < n → rank.getD v 0 < n) ∧
    (∀ u, u < n → ∀ v, v < n → u < v → rank.getD u 0 ≠ rank.getD v 0) ∧
    (∀ v, v < n → -1 ≤ pe.getD v 0 ∧ pe.getD v 0 < edges.length) ∧
    (∀ v, v < n → pe.getD v 0 ≠ -1 →
      (edgeAt edges (pe.getD v 0).toNat 0 = v ∧ rankAt rank edges (pe.getD v 0).toNat 1 < rank.getD v 0) ∨
      (edgeAt edges (pe.getD v 0).toNat 1 = v ∧ rankAt rank edges (pe.getD v 0).toNat 0 < rank.getD v 0)) ∧
    (∀ v, v < n → ∀ e, e < edges.length →
      ((rankAt rank edges e 0 < rank.getD v 0 ∧ rank.getD v 0 ≤ rankAt rank edges e 1) ∨
       (rankAt rank edges e 1 < rank.getD v 0 ∧ rank.getD v 0 ≤ rankAt rank edges e 0)) →
      0 ≤ pe.getD v 0 ∧ pe.getD v 0 < edges.length ∧ edgeAt edges (pe.getD v 0).toNat 2 ≤ edgeAt edges e 2)))

-- <vc:helpers>
-- </vc:helpers>

-- Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
-- edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
-- outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
def prim (n : Nat) (edges : List (List Int)) : List Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem prim_spec (n : Nat) (edges : List (List Int)) (h : pre_prim n edges) :
    post_prim n edges (prim n edges).1 (prim n edges).2 := by
  -- <vc:proof>
  -- </vc:proof>
