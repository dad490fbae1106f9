-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
def pre_cycle_detection (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_cycle_detection n adj) :=
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

-- cyclic: a directed cycle exists, and cycle is one. Otherwise a topological order, which shows
-- that there is none (the Dafny version of this task proves that a cycle excludes every
-- topological order). The unused output is free.
def post_cycle_detection (n : Nat) (adj : List (List Nat)) (cyclic : Bool) (cycle order : List Nat) : Prop :=
  pre_cycle_detection n adj ∧ (cyclic = true → is_cycle n adj cycle) ∧
  (cyclic = false → is_topological_order n adj order)

instance (n : Nat) (adj : List (List Nat)) (cyclic : Bool) (cycle order : List Nat) :
    Decidable (post_cycle_detection n adj cyclic cycle order) :=
  inferInstanceAs (Decidable (pre_cycle_detection n adj ∧ (cyclic = true → is_cycle n adj cycle) ∧
    (cyclic = false → is_topological_order n adj order)))

-- <vc:helpers>
-- One search: the path stack holds (vertex, position of the next edge), top first; colours are
-- 0 white, 1 grey (on the stack), 2 black (finished, appended to post). At most fuel steps.
def cdSearch (adj : List (List Nat)) : Nat → List (Nat × Nat) → List Nat → List Nat →
    Option (List Nat) × List Nat × List Nat
  | 0, _, color, post => (none, color, post)
  | _ + 1, [], color, post => (none, color, post)
  | f + 1, (u, j) :: rest, color, post =>
    let nb := adj.getD u []
    if j < nb.length then
      let w := nb.getD j 0
      let st := (u, j + 1) :: rest
      if color.getD w 0 = 0 then cdSearch adj f ((w, 0) :: st) (color.set w 1) post
      else if color.getD w 0 = 1 then
        -- w is on the path: the path from w to u, closed by the edge u -> w.
        let path := st.map (fun p => p.1)
        (some ((path.takeWhile (fun x => x != w)) ++ [w]).reverse, color, post)
      else cdSearch adj f st color post
    else cdSearch adj f rest (color.set u 2) (post ++ [u])

-- A search from every vertex still white.
def cdLoop (adj : List (List Nat)) (fuel : Nat) : List Nat → List Nat → List Nat →
    Option (List Nat) × List Nat × List Nat
  | [], color, post => (none, color, post)
  | s :: ss, color, post =>
    if color.getD s 0 ≠ 0 then cdLoop adj fuel ss color post
    else
      match cdSearch adj fuel [(s, 0)] (color.set s 1) post with
      | (some c, color', post') => (some c, color', post')
      | (none, color', post') => cdLoop adj fuel ss color' post'
-- </vc:helpers>

-- Depth-first search with three colours (white, grey = on the current path, black = finished):
-- an edge to a grey vertex closes a cycle along the path; otherwise the reverse finishing order
-- is topological.
def cycleDetection (n : Nat) (adj : List (List Nat)) : Bool × List Nat × List Nat :=
  -- <vc:code>
  let fuel := 2 * n + (adj.map List.length).foldl (· + ·) 0 + 1
  match cdLoop adj fuel (List.range n) (List.replicate n 0) [] with
  | (some c, _, _) => (true, c, [])
  | (none, _, post) => (false, [], post.reverse)
  -- </vc:code>

theorem cycleDetection_spec (n : Nat) (adj : List (List Nat)) (h : pre_cycle_detection n adj) :
    post_cycle_detection n adj (cycleDetection n adj).1 (cycleDetection n adj).2.1
      (cycleDetection n adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
