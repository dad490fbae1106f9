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


-- t2 is t with its leftmost node (the one holding the smallest key, m) spliced out: that node
-- has no left child and is replaced by its right subtree; every other node keeps its key and
-- its place.
def min_spliced : Tree → Int → Tree → Bool
  | .leaf, _, _ => false
  | .node l k r, m, t2 =>
    if l.isNode then t2.isNode && t2.key == k && t2.right == r && min_spliced l m t2.left
    else m == k && t2 == r

-- t2 is t with the node holding x removed the standard (Hibbard) way: a node with at most one
-- child is replaced by that child (or by a leaf); a node with two children takes the key of its
-- in-order successor m, the leftmost node of its right subtree, which is spliced out there.
-- Every other node keeps its key and its place.
def removed : Tree → Int → Tree → Bool
  | .leaf, _, _ => false
  | .node l k r, x, t2 =>
    if k == x then
      (if !l.isNode then t2 == r
       else if !r.isNode then t2 == l
       else t2.isNode && t2.left == l && min_spliced r t2.key t2.right)
    else
      t2.isNode && t2.key == k &&
        ((removed l x t2.left && t2.right == r) || (t2.left == l && removed r x t2.right))

-- The input (encoded) is a binary search tree.
def pre_bst_delete (s : List (List Int)) (x : Int) : Prop :=
  is_tree s ∧ is_bst (tree_of s)

-- The output is a binary search tree whose keys are the old keys without x; when x was a key,
-- its node is removed the standard way (removed), otherwise the tree is unchanged.
def post_bst_delete (s : List (List Int)) (x : Int) (s2 : List (List Int)) : Prop :=
  is_tree s ∧ is_tree s2 ∧ is_bst (tree_of s2) ∧
  (∀ v, v ∈ inorder (tree_of s2) → v ∈ inorder (tree_of s) ∧ v ≠ x) ∧
  (∀ v, v ∈ inorder (tree_of s) → v = x ∨ v ∈ inorder (tree_of s2)) ∧
  (x ∈ inorder (tree_of s) → removed (tree_of s) x (tree_of s2) = true) ∧
  (x ∉ inorder (tree_of s) → tree_of s2 = tree_of s)

-- <vc:helpers>
-- </vc:helpers>

-- Delete x from the binary search tree t: search for x from the root; a found node with at most
-- one child is replaced by that child, a found node with two children takes the key of its
-- in-order successor (the minimum of its right subtree), whose node is removed from the right
-- subtree. An absent x leaves the tree unchanged.
def bstDelete (t : Tree) (x : Int) : Tree :=
-- <vc:code>
-- </vc:code>

theorem bstDelete_spec (t : Tree) (x : Int) (h : pre_bst_delete (encode t) x) :
    post_bst_delete (encode t) x (encode (bstDelete t x)) := by
-- <vc:proof>
-- </vc:proof>
