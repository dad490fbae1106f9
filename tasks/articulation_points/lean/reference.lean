-- An undirected simple graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in
-- adj[u] exactly when u is in adj[v]; no self-loops and no repeated neighbours, so an edge is
-- the pair {u, v}.
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def pre_articulation_points (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧
  (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → v ≠ u ∧ u ∈ adj.getD v []) ∧
  (∀ u, u < n → ∀ i, i < (adj.getD u []).length → ∀ j, j < (adj.getD u []).length → i < j →
    (adj.getD u []).getD i 0 ≠ (adj.getD u []).getD j 0)

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_articulation_points n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧
    (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → v ≠ u ∧ u ∈ adj.getD v []) ∧
    (∀ u, u < n → ∀ i, i < (adj.getD u []).length → ∀ j, j < (adj.getD u []).length → i < j →
      (adj.getD u []).getD i 0 ≠ (adj.getD u []).getD j 0)))

-- Vertex x is numbered inside the subtree range of c.
def inRange (pre last : List Nat) (c x : Nat) : Prop :=
  pre.getD c 0 ≤ pre.getD x 0 ∧ pre.getD x 0 ≤ last.getD c 0

instance (pre last : List Nat) (c x : Nat) : Decidable (inRange pre last c x) :=
  inferInstanceAs (Decidable (pre.getD c 0 ≤ pre.getD x 0 ∧ pre.getD x 0 ≤ last.getD c 0))

-- The articulation points are exactly the v with cut[v]; the rest is a certificate on a
-- depth-first search forest (see the Dafny spec for the full comment): the forest shape (par,
-- pre, last, non-tree edges to ancestors); a root with cut[v] has two children wit[v] ≠ wit2[v],
-- a root without has at most one child; a non-root with cut[v] has a child wit[v] whose subtree
-- has no edge leaving it except to v; for a non-root v without cut[v], every child c has an
-- escape edge (escx[c], escy[c]) from its subtree to outside it, other than v.
def post_articulation_points (n : Nat) (adj : List (List Nat)) (par : List Int) (pre last : List Nat)
    (cut : List Bool) (wit wit2 escx escy : List Int) : Prop :=
  pre_articulation_points n adj ∧ par.length = n ∧ pre.length = n ∧ last.length = n ∧
  cut.length = n ∧ wit.length = n ∧ wit2.length = n ∧ escx.length = n ∧ escy.length = n ∧
  (∀ v, v < n → -1 ≤ par.getD v 0 ∧ par.getD v 0 < n ∧ pre.getD v 0 ≤ last.getD v 0 ∧ last.getD v 0 < n) ∧
  (∀ u, u < n → ∀ v, v < n → u < v → pre.getD u 0 ≠ pre.getD v 0) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 →
    (par.getD v 0).toNat ∈ adj.getD v [] ∧ pre.getD (par.getD v 0).toNat 0 < pre.getD v 0 ∧
    last.getD v 0 ≤ last.getD (par.getD v 0).toNat 0) ∧
  (∀ w, w < n → ∀ x, x < n → pre.getD w 0 < pre.getD x 0 → pre.getD x 0 ≤ last.getD w 0 →
    par.getD x 0 ≠ -1 ∧ pre.getD w 0 ≤ pre.getD (par.getD x 0).toNat 0) ∧
  (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → par.getD w 0 ≠ (u : Int) → par.getD u 0 ≠ (w : Int) →
    (pre.getD w 0 < pre.getD u 0 ∧ pre.getD u 0 ≤ last.getD w 0) ∨
    (pre.getD u 0 < pre.getD w 0 ∧ pre.getD w 0 ≤ last.getD u 0)) ∧
  (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = true →
    0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ 0 ≤ wit2.getD v 0 ∧ wit2.getD v 0 < n ∧
    wit.getD v 0 ≠ wit2.getD v 0 ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int) ∧
    par.getD (wit2.getD v 0).toNat 0 = (v : Int)) ∧
  (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = false → ∀ x, x < n → ∀ y, y < n →
    par.getD x 0 = (v : Int) → par.getD y 0 = (v : Int) → x = y) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true →
    0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int)) ∧
  (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true → ∀ x, x < n →
    inRange pre last (wit.getD v 0).toNat x →
    ∀ y, y ∈ adj.getD x [] → inRange pre last (wit.getD v 0).toNat y ∨ y = v) ∧
  (∀ c, c < n → par.getD c 0 ≠ -1 → par.getD (par.getD c 0).toNat 0 ≠ -1 →
    cut.getD (par.getD c 0).toNat false = false →
    0 ≤ escx.getD c 0 ∧ escx.getD c 0 < n ∧ 0 ≤ escy.getD c 0 ∧ escy.getD c 0 < n ∧
    (escy.getD c 0).toNat ∈ adj.getD (escx.getD c 0).toNat [] ∧
    inRange pre last c (escx.getD c 0).toNat ∧ ¬ inRange pre last c (escy.getD c 0).toNat ∧
    escy.getD c 0 ≠ par.getD c 0)

instance (n : Nat) (adj : List (List Nat)) (par : List Int) (pre last : List Nat)
    (cut : List Bool) (wit wit2 escx escy : List Int) :
    Decidable (post_articulation_points n adj par pre last cut wit wit2 escx escy) :=
  inferInstanceAs (Decidable (
    pre_articulation_points n adj ∧ par.length = n ∧ pre.length = n ∧ last.length = n ∧
    cut.length = n ∧ wit.length = n ∧ wit2.length = n ∧ escx.length = n ∧ escy.length = n ∧
    (∀ v, v < n → -1 ≤ par.getD v 0 ∧ par.getD v 0 < n ∧ pre.getD v 0 ≤ last.getD v 0 ∧ last.getD v 0 < n) ∧
    (∀ u, u < n → ∀ v, v < n → u < v → pre.getD u 0 ≠ pre.getD v 0) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 →
      (par.getD v 0).toNat ∈ adj.getD v [] ∧ pre.getD (par.getD v 0).toNat 0 < pre.getD v 0 ∧
      last.getD v 0 ≤ last.getD (par.getD v 0).toNat 0) ∧
    (∀ w, w < n → ∀ x, x < n → pre.getD w 0 < pre.getD x 0 → pre.getD x 0 ≤ last.getD w 0 →
      par.getD x 0 ≠ -1 ∧ pre.getD w 0 ≤ pre.getD (par.getD x 0).toNat 0) ∧
    (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → par.getD w 0 ≠ (u : Int) → par.getD u 0 ≠ (w : Int) →
      (pre.getD w 0 < pre.getD u 0 ∧ pre.getD u 0 ≤ last.getD w 0) ∨
      (pre.getD u 0 < pre.getD w 0 ∧ pre.getD w 0 ≤ last.getD u 0)) ∧
    (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = true →
      0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ 0 ≤ wit2.getD v 0 ∧ wit2.getD v 0 < n ∧
      wit.getD v 0 ≠ wit2.getD v 0 ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int) ∧
      par.getD (wit2.getD v 0).toNat 0 = (v : Int)) ∧
    (∀ v, v < n → par.getD v 0 = -1 → cut.getD v false = false → ∀ x, x < n → ∀ y, y < n →
      par.getD x 0 = (v : Int) → par.getD y 0 = (v : Int) → x = y) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true →
      0 ≤ wit.getD v 0 ∧ wit.getD v 0 < n ∧ par.getD (wit.getD v 0).toNat 0 = (v : Int)) ∧
    (∀ v, v < n → par.getD v 0 ≠ -1 → cut.getD v false = true → ∀ x, x < n →
      inRange pre last (wit.getD v 0).toNat x →
      ∀ y, y ∈ adj.getD x [] → inRange pre last (wit.getD v 0).toNat y ∨ y = v) ∧
    (∀ c, c < n → par.getD c 0 ≠ -1 → par.getD (par.getD c 0).toNat 0 ≠ -1 →
      cut.getD (par.getD c 0).toNat false = false →
      0 ≤ escx.getD c 0 ∧ escx.getD c 0 < n ∧ 0 ≤ escy.getD c 0 ∧ escy.getD c 0 < n ∧
      (escy.getD c 0).toNat ∈ adj.getD (escx.getD c 0).toNat [] ∧
      inRange pre last c (escx.getD c 0).toNat ∧ ¬ inRange pre last c (escy.getD c 0).toNat ∧
      escy.getD c 0 ≠ par.getD c 0)))

-- <vc:helpers>
-- The state of the search: parent, preorder number (n: not visited), last number in the
-- subtree, cut flags, witnesses and escape edges, low-links with the edge realising each, the counter.
structure BrState where
  par : List Int
  pre : List Nat
  last : List Nat
  cut : List Bool
  wit : List Int
  wit2 : List Int
  escx : List Int
  escy : List Int
  low : List Nat
  lx : List Int
  ly : List Int
  counter : Nat

-- The search loop; the call stack holds (vertex, next edge index), top first.
def brLoop (n : Nat) (adj : List (List Nat)) : Nat → List (Nat × Nat) → BrState → BrState
  | 0, _, S => S
  | _ + 1, [], S => S
  | fuel + 1, (u, k) :: cs, S =>
    let out := adj.getD u []
    if k < out.length then
      let w := out.getD k 0
      if S.pre.getD w 0 = n then
        brLoop n adj fuel ((w, 0) :: (u, k + 1) :: cs)
          { S with par := S.par.set w (u : Int), pre := S.pre.set w S.counter,
                   low := S.low.set w S.counter, counter := S.counter + 1 }
      else if S.par.getD u (-1) ≠ (w : Int) ∧ S.pre.getD w 0 < S.low.getD u 0 then
        brLoop n adj fuel ((u, k + 1) :: cs)
          { S with low := S.low.set u (S.pre.getD w 0), lx := S.lx.set u (u : Int), ly := S.ly.set u (w : Int) }
      else
        brLoop n adj fuel ((u, k + 1) :: cs) S
    else
      let S := { S with last := S.last.set u (S.counter - 1) }
      match cs with
      | (p, _) :: _ =>
        let S := if S.low.getD u 0 < S.low.getD p 0 then
            { S with low := S.low.set p (S.low.getD u 0), lx := S.lx.set p (S.lx.getD u (-1)),
                     ly := S.ly.set p (S.ly.getD u (-1)) }
          else S
        let S := if S.par.getD p 0 = -1 then
            (if S.wit.getD p (-1) = -1 then { S with wit := S.wit.set p (u : Int) }
             else if S.wit2.getD p (-1) = -1 then
               { S with wit2 := S.wit2.set p (u : Int), cut := S.cut.set p true }
             else S)
          else if S.low.getD u 0 ≥ S.pre.getD p 0 then
            (if S.cut.getD p false = false then
               { S with cut := S.cut.set p true, wit := S.wit.set p (u : Int) }
             else S)
          else { S with escx := S.escx.set u (S.lx.getD u (-1)), escy := S.escy.set u (S.ly.getD u (-1)) }
        brLoop n adj fuel cs S
      | [] => brLoop n adj fuel cs S
-- </vc:helpers>

-- Articulation points by Tarjan's low-link: a depth-first search numbers the vertices in
-- preorder and computes low[c], the least preorder number reached from the subtree of c by one
-- edge other than the tree edge to c's parent (with the edge that reaches it); a non-root v is
-- a cut vertex exactly when some child c has low[c] ≥ pre[v], a root when it has two children.
def articulationPoints (n : Nat) (adj : List (List Nat)) :
    List Int × List Nat × List Nat × List Bool × List Int × List Int × List Int × List Int :=
  -- <vc:code>
  let m := adj.foldl (fun a l => a + l.length) 0
  let S0 : BrState := { par := List.replicate n (-1), pre := List.replicate n n,
    last := List.replicate n 0, cut := List.replicate n false,
    wit := List.replicate n (-1), wit2 := List.replicate n (-1), escx := List.replicate n (-1),
    escy := List.replicate n (-1), low := List.replicate n 0, lx := List.replicate n (-1),
    ly := List.replicate n (-1), counter := 0 }
  let S := (List.range n).foldl
    (fun S s =>
      if S.pre.getD s 0 = n then
        brLoop n adj (2 * (n + m) + 2) [(s, 0)]
          { S with pre := S.pre.set s S.counter, low := S.low.set s S.counter, counter := S.counter + 1 }
      else S)
    S0
  (S.par, S.pre, S.last, S.cut, S.wit, S.wit2, S.escx, S.escy)
  -- </vc:code>

theorem articulationPoints_spec (n : Nat) (adj : List (List Nat)) (h : pre_articulation_points n adj) :
    let r := articulationPoints n adj
    post_articulation_points n adj r.1 r.2.1 r.2.2.1 r.2.2.2.1 r.2.2.2.2.1 r.2.2.2.2.2.1 r.2.2.2.2.2.2.1
      r.2.2.2.2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
