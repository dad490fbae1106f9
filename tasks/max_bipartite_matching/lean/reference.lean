-- A bipartite graph: left vertices 0..nl-1, right vertices 0..nr-1, adj[u] lists the right
-- neighbours of the left vertex u. A matching is given from the left: m[u] is u's partner (-1:
-- u is unmatched); a vertex cover by two masks (coverL, coverR). Lists are read with getD.
def valid_bigraph (nl nr : Int) (adj : List (List Int)) : Prop :=
  (adj.length : Int) = nl ∧
  ∀ u, u < adj.length → ∀ j, j < (adj.getD u []).length →
    0 ≤ (adj.getD u []).getD j 0 ∧ (adj.getD u []).getD j 0 < nr

-- Every partner is a neighbour, and no right vertex has two partners.
def valid_matching (nl nr : Int) (adj : List (List Int)) (m : List Int) : Prop :=
  (m.length : Int) = nl ∧
  (∀ u, u < m.length → m.getD u 0 = -1 ∨
    (0 ≤ m.getD u 0 ∧ m.getD u 0 < nr ∧ m.getD u 0 ∈ adj.getD u [])) ∧
  (∀ u1, u1 < m.length → ∀ u2, u2 < m.length → u1 < u2 → m.getD u1 0 ≠ -1 → m.getD u1 0 ≠ m.getD u2 0)

-- The number of matched left vertices (the size of the matching).
def matched_count : List Int → Nat
  | [] => 0
  | x :: xs => (if x ≠ -1 then 1 else 0) + matched_count xs

def count_true : List Bool → Nat
  | [] => 0
  | b :: bs => (if b then 1 else 0) + count_true bs

def pre_max_bipartite_matching (nl nr : Int) (adj : List (List Int)) : Prop :=
  1 ≤ nl ∧ nl ≤ 100 ∧ 1 ≤ nr ∧ nr ≤ 100 ∧ valid_bigraph nl nr adj ∧
  ∀ u, u < adj.length → (adj.getD u []).length ≤ 100

-- matchL is a matching, and (coverL, coverR) a vertex cover (every edge has an endpoint in it)
-- with as many vertices as the matching has edges; every matching edge needs its own cover
-- vertex, so the matching is maximum (the Dafny version proves it in its locked part).
def post_max_bipartite_matching (nl nr : Int) (adj : List (List Int)) (matchL : List Int)
    (coverL coverR : List Bool) : Prop :=
  pre_max_bipartite_matching nl nr adj ∧ valid_matching nl nr adj matchL ∧
  (coverL.length : Int) = nl ∧ (coverR.length : Int) = nr ∧
  (∀ u, u < adj.length → ∀ j, j < (adj.getD u []).length →
    coverL.getD u false = true ∨ coverR.getD ((adj.getD u []).getD j 0).toNat false = true) ∧
  count_true coverL + count_true coverR = matched_count matchL

-- <vc:helpers>
-- One left vertex x of the alternating search: visit its unvisited right neighbours; stop at a
-- free one (some v), else queue their partners. State: visL, visR, fromR, queue.
def scanNeighbours (mr : List Int) (x : Nat) :
    List Int → List Bool → List Bool → List Nat → List Nat → Option Nat × List Bool × List Bool × List Nat × List Nat
  | [], visL, visR, fromR, queue => (none, visL, visR, fromR, queue)
  | v :: vs, visL, visR, fromR, queue =>
    let v := v.toNat
    if visR.getD v true then scanNeighbours mr x vs visL visR fromR queue
    else
      let visR := visR.set v true
      let fromR := fromR.set v x
      let w := mr.getD v (-1)
      if w = -1 then (some v, visL, visR, fromR, queue)
      else if visL.getD w.toNat true then scanNeighbours mr x vs visL visR fromR queue
      else scanNeighbours mr x vs (visL.set w.toNat true) visR fromR (queue ++ [w.toNat])

-- Breadth-first alternating search (fuel: queue positions still to expand).
def searchLoop (adj : List (List Int)) (mr : List Int) :
    Nat → Nat → List Bool → List Bool → List Nat → List Nat → Option Nat × List Bool × List Bool × List Nat
  | 0, _, visL, visR, fromR, _ => (none, visL, visR, fromR)
  | f + 1, head, visL, visR, fromR, queue =>
    if head < queue.length then
      let x := queue.getD head 0
      match scanNeighbours mr x (adj.getD x []) visL visR fromR queue with
      | (some v, visL, visR, fromR, _) => (some v, visL, visR, fromR)
      | (none, visL, visR, fromR, queue) => searchLoop adj mr f (head + 1) visL visR fromR queue
    else (none, visL, visR, fromR)

-- Flip the alternating path ending at the free right vertex v (fuel: its length bound).
def flipPath (fromR : List Nat) : Nat → Nat → List Int → List Int → List Int × List Int
  | 0, _, ml, mr => (ml, mr)
  | f + 1, v, ml, mr =>
    let u := fromR.getD v 0
    let next := ml.getD u (-1)
    let ml := ml.set u (v : Int)
    let mr := mr.set v (u : Int)
    if next = -1 then (ml, mr) else flipPath fromR f next.toNat ml mr

-- Augment while the search finds a free right vertex (fuel: at most nl + 1 rounds).
def augmentLoop (nl nr : Nat) (adj : List (List Int)) : Nat → List Int → List Int → List Int × List Bool × List Bool
  | 0, ml, _ => (ml, List.replicate nl false, List.replicate nr false)
  | f + 1, ml, mr =>
    let free := (List.range nl).filter (fun u => ml.getD u 0 = -1)
    let visL := free.foldl (fun acc u => acc.set u true) (List.replicate nl false)
    match searchLoop adj mr (nl + 1) 0 visL (List.replicate nr false) (List.replicate nr 0) free with
    | (some v, _, _, fromR) =>
      let (ml, mr) := flipPath fromR (nl + 1) v ml mr
      augmentLoop nl nr adj f ml mr
    | (none, visL, visR, _) => (ml, visL.map (fun b => !b), visR)
-- </vc:helpers>

-- Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
def maxBipartiteMatching (nl nr : Int) (adj : List (List Int)) : List Int × List Bool × List Bool :=
  -- <vc:code>
  augmentLoop nl.toNat nr.toNat adj (nl.toNat + 1) (List.replicate nl.toNat (-1)) (List.replicate nr.toNat (-1))
  -- </vc:code>

theorem maxBipartiteMatching_spec (nl nr : Int) (adj : List (List Int))
    (h : pre_max_bipartite_matching nl nr adj) :
    post_max_bipartite_matching nl nr adj (maxBipartiteMatching nl nr adj).1
      (maxBipartiteMatching nl nr adj).2.1 (maxBipartiteMatching nl nr adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
