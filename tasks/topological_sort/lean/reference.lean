-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
def pre_topological_sort (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_topological_sort n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000))

-- order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
-- leads from a vertex to itself or to a vertex listed before it.
def is_topological_order (n : Nat) (adj : List (List Nat)) (order : List Nat) : Prop :=
  order.length = n ∧ (∀ x, x ∈ order → x < n) ∧
  (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
  (∀ i, i < n → ∀ j, j ≤ i → order.getD j 0 ∉ adj.getD (order.getD i 0) [])

instance (n : Nat) (adj : List (List Nat)) (order : List Nat) : Decidable (is_topological_order n adj order) :=
  inferInstanceAs (Decidable (order.length = n ∧ (∀ x, x ∈ order → x < n) ∧
    (∀ i, i < n → ∀ j, j < n → i < j → order.getD i 0 ≠ order.getD j 0) ∧
    (∀ i, i < n → ∀ j, j ≤ i → order.getD j 0 ∉ adj.getD (order.getD i 0) [])))

-- cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
-- last one to the first.
def is_cycle (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Prop :=
  1 ≤ cycle.length ∧ (∀ x, x ∈ cycle → x < n) ∧
  ∀ i, i < cycle.length → cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []

instance (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Decidable (is_cycle n adj cycle) :=
  inferInstanceAs (Decidable (1 ≤ cycle.length ∧ (∀ x, x ∈ cycle → x < n) ∧
    ∀ i, i < cycle.length → cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []))

-- Either a topological order (acyclic) or a directed cycle that shows none exists.
def post_topological_sort (n : Nat) (adj : List (List Nat)) (acyclic : Bool) (order cycle : List Nat) : Prop :=
  pre_topological_sort n adj ∧ (acyclic = true → is_topological_order n adj order) ∧
  (acyclic = false → is_cycle n adj cycle)

instance (n : Nat) (adj : List (List Nat)) (acyclic : Bool) (order cycle : List Nat) :
    Decidable (post_topological_sort n adj acyclic order cycle) :=
  inferInstanceAs (Decidable (pre_topological_sort n adj ∧ (acyclic = true → is_topological_order n adj order) ∧
    (acyclic = false → is_cycle n adj cycle)))

-- <vc:helpers>
-- Count the heads of the lists in ls into indeg.
def countHeads : List (List Nat) → List Nat → List Nat
  | [], indeg => indeg
  | l :: ls, indeg => countHeads ls (l.foldl (fun d v => d.set v (d.getD v 0 + 1)) indeg)

-- Lower the count of every head in vs; a head whose count reaches 0 is enqueued.
def lower : List Nat → List Nat → List Nat → List Nat × List Nat
  | [], indeg, q => (indeg, q)
  | v :: vs, indeg, q =>
    let d := indeg.getD v 0 - 1
    lower vs (indeg.set v d) (if d = 0 then q ++ [v] else q)

-- Remove at most fuel vertices from the queue, appending them to order.
def kahnLoop (adj : List (List Nat)) : Nat → List Nat → List Nat → List Nat → List Nat
  | 0, _, _, order => order
  | _ + 1, _, [], order => order
  | fuel + 1, indeg, u :: rest, order =>
    let r := lower (adj.getD u []) indeg rest
    kahnLoop adj fuel r.1 r.2 (order ++ [u])

-- Some vertex not in removed with an edge to x (the first one found).
def findPred (adj : List (List Nat)) (removed : List Nat) (x : Nat) : Nat :=
  ((List.range adj.length).find? (fun u => !(removed.contains u) && (adj.getD u []).contains x)).getD 0

-- Walk backwards from the last vertex of w (fuel steps at most) until a vertex repeats; the
-- stretch from its first visit, read forwards, is the cycle.
def walkBack (adj : List (List Nat)) (removed : List Nat) : Nat → List Nat → List Nat
  | 0, w => w
  | fuel + 1, w =>
    let y := findPred adj removed (w.getLastD 0)
    match w.idxOf? y with
    | some t => (w.drop t).reverse
    | none => walkBack adj removed fuel (w ++ [y])
-- </vc:helpers>

-- Kahn's algorithm: repeatedly remove a vertex of in-degree 0 (a FIFO queue of them), lowering
-- the in-degrees of its heads. If every vertex is removed, the removal order is topological;
-- otherwise every remaining vertex has an edge from a remaining vertex, and walking back along
-- such edges finds a cycle.
def topologicalSort (n : Nat) (adj : List (List Nat)) : Bool × List Nat × List Nat :=
  -- <vc:code>
  let indeg := countHeads adj (List.replicate n 0)
  let queue := (List.range n).filter (fun v => indeg.getD v 0 = 0)
  let order := kahnLoop adj n indeg queue []
  if order.length = n then (true, order, [])
  else
    let x0 := ((List.range n).find? (fun v => !(order.contains v))).getD 0
    (false, [], walkBack adj order (n + 1) [x0])
  -- </vc:code>

theorem topologicalSort_spec (n : Nat) (adj : List (List Nat)) (h : pre_topological_sort n adj) :
    post_topological_sort n adj (topologicalSort n adj).1 (topologicalSort n adj).2.1
      (topologicalSort n adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
