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

def pre_push_relabel (n : Int) (edges : List (List Int)) (s t : Int) : Prop :=
  2 ≤ n ∧ n ≤ 100 ∧ edges.length ≤ 1000 ∧ valid_edges n edges ∧
  (∀ e, e < edges.length → 0 ≤ edgeAt edges e 2 ∧ edgeAt edges e 2 ≤ 1000000) ∧
  0 ≤ s ∧ s < n ∧ 0 ≤ t ∧ t < n ∧ s ≠ t

-- A feasible flow (capacities respected, conservation at every vertex other than s and t) of
-- value net(s), and an s-t cut whose capacity equals that value: the flow is maximum and the cut
-- minimum (every flow's value is at most every s-t cut's capacity; the Dafny version of this
-- task proves it in its locked part).
def post_push_relabel (n : Int) (edges : List (List Int)) (s t : Int) (flow : List Int) (value : Int)
    (inS : List Bool) : Prop :=
  pre_push_relabel n edges s t ∧ flow.length = edges.length ∧ (inS.length : Int) = n ∧
  (∀ e, e < edges.length → 0 ≤ flow.getD e 0 ∧ flow.getD e 0 ≤ edgeAt edges e 2) ∧
  (∀ v, v < inS.length → (v : Int) ≠ s → (v : Int) ≠ t → net edges flow v = 0) ∧
  value = net edges flow s ∧ inS.getD s.toNat false = true ∧ inS.getD t.toNat false = false ∧
  cut_capacity edges inS = value

-- <vc:helpers>
def fld (edges : List (List Int)) (e k : Nat) : Int :=
  match edges.get? e with
  | some r => r.getD k 0
  | none => 0

-- Network state: flow per edge, excess and height per vertex, FIFO queue and active marks.
structure PRState where
  flow : List Int
  ex : List Int
  h : List Nat
  active : List Bool
  queue : List Nat

-- Push from u along the admissible residual edges listed (edge, other end, forward?).
def pushAll (edges : List (List Int)) (s t u : Nat) : List (Nat × Nat × Bool) → PRState → PRState
  | [], st => st
  | (e, w, fwd) :: rest, st =>
    let exu := st.ex.getD u 0
    let r := if fwd then fld edges e 2 - st.flow.getD e 0 else st.flow.getD e 0
    if exu > 0 ∧ r > 0 ∧ st.h.getD u 0 = st.h.getD w 0 + 1 then
      let d := min exu r
      let flow := st.flow.set e (if fwd then st.flow.getD e 0 + d else st.flow.getD e 0 - d)
      let ex := (st.ex.set u (exu - d)).set w (st.ex.getD w 0 + d)
      let enq : Bool := decide (w ≠ s) && decide (w ≠ t) && !(st.active.getD w true)
      let st := { st with flow := flow, ex := ex,
                  active := if enq then st.active.set w true else st.active,
                  queue := if enq then st.queue ++ [w] else st.queue }
      pushAll edges s t u rest st
    else pushAll edges s t u rest st

-- Residual edges at u: (edge, other end, forward?).
def residual (edges : List (List Int)) (flow : List Int) (u : Nat) : List (Nat × Nat × Bool) :=
  (List.range edges.length).foldr (fun e acc =>
    let a := (fld edges e 0).toNat
    let b := (fld edges e 1).toNat
    let acc := if b = u ∧ flow.getD e 0 > 0 then (e, a, false) :: acc else acc
    if a = u ∧ flow.getD e 0 < fld edges e 2 then (e, b, true) :: acc else acc) []

-- Discharge u: push, relabel when excess remains (fuel steps).
def discharge (n : Nat) (edges : List (List Int)) (s t u : Nat) : Nat → PRState → PRState
  | 0, st => st
  | f + 1, st =>
    if st.ex.getD u 0 > 0 then
      let st := pushAll edges s t u (residual edges st.flow u) st
      if st.ex.getD u 0 > 0 then
        let low := (residual edges st.flow u).foldl (fun (acc : Option Nat) (_, w, _) =>
          match acc with
          | some b => some (min b (st.h.getD w 0))
          | none => some (st.h.getD w 0)) none
        match low with
        | some b => if b < 4 * n then discharge n edges s t u f { st with h := st.h.set u (b + 1) } else st
        | none => st
      else st
    else st

-- Process the FIFO queue from position head (fuel steps).
def processQueue (n : Nat) (edges : List (List Int)) (s t : Nat) (dfuel : Nat) : Nat → Nat → PRState → PRState
  | 0, _, st => st
  | f + 1, head, st =>
    if head < st.queue.length then
      let u := st.queue.getD head 0
      let st := discharge n edges s t u dfuel { st with active := st.active.set u false }
      processQueue n edges s t dfuel f (head + 1) st
    else st

-- The vertices that reach t in the residual network (breadth-first search backwards, fuel steps).
def reachT (edges : List (List Int)) (flow : List Int) : Nat → Nat → List Bool → List Nat → List Bool
  | 0, _, reach, _ => reach
  | f + 1, k, reach, q =>
    if k < q.length then
      let y := q.getD k 0
      let (reach, q) := (List.range edges.length).foldl (fun (acc : List Bool × List Nat) e =>
        let a := (fld edges e 0).toNat
        let b := (fld edges e 1).toNat
        let (r, q) := acc
        if b = y ∧ flow.getD e 0 < fld edges e 2 ∧ !(r.getD a true) then (r.set a true, q ++ [a])
        else if a = y ∧ flow.getD e 0 > 0 ∧ !(r.getD b true) then (r.set b true, q ++ [b])
        else (r, q)) (reach, q)
      reachT edges flow f (k + 1) reach q
    else reach
-- </vc:helpers>

-- Push-relabel (FIFO): a maximum s-t flow (per edge), its value and a minimum cut.
def pushRelabel (n : Int) (edges : List (List Int)) (s t : Int) : List Int × Int × List Bool :=
  -- <vc:code>
  let k := n.toNat
  let sN := s.toNat
  let tN := t.toNat
  let m := edges.length
  -- Saturate the edges leaving s.
  let st0 : PRState := { flow := List.replicate m 0, ex := List.replicate k 0,
                         h := (List.replicate k 0).set sN k, active := List.replicate k false, queue := [] }
  let st := (List.range m).foldl (fun (st : PRState) e =>
    let a := (fld edges e 0).toNat
    let w := (fld edges e 1).toNat
    if a = sN ∧ w ≠ sN then
      let c := fld edges e 2
      let ex := (st.ex.set w (st.ex.getD w 0 + c)).set sN (st.ex.getD sN 0 - c)
      let enq : Bool := decide (w ≠ tN) && !(st.active.getD w true) && decide (ex.getD w 0 > 0)
      { st with flow := st.flow.set e c, ex := ex,
                active := if enq then st.active.set w true else st.active,
                queue := if enq then st.queue ++ [w] else st.queue }
    else st) st0
  let st := processQueue k edges sN tN (4 * k * k + 4) (4 * k * k * (m + 1) + 4 * k) 0 st
  let reach := reachT edges st.flow (k + 1) 0 ((List.replicate k false).set tN true) [tN]
  (st.flow, st.ex.getD tN 0, reach.map (fun b => !b))
  -- </vc:code>

theorem pushRelabel_spec (n : Int) (edges : List (List Int)) (s t : Int) (h : pre_push_relabel n edges s t) :
    post_push_relabel n edges s t (pushRelabel n edges s t).1 (pushRelabel n edges s t).2.1
      (pushRelabel n edges s t).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
