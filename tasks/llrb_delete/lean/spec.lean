-- A binary tree of integer keys whose nodes are red or black (red = true: the link from the
-- parent is red).
inductive Tree where
  | leaf : Tree
  | node : Bool → Tree → Int → Tree → Tree
  deriving DecidableEq

-- Whether t is a node, and its parts (a leaf has none; these defaults are never used on one).
def Tree.isNode : Tree → Bool
  | .leaf => false
  | .node _ _ _ _ => true

def Tree.red : Tree → Bool
  | .leaf => false
  | .node c _ _ _ => c

def Tree.left : Tree → Tree
  | .leaf => .leaf
  | .node _ l _ _ => l

def Tree.key : Tree → Int
  | .leaf => 0
  | .node _ _ k _ => k

def Tree.right : Tree → Tree
  | .leaf => .leaf
  | .node _ _ _ r => r

-- The number of nodes of t.
def size : Tree → Nat
  | .leaf => 0
  | .node _ l _ r => size l + size r + 1

-- The keys of t in order: left subtree, root, right subtree.
def inorder : Tree → List Int
  | .leaf => []
  | .node _ l k r => inorder l ++ k :: inorder r

-- s is strictly increasing (every element smaller than every later one).
abbrev strictly_increasing (s : List Int) : Prop :=
  s.Pairwise (· < ·)

-- t is a binary search tree: every key is larger than all keys of its left subtree and smaller
-- than all keys of its right subtree; equivalently, its in-order key sequence is strictly
-- increasing.
abbrev is_bst (t : Tree) : Prop :=
  strictly_increasing (inorder t)

-- The number of black nodes on the path from t down its left spine to a leaf.
def black_height : Tree → Nat
  | .leaf => 0
  | .node c l _ _ => (if c then 0 else 1) + black_height l

-- Perfect black balance: every path from a node down to a leaf passes the same number of black
-- nodes (so black_height is that number).
def black_balanced : Tree → Bool
  | .leaf => true
  | .node _ l _ r => black_balanced l && black_balanced r && black_height l == black_height r

-- Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
-- right subtree), each node a row [key, number of nodes in its left subtree, 1 if red else 0].
-- decodeAux fuel n s reads a tree of n nodes from the front of s (the root's row, then its left
-- subtree of s[0][1] nodes, then its right subtree) and returns it with the rows after it; fuel bounds the
-- recursion (n suffices).
def decodeAux : Nat → Nat → List (List Int) → Option (Tree × List (List Int))
  | _, 0, s => some (.leaf, s)
  | fuel + 1, n + 1, [k, m, c] :: rest =>
    if 0 ≤ m ∧ m.toNat ≤ n ∧ 0 ≤ c ∧ c ≤ 1 then
      match decodeAux fuel m.toNat rest with
      | some (l, rest1) =>
        match decodeAux fuel (n - m.toNat) rest1 with
        | some (r, rest2) => some (.node (c == 1) l k r, rest2)
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

-- The encoding of t: pre-order rows [key, size of the left subtree, 1 if red else 0].
def encode : Tree → List (List Int)
  | .leaf => []
  | .node c l k r => [k, (size l : Int), if c then 1 else 0] :: (encode l ++ encode r)

theorem length_encode : ∀ t : Tree, (encode t).length = size t
  | .leaf => rfl
  | .node c l k r => by
    simp only [encode, size, List.length_cons, List.length_append, length_encode l, length_encode r]

-- Decoding undoes encoding, whatever rows follow the encoding.
theorem decodeAux_encode : ∀ (t : Tree) (fuel : Nat) (rest : List (List Int)), size t ≤ fuel →
    decodeAux fuel (size t) (encode t ++ rest) = some (t, rest)
  | .leaf, fuel, rest, _ => by
    simp [size, encode, decodeAux]
  | .node c l k r, 0, rest, h => by
    simp [size] at h
  | .node c l k r, fuel + 1, rest, h => by
    have hl : size l ≤ fuel := by simp only [size] at h; omega
    have hr : size r ≤ fuel := by simp only [size] at h; omega
    have e1 := decodeAux_encode l fuel (encode r ++ rest) hl
    have e2 := decodeAux_encode r fuel rest hr
    have hm : ((size l : Int)).toNat = size l := Int.toNat_ofNat (size l)
    have hn : size l + size r - size l = size r := by omega
    simp only [size, encode, List.cons_append, List.append_assoc]
    cases c <;> simp [decodeAux, hm, e1, hn, e2]

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


-- t is a red node.
def is_red (t : Tree) : Bool :=
  t.isNode && t.red

-- No node has a red right child: red links lean left.
def no_red_right : Tree → Bool
  | .leaf => true
  | .node _ l _ r => !is_red r && no_red_right l && no_red_right r

-- No red node has a red child: no two red links in a row.
def no_red_red : Tree → Bool
  | .leaf => true
  | .node c l _ r => (!c || (!is_red l && !is_red r)) && no_red_red l && no_red_red r

-- t is a left-leaning red-black tree: a binary search tree with no red right link, no two red
-- links in a row, perfect black balance, and a black root.
abbrev is_llrb (t : Tree) : Prop :=
  is_bst t ∧ no_red_right t = true ∧ no_red_red t = true ∧ black_balanced t = true ∧
    is_red t = false

-- The input (encoded) is a left-leaning red-black tree.
def pre_llrb_delete (s : List (List Int)) (x : Int) : Prop :=
  is_tree s ∧ is_llrb (tree_of s)

-- The output is a left-leaning red-black tree whose keys are the old keys without x.
def post_llrb_delete (s : List (List Int)) (x : Int) (s2 : List (List Int)) : Prop :=
  is_tree s ∧ is_tree s2 ∧ is_llrb (tree_of s2) ∧
  (∀ v, v ∈ inorder (tree_of s2) → v ∈ inorder (tree_of s) ∧ v ≠ x) ∧
  (∀ v, v ∈ inorder (tree_of s) → v = x ∨ v ∈ inorder (tree_of s2)) ∧
  x ∉ inorder (tree_of s2)

-- <vc:helpers>
-- </vc:helpers>

-- Delete x from the left-leaning red-black tree t (Sedgewick's top-down deletion for the 2-3
-- variant): if x is a key, make the root red when both its children are black, then descend
-- keeping the current node or its left child red (moving a red link down with moveRedLeft /
-- moveRedRight and rotating a red left link to the right on the way right), remove x (a leaf-level
-- node directly, an inner node by replacing its key with the minimum of its right subtree and
-- deleting that minimum), and rebalance every node of the path on the way back up (rotate left a
-- red right link, rotate right two red links in a row, flip a node with two red children);
-- finally color the root black. An absent x leaves the tree unchanged.
def llrbDelete (t : Tree) (x : Int) : Tree :=
-- <vc:code>
-- </vc:code>

theorem llrbDelete_spec (t : Tree) (x : Int) (h : pre_llrb_delete (encode t) x) :
    post_llrb_delete (encode t) x (encode (llrbDelete t x)) := by
-- <vc:proof>
-- </vc:proof>
