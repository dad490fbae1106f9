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
-- Experimental: the implementation is complete, the proof is not written.
-- Field k of edge e (0 when absent).
def eAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int :=
  match edges.drop e with
  | row :: _ => (row.drop k).headD 0
  | [] => 0

def relaxRound (edges : List (List Int)) (st : List Bool × List Int × List Int) :
    List Bool × List Int × List Int :=
  (List.range edges.length).foldl
    (fun (acc : List Bool × List Int × List Int) e =>
      let (known, dist, pred) := acc
      let u := (eAt edges e 0).toNat
      let v := (eAt edges e 1).toNat
      let nd := dist.getD u 0 + eAt edges e 2
      if known.getD u false && (!known.getD v false || decide (nd < dist.getD v 0)) then
        (known.set v true, dist.set v nd, pred.set v (e : Int))
      else acc)
    st

-- The head of an improvable edge after the rounds (relaxing it), if any.
def findImprovable (edges : List (List Int)) (known : List Bool) :
    Nat → List Int → List Int → Option Nat → Option Nat × List Int × List Int
  | 0, dist, pred, bad => (bad, dist, pred)
  | k + 1, dist, pred, bad =>
    let e := edges.length - (k + 1)
    let u := (eAt edges e 0).toNat
    let v := (eAt edges e 1).toNat
    let nd := dist.getD u 0 + eAt edges e 2
    if known.getD u false && decide (nd < dist.getD v 0) then
      findImprovable edges known k (dist.set v nd) (pred.set v (e : Int)) (some v)
    else findImprovable edges known k dist pred bad

def stepBack (edges : List (List Int)) (pred : List Int) (x : Nat) : Nat :=
  (eAt edges (pred.getD x 0).toNat 0).toNat

-- Collect the predecessor cycle through x (at most fuel edges), last edge first.
def collectCycle (edges : List (List Int)) (pred : List Int) (x : Nat) : Nat → Nat → List Nat → List Nat
  | 0, _, acc => acc
  | fuel + 1, y, acc =>
    if y = x then acc
    else collectCycle edges pred x fuel (stepBack edges pred y) ((pred.getD y 0).toNat :: acc)

def reachRound (edges : List (List Int)) (st : List Bool × List Int × List Int) :
    List Bool × List Int × List Int :=
  (List.range edges.length).foldl
    (fun (acc : List Bool × List Int × List Int) e =>
      let (reach, tree, depth) := acc
      let u := (eAt edges e 0).toNat
      let v := (eAt edges e 1).toNat
      if reach.getD u false && !reach.getD v false then
        (reach.set v true, tree.set v (e : Int), depth.set v (depth.getD u 0 + 1))
      else acc)
    st

-- Depth of v in the predecessor tree (at most fuel steps back).
def treeDepth (edges : List (List Int)) (pred : List Int) (s : Nat) : Nat → Nat → Int
  | 0, _ => 0
  | fuel + 1, x =>
    if x = s then 0
    else if 0 ≤ pred.getD x (-1) ∧ pred.getD x (-1) < edges.length then
      1 + treeDepth edges pred s fuel (stepBack edges pred x)
    else 0
-- </vc:helpers>

-- Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
def bellmanFord (n : Int) (edges : List (List Int)) (s : Int) :
    Bool × List Bool × List Int × List Int × List Int × List Nat :=
  -- <vc:code>
  let k := n.toNat
  let init : List Bool × List Int × List Int :=
    ((List.replicate k false).set s.toNat true, List.replicate k 0, List.replicate k (-1))
  let (known, dist, pred) := (List.range (k - 1)).foldl (fun st _ => relaxRound edges st) init
  match findImprovable edges known edges.length dist pred none with
  | (none, _, _) =>
    (false, known, dist, pred, (List.range k).map (fun v => treeDepth edges pred s.toNat k v), [])
  | (some bad, dist2, pred2) =>
    let x := (List.range k).foldl (fun y _ => stepBack edges pred2 y) bad
    let cycle := collectCycle edges pred2 x k (stepBack edges pred2 x) [(pred2.getD x 0).toNat]
    let (reach, tree, depth) := (List.range k).foldl (fun st _ => reachRound edges st)
      ((List.replicate k false).set s.toNat true, List.replicate k (-1), List.replicate k 0)
    (true, reach, dist2, tree, depth, cycle)
  -- </vc:code>

theorem bellmanFord_spec (n : Int) (edges : List (List Int)) (s : Int) (h : pre_bellman_ford n edges s) :
    let r := bellmanFord n edges s
    post_bellman_ford n edges s r.1 r.2.1 r.2.2.1 r.2.2.2.1 r.2.2.2.2.1 r.2.2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
