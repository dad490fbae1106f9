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

-- Every weight is 0 or 1.
def pre_zero_one_bfs (n : Int) (edges : List (List Int)) (s : Int) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ 0 ≤ s ∧ s < n ∧ valid_edges n edges ∧
  ∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1

-- dist[v] is the weight of a shortest path from s to v (-1: no path); pred[v] is the index of
-- the last edge of such a path (v ≠ s reached) and rank an order in which that shortest-path
-- tree can be built (pred edges come from vertices of smaller rank). Each pred edge is tight,
-- and no edge from a reached vertex can improve a distance; together these say exactly that
-- every dist[v] is the weight of a path from s and no path is lighter (the Dafny version of this
-- task proves that in its locked part).
def post_zero_one_bfs (n : Int) (edges : List (List Int)) (s : Int) (dist pred rank : List Int) : Prop :=
  pre_zero_one_bfs n edges s ∧ (dist.length : Int) = n ∧ (pred.length : Int) = n ∧
  (rank.length : Int) = n ∧ dist.getD s.toNat 0 = 0 ∧
  (∀ e, e < edges.length → dist.getD (edgeAt edges e 0).toNat 0 ≠ -1 →
    dist.getD (edgeAt edges e 1).toNat 0 ≠ -1 ∧
    dist.getD (edgeAt edges e 1).toNat 0 ≤ dist.getD (edgeAt edges e 0).toNat 0 + edgeAt edges e 2) ∧
  (∀ v, v < dist.length → -1 ≤ dist.getD v 0 ∧ (dist.getD v 0 ≠ -1 → 0 ≤ rank.getD v 0) ∧
    ((v : Int) ≠ s → dist.getD v 0 ≠ -1 →
      0 ≤ pred.getD v 0 ∧ pred.getD v 0 < edges.length ∧
      edgeAt edges (pred.getD v 0).toNat 1 = v ∧
      dist.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 ≠ -1 ∧
      dist.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 + edgeAt edges (pred.getD v 0).toNat 2 =
        dist.getD v 0 ∧
      rank.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 < rank.getD v 0))

-- <vc:helpers>
-- </vc:helpers>

-- 0-1 BFS from s (every weight 0 or 1): a deque of (vertex, distance) entries, 0-edges pushed
-- at the front and 1-edges at the back; distances, a shortest-path tree and the order (rank) in
-- which the vertices were settled (first popped).
def zeroOneBfs (n : Int) (edges : List (List Int)) (s : Int) : List Int × List Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem zeroOneBfs_spec (n : Int) (edges : List (List Int)) (s : Int) (h : pre_zero_one_bfs n edges s) :
    post_zero_one_bfs n edges s (zeroOneBfs n edges s).1 (zeroOneBfs n edges s).2.1 (zeroOneBfs n edges s).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
