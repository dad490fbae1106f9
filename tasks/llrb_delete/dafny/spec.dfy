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

// t is a red node.
predicate is_red(t: Tree)
{
  t.Node? && t.red
}

// No node has a red right child: red links lean left.
predicate no_red_right(t: Tree)
  decreases t
{
  match t
  case Leaf => true
  case Node(c, l, k, r) => !is_red(r) && no_red_right(l) && no_red_right(r)
}

// No red node has a red child: no two red links in a row.
predicate no_red_red(t: Tree)
  decreases t
{
  match t
  case Leaf => true
  case Node(c, l, k, r) => (c ==> !is_red(l) && !is_red(r)) && no_red_red(l) && no_red_red(r)
}

// t is a left-leaning red-black tree: a binary search tree with no red right link, no two red
// links in a row, perfect black balance, and a black root.
predicate is_llrb(t: Tree)
{
  is_bst(t) && no_red_right(t) && no_red_red(t) && black_balanced(t) && !is_red(t)
}

// The input (encoded) is a left-leaning red-black tree.
predicate pre_llrb_delete(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_llrb(tree_of(s))
}

// The output is a left-leaning red-black tree whose keys are the old keys without x.
predicate post_llrb_delete(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) && is_llrb(tree_of(s2)) &&
  (forall i :: 0 <= i < |inorder(tree_of(s2))| ==>
     inorder(tree_of(s2))[i] in inorder(tree_of(s)) && inorder(tree_of(s2))[i] != x) &&
  (forall i :: 0 <= i < |inorder(tree_of(s))| ==>
     inorder(tree_of(s))[i] == x || inorder(tree_of(s))[i] in inorder(tree_of(s2))) &&
  x !in inorder(tree_of(s2))
}

// <vc:helpers>
// </vc:helpers>

// Delete x from the left-leaning red-black tree t (Sedgewick's top-down deletion for the 2-3
// variant): if x is a key, make the root red when both its children are black, then descend
// keeping the current node or its left child red (moving a red link down with moveRedLeft /
// moveRedRight and rotating a red left link to the right on the way right), remove x (a leaf-level
// node directly, an inner node by replacing its key with the minimum of its right subtree and
// deleting that minimum), and rebalance every node of the path on the way back up (rotate left a
// red right link, rotate right two red links in a row, flip a node with two red children);
// finally color the root black. An absent x leaves the tree unchanged.
method LlrbDelete(t: Tree, x: int) returns (t2: Tree)
  requires pre_llrb_delete(encode(t), x)
  ensures post_llrb_delete(encode(t), x, encode(t2))
{
  // <vc:code>
  // </vc:code>
}
