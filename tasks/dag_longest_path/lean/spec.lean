-- A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
-- (from u to v with weight w). Lists are read with getD (default 0 / []), guarded by the length
-- checks.
def edgeAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int := (edges.getD e []).getD k 0

def valid_edges (n : Int) (edges : List (List Int)) : Prop :=
  ∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n

-- The graph is acyclic, witnessed by the topological rank given with it: every edge goes from a
-- smaller to a larger rank (ranks lie in 0..n-1 and need not be distinct).
def pre_dag_longest_path (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ 0 ≤ s ∧ s < n ∧ valid_edges n edges ∧
  (rank.length : Int) = n ∧
  (∀ v, v < rank.length → 0 ≤ rank.getD v 0 ∧ rank.getD v 0 < n) ∧
  ∀ e, e < edges.length → -1000000 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000 ∧
    rank.getD (edgeAt edges e 0).toNat 0 < rank.getD (edgeAt edges e 1).toNat 0

-- reach[v]: v is reachable from s; dist[v] (reached v): the weight of a heaviest path from s;
-- pred[v] (reached v != s): the index of the last edge of such a path. Certificate (see the
-- Dafny spec, whose locked lemma proves its meaning): dist[s] = 0; every edge out of a reached
-- vertex enters a reached vertex and cannot make its label heavier; every reached v ≠ s has a
-- tight pred edge from a reached vertex (pred edges go up in rank, so they form a tree at s).
def post_dag_longest_path (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int)
    (reach : List Bool) (dist pred : List Int) : Prop :=
  pre_dag_longest_path n edges rank s ∧ (reach.length : Int) = n ∧ (dist.length : Int) = n ∧
  (pred.length : Int) = n ∧ reach.getD s.toNat false = true ∧ dist.getD s.toNat 0 = 0 ∧
  (∀ e, e < edges.length → reach.getD (edgeAt edges e 0).toNat false = true →
    reach.getD (edgeAt edges e 1).toNat false = true ∧
    dist.getD (edgeAt edges e 0).toNat 0 + edgeAt edges e 2 ≤ dist.getD (edgeAt edges e 1).toNat 0) ∧
  (∀ v, v < reach.length → (v : Int) ≠ s → reach.getD v false = true →
    0 ≤ pred.getD v 0 ∧ pred.getD v 0 < edges.length ∧
    edgeAt edges (pred.getD v 0).toNat 1 = v ∧
    reach.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat false = true ∧
    dist.getD (edgeAt edges (pred.getD v 0).toNat 0).toNat 0 + edgeAt edges (pred.getD v 0).toNat 2 =
      dist.getD v 0)

-- <vc:helpers>
-- </vc:helpers>

-- Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
-- relaxing the edges out of each vertex as it leaves the queue.
def dagLongestPath (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int) :
    List Bool × List Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem dagLongestPath_spec (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int)
    (h : pre_dag_longest_path n edges rank s) :
    let r := dagLongestPath n edges rank s
    post_dag_longest_path n edges rank s r.1 r.2.1 r.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
