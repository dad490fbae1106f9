-- A flow network on the vertices 0..n-1 is an edge list; edge e is [u, v, c], directed from u to
-- v with capacity c. A flow gives each edge an amount flow[e]; net(v) is the flow leaving v minus
-- the flow entering it. A cut is a vertex set (mask inS); its capacity is the total capacity of
-- the edges leaving it. Lists are read with getD (default 0 / [] / false).
def edgeAt (edges : List (List Int)) (e : Nat) (k : Nat) : Int := (edges.getD e []).getD k 0

def valid_edges (n : Int) (edges : List (List Int)) : Prop :=
  ∀ e, e < edges.length → (edges.getD e []).length = 3 ∧
    0 ≤ edgeAt edges e 0 ∧ edgeAt edges e 0 < n ∧ 0 ≤ edgeAt edges e 1 ∧ edgeAt edges e 1 < n

-- Flow out of v minus flow into v, over the edges 0..k-1.
def net_upto (edges : List (List Int)) (flow : List Int) (v : Int) : Nat → Int
  | 0 => 0
  | k + 1 => net_upto edges flow v k + (if edgeAt edges k 0 = v then flow.getD k 0 else 0)
      - (if edgeAt edges k 1 = v then flow.getD k 0 else 0)

def net (edges : List (List Int)) (flow : List Int) (v : Int) : Int :=
  net_upto edges flow v edges.length

-- Capacity of the edges 0..k-1 that leave the set inS.
def cut_upto (edges : List (List Int)) (inS : List Bool) : Nat → Int
  | 0 => 0
  | k + 1 => cut_upto edges inS k +
      (if inS.getD (edgeAt edges k 0).toNat false && !(inS.getD (edgeAt edges k 1).toNat false)
       then edgeAt edges k 2 else 0)

def cut_capacity (edges : List (List Int)) (inS : List Bool) : Int :=
  cut_upto edges inS edges.length

def pre_edmonds_karp (n : Int) (edges : List (List Int)) (s t : Int) : Prop :=
  2 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
  (∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000) ∧
  0 ≤ s ∧ s < n ∧ 0 ≤ t ∧ t < n ∧ s ≠ t

-- A feasible flow (capacities respected, conservation at every vertex other than s and t) of
-- value net(s), and an s-t cut whose capacity equals that value: the flow is maximum and the cut
-- minimum (every flow's value is at most every s-t cut's capacity; the Dafny version of this
-- task proves it in its locked part).
def post_edmonds_karp (n : Int) (edges : List (List Int)) (s t : Int) (flow : List Int) (value : Int)
    (inS : List Bool) : Prop :=
  pre_edmonds_karp n edges s t ∧ flow.length = edges.length ∧ (inS.length : Int) = n ∧
  (∀ e, e < edges.length → 0 ≤ flow.getD e 0 ∧ flow.getD e 0 ≤ edgeAt edges e 2) ∧
  (∀ v, v < inS.length → (v : Int) ≠ s → (v : Int) ≠ t → net edges flow v = 0) ∧
  value = net edges flow s ∧ inS.getD s.toNat false = true ∧ inS.getD t.toNat false = false ∧
  cut_capacity edges inS = value

-- <vc:helpers>
def fld (edges : List (List Int)) (e k : Nat) : Int :=
  match edges.get? e with
  | some r => r.getD k 0
  | none => 0

-- Residual edges at x: (edge, neighbour, forward?) for the edges leaving x with spare capacity
-- and the edges entering x that carry flow.
def residualAt (edges : List (List Int)) (flow : List Int) (x : Nat) : List (Nat × Nat × Bool) :=
  (List.range edges.length).foldr (fun e acc =>
    let a := (fld edges e 0).toNat
    let b := (fld edges e 1).toNat
    let acc := if b = x ∧ flow.getD e 0 > 0 then (e, a, false) :: acc else acc
    if a = x ∧ flow.getD e 0 < fld edges e 2 then (e, b, true) :: acc else acc) []

-- Visit the residual neighbours of one vertex.
def visitAll : List (Nat × Nat × Bool) → List Bool → List Nat → List Bool → List Nat → List Bool × List Nat × List Bool × List Nat
  | [], vis, pe, dir, queue => (vis, pe, dir, queue)
  | (e, w, fwd) :: rest, vis, pe, dir, queue =>
    if vis.getD w true then visitAll rest vis pe dir queue
    else visitAll rest (vis.set w true) (pe.set w e) (dir.set w fwd) (queue ++ [w])

-- Breadth-first search in the residual network (fuel: queue positions).
def bfs (edges : List (List Int)) (flow : List Int) :
    Nat → Nat → List Bool → List Nat → List Bool → List Nat → List Bool × List Nat × List Bool
  | 0, _, vis, pe, dir, _ => (vis, pe, dir)
  | f + 1, head, vis, pe, dir, queue =>
    if head < queue.length then
      let x := queue.getD head 0
      let (vis, pe, dir, queue) := visitAll (residualAt edges flow x) vis pe dir queue
      bfs edges flow f (head + 1) vis pe dir queue
    else (vis, pe, dir)

-- Least residual capacity on the tree path from x back to s (fuel: path length).
def bottleneck (edges : List (List Int)) (flow : List Int) (pe : List Nat) (dir : List Bool) (s : Nat) :
    Nat → Nat → Int → Int
  | 0, _, d => d
  | f + 1, x, d =>
    if x = s then d
    else
      let e := pe.getD x 0
      let fwd := dir.getD x true
      let r := if fwd then fld edges e 2 - flow.getD e 0 else flow.getD e 0
      bottleneck edges flow pe dir s f (if fwd then (fld edges e 0).toNat else (fld edges e 1).toNat) (min d r)

-- Push delta along the tree path from x back to s.
def push (edges : List (List Int)) (pe : List Nat) (dir : List Bool) (s : Nat) (delta : Int) :
    Nat → Nat → List Int → List Int
  | 0, _, flow => flow
  | f + 1, x, flow =>
    if x = s then flow
    else
      let e := pe.getD x 0
      if dir.getD x true then
        push edges pe dir s delta f (fld edges e 0).toNat (flow.set e (flow.getD e 0 + delta))
      else
        push edges pe dir s delta f (fld edges e 1).toNat (flow.set e (flow.getD e 0 - delta))

-- Augment along shortest residual paths (fuel: rounds; n * m + 1 suffice for Edmonds-Karp).
def ekLoop (n : Nat) (edges : List (List Int)) (s t : Nat) : Nat → List Int → Int → List Int × Int × List Bool
  | 0, flow, value => (flow, value, List.replicate n false)
  | f + 1, flow, value =>
    let (vis, pe, dir) := bfs edges flow (n + 1) 0 ((List.replicate n false).set s true)
      (List.replicate n 0) (List.replicate n true) [s]
    if vis.getD t false then
      let delta := bottleneck edges flow pe dir s (n + 1) t 2000000
      ekLoop n edges s t f (push edges pe dir s delta (n + 1) t flow) (value + delta)
    else (flow, value, vis)
-- </vc:helpers>

-- Edmonds-Karp: a maximum s-t flow (per edge), its value and a minimum cut.
def edmondsKarp (n : Int) (edges : List (List Int)) (s t : Int) : List Int × Int × List Bool :=
  -- <vc:code>
  ekLoop n.toNat edges s.toNat t.toNat (n.toNat * edges.length + 1) (List.replicate edges.length 0) 0
  -- </vc:code>

theorem edmondsKarp_spec (n : Int) (edges : List (List Int)) (s t : Int) (h : pre_edmonds_karp n edges s t) :
    post_edmonds_karp n edges s t (edmondsKarp n edges s t).1 (edmondsKarp n edges s t).2.1
      (edmondsKarp n edges s t).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
