-- An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
-- exactly when u is in adj[v] (repetitions and self-loops allowed; a self-loop is an odd cycle).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

def symmetric (n : Nat) (adj : List (List Nat)) : Prop :=
  ∀ u, u < n → ∀ v, v ∈ adj.getD u [] → u ∈ adj.getD v []

instance (n : Nat) (adj : List (List Nat)) : Decidable (symmetric n adj) :=
  inferInstanceAs (Decidable (∀ u, u < n → ∀ v, v ∈ adj.getD u [] → u ∈ adj.getD v []))

def pre_bipartite_check (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ symmetric n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_bipartite_check n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ symmetric n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000))

-- color gives every vertex one of two colours, 0 or 1, and every edge joins different colours.
def is_two_colouring (n : Nat) (adj : List (List Nat)) (color : List Int) : Prop :=
  color.length = n ∧
  ∀ v, v < n → (color.getD v 0 = 0 ∨ color.getD v 0 = 1) ∧
    ∀ w, w ∈ adj.getD v [] → color.getD w 0 ≠ color.getD v 0

instance (n : Nat) (adj : List (List Nat)) (color : List Int) : Decidable (is_two_colouring n adj color) :=
  inferInstanceAs (Decidable (color.length = n ∧
    ∀ v, v < n → (color.getD v 0 = 0 ∨ color.getD v 0 = 1) ∧
      ∀ w, w ∈ adj.getD v [] → color.getD w 0 ≠ color.getD v 0))

-- cycle is a closed walk of odd length: each vertex has an edge to the next one, the last one to
-- the first, and the number of vertices (= the number of edges walked) is odd.
def is_odd_closed_walk (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Prop :=
  cycle.length % 2 = 1 ∧
  ∀ i, i < cycle.length → cycle.getD i 0 < n ∧
    cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []

instance (n : Nat) (adj : List (List Nat)) (cycle : List Nat) : Decidable (is_odd_closed_walk n adj cycle) :=
  inferInstanceAs (Decidable (cycle.length % 2 = 1 ∧
    ∀ i, i < cycle.length → cycle.getD i 0 < n ∧
      cycle.getD ((i + 1) % cycle.length) 0 ∈ adj.getD (cycle.getD i 0) []))

-- bipartite: a 2-colouring with every edge between the two colours; otherwise an odd closed walk,
-- which shows that no 2-colouring exists (the Dafny version of this task proves that in its
-- locked part). Colour when not bipartite and cycle when bipartite are free.
def post_bipartite_check (n : Nat) (adj : List (List Nat)) (bipartite : Bool) (color : List Int)
    (cycle : List Nat) : Prop :=
  pre_bipartite_check n adj ∧
  (bipartite = true → is_two_colouring n adj color) ∧
  (bipartite = false → is_odd_closed_walk n adj cycle)

instance (n : Nat) (adj : List (List Nat)) (bipartite : Bool) (color : List Int) (cycle : List Nat) :
    Decidable (post_bipartite_check n adj bipartite color cycle) :=
  inferInstanceAs (Decidable (pre_bipartite_check n adj ∧
    (bipartite = true → is_two_colouring n adj color) ∧
    (bipartite = false → is_odd_closed_walk n adj cycle)))

-- <vc:helpers>
-- </vc:helpers>

-- Breadth-first 2-colouring: a colouring, or an odd closed walk when the graph is not bipartite.
def bipartiteCheck (n : Nat) (adj : List (List Nat)) : Bool × List Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem bipartiteCheck_spec (n : Nat) (adj : List (List Nat)) (h : pre_bipartite_check n adj) :
    post_bipartite_check n adj (bipartiteCheck n adj).1 (bipartiteCheck n adj).2.1
      (bipartiteCheck n adj).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
