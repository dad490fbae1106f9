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
-- </vc:helpers>

-- Push-relabel (FIFO): a maximum s-t flow (per edge), its value and a minimum cut.
def pushRelabel (n : Int) (edges : List (List Int)) (s t : Int) : List Int × Int × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem pushRelabel_spec (n : Int) (edges : List (List Int)) (s t : Int) (h : pre_push_relabel n edges s t) :
    post_push_relabel n edges s t (pushRelabel n edges s t).1 (pushRelabel n edges s t).2.1
      (pushRelabel n edges s t).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
