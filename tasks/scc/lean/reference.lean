-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- At most 1000 edges leave a vertex (the family's bound on list lengths, in every language).
def pre_scc (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_scc n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000))

-- comp labels the strongly connected components: comp[u] = comp[v] exactly when u and v reach
-- each other. The other outputs are the certificate:
--  - condensation order: no edge leads to a component of a larger number (Tarjan's algorithm
--    numbers the components in the order it completes them, sinks first). Labels never grow
--    along a path, so vertices with different labels do not reach each other both ways;
--  - each component has exactly one root (pin = pout = -1); pin[v] is an in-component
--    predecessor of v with a smaller din (following pin from v goes back to the root: the root
--    reaches v), pout[v] an in-component successor of v with a smaller dout (following pout
--    leads from v to the root: v reaches the root). So all vertices of a component reach each
--    other through its root.
def post_scc (n : Nat) (adj : List (List Nat)) (comp : List Nat) (pin : List Int) (din : List Nat)
    (pout : List Int) (dout : List Nat) : Prop :=
  pre_scc n adj ∧ comp.length = n ∧ pin.length = n ∧ din.length = n ∧ pout.length = n ∧
  dout.length = n ∧
  (∀ v, v < n → comp.getD v 0 < n) ∧
  (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → comp.getD w 0 ≤ comp.getD u 0) ∧
  (∀ v, v < n → (pin.getD v 0 = -1 ↔ pout.getD v 0 = -1)) ∧
  (∀ u, u < n → ∀ v, v < n → u < v → pin.getD u 0 = -1 → pin.getD v 0 = -1 →
    comp.getD u 0 ≠ comp.getD v 0) ∧
  (∀ v, v < n → -1 ≤ pin.getD v 0 ∧ pin.getD v 0 < n ∧ -1 ≤ pout.getD v 0 ∧ pout.getD v 0 < n) ∧
  (∀ v, v < n → pin.getD v 0 ≠ -1 →
    v ∈ adj.getD (pin.getD v 0).toNat [] ∧ comp.getD (pin.getD v 0).toNat 0 = comp.getD v 0 ∧
    din.getD (pin.getD v 0).toNat 0 < din.getD v 0) ∧
  (∀ v, v < n → pout.getD v 0 ≠ -1 →
    (pout.getD v 0).toNat ∈ adj.getD v [] ∧ comp.getD (pout.getD v 0).toNat 0 = comp.getD v 0 ∧
    dout.getD (pout.getD v 0).toNat 0 < dout.getD v 0)

instance (n : Nat) (adj : List (List Nat)) (comp : List Nat) (pin : List Int) (din : List Nat)
    (pout : List Int) (dout : List Nat) : Decidable (post_scc n adj comp pin din pout dout) :=
  inferInstanceAs (Decidable (pre_scc n adj ∧ comp.length = n ∧ pin.length = n ∧ din.length = n ∧
    pout.length = n ∧ dout.length = n ∧
    (∀ v, v < n → comp.getD v 0 < n) ∧
    (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → comp.getD w 0 ≤ comp.getD u 0) ∧
    (∀ v, v < n → (pin.getD v 0 = -1 ↔ pout.getD v 0 = -1)) ∧
    (∀ u, u < n → ∀ v, v < n → u < v → pin.getD u 0 = -1 → pin.getD v 0 = -1 →
      comp.getD u 0 ≠ comp.getD v 0) ∧
    (∀ v, v < n → -1 ≤ pin.getD v 0 ∧ pin.getD v 0 < n ∧ -1 ≤ pout.getD v 0 ∧ pout.getD v 0 < n) ∧
    (∀ v, v < n → pin.getD v 0 ≠ -1 →
      v ∈ adj.getD (pin.getD v 0).toNat [] ∧ comp.getD (pin.getD v 0).toNat 0 = comp.getD v 0 ∧
      din.getD (pin.getD v 0).toNat 0 < din.getD v 0) ∧
    (∀ v, v < n → pout.getD v 0 ≠ -1 →
      (pout.getD v 0).toNat ∈ adj.getD v [] ∧ comp.getD (pout.getD v 0).toNat 0 = comp.getD v 0 ∧
      dout.getD (pout.getD v 0).toNat 0 < dout.getD v 0)))

-- <vc:helpers>
-- The state of Tarjan's search: visit numbers (n: not visited), low-links, the open stack st
-- (top first) with membership flags, the labels given so far, the tree parent and depth, and
-- wit: the successor that realises the low-link (the vertex numbered low reached by an edge into
-- the stack, or the tree child whose low-link was taken), which becomes pout.
structure TjState where
  index : List Nat
  low : List Nat
  wit : List Nat
  pout : List Int
  dout : List Nat
  onSt : List Bool
  st : List Nat
  comp : List Nat
  pin : List Int
  din : List Nat
  counter : Nat
  ncomp : Nat

-- Visit w (tree parent `parent`, depth `depth`): number it and push it on the open stack.
def tjVisit (w : Nat) (parent : Int) (depth : Nat) (S : TjState) : TjState :=
  { S with index := S.index.set w S.counter, low := S.low.set w S.counter, counter := S.counter + 1,
           st := w :: S.st, onSt := S.onSt.set w true, pin := S.pin.set w parent,
           din := S.din.set w depth }

-- Pop the open stack down to u, labelling the popped vertices c; every popped vertex but u gets
-- pout = wit and dout = 128 * low + 128 - index (u, the root: -1 and 0).
def tjPop (u c : Nat) (S : TjState) : List Nat → TjState → TjState
  | [], T => { T with st := [] }
  | x :: rest, T =>
    let T := { T with onSt := T.onSt.set x false, comp := T.comp.set x c }
    if x = u then
      { T with st := rest, pin := T.pin.set x (-1), pout := T.pout.set x (-1), dout := T.dout.set x 0 }
    else
      tjPop u c S rest { T with pout := T.pout.set x ((S.wit.getD x 0 : Nat) : Int),
        dout := T.dout.set x (128 * S.low.getD x 0 + 128 - S.index.getD x 0) }

-- The search loop; the call stack holds (vertex, next edge index), top first.
def tjLoop (n : Nat) (adj : List (List Nat)) : Nat → List (Nat × Nat) → TjState → TjState
  | 0, _, S => S
  | _ + 1, [], S => S
  | fuel + 1, (u, k) :: cs, S =>
    let out := adj.getD u []
    if k < out.length then
      let w := out.getD k 0
      if S.index.getD w 0 = n then
        tjLoop n adj fuel ((w, 0) :: (u, k + 1) :: cs) (tjVisit w (u : Int) (S.din.getD u 0 + 1) S)
      else if S.onSt.getD w false && decide (S.index.getD w 0 < S.low.getD u 0) then
        tjLoop n adj fuel ((u, k + 1) :: cs) { S with low := S.low.set u (S.index.getD w 0), wit := S.wit.set u w }
      else
        tjLoop n adj fuel ((u, k + 1) :: cs) S
    else
      let S := match cs with
        | (p, _) :: _ =>
          if S.low.getD u 0 < S.low.getD p 0 then
            { S with low := S.low.set p (S.low.getD u 0), wit := S.wit.set p u }
          else S
        | [] => S
      if S.low.getD u 0 = S.index.getD u 0 then
        let T := tjPop u S.ncomp S S.st S
        tjLoop n adj fuel cs { T with ncomp := S.ncomp + 1 }
      else
        tjLoop n adj fuel cs S

-- </vc:helpers>

-- Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
-- of the visited vertices whose component is open and low-links (the least number reachable
-- through the subtree and one edge back into the stack); a vertex whose low-link is its own
-- number closes a component (everything above it on the stack). pin is the search tree's parent
-- inside the component, din the depth; pout is the successor that realises the low-link (the
-- vertex numbered low, reached by an edge into the stack, or the tree child whose low-link it took),
-- dout = 128 * low + 128 - number (0 at a root).
def scc (n : Nat) (adj : List (List Nat)) : List Nat × List Int × List Nat × List Int × List Nat :=
  -- <vc:code>
  let m := adj.foldl (fun a l => a + l.length) 0
  let S0 : TjState := { index := List.replicate n n, low := List.replicate n 0,
    wit := List.replicate n 0, pout := List.replicate n (-1), dout := List.replicate n 0, onSt := List.replicate n false, st := [], comp := List.replicate n 0,
    pin := List.replicate n (-1), din := List.replicate n 0, counter := 0, ncomp := 0 }
  let S := (List.range n).foldl
    (fun S s => if S.index.getD s 0 = n then tjLoop n adj (2 * (n + m) + 2) [(s, 0)] (tjVisit s (-1) 0 S) else S)
    S0
  (S.comp, S.pin, S.din, S.pout, S.dout)
  -- </vc:code>

theorem scc_spec (n : Nat) (adj : List (List Nat)) (h : pre_scc n adj) :
    post_scc n adj (scc n adj).1 (scc n adj).2.1 (scc n adj).2.2.1 (scc n adj).2.2.2.1
      (scc n adj).2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
