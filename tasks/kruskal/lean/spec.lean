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
-- </vc:helpers>

-- Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
def kruskal (n : Int) (edges : List (List Int)) : List Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem kruskal_spec (n : Int) (edges : List (List Int)) (h : pre_kruskal n edges) :
    post_kruskal n edges (kruskal n edges).1 (kruskal n edges).2 := by
  -- <vc:proof>
  -- </vc:proof>
