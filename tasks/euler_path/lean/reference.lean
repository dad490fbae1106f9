-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed). Edge (u, j) is the j-th entry of adj[u].
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- The number of edges.
def num_edges : List (List Nat) → Nat
  | [] => 0
  | r :: rs => r.length + num_edges rs

-- How often v occurs in a list.
def count (v : Nat) : List Nat → Nat
  | [] => 0
  | x :: xs => (if x = v then 1 else 0) + count v xs

-- The number of edges entering v.
def in_degree (v : Nat) : List (List Nat) → Nat
  | [] => 0
  | r :: rs => count v r + in_degree v rs

-- out-degree minus in-degree.
def balance (adj : List (List Nat)) (v : Nat) : Int :=
  ((adj.getD v []).length : Int) - (in_degree v adj : Int)

def pre_euler_path (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ num_edges adj ≤ 1000

-- found: path is an Eulerian trail: step i goes from path[i] along its edge (path[i], slot[i])
-- to path[i + 1]; the num_edges adj steps use pairwise different edges, so each edge exactly
-- once. !found: a certificate (see the Dafny spec): a vertex a = b with |out - in| ≥ 2; two
-- vertices a ≠ b both with out - in = 1 or both -1; or a set side closed under the edges in both
-- directions with an edge out of a inside and an edge out of b outside.
def post_euler_path (n : Nat) (adj : List (List Nat)) (found : Bool) (path slot : List Nat)
    (a b : Nat) (side : List Bool) : Prop :=
  pre_euler_path n adj ∧
  (if found = true then
     slot.length = num_edges adj ∧ path.length = slot.length + 1 ∧ path.getD 0 0 < n ∧
     (∀ i, i < slot.length → path.getD i 0 < n ∧
        slot.getD i 0 < (adj.getD (path.getD i 0) []).length ∧
        (adj.getD (path.getD i 0) []).getD (slot.getD i 0) 0 = path.getD (i + 1) 0) ∧
     (∀ i, i < slot.length → ∀ k, k < slot.length → i < k →
        path.getD i 0 ≠ path.getD k 0 ∨ slot.getD i 0 ≠ slot.getD k 0)
   else
     a < n ∧ b < n ∧ side.length = n ∧
     ((a = b ∧ (balance adj a ≥ 2 ∨ balance adj a ≤ -2)) ∨
      (a ≠ b ∧ balance adj a = balance adj b ∧ (balance adj a = 1 ∨ balance adj a = -1)) ∨
      (side.getD a false = true ∧ side.getD b false = false ∧
       (adj.getD a []).length > 0 ∧ (adj.getD b []).length > 0 ∧
       ∀ u, u < n → ∀ j, j < (adj.getD u []).length →
         side.getD u false = side.getD ((adj.getD u []).getD j 0) false)))

-- <vc:helpers>
-- In-degrees of the vertices 0..n-1.
def inDegrees (n : Nat) (adj : List (List Nat)) : List Nat :=
  adj.foldl (fun acc r => r.foldl (fun acc w => acc.set w (acc.getD w 0 + 1)) acc) (List.replicate n 0)

-- Scan the degrees from vertex v: a violation (two vertices) or the vertex with out - in = 1.
def degScan (adj : List (List Nat)) (ind : List Nat) :
    Nat → Nat → Option Nat → Option Nat → Sum (Nat × Nat) (Option Nat)
  | 0, _, plus, _ => Sum.inr plus
  | fuel + 1, v, plus, minus =>
    let out := (adj.getD v []).length
    let inn := ind.getD v 0
    if out ≥ inn + 2 ∨ inn ≥ out + 2 then Sum.inl (v, v)
    else if out = inn + 1 then
      match plus with
      | some p => Sum.inl (p, v)
      | none => degScan adj ind fuel (v + 1) (some v) minus
    else if inn = out + 1 then
      match minus with
      | some q => Sum.inl (q, v)
      | none => degScan adj ind fuel (v + 1) plus (some v)
    else degScan adj ind fuel (v + 1) plus minus

-- Hierholzer's walk (stack top first, with the slot of the edge that entered each vertex); a
-- popped vertex is put in front of the output, so the output is the trail in order.
def walk (adj : List (List Nat)) :
    Nat → List Nat → List Nat → List Nat → List Bool → List Nat → List Nat →
      List Nat × List Nat × List Nat × List Bool
  | 0, ptr, _, _, seen, outV, outS => (outV, outS, ptr, seen)
  | _ + 1, ptr, [], _, seen, outV, outS => (outV, outS, ptr, seen)
  | fuel + 1, ptr, u :: vs, ss, seen, outV, outS =>
    let j := ptr.getD u 0
    if j < (adj.getD u []).length then
      let w := (adj.getD u []).getD j 0
      walk adj fuel (ptr.set u (j + 1)) (w :: u :: vs) (j :: ss) (seen.set w true) outV outS
    else
      walk adj fuel ptr vs ss.tail seen (u :: outV) (ss.headD 0 :: outS)
-- </vc:helpers>

-- Hierholzer's algorithm: an Eulerian trail, or a certificate that there is none.
def eulerPath (n : Nat) (adj : List (List Nat)) :
    Bool × List Nat × List Nat × Nat × Nat × List Bool :=
  -- <vc:code>
  let ind := inDegrees n adj
  match degScan adj ind n 0 none none with
  | Sum.inl (a, b) => (false, [], [], a, b, List.replicate n false)
  | Sum.inr plus =>
    let start := match plus with
      | some p => p
      | none => ((List.range n).find? (fun u => decide ((adj.getD u []).length > 0))).getD 0
    let m := adj.foldl (fun s r => s + r.length) 0
    let res := walk adj (2 * m + 2) (List.replicate n 0) [start] [0]
      ((List.replicate n false).set start true) [] []
    let path := res.1
    let slot := res.2.1.tail
    let ptr := res.2.2.1
    let seen := res.2.2.2
    if slot.length = m then (true, path, slot, 0, 0, seen)
    else
      (false, path, slot, start,
        ((List.range n).find? (fun u => decide (ptr.getD u 0 ≠ (adj.getD u []).length))).getD 0, seen)
  -- </vc:code>

theorem eulerPath_spec (n : Nat) (adj : List (List Nat)) (h : pre_euler_path n adj) :
    let r := eulerPath n adj
    post_euler_path n adj r.1 r.2.1 r.2.2.1 r.2.2.2.1 r.2.2.2.2.1 r.2.2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
