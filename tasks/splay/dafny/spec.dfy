// A binary tree of integer keys.
datatype Tree = Leaf | Node(left: Tree, key: int, right: Tree)

// The number of nodes of t.
function size(t: Tree): nat
  decreases t
{
  match t
  case Leaf => 0
  case Node(l, k, r) => size(l) + 1 + size(r)
}

// The keys of t in order: left subtree, root, right subtree.
function inorder(t: Tree): seq<int>
  decreases t
{
  match t
  case Leaf => []
  case Node(l, k, r) => inorder(l) + [k] + inorder(r)
}

// s is strictly increasing.
predicate strictly_increasing(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] < s[j]
}

// t is a binary search tree: every key is larger than all keys of its left subtree and smaller
// than all keys of its right subtree; equivalently, its in-order key sequence is strictly
// increasing.
predicate is_bst(t: Tree)
{
  strictly_increasing(inorder(t))
}

// Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
// right subtree), each node a row [key, number of nodes in its left subtree]. Rows s[i .. i + n)
// encode a tree of n nodes when n = 0, or when row i is the root and the rows after it encode its
// left subtree (s[i][1] nodes) and then its right subtree (the rest).
predicate encodes_at(s: seq<seq<int>>, i: int, n: int)
  decreases n
{
  0 <= i && 0 <= n && i + n <= |s| &&
  (n > 0 ==> |s[i]| == 2 && 0 <= s[i][1] < n &&
             encodes_at(s, i + 1, s[i][1]) && encodes_at(s, i + 1 + s[i][1], n - 1 - s[i][1]))
}

// The tree that rows s[i .. i + n) encode.
function decode_at(s: seq<seq<int>>, i: int, n: int): Tree
  requires encodes_at(s, i, n)
  decreases n
{
  if n == 0 then Leaf
  else Node(decode_at(s, i + 1, s[i][1]), s[i][0], decode_at(s, i + 1 + s[i][1], n - 1 - s[i][1]))
}

// s, all of it, encodes a tree.
predicate is_tree(s: seq<seq<int>>)
{
  encodes_at(s, 0, |s|)
}

// The tree s encodes.
function tree_of(s: seq<seq<int>>): Tree
  requires is_tree(s)
{
  decode_at(s, 0, |s|)
}

// The encoding of t: pre-order rows [key, size of the left subtree].
function encode(t: Tree): seq<seq<int>>
  decreases t
{
  match t
  case Leaf => []
  case Node(l, k, r) => [[k, size(l)]] + encode(l) + encode(r)
}

// e occurs in s at position i.
predicate occurs_at(s: seq<seq<int>>, i: int, e: seq<seq<int>>)
{
  0 <= i && i + |e| <= |s| && forall j :: 0 <= j < |e| ==> s[i + j] == e[j]
}

lemma EncodeSize(t: Tree)
  ensures |encode(t)| == size(t)
  decreases t
{
  match t {
    case Leaf =>
    case Node(l, k, r) => EncodeSize(l); EncodeSize(r);
  }
}

// Decoding undoes encoding, wherever the encoding sits in a longer list of rows.
lemma DecodeEncodeAt(s: seq<seq<int>>, i: int, t: Tree)
  requires occurs_at(s, i, encode(t))
  ensures encodes_at(s, i, size(t)) && decode_at(s, i, size(t)) == t
  decreases t
{
  EncodeSize(t);
  match t {
    case Leaf =>
    case Node(l, k, r) =>
      var row := [k, size(l)];
      var e := encode(t);
      EncodeSize(l);
      EncodeSize(r);
      assert e == [row] + encode(l) + encode(r);
      assert s[i] == e[0] == row;
      forall j | 0 <= j < |encode(l)|
        ensures s[i + 1 + j] == encode(l)[j]
      {
        assert e[1 + j] == encode(l)[j];
      }
      forall j | 0 <= j < |encode(r)|
        ensures s[i + 1 + size(l) + j] == encode(r)[j]
      {
        assert e[1 + size(l) + j] == encode(r)[j];
      }
      DecodeEncodeAt(s, i + 1, l);
      DecodeEncodeAt(s, i + 1 + size(l), r);
  }
}

// The contract sees encode(t) for every tree t; this recovers t from it.
lemma DecodeEncode(t: Tree)
  ensures is_tree(encode(t)) && tree_of(encode(t)) == t
{
  EncodeSize(t);
  DecodeEncodeAt(encode(t), 0, t);
}

// The depth (number of links from the root) of the last node on the search path for x: the node
// holding x, or the node whose empty subtree the search for x falls into.
function search_depth(t: Tree, x: int): nat
  decreases t
{
  match t
  case Leaf => 0
  case Node(l, k, r) =>
    var c := if x < k then l else r;
    if x == k || c.Leaf? then 0 else 1 + search_depth(c, x)
}

// Bottom-up splaying (Sleator and Tarjan) lifts the last node y of the search path for x to the
// root by zig-zig and zig-zag steps (each lifting it two levels), and by a final zig (one
// rotation at the root) when its depth d is odd. Read from the root down, with d > 0: for odd d
// the root's child subtree on x's side is splayed first (y's depth there is even) and y is then
// rotated over the root (zig); for even d the grandchild subtree on x's side is splayed (y comes
// to its root) and the root g, its child p and y are restructured by a zig-zig (same side
// twice) or zig-zag step:
//   zig:     Node(Node(A, y, B), g, C)                becomes Node(A, y, Node(B, g, C))
//   zig-zig: Node(Node(Node(A, y, B), p, C), g, D) becomes Node(A, y, Node(B, p, Node(C, g, D)))
//   zig-zag: Node(Node(A, p, Node(B, y, C)), g, D) becomes Node(Node(A, p, B), y, Node(C, g, D))
// and their mirror images. Below: which subtree of t is splayed first (splay_sub), which part of
// t2 is its splayed form, Node(A, y, B) / Node(B, y, C) above (splay_part), and that the rest of
// t2 is as the step defines (splay_frame).
function splay_sub(t: Tree, x: int): Tree
{
  if t.Leaf? then Leaf
  else if search_depth(t, x) % 2 == 1 then (if x < t.key then t.left else t.right)
  else if x < t.key then
    (if t.left.Leaf? then Leaf else if x < t.left.key then t.left.left else t.left.right)
  else
    (if t.right.Leaf? then Leaf else if t.right.key < x then t.right.right else t.right.left)
}

function splay_part(t: Tree, x: int, t2: Tree): Tree
{
  if t.Leaf? || t2.Leaf? then Leaf
  else if search_depth(t, x) % 2 == 1 then
    (if x < t.key then (if t2.right.Leaf? then Leaf else Node(t2.left, t2.key, t2.right.left))
     else (if t2.left.Leaf? then Leaf else Node(t2.left.right, t2.key, t2.right)))
  else if x < t.key then
    (if t.left.Leaf? then Leaf
     else if x < t.left.key then (if t2.right.Leaf? then Leaf else Node(t2.left, t2.key, t2.right.left))
     else (if t2.left.Leaf? || t2.right.Leaf? then Leaf else Node(t2.left.right, t2.key, t2.right.left)))
  else
    (if t.right.Leaf? then Leaf
     else if t.right.key < x then (if t2.left.Leaf? then Leaf else Node(t2.left.right, t2.key, t2.right))
     else (if t2.left.Leaf? || t2.right.Leaf? then Leaf else Node(t2.left.right, t2.key, t2.right.left)))
}

predicate splay_frame(t: Tree, x: int, t2: Tree)
{
  t.Node? && t2.Node? &&
  if search_depth(t, x) % 2 == 1 then
    (if x < t.key then
       t.left.Node? && t2.right.Node? && t2.right.key == t.key && t2.right.right == t.right
     else
       t.right.Node? && t2.left.Node? && t2.left.key == t.key && t2.left.left == t.left)
  else if x < t.key then
    t.left.Node? &&
    (if x < t.left.key then
       t.left.left.Node? && t2.right.Node? && t2.right.key == t.left.key &&
       t2.right.right == Node(t.left.right, t.key, t.right)
     else
       t.left.right.Node? && t2.left.Node? && t2.right.Node? &&
       t2.left.left == t.left.left && t2.left.key == t.left.key &&
       t2.right.key == t.key && t2.right.right == t.right)
  else
    t.right.Node? &&
    (if t.right.key < x then
       t.right.right.Node? && t2.left.Node? && t2.left.key == t.right.key &&
       t2.left.left == Node(t.left, t.key, t.right.left)
     else
       t.right.left.Node? && t2.left.Node? && t2.right.Node? &&
       t2.left.left == t.left && t2.left.key == t.key &&
       t2.right.key == t.right.key && t2.right.right == t.right.right)
}

// t2 is t after splaying x bottom-up: nothing moves when the search ends at the root (d = 0);
// otherwise the step at the top is as splay_frame says and the subtree splay_sub is splayed into
// splay_part.
predicate splayed(t: Tree, x: int, t2: Tree)
  decreases t
{
  match t
  case Leaf => t2 == Leaf
  case Node(l, k, r) =>
    if search_depth(t, x) == 0 then t2 == t
    else splay_frame(t, x, t2) && splayed(splay_sub(t, x), x, splay_part(t, x, t2))
}

// No key in keys lies strictly between k and x.
predicate next_to(keys: seq<int>, k: int, x: int)
{
  forall i :: 0 <= i < |keys| ==> !(k < keys[i] < x) && !(x < keys[i] < k)
}

// The input (encoded) is a binary search tree.
predicate pre_splay(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_bst(tree_of(s))
}

// The output is a binary search tree with the same in-order keys; a non-empty tree gets at its
// root x when x is a key, and otherwise a key next to x (the last node of the search path); the
// shape is the one bottom-up splaying defines (splayed).
predicate post_splay(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) &&
  is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s)) &&
  (tree_of(s).Node? ==>
     tree_of(s2).Node? &&
     (x in inorder(tree_of(s)) ==> tree_of(s2).key == x) &&
     next_to(inorder(tree_of(s)), tree_of(s2).key, x)) &&
  splayed(tree_of(s), x, tree_of(s2))
}

// <vc:helpers>
// </vc:helpers>

// Splay x in the binary search tree t (bottom-up, as Sleator and Tarjan define it): search for x,
// then lift the last node of the search path to the root by zig-zig and zig-zag steps, with one
// final zig at the root when its depth is odd.
method Splay(t: Tree, x: int) returns (t2: Tree)
  requires pre_splay(encode(t), x)
  ensures post_splay(encode(t), x, encode(t2))
{
  // <vc:code>
  // </vc:code>
}
