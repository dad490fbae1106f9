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


-- The depth (number of links from the root) of the last node on the search path for x: the node
-- holding x, or the node whose empty subtree the search for x falls into.
def search_depth : Tree → Int → Nat
  | .leaf, _ => 0
  | .node l k r, x =>
    if x < k ∧ l.isNode = true then 1 + search_depth l x
    else if k < x ∧ r.isNode = true then 1 + search_depth r x
    else 0

-- t2 is t after splaying x bottom-up (Sleator and Tarjan): the last node y on the search path
-- climbs by zig-zig and zig-zag steps (each lifting it two levels), and by a final zig (one
-- rotation at the root) when its depth d is odd. Stated recursively from the root: for d = 0
-- nothing moves; for odd d the root's child subtree on x's side is splayed first (its depth
-- there is even) and y is then rotated over the root (zig); for even d >= 2 the grandchild
-- subtree on x's side is splayed (y comes to its root) and the root, its child and y are
-- restructured by a zig-zig (same side twice) or zig-zag step:
--   zig-zig: node (node (node A y B) p C) g D becomes node A y (node B p (node C g D))
--   zig-zag: node (node A p (node B y C)) g D becomes node (node A p B) y (node C g D)
-- and their mirror images. fuel bounds the recursion (the size of t suffices: every call goes
-- at least one level down).
def splayedF : Nat → Tree → Int → Tree → Bool
  | _, .leaf, _, t2 => t2 == .leaf
  | 0, .node _ _ _, _, _ => false
  | fuel + 1, .node l k r, x, t2 =>
    if search_depth (.node l k r) x == 0 then t2 == .node l k r
    else if search_depth (.node l k r) x % 2 == 1 then
      (if x < k then
        t2.isNode && t2.right.isNode && t2.right.key == k && t2.right.right == r &&
          splayedF fuel l x (.node t2.left t2.key t2.right.left)
      else
        t2.isNode && t2.left.isNode && t2.left.key == k && t2.left.left == l &&
          splayedF fuel r x (.node t2.left.right t2.key t2.right))
    else if x < k then
      l.isNode &&
      (if x < l.key then
        t2.isNode && t2.right.isNode && t2.right.key == l.key &&
          t2.right.right == .node l.right k r &&
          splayedF fuel l.left x (.node t2.left t2.key t2.right.left)
      else
        t2.isNode && t2.left.isNode && t2.right.isNode &&
          t2.left.left == l.left && t2.left.key == l.key && t2.right.key == k && t2.right.right == r &&
          splayedF fuel l.right x (.node t2.left.right t2.key t2.right.left))
    else
      r.isNode &&
      (if r.key < x then
        t2.isNode && t2.left.isNode && t2.left.key == r.key &&
          t2.left.left == .node l k r.left &&
          splayedF fuel r.right x (.node t2.left.right t2.key t2.right)
      else
        t2.isNode && t2.left.isNode && t2.right.isNode &&
          t2.left.left == l && t2.left.key == k && t2.right.key == r.key && t2.right.right == r.right &&
          splayedF fuel r.left x (.node t2.left.right t2.key t2.right.left))

def splayed (t : Tree) (x : Int) (t2 : Tree) : Bool :=
  splayedF (size t) t x t2

-- No key in keys lies strictly between k and x.
abbrev next_to (keys : List Int) (k x : Int) : Prop :=
  ∀ v, v ∈ keys → ¬(k < v ∧ v < x) ∧ ¬(x < v ∧ v < k)

-- The input (encoded) is a binary search tree.
def pre_splay (s : List (List Int)) (x : Int) : Prop :=
  is_tree s ∧ is_bst (tree_of s)

-- The output is a binary search tree with the same in-order keys; a non-empty tree gets at its
-- root x when x is a key, and otherwise a key next to x (the last node of the search path); the
-- shape is the one bottom-up splaying defines (splayed).
def post_splay (s : List (List Int)) (x : Int) (s2 : List (List Int)) : Prop :=
  is_tree s ∧ is_tree s2 ∧
  is_bst (tree_of s2) ∧ inorder (tree_of s2) = inorder (tree_of s) ∧
  ((tree_of s).isNode = true →
     (tree_of s2).isNode = true ∧
     (x ∈ inorder (tree_of s) → (tree_of s2).key = x) ∧
     next_to (inorder (tree_of s)) (tree_of s2).key x) ∧
  splayed (tree_of s) x (tree_of s2) = true

-- <vc:helpers>
-- Whether a tree is empty; whether x is below, or above, the key of the root of a tree.
def isLeaf : Tree → Bool
  | .leaf => true
  | .node _ _ _ => false

def belowRoot (x : Int) : Tree → Bool
  | .leaf => false
  | .node _ k _ => x < k

def aboveRoot (x : Int) : Tree → Bool
  | .leaf => false
  | .node _ k _ => k < x

-- Single rotations at the root (other shapes unchanged).
def rotRight : Tree → Tree
  | .node (.node a y b) k c => .node a y (.node b k c)
  | t => t

def rotLeft : Tree → Tree
  | .node a k (.node b y c) => .node (.node a k b) y c
  | t => t

-- The double steps at a node with key g, left subtree p (y below it, on x's side) and right
-- subtree d, and their mirror images (right subtree p, left subtree a).
def zigZigL (p : Tree) (g : Int) (d : Tree) : Tree :=
  match p with
  | .node (.node a y b) pk c => .node a y (.node b pk (.node c g d))
  | _ => .node p g d

def zigZagL (p : Tree) (g : Int) (d : Tree) : Tree :=
  match p with
  | .node a pk (.node b y c) => .node (.node a pk b) y (.node c g d)
  | _ => .node p g d

def zigZigR (a : Tree) (g : Int) (p : Tree) : Tree :=
  match p with
  | .node b pk (.node c y d) => .node (.node (.node a g b) pk c) y d
  | _ => .node a g p

def zigZagR (a : Tree) (g : Int) (p : Tree) : Tree :=
  match p with
  | .node (.node b y c) pk d => .node (.node a g b) y (.node c pk d)
  | _ => .node a g p

-- Splay with the steps paired from the bottom: the second component is true when the last node
-- y of the search path is at the root of the result, false when it is the root's child on x's
-- side and one rotation (of the level above, or the final zig) is still pending.
def splayAux (x : Int) : Tree → Tree × Bool
  | .leaf => (.leaf, true)
  | .node l k r =>
    if x < k then
      if isLeaf l then (.node l k r, true)
      else
        let p := splayAux x l
        if p.2 then (.node p.1 k r, false)
        else if belowRoot x p.1 then (zigZigL p.1 k r, true)
        else (zigZagL p.1 k r, true)
    else if k < x then
      if isLeaf r then (.node l k r, true)
      else
        let p := splayAux x r
        if p.2 then (.node l k p.1, false)
        else if aboveRoot x p.1 then (zigZigR l k p.1, true)
        else (zigZagR l k p.1, true)
    else (.node l k r, true)
-- </vc:helpers>

-- Splay x in the binary search tree t (bottom-up, as Sleator and Tarjan define it): search for x,
-- then lift the last node of the search path to the root by zig-zig and zig-zag steps, with one
-- final zig at the root when its depth is odd.
def splay (t : Tree) (x : Int) : Tree :=
-- <vc:code>
  let p := splayAux x t
  if p.2 then p.1
  else if belowRoot x p.1 then rotRight p.1
  else rotLeft p.1
-- </vc:code>

theorem splay_spec (t : Tree) (x : Int) (h : pre_splay (encode t) x) :
    post_splay (encode t) x (encode (splay t x)) := by
-- <vc:proof>
-- </vc:proof>
