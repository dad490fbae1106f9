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

// t2 is t with its leftmost node (the one holding the smallest key, m) spliced out: that node
// has no left child and is replaced by its right subtree; every other node keeps its key and
// its place.
predicate min_spliced(t: Tree, m: int, t2: Tree)
  decreases t
{
  t.Node? &&
  (if t.left.Leaf? then m == t.key && t2 == t.right
   else t2.Node? && t2.key == t.key && t2.right == t.right && min_spliced(t.left, m, t2.left))
}

// t2 is t with the node holding x removed the standard (Hibbard) way: a node with at most one
// child is replaced by that child (or by a leaf); a node with two children takes the key of its
// in-order successor m, the leftmost node of its right subtree, which is spliced out there.
// Every other node keeps its key and its place.
predicate removed(t: Tree, x: int, t2: Tree)
  decreases t
{
  t.Node? &&
  (if t.key == x then
     (if t.left.Leaf? then t2 == t.right
      else if t.right.Leaf? then t2 == t.left
      else t2.Node? && t2.left == t.left && min_spliced(t.right, t2.key, t2.right))
   else
     t2.Node? && t2.key == t.key &&
     ((removed(t.left, x, t2.left) && t2.right == t.right) ||
      (t2.left == t.left && removed(t.right, x, t2.right))))
}

// The input (encoded) is a binary search tree.
predicate pre_bst_delete(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_bst(tree_of(s))
}

// The output is a binary search tree whose keys are the old keys without x; when x was a key,
// its node is removed the standard way (removed), otherwise the tree is unchanged.
predicate post_bst_delete(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) && is_bst(tree_of(s2)) &&
  (forall i :: 0 <= i < |inorder(tree_of(s2))| ==>
     inorder(tree_of(s2))[i] in inorder(tree_of(s)) && inorder(tree_of(s2))[i] != x) &&
  (forall i :: 0 <= i < |inorder(tree_of(s))| ==>
     inorder(tree_of(s))[i] == x || inorder(tree_of(s))[i] in inorder(tree_of(s2))) &&
  (x in inorder(tree_of(s)) ==> removed(tree_of(s), x, tree_of(s2))) &&
  (x !in inorder(tree_of(s)) ==> tree_of(s2) == tree_of(s))
}

// <vc:helpers>
// </vc:helpers>

// Delete x from the binary search tree t: search for x from the root; a found node with at most
// one child is replaced by that child, a found node with two children takes the key of its
// in-order successor (the minimum of its right subtree), whose node is removed from the right
// subtree. An absent x leaves the tree unchanged.
method BstDelete(t: Tree, x: int) returns (t2: Tree)
  requires pre_bst_delete(encode(t), x)
  ensures post_bst_delete(encode(t), x, encode(t2))
{
  // <vc:code>
  // </vc:code>
}
