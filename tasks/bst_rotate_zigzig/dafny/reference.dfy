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

// x is the key of the left child of the root's left child, or of the right child of the root's
// right child (the zig-zig case of splaying).
predicate outer_grandchild(t: Tree, x: int)
{
  t.Node? &&
  ((t.left.Node? && t.left.left.Node? && t.left.left.key == x) ||
   (t.right.Node? && t.right.right.Node? && t.right.right.key == x))
}

// t2 is t after the zig-zig step that lifts the outer grandchild with key x to the root: two
// rotations in the same direction, first at the root, then at the new root:
// Node(Node(Node(A, x, B), p, C), g, D) becomes Node(A, x, Node(B, p, Node(C, g, D))), and
// Node(A, g, Node(B, p, Node(C, x, D))) becomes Node(Node(Node(A, g, B), p, C), x, D).
predicate zigzig(t: Tree, x: int, t2: Tree)
{
  t.Node? &&
  ((t.left.Node? && t.left.left.Node? && t.left.left.key == x &&
    t2 == Node(t.left.left.left, x, Node(t.left.left.right, t.left.key, Node(t.left.right, t.key, t.right)))) ||
   (t.right.Node? && t.right.right.Node? && t.right.right.key == x &&
    t2 == Node(Node(Node(t.left, t.key, t.right.left), t.right.key, t.right.right.left), x, t.right.right.right)))
}

// The input (encoded) is a binary search tree, and x is the key of an outer grandchild of its root.
predicate pre_bst_rotate_zigzig(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_bst(tree_of(s)) && outer_grandchild(tree_of(s), x)
}

// The output is a binary search tree with the same in-order keys, shaped as the zig-zig step
// that lifts x to the root defines.
predicate post_bst_rotate_zigzig(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) &&
  is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s)) &&
  zigzig(tree_of(s), x, tree_of(s2))
}

// <vc:helpers>
// </vc:helpers>

// Lift the outer grandchild x of the root to the root: rotate at the root first (its child on x's
// side goes up), then rotate the new root (x goes up).
method BstRotateZigZig(t: Tree, x: int) returns (t2: Tree)
  requires pre_bst_rotate_zigzig(encode(t), x)
  ensures post_bst_rotate_zigzig(encode(t), x, encode(t2))
{
  // <vc:code>
  DecodeEncode(t);
  var l, g, r := t.left, t.key, t.right;
  if l.Node? && l.left.Node? && l.left.key == x {
    var p, c, xn := l.key, l.right, l.left;
    t2 := Node(xn.left, xn.key, Node(xn.right, p, Node(c, g, r)));
    assert inorder(l) == inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(c);
    assert inorder(t2.right) == inorder(xn.right) + [p] + (inorder(c) + [g] + inorder(r));
    assert inorder(t) == inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(c) + [g] + inorder(r);
    assert inorder(t2) == inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(c) + [g] + inorder(r);
  } else {
    var p, b, xn := r.key, r.left, r.right;
    t2 := Node(Node(Node(l, g, b), p, xn.left), xn.key, xn.right);
    assert inorder(r) == inorder(b) + [p] + (inorder(xn.left) + [xn.key] + inorder(xn.right));
    assert inorder(t2.left) == inorder(l) + [g] + inorder(b) + [p] + inorder(xn.left);
    assert inorder(t) == inorder(l) + [g] + inorder(b) + [p] + inorder(xn.left) + [xn.key] + inorder(xn.right);
    assert inorder(t2) == inorder(l) + [g] + inorder(b) + [p] + inorder(xn.left) + [xn.key] + inorder(xn.right);
  }
  DecodeEncode(t2);
  // </vc:code>
}
