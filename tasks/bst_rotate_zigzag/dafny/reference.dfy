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

// x is the key of the right child of the root's left child, or of the left child of the root's
// right child (the zig-zag case of splaying).
predicate inner_grandchild(t: Tree, x: int)
{
  t.Node? &&
  ((t.left.Node? && t.left.right.Node? && t.left.right.key == x) ||
   (t.right.Node? && t.right.left.Node? && t.right.left.key == x))
}

// t2 is t after the zig-zag step that lifts the inner grandchild with key x to the root: two
// rotations in opposite directions, first at the child, then at the root:
// Node(Node(A, p, Node(B, x, C)), g, D) becomes Node(Node(A, p, B), x, Node(C, g, D)), and
// Node(A, g, Node(Node(B, x, C), p, D)) becomes Node(Node(A, g, B), x, Node(C, p, D)).
predicate zigzag(t: Tree, x: int, t2: Tree)
{
  t.Node? &&
  ((t.left.Node? && t.left.right.Node? && t.left.right.key == x &&
    t2 == Node(Node(t.left.left, t.left.key, t.left.right.left), x, Node(t.left.right.right, t.key, t.right))) ||
   (t.right.Node? && t.right.left.Node? && t.right.left.key == x &&
    t2 == Node(Node(t.left, t.key, t.right.left.left), x, Node(t.right.left.right, t.right.key, t.right.right))))
}

// The input (encoded) is a binary search tree, and x is the key of an inner grandchild of its root.
predicate pre_bst_rotate_zigzag(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_bst(tree_of(s)) && inner_grandchild(tree_of(s), x)
}

// The output is a binary search tree with the same in-order keys, shaped as the zig-zag step
// that lifts x to the root defines.
predicate post_bst_rotate_zigzag(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) &&
  is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s)) &&
  zigzag(tree_of(s), x, tree_of(s2))
}

// <vc:helpers>
// </vc:helpers>

// Lift the inner grandchild x of the root to the root: rotate x above its parent, then above the
// root; x ends with its parent and its grandparent as children.
method BstRotateZigZag(t: Tree, x: int) returns (t2: Tree)
  requires pre_bst_rotate_zigzag(encode(t), x)
  ensures post_bst_rotate_zigzag(encode(t), x, encode(t2))
{
  // <vc:code>
  DecodeEncode(t);
  var l, g, r := t.left, t.key, t.right;
  if l.Node? && l.right.Node? && l.right.key == x {
    var a, p, xn := l.left, l.key, l.right;
    t2 := Node(Node(a, p, xn.left), xn.key, Node(xn.right, g, r));
    assert inorder(l) == inorder(a) + [p] + (inorder(xn.left) + [xn.key] + inorder(xn.right));
    assert inorder(t) == inorder(a) + [p] + inorder(xn.left) + [xn.key] + inorder(xn.right) + [g] + inorder(r);
    assert inorder(t2) == inorder(a) + [p] + inorder(xn.left) + [xn.key] + inorder(xn.right) + [g] + inorder(r);
  } else {
    var xn, p, d := r.left, r.key, r.right;
    t2 := Node(Node(l, g, xn.left), xn.key, Node(xn.right, p, d));
    assert inorder(r) == inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(d);
    assert inorder(t) == inorder(l) + [g] + inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(d);
    assert inorder(t2) == inorder(l) + [g] + inorder(xn.left) + [xn.key] + inorder(xn.right) + [p] + inorder(d);
  }
  DecodeEncode(t2);
  // </vc:code>
}
