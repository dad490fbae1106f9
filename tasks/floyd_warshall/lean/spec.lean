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

def pre_floyd_warshall (n : Int) (edges : List (List Int)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
  ∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000

-- Entry (i, j) of a matrix given as a list of rows (default 0).
def matAt (m : List (List Int)) (i j : Nat) : Int := (m.getD i []).getD j 0

-- dist[u][v] is the weight of a shortest path from u to v (-1: no path). Each row u is certified
-- as a single-source answer: dist[u][u] = 0; no edge out of a vertex reached from u can improve a
-- distance; every reached v ≠ u has a tight predecessor edge pred[u][v] = [x, v, w] from a vertex
-- x of smaller rank[u][x] < rank[u][v] (e.g. the number of edges of the path found), so the
-- predecessor edges of row u form a shortest-path tree rooted at u. Together these say exactly
-- that dist[u][v] is the weight of a path and no path is lighter (the Dafny version of this task
-- proves that in its locked part). pred and rank of unreached pairs and of the diagonal are free.
def post_floyd_warshall (n : Int) (edges : List (List Int)) (dist pred rank : List (List Int)) : Prop :=
  pre_floyd_warshall n edges ∧ (dist.length : Int) = n ∧ (pred.length : Int) = n ∧
  (rank.length : Int) = n ∧
  ∀ u, u < dist.length →
    ((dist.getD u []).length : Int) = n ∧ ((pred.getD u []).length : Int) = n ∧
    ((rank.getD u []).length : Int) = n ∧ matAt dist u u = 0 ∧
    (∀ e, e < edges.length → matAt dist u (edgeAt edges e 0).toNat ≠ -1 →
      matAt dist u (edgeAt edges e 1).toNat ≠ -1 ∧
      matAt dist u (edgeAt edges e 1).toNat ≤ matAt dist u (edgeAt edges e 0).toNat + edgeAt edges e 2) ∧
    (∀ v, v < dist.length → -1 ≤ matAt dist u v ∧
      (matAt dist u v ≠ -1 → 0 ≤ matAt rank u v) ∧
      (v ≠ u → matAt dist u v ≠ -1 →
        0 ≤ matAt pred u v ∧ matAt pred u v < edges.length ∧
        edgeAt edges (matAt pred u v).toNat 1 = v ∧
        matAt dist u (edgeAt edges (matAt pred u v).toNat 0).toNat ≠ -1 ∧
        matAt dist u (edgeAt edges (matAt pred u v).toNat 0).toNat + edgeAt edges (matAt pred u v).toNat 2 =
          matAt dist u v ∧
        matAt rank u (edgeAt edges (matAt pred u v).toNat 0).toNat < matAt rank u v))

-- <vc:helpers>
-- </vc:helpers>

-- Floyd-Warshall: all-pairs shortest-path weights, a shortest-path tree per source (pred) and
-- the number of edges of each path found (rank).
def floydWarshall (n : Int) (edges : List (List Int)) : List (List Int) × List (List Int) × List (List Int) :=
  -- <vc:code>
  -- </vc:code>

theorem floydWarshall_spec (n : Int) (edges : List (List Int)) (h : pre_floyd_warshall n edges) :
    post_floyd_warshall n edges (floydWarshall n edges).1 (floydWarshall n edges).2.1
      (floydWarshall n edges).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
