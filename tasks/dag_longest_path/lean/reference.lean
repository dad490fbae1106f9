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
-- out[u]: the indices of the edges leaving u, in increasing order.
def outLists (n : Nat) (edges : List (List Int)) : List (List Nat) :=
  (List.range edges.length).foldl
    (fun acc e =>
      let u := ((edges.getD e []).getD 0 0).toNat
      acc.set u (acc.getD u [] ++ [e]))
    (List.replicate n [])

-- The in-degree of every vertex.
def inDegrees (n : Nat) (edges : List (List Int)) : List Nat :=
  edges.foldl
    (fun acc e =>
      let v := (e.getD 1 0).toNat
      acc.set v (acc.getD v 0 + 1))
    (List.replicate n 0)

-- Relax the edges es out of u (just removed from the queue); lower the in-degree of each head and
-- enqueue the heads whose in-degree reaches 0.
def scanOut (edges : List (List Int)) (u : Nat) :
    List Nat → List Bool → List Int → List Int → List Nat → List Nat →
      List Bool × List Int × List Int × List Nat × List Nat
  | [], reach, dist, pred, indeg, queue => (reach, dist, pred, indeg, queue)
  | e :: es, reach, dist, pred, indeg, queue =>
    let v := ((edges.getD e []).getD 1 0).toNat
    let nd := dist.getD u 0 + (edges.getD e []).getD 2 0
    let upd := reach.getD u false && (!reach.getD v false || decide (dist.getD v 0 < nd))
    let reach2 := if upd then reach.set v true else reach
    let dist2 := if upd then dist.set v nd else dist
    let pred2 := if upd then pred.set v (e : Int) else pred
    let d := indeg.getD v 0 - 1
    let indeg2 := indeg.set v d
    let queue2 := if d == 0 then queue ++ [v] else queue
    scanOut edges u es reach2 dist2 pred2 indeg2 queue2

-- Kahn's loop: take queue[head], relax its edges; at most fuel (= n) removals.
def kahnLoop (edges : List (List Int)) (out : List (List Nat)) :
    Nat → Nat → List Bool → List Int → List Int → List Nat → List Nat →
      List Bool × List Int × List Int
  | 0, _, reach, dist, pred, _, _ => (reach, dist, pred)
  | fuel + 1, head, reach, dist, pred, indeg, queue =>
    if head < queue.length then
      let u := queue.getD head 0
      let (r2, d2, p2, i2, q2) := scanOut edges u (out.getD u []) reach dist pred indeg queue
      kahnLoop edges out fuel (head + 1) r2 d2 p2 i2 q2
    else
      (reach, dist, pred)
-- </vc:helpers>

-- Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
-- relaxing the edges out of each vertex as it leaves the queue.
def dagLongestPath (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int) :
    List Bool × List Int × List Int :=
  -- <vc:code>
  let k := n.toNat
  let indeg := inDegrees k edges
  let queue := (List.range k).filter (fun v => indeg.getD v 0 == 0)
  kahnLoop edges (outLists k edges) k 0 ((List.replicate k false).set s.toNat true)
    (List.replicate k (0 : Int)) (List.replicate k (-1 : Int)) indeg queue
  -- </vc:code>

theorem dagLongestPath_spec (n : Int) (edges : List (List Int)) (rank : List Int) (s : Int)
    (h : pre_dag_longest_path n edges rank s) :
    let r := dagLongestPath n edges rank s
    post_dag_longest_path n edges rank s r.1 r.2.1 r.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
