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

-- t is a node with two children that have the same color, opposite to t's own color.
abbrev flippable (t : Tree) : Prop :=
  t.isNode = true ∧ t.left.isNode = true ∧ t.right.isNode = true ∧
  t.left.red = t.right.red ∧ t.red ≠ t.left.red

-- t2 is t with the colors of the root and of both children flipped; shape and keys unchanged.
abbrev flipped (t t2 : Tree) : Prop :=
  t.isNode = true ∧ t.left.isNode = true ∧ t.right.isNode = true ∧
  t2 = .node (!t.red) (.node (!t.left.red) t.left.left t.left.key t.left.right) t.key
    (.node (!t.right.red) t.right.left t.right.key t.right.right)

-- The input (encoded) is a binary search tree whose root and children can be flipped.
def pre_llrb_flip_colors (s : List (List Int)) : Prop :=
  is_tree s ∧ is_bst (tree_of s) ∧ flippable (tree_of s)

-- The output is a binary search tree with the same in-order keys and shape, the root's and its
-- children's colors flipped; it keeps perfect black balance and the black height when the input
-- had it.
def post_llrb_flip_colors (s : List (List Int)) (s2 : List (List Int)) : Prop :=
  is_tree s ∧ is_tree s2 ∧
  is_bst (tree_of s2) ∧ inorder (tree_of s2) = inorder (tree_of s) ∧
  flipped (tree_of s) (tree_of s2) ∧
  (black_balanced (tree_of s) = true →
     black_balanced (tree_of s2) = true ∧ black_height (tree_of s2) = black_height (tree_of s))

-- <vc:helpers>
-- Flip the colors of the root and its two children; other shapes are returned unchanged.
def flip : Tree → Tree
  | .node c (.node lc la lk lb) k (.node rc ra rk rb) =>
    .node (!c) (.node (!lc) la lk lb) k (.node (!rc) ra rk rb)
  | t => t
-- </vc:helpers>

-- Flip the colors of the root and its two children (splitting or merging a temporary 4-node of a
-- left-leaning red-black tree).
def llrbFlipColors (t : Tree) : Tree :=
-- <vc:code>
  flip t
-- </vc:code>

theorem llrbFlipColors_spec (t : Tree) (h : pre_llrb_flip_colors (encode t)) :
    post_llrb_flip_colors (encode t) (encode (llrbFlipColors t)) := by
-- <vc:proof>
  simp only [pre_llrb_flip_colors, post_llrb_flip_colors, is_tree_encode, tree_of_encode,
    true_and] at h ⊢
  obtain ⟨hb, hc⟩ := h
  match t, hc with
  | .node c (.node lc la lk lb) k (.node rc ra rk rb), hc =>
    have hlr : lc = rc ∧ c ≠ lc := by simpa [Tree.isNode, Tree.left, Tree.right, Tree.red] using hc
    have hi : inorder (.node (!c) (.node (!lc) la lk lb) k (.node (!rc) ra rk rb)) =
        inorder (.node c (.node lc la lk lb) k (.node rc ra rk rb)) := by
      simp [inorder]
    simp only [llrbFlipColors, flip]
    rw [hi]
    refine ⟨hb, rfl, ?_, ?_⟩
    · simp [Tree.isNode, Tree.left, Tree.right, Tree.key, Tree.red]
    · intro hbal
      obtain ⟨e1, e2⟩ := hlr
      subst e1
      cases c <;> cases lc <;> simp_all [black_balanced, black_height] <;> omega
  | .node _ .leaf _ _, hc => simp [Tree.isNode, Tree.left] at hc
  | .node _ (.node _ _ _ _) _ .leaf, hc => simp [Tree.isNode, Tree.right] at hc
  | .leaf, hc => simp [Tree.isNode] at hc
-- </vc:proof>
