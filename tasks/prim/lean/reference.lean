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
-- Entry k of edge e.
def primField (edges : List (List Int)) (e k : Nat) : Int := (edges.getD e []).getD k 0

-- Incidence lists: entry x holds the indices of the edges with an endpoint x.
def primIncidence (n : Nat) (edges : List (List Int)) : List (List Nat) :=
  (List.range edges.length).foldl
    (fun acc e =>
      let a := (primField edges e 0).toNat
      let b := (primField edges e 1).toNat
      let acc := acc.set a (acc.getD a [] ++ [e])
      if b = a then acc else acc.set b (acc.getD b [] ++ [e]))
    (List.replicate n [])

-- The outside vertex (rank n) of least key among those with a best edge (best ≠ -1), or else the
-- lowest outside vertex (n when there is none).
def primSelect (n : Nat) (rank : List Nat) (key best : List Int) : Nat :=
  let withKey := (List.range n).foldl
    (fun x v =>
      if rank.getD v 0 = n ∧ best.getD v (-1) ≠ -1 ∧ (x = n ∨ key.getD v 0 < key.getD x 0) then v else x)
    n
  if withKey < n then withKey else
    (List.range n).foldl (fun x v => if x = n ∧ rank.getD v 0 = n then v else x) n

-- Scan the edges es of x: lower the key of each outside neighbour.
def primScan (n : Nat) (edges : List (List Int)) (x : Nat) (rank : List Nat) :
    List Nat → List Int → List Int → List Int × List Int
  | [], key, best => (key, best)
  | e :: es, key, best =>
    let a := (primField edges e 0).toNat
    let y := if a = x then (primField edges e 1).toNat else a
    let w := primField edges e 2
    if rank.getD y 0 = n ∧ (best.getD y (-1) = -1 ∨ w < key.getD y 0) then
      primScan n edges x rank es (key.set y w) (best.set y (e : Int))
    else
      primScan n edges x rank es key best

-- Steps cnt, cnt + 1, ...: fuel of them remain.
def primLoop (n : Nat) (edges : List (List Int)) (inc : List (List Nat)) :
    Nat → Nat → List Int → List Nat → List Int → List Int → List Int × List Nat
  | 0, _, pe, rank, _, _ => (pe, rank)
  | fuel + 1, cnt, pe, rank, key, best =>
    let x := primSelect n rank key best
    let rank := rank.set x cnt
    let pe := pe.set x (best.getD x (-1))
    let (key, best) := primScan n edges x rank (inc.getD x []) key best
    primLoop n edges inc fuel (cnt + 1) pe rank key best
-- </vc:helpers>

-- Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
-- edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
-- outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
def prim (n : Nat) (edges : List (List Int)) : List Int × List Nat :=
  -- <vc:code>
  primLoop n edges (primIncidence n edges) n 0 (List.replicate n (-1)) (List.replicate n n)
    (List.replicate n 0) (List.replicate n (-1))
  -- </vc:code>

theorem prim_spec (n : Nat) (edges : List (List Int)) (h : pre_prim n edges) :
    post_prim n edges (prim n edges).1 (prim n edges).2 := by
  -- <vc:proof>
  -- </vc:proof>
