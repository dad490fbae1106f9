-- A rooted tree on the vertices 0 .. n-1 as a parent array, numbered from the root down: vertex 0
-- is the root (parent[0] = -1) and every other vertex v has its parent before it
-- (0 ≤ parent[v] < v), as a breadth- or depth-first numbering gives.
def valid_tree (n : Nat) (parent : List Int) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ parent.length = n ∧ parent.getD 0 0 = -1 ∧
  ∀ v, v < n → 1 ≤ v → 0 ≤ parent.getD v 0 ∧ parent.getD v 0 < v

instance (n : Nat) (parent : List Int) : Decidable (valid_tree n parent) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ parent.length = n ∧ parent.getD 0 0 = -1 ∧
    ∀ v, v < n → 1 ≤ v → 0 ≤ parent.getD v 0 ∧ parent.getD v 0 < v))

-- a is reached from v by following at most fuel parent links.
def ancF (parent : List Int) (a : Nat) : Nat → Nat → Bool
  | 0, v => a == v
  | fuel + 1, v => a == v || (decide (0 < v) && ancF parent a fuel (parent.getD v 0).toNat)

-- a is an ancestor of v (every vertex is an ancestor of itself): following parent links from v
-- reaches a. In a valid tree every link lowers the vertex, so v + 1 steps are enough.
def ancestor (parent : List Int) (a v : Nat) : Bool := ancF parent a (v + 1) v

def pre_lca (n : Nat) (parent : List Int) (u v : Nat) : Prop :=
  valid_tree n parent ∧ u < n ∧ v < n

instance (n : Nat) (parent : List Int) (u v : Nat) : Decidable (pre_lca n parent u v) :=
  inferInstanceAs (Decidable (valid_tree n parent ∧ u < n ∧ v < n))

-- w is the lowest common ancestor of u and v: an ancestor of both, and every common ancestor of u
-- and v is an ancestor of w (so none lies below it).
def post_lca (n : Nat) (parent : List Int) (u v w : Nat) : Prop :=
  pre_lca n parent u v ∧ w < n ∧ ancestor parent w u = true ∧ ancestor parent w v = true ∧
  ∀ x, x < n → ancestor parent x u = true → ancestor parent x v = true → ancestor parent x w = true

instance (n : Nat) (parent : List Int) (u v w : Nat) : Decidable (post_lca n parent u v w) :=
  inferInstanceAs (Decidable (pre_lca n parent u v ∧ w < n ∧ ancestor parent w u = true ∧
    ancestor parent w v = true ∧
    ∀ x, x < n → ancestor parent x u = true → ancestor parent x v = true → ancestor parent x w = true))

-- <vc:helpers>
-- </vc:helpers>

-- Lowest common ancestor by climbing: while the two vertices differ, replace the one numbered
-- later (which cannot be an ancestor of the other) by its parent.
def lca (n : Nat) (parent : List Int) (u v : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem lca_spec (n : Nat) (parent : List Int) (u v : Nat) (h : pre_lca n parent u v) :
    post_lca n parent u v (lca n parent u v) := by
  -- <vc:proof>
  -- </vc:proof>
