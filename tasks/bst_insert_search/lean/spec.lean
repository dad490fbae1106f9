-- A binary tree of integer keys.
inductive Tree where
  | leaf : Tree
  | node : Tree → Int → Tree → Tree

-- The keys of t in order: left subtree, root, right subtree.
def inorder : Tree → List Int
  | .leaf => []
  | .node l k r => inorder l ++ k :: inorder r

-- s is strictly increasing (every element smaller than every later one). A tree is a binary
-- search tree (every key larger than all keys of its left subtree and smaller than all keys of
-- its right subtree) exactly when its in-order key sequence is strictly increasing. (An abbrev,
-- so that `decide` sees its Decidable instance on concrete lists.)
abbrev strictly_increasing (s : List Int) : Prop :=
  s.Pairwise (· < ·)

-- t2 is t with exactly one empty subtree (leaf) replaced by the one-node tree holding x; every
-- other node keeps its key and its place. Together with the ordering of t2 this is the plain
-- insertion: the new leaf sits where the search for x in t ends.
def grafted : Tree → Tree → Int → Prop
  | .leaf, t2, x => t2 = .node .leaf x .leaf
  | .node l k r, .node l2 k2 r2, x => k2 = k ∧ ((grafted l l2 x ∧ r2 = r) ∨ (l2 = l ∧ grafted r r2 x))
  | .node _ _ _, .leaf, _ => False

-- The input tree (given by its in-order keys) is a binary search tree.
def pre_bst_insert_search (keys : List Int) (x : Int) : Prop :=
  strictly_increasing keys

-- The new tree is a binary search tree whose keys are the old keys plus x, and found tells
-- whether x was already a key.
def post_bst_insert_search (keys : List Int) (x : Int) (keys2 : List Int) (found : Bool) : Prop :=
  strictly_increasing keys2 ∧
  (∀ v, v ∈ keys2 → v ∈ keys ∨ v = x) ∧
  (∀ v, v ∈ keys → v ∈ keys2) ∧
  x ∈ keys2 ∧
  (found = true ↔ x ∈ keys)

-- <vc:helpers>
-- </vc:helpers>

-- Insert x into the binary search tree t: descend from the root (left when x is smaller than the
-- key, right when larger) and put a new leaf where the search ends; if the search finds x, the
-- tree is unchanged. The second component reports whether the search found x.
def bstInsert (t : Tree) (x : Int) : Tree × Bool :=
-- <vc:code>
-- </vc:code>

theorem bstInsert_spec (t : Tree) (x : Int) (h : pre_bst_insert_search (inorder t) x) :
    post_bst_insert_search (inorder t) x (inorder (bstInsert t x).1) (bstInsert t x).2 ∧
      ((bstInsert t x).2 = true → (bstInsert t x).1 = t) ∧
      ((bstInsert t x).2 = false → grafted t (bstInsert t x).1 x) := by
-- <vc:proof>
-- </vc:proof>
