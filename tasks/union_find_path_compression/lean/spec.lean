-- A union-find forest with union by rank: a parent list p (p[i] = i marks a root) and a rank
-- list rk. The rank invariant: every parent is in range, every rank is in 0 .. |p| - 1, and a
-- non-root has a smaller rank than its parent (rk[p[i]] > rk[i]), which makes every walk to a root
-- finite (ranks strictly increase along it).
abbrev valid_ranked (p rk : List Nat) : Prop :=
  rk.length = p.length ∧
  ∀ i, i < p.length →
    p.getD i 0 < p.length ∧ rk.getD i 0 < p.length ∧
    (p.getD i 0 = i ∨ rk.getD i 0 < rk.getD (p.getD i 0) 0)

-- Follow parent links at most fuel times.
def rootF (p : List Nat) : Nat → Nat → Nat
  | 0, i => i
  | fuel + 1, i => if p.getD i 0 = i then i else rootF p fuel (p.getD i 0)

-- The root (set representative) of element i; under valid_ranked a find path has at most |p|
-- nodes (ranks strictly increase along it and lie in 0 .. |p| - 1), so |p| steps suffice.
def root (p : List Nat) (i : Nat) : Nat := rootF p p.length i

-- j is among the first fuel + 1 nodes of the find path of i.
def onPathF (p : List Nat) : Nat → Nat → Nat → Bool
  | 0, i, j => i == j
  | fuel + 1, i, j => i == j || (p.getD i 0 != i && onPathF p fuel (p.getD i 0) j)

-- j lies on the find path of i: j is i or an ancestor of i (reached by following parents).
def on_path (p : List Nat) (i j : Nat) : Bool := onPathF p p.length i j

abbrev pre_union_find_path_compression (p rk : List Nat) (x : Nat) : Prop :=
  valid_ranked p rk ∧ x < p.length

-- After find(x) with path compression: r is the root of x; every node on x's find path now
-- points directly to r and every other node keeps its parent; the ranks (unchanged) still satisfy
-- the rank invariant; and every element keeps its root, so the partition is the same. (The last
-- two follow from the compression clause; they are stated for readability.)
def post_union_find_path_compression (p rk : List Nat) (x : Nat) (p2 : List Nat) (r : Nat) : Prop :=
  pre_union_find_path_compression p rk x ∧ p2.length = p.length ∧ r = root p x ∧
  (∀ i, i < p.length → p2.getD i 0 = (if on_path p x i = true then r else p.getD i 0)) ∧
  valid_ranked p2 rk ∧
  (∀ i, i < p.length → root p2 i = root p i)

-- <vc:helpers>
-- </vc:helpers>

-- find(x) with path compression: walk up from x to the root r, then walk the same path again
-- and point every node on it directly at r. Returns the new parent list and r.
def ufFind (p rk : List Nat) (x : Nat) : List Nat × Nat :=
-- <vc:code>
-- </vc:code>

theorem ufFind_spec (p rk : List Nat) (x : Nat) (h : pre_union_find_path_compression p rk x) :
    post_union_find_path_compression p rk x (ufFind p rk x).1 (ufFind p rk x).2 := by
-- <vc:proof>
-- </vc:proof>
