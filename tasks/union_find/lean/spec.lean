-- A union-find forest as a parent list: p[i] = i marks a root. Links always go from a smaller
-- index to a larger one (p[i] = i or p[i] > i), which makes every path to a root finite.
abbrev valid_uf (p : List Nat) : Prop :=
  ∀ i, i < p.length → p.getD i 0 < p.length ∧ (p.getD i 0 = i ∨ i < p.getD i 0)

-- Follow parent links at most fuel times.
def rootF (p : List Nat) : Nat → Nat → Nat
  | 0, i => i
  | fuel + 1, i => if p.getD i 0 = i then i else rootF p fuel (p.getD i 0)

-- The root (set representative) of element i; under valid_uf, p.length steps always suffice.
def root (p : List Nat) (i : Nat) : Nat := rootF p p.length i

abbrev pre_union_find (p : List Nat) (a b : Nat) : Prop :=
  valid_uf p ∧ a < p.length ∧ b < p.length

-- After union(a, b): a valid forest on the same elements in which i and j are in the same set
-- exactly when they were before, or one was with a and the other with b. (The conjunct
-- root p2 a = root p2 b follows from the last one; it is stated for readability.)
def post_union_find (p : List Nat) (a b : Nat) (p2 : List Nat) : Prop :=
  pre_union_find p a b ∧ valid_uf p2 ∧ p2.length = p.length ∧ root p2 a = root p2 b ∧
  ∀ i, i < p.length → ∀ j, j < p.length →
    (root p2 i = root p2 j ↔
      (root p i = root p j ∨
       (root p i = root p a ∧ root p j = root p b) ∨
       (root p i = root p b ∧ root p j = root p a)))

-- <vc:helpers>
-- </vc:helpers>

-- union(a, b): find both roots and link the smaller-index root under the larger-index one.
def unionFind (p : List Nat) (a b : Nat) : List Nat :=
-- <vc:code>
-- </vc:code>

theorem unionFind_spec (p : List Nat) (a b : Nat) (h : pre_union_find p a b) :
    post_union_find p a b (unionFind p a b) := by
-- <vc:proof>
-- </vc:proof>
