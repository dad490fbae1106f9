-- An undirected weighted graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
-- (between u and v, weight w). A spanning forest is given rooted: pe[v] is the index of the edge
-- joining v to its parent (-1 for a root) and depth[v] the number of edges from v up to its root.
-- Lists are read with getD (default 0 / []), guarded by the length checks.
def edgeAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int := (edges.getD e []).getD k 0

def valid_edges (n : Int) (edges : List (List Int)) : Prop :=
  ∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n

-- The endpoint of edge e other than v.
def other (edges : List (List Int)) (e : Int) (v : Int) : Int :=
  if 0 ≤ e ∧ e < edges.length ∧ (edges.getD e.toNat []).length = 3 then
    (if edgeAt edges e.toNat 0 = v then edgeAt edges e.toNat 1 else edgeAt edges e.toNat 0)
  else v

-- The vertex k parent steps above v (stops at a root).
def up (edges : List (List Int)) (pe : List Int) (v : Int) : Nat → Int
  | 0 => v
  | k + 1 =>
    if 0 ≤ v ∧ v < pe.length ∧ 0 ≤ pe.getD v.toNat (-1) then
      up edges pe (other edges (pe.getD v.toNat (-1)) v) k
    else v

-- x is v or an ancestor of v: v lies in the subtree of x.
def in_subtree (edges : List (List Int)) (pe depth : List Int) (x v : Int) : Bool :=
  decide (depth.getD x.toNat 0 ≤ depth.getD v.toNat 0) &&
    decide (up edges pe v (depth.getD v.toNat 0 - depth.getD x.toNat 0).toNat = x)

def pre_kruskal (n : Int) (edges : List (List Int)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
  ∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000

-- (1) pe and depth describe a rooted forest whose parent links are graph edges (a root has
--     pe[v] = -1 and depth 0, any other v a parent edge incident to v whose other endpoint is
--     one level higher); (2) it spans: both endpoints of every edge have the same root; (3) it is
--     minimal (cut form of the cycle property): every edge with exactly one endpoint in the
--     subtree of x is at least as heavy as x's parent edge pe[x]. See the Dafny version.
def post_kruskal (n : Int) (edges : List (List Int)) (pe depth : List Int) : Prop :=
  pre_kruskal n edges ∧ (pe.length : Int) = n ∧ (depth.length : Int) = n ∧
  (∀ v, v < pe.length → 0 ≤ depth.getD v 0 ∧ (pe.getD v 0 = -1 ↔ depth.getD v 0 = 0) ∧
    (pe.getD v 0 ≠ -1 → 0 ≤ pe.getD v 0 ∧ pe.getD v 0 < edges.length ∧
      (edgeAt edges (pe.getD v 0).toNat 0 = v ∨ edgeAt edges (pe.getD v 0).toNat 1 = v) ∧
      depth.getD (other edges (pe.getD v 0) v).toNat 0 = depth.getD v 0 - 1)) ∧
  (∀ e, e < edges.length →
    up edges pe (edgeAt edges e 0) (depth.getD (edgeAt edges e 0).toNat 0).toNat =
      up edges pe (edgeAt edges e 1) (depth.getD (edgeAt edges e 1).toNat 0).toNat) ∧
  (∀ x, x < pe.length → ∀ e, e < edges.length → pe.getD x 0 ≠ -1 →
    in_subtree edges pe depth x (edgeAt edges e 0) ≠ in_subtree edges pe depth x (edgeAt edges e 1) →
    edgeAt edges (pe.getD x 0).toNat 2 ≤ edgeAt edges e 2)

-- <vc:helpers>
def weightOf (edges : List (List Int)) (e : Nat) : Int := (edges.getD e []).getD 2 0
def endA (edges : List (List Int)) (e : Nat) : Int := (edges.getD e []).getD 0 0
def endB (edges : List (List Int)) (e : Nat) : Int := (edges.getD e []).getD 1 0

-- Merge two weight-sorted lists of edge indices (fuel: their total length).
def mergeW (edges : List (List Int)) : Nat → List Nat → List Nat → List Nat
  | 0, xs, ys => xs ++ ys
  | _ + 1, [], ys => ys
  | _ + 1, xs, [] => xs
  | f + 1, x :: xs, y :: ys =>
    if weightOf edges x ≤ weightOf edges y then x :: mergeW edges f xs (y :: ys)
    else y :: mergeW edges f (x :: xs) ys

-- Merge sort of edge indices by weight (fuel: the length).
def sortW (edges : List (List Int)) : Nat → List Nat → List Nat
  | 0, xs => xs
  | f + 1, xs =>
    if xs.length ≤ 1 then xs
    else
      let h := xs.length / 2
      mergeW edges xs.length (sortW edges f (xs.take h)) (sortW edges f (xs.drop h))

-- Union-find root of x (at most fuel steps).
def findRoot (parent : List Nat) : Nat → Nat → Nat
  | 0, x => x
  | f + 1, x => if parent.getD x x = x then x else findRoot parent f (parent.getD x x)

-- Kruskal's main loop: parent, rank and the chosen edges at each vertex.
def kruskalLoop (n : Nat) (edges : List (List Int)) :
    List Nat → List Nat → List Nat → List (List Nat) → List (List Nat)
  | [], _, _, chosen => chosen
  | e :: rest, parent, rank, chosen =>
    let a := (endA edges e).toNat
    let b := (endB edges e).toNat
    let ra := findRoot parent n a
    let rb := findRoot parent n b
    if ra = rb then kruskalLoop n edges rest parent rank chosen
    else
      let chosen := (chosen.set a (chosen.getD a [] ++ [e]))
      let chosen := (chosen.set b (chosen.getD b [] ++ [e]))
      if rank.getD ra 0 < rank.getD rb 0 then
        kruskalLoop n edges rest (parent.set ra rb) rank chosen
      else if rank.getD rb 0 < rank.getD ra 0 then
        kruskalLoop n edges rest (parent.set rb ra) rank chosen
      else
        kruskalLoop n edges rest (parent.set rb ra) (rank.set ra (rank.getD ra 0 + 1)) chosen

-- Visit the chosen edges es at u: unseen neighbours get u's edge as parent edge.
def visitEdges (edges : List (List Int)) (u : Nat) (du : Int) :
    List Nat → List Int → List Int → List Bool → List Nat → List Int × List Int × List Bool × List Nat
  | [], pe, depth, seen, queue => (pe, depth, seen, queue)
  | c :: cs, pe, depth, seen, queue =>
    let v := (if endA edges c = (u : Int) then endB edges c else endA edges c).toNat
    if seen.getD v true then visitEdges edges u du cs pe depth seen queue
    else visitEdges edges u du cs (pe.set v (c : Int)) (depth.set v (du + 1)) (seen.set v true) (queue ++ [v])

-- Breadth-first search: queue positions from head on are still to be expanded (fuel steps).
def bfsLoop (edges : List (List Int)) (chosen : List (List Nat)) :
    Nat → Nat → List Int → List Int → List Bool → List Nat → List Int × List Int × List Bool × List Nat
  | 0, _, pe, depth, seen, queue => (pe, depth, seen, queue)
  | f + 1, head, pe, depth, seen, queue =>
    if head < queue.length then
      let u := queue.getD head 0
      let (pe, depth, seen, queue) := visitEdges edges u (depth.getD u 0) (chosen.getD u []) pe depth seen queue
      bfsLoop edges chosen f (head + 1) pe depth seen queue
    else (pe, depth, seen, queue)

-- Root each tree of the chosen forest at its least vertex.
def rootAll (n : Nat) (edges : List (List Int)) (chosen : List (List Nat)) :
    List Nat → List Int → List Int → List Bool → List Int × List Int
  | [], pe, depth, _ => (pe, depth)
  | r :: rs, pe, depth, seen =>
    if seen.getD r true then rootAll n edges chosen rs pe depth seen
    else
      let (pe, depth, seen, _) := bfsLoop edges chosen (n + 1) 0 pe depth (seen.set r true) [r]
      rootAll n edges chosen rs pe depth seen
-- </vc:helpers>

-- Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
def kruskal (n : Int) (edges : List (List Int)) : List Int × List Int :=
  -- <vc:code>
  let k := n.toNat
  let order := sortW edges edges.length (List.range edges.length)
  let chosen := kruskalLoop k edges order (List.range k) (List.replicate k 0) (List.replicate k [])
  rootAll k edges chosen (List.range k) (List.replicate k (-1)) (List.replicate k 0) (List.replicate k false)
  -- </vc:code>

theorem kruskal_spec (n : Int) (edges : List (List Int)) (h : pre_kruskal n edges) :
    post_kruskal n edges (kruskal n edges).1 (kruskal n edges).2 := by
  -- <vc:proof>
  -- </vc:proof>
