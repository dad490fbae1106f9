-- A binary tree of integer keys.
inductive Tree where
  | leaf : Tree
  | node : Tree → Int → Tree → Tree
  deriving DecidableEq

-- Whether t is a node, and its parts (a leaf has none; these defaults are never used on one).
def Tree.isNode : Tree → Bool
  | .leaf => false
  | .node _ _ _ => true

def Tree.left : Tree → Tree
  | .leaf => .leaf
  | .node l _ _ => l

def Tree.key : Tree → Int
  | .leaf => 0
  | .node _ k _ => k

def Tree.right : Tree → Tree
  | .leaf => .leaf
  | .node _ _ r => r

-- The number of nodes of t.
def size : Tree → Nat
  | .leaf => 0
  | .node l _ r => size l + size r + 1

-- The keys of t in order: left subtree, root, right subtree.
def inorder : Tree → List Int
  | .leaf => []
  | .node l k r => inorder l ++ k :: inorder r

-- s is strictly increasing (every element smaller than every later one).
abbrev strictly_increasing (s : List Int) : Prop :=
  s.Pairwise (· < ·)

-- t is a binary search tree: every key is larger than all keys of its left subtree and smaller
-- than all keys of its right subtree; equivalently, its in-order key sequence is strictly
-- increasing.
abbrev is_bst (t : Tree) : Prop :=
  strictly_increasing (inorder t)

-- Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
-- right subtree), each node a row [key, number of nodes in its left subtree]. decodeAux fuel n s
-- reads a tree of n nodes from the front of s (the root's row, then its left subtree of s[0][1]
-- nodes, then its right subtree) and returns it with the rows after it; fuel bounds the
-- recursion (n suffices).
def decodeAux : Nat → Nat → List (List Int) → Option (Tree × List (List Int))
  | _, 0, s => some (.leaf, s)
  | fuel + 1, n + 1, [k, m] :: rest =>
    if 0 ≤ m ∧ m.toNat ≤ n then
      match decodeAux fuel m.toNat rest with
      | some (l, rest1) =>
        match decodeAux fuel (n - m.toNat) rest1 with
        | some (r, rest2) => some (.node l k r, rest2)
        | none => none
      | none => none
    else none
  | _, _, _ => none

-- The tree s encodes, when s (all of it) encodes one.
def decode (s : List (List Int)) : Option Tree :=
  match decodeAux s.length s.length s with
  | some (t, []) => some t
  | _ => none

-- s, all of it, encodes a tree.
abbrev is_tree (s : List (List Int)) : Prop :=
  (decode s).isSome = true

-- The tree s encodes (a leaf when s encodes none; the contract asks is_tree first).
def tree_of (s : List (List Int)) : Tree :=
  (decode s).getD .leaf

-- The encoding of t: pre-order rows [key, size of the left subtree].
def encode : Tree → List (List Int)
  | .leaf => []
  | .node l k r => [k, (size l : Int)] :: (encode l ++ encode r)

theorem length_encode : ∀ t : Tree, (encode t).length = size t
  | .leaf => rfl
  | .node l k r => by
    simp only [encode, size, List.length_cons, List.length_append, length_encode l, length_encode r]

-- Decoding undoes encoding, whatever rows follow the encoding.
theorem decodeAux_encode : ∀ (t : Tree) (fuel : Nat) (rest : List (List Int)), size t ≤ fuel →
    decodeAux fuel (size t) (encode t ++ rest) = some (t, rest)
  | .leaf, fuel, rest, _ => by
    simp [size, encode, decodeAux]
  | .node l k r, 0, rest, h => by
    simp [size] at h
  | .node l k r, fuel + 1, rest, h => by
    have hl : size l ≤ fuel := by simp only [size] at h; omega
    have hr : size r ≤ fuel := by simp only [size] at h; omega
    have e1 := decodeAux_encode l fuel (encode r ++ rest) hl
    have e2 := decodeAux_encode r fuel rest hr
    have hm : ((size l : Int)).toNat = size l := Int.toNat_ofNat (size l)
    have hn : size l + size r - size l = size r := by omega
    simp only [size, encode, List.cons_append, List.append_assoc]
    simp [decodeAux, hm, e1, hn, e2]

-- The contract sees encode t for every tree t; this recovers t from it.
theorem decode_encode (t : Tree) : decode (encode t) = some t := by
  have h := decodeAux_encode t (size t) [] (Nat.le_refl _)
  rw [List.append_nil] at h
  unfold decode
  rw [length_encode, h]

@[simp] theorem is_tree_encode (t : Tree) : is_tree (encode t) := by
  simp [is_tree, decode_encode]

@[simp] theorem tree_of_encode (t : Tree) : tree_of (encode t) = t := by
  simp [tree_of, decode_encode]

-- x is the key of the left child of the root's left child, or of the right child of the root's
-- right child (the zig-zig case of splaying).
abbrev outer_grandchild (t : Tree) (x : Int) : Prop :=
  t.isNode = true ∧
  ((t.left.isNode = true ∧ t.left.left.isNode = true ∧ t.left.left.key = x) ∨
   (t.right.isNode = true ∧ t.right.right.isNode = true ∧ t.right.right.key = x))

-- t2 is t after the zig-zig step that lifts the outer grandchild with key x to the root: two
-- rotations in the same direction, first at the root, then at the new root:
-- node (node (node A x B) p C) g D becomes node A x (node B p (node C g D)), and
-- node A g (node B p (node C x D)) becomes node (node (node A g B) p C) x D.
abbrev zigzig (t : Tree) (x : Int) (t2 : Tree) : Prop :=
  t.isNode = true ∧
  ((t.left.isNode = true ∧ t.left.left.isNode = true ∧ t.left.left.key = x ∧
     t2 = .node t.left.left.left x (.node t.left.left.right t.left.key (.node t.left.right t.key t.right))) ∨
   (t.right.isNode = true ∧ t.right.right.isNode = true ∧ t.right.right.key = x ∧
     t2 = .node (.node (.node t.left t.key t.right.left) t.right.key t.right.right.left) x t.right.right.right))

-- The input (encoded) is a binary search tree, and x is the key of an outer grandchild of its root.
def pre_bst_rotate_zigzig (s : List (List Int)) (x : Int) : Prop :=
  is_tree s ∧ is_bst (tree_of s) ∧ outer_grandchild (tree_of s) x

-- The output is a binary search tree with the same in-order keys, shaped as the zig-zig step
-- that lifts x to the root defines.
def post_bst_rotate_zigzig (s : List (List Int)) (x : Int) (s2 : List (List Int)) : Prop :=
  is_tree s ∧ is_tree s2 ∧
  is_bst (tree_of s2) ∧ inorder (tree_of s2) = inorder (tree_of s) ∧
  zigzig (tree_of s) x (tree_of s2)

-- <vc:helpers>
-- </vc:helpers>

-- Lift the outer grandchild x of the root to the root: rotate at the root first (its child on x's
-- side goes up), then rotate the new root (x goes up).
def bstRotateZigZig (t : Tree) (x : Int) : Tree :=
-- <vc:code>
-- </vc:code>

theorem bstRotateZigZig_spec (t : Tree) (x : Int) (h : pre_bst_rotate_zigzig (encode t) x) :
    post_bst_rotate_zigzig (encode t) x (encode (bstRotateZigZig t x)) := by
-- <vc:proof>
-- </vc:proof>
