// A binary tree of integer keys whose nodes are red or black (red: the link from the parent is red).
datatype Tree = Leaf | Node(red: bool, left: Tree, key: int, right: Tree)

// The number of nodes of t.
function size(t: Tree): nat
  decreases t
{
  match t
  case Leaf => 0
  case Node(c, l, k, r) => size(l) + 1 + size(r)
}

// The keys of t in order: left subtree, root, right subtree.
function inorder(t: Tree): seq<int>
  decreases t
{
  match t
  case Leaf => []
  case Node(c, l, k, r) => inorder(l) + [k] + inorder(r)
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

// The number of black nodes on the path from t down its left spine to a leaf.
function black_height(t: Tree): nat
  decreases t
{
  match t
  case Leaf => 0
  case Node(c, l, k, r) => (if c then 0 else 1) + black_height(l)
}

// Perfect black balance: every path from a node down to a leaf passes the same number of black
// nodes (so black_height is that number).
predicate black_balanced(t: Tree)
  decreases t
{
  match t
  case Leaf => true
  case Node(c, l, k, r) => black_balanced(l) && black_balanced(r) && black_height(l) == black_height(r)
}

// Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
// right subtree), each node a row [key, number of nodes in its left subtree, 1 if red else 0]. Rows s[i .. i + n)
// encode a tree of n nodes when n = 0, or when row i is the root and the rows after it encode its
// left subtree (s[i][1] nodes) and then its right subtree (the rest).
predicate encodes_at(s: seq<seq<int>>, i: int, n: int)
  decreases n
{
  0 <= i && 0 <= n && i + n <= |s| &&
  (n > 0 ==> |s[i]| == 3 && 0 <= s[i][1] < n && 0 <= s[i][2] <= 1 &&
             encodes_at(s, i + 1, s[i][1]) && encodes_at(s, i + 1 + s[i][1], n - 1 - s[i][1]))
}

// The tree that rows s[i .. i + n) encode.
function decode_at(s: seq<seq<int>>, i: int, n: int): Tree
  requires encodes_at(s, i, n)
  decreases n
{
  if n == 0 then Leaf
  else Node(s[i][2] == 1, decode_at(s, i + 1, s[i][1]), s[i][0], decode_at(s, i + 1 + s[i][1], n - 1 - s[i][1]))
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

// The encoding of t: pre-order rows [key, size of the left subtree, 1 if red else 0].
function encode(t: Tree): seq<seq<int>>
  decreases t
{
  match t
  case Leaf => []
  case Node(c, l, k, r) => [[k, size(l), if c then 1 else 0]] + encode(l) + encode(r)
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
    case Node(c, l, k, r) => EncodeSize(l); EncodeSize(r);
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
    case Node(c, l, k, r) =>
      var row := [k, size(l), if c then 1 else 0];
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

// t is a node whose right child is a red node (a right-leaning red link).
predicate red_right_link(t: Tree)
{
  t.Node? && t.right.Node? && t.right.red
}

// t2 is t rotated left at the root: the right child x goes up and keeps t's color, the old root
// becomes its red left child: Node(c, A, k, Node(red, B, x, C)) becomes
// Node(c, Node(red, A, k, B), x, C).
predicate rotated_left(t: Tree, t2: Tree)
{
  t.Node? && t.right.Node? &&
  t2 == Node(t.red, Node(true, t.left, t.key, t.right.left), t.right.key, t.right.right)
}

// The input (encoded) is a binary search tree whose root has a red right link.
predicate pre_llrb_rotate_left(s: seq<seq<int>>)
{
  is_tree(s) && is_bst(tree_of(s)) && red_right_link(tree_of(s))
}

// The output is a binary search tree with the same in-order keys, shaped and colored as the left
// rotation defines; it keeps perfect black balance and the black height when the input had it.
predicate post_llrb_rotate_left(s: seq<seq<int>>, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) &&
  is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s)) &&
  rotated_left(tree_of(s), tree_of(s2)) &&
  (black_balanced(tree_of(s)) ==>
     black_balanced(tree_of(s2)) && black_height(tree_of(s2)) == black_height(tree_of(s)))
}

// <vc:helpers>
// </vc:helpers>

// Turn the red right link of the root into a red left link (left rotation of a left-leaning
// red-black tree): the right child becomes the root with the old root's color, and the old root
// becomes its red left child.
method LlrbRotateLeft(t: Tree) returns (t2: Tree)
  requires pre_llrb_rotate_left(encode(t))
  ensures post_llrb_rotate_left(encode(t), encode(t2))
{
  // <vc:code>
  DecodeEncode(t);
  var x := t.right;
  t2 := Node(t.red, Node(true, t.left, t.key, x.left), x.key, x.right);
  assert inorder(t2) == (inorder(t.left) + [t.key] + inorder(x.left)) + [x.key] + inorder(x.right);
  assert inorder(t2) == inorder(t);
  if black_balanced(t) {
    assert black_balanced(t.left) && black_balanced(x) && black_height(t.left) == black_height(x);
    assert black_height(x) == black_height(x.left);
    assert black_balanced(t2.left) && black_height(t2.left) == black_height(t.left);
  }
  DecodeEncode(t2);
  // </vc:code>
}
