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
// The in-order sequence of a node splits at its key.
lemma SplitSorted(a: seq<int>, k: int, b: seq<int>)
  requires strictly_increasing(a + [k] + b)
  ensures strictly_increasing(a) && strictly_increasing(b)
  ensures forall v :: v in a ==> v < k
  ensures forall v :: v in b ==> k < v
{
  var s := a + [k] + b;
  forall i, j | 0 <= i < j < |a|
    ensures a[i] < a[j]
  {
    assert s[i] == a[i] && s[j] == a[j];
  }
  forall i, j | 0 <= i < j < |b|
    ensures b[i] < b[j]
  {
    assert s[|a| + 1 + i] == b[i] && s[|a| + 1 + j] == b[j];
  }
  forall v | v in a
    ensures v < k
  {
    var i :| 0 <= i < |a| && a[i] == v;
    assert s[i] == v && s[|a|] == k;
  }
  forall v | v in b
    ensures k < v
  {
    var i :| 0 <= i < |b| && b[i] == v;
    assert s[|a| + 1 + i] == v && s[|a|] == k;
  }
}

// Two sorted sequences on either side of k join into a sorted sequence.
lemma JoinSorted(a: seq<int>, k: int, b: seq<int>)
  requires strictly_increasing(a) && strictly_increasing(b)
  requires forall v :: v in a ==> v < k
  requires forall v :: v in b ==> k < v
  ensures strictly_increasing(a + [k] + b)
{
  var s := a + [k] + b;
  forall i, j | 0 <= i < j < |s|
    ensures s[i] < s[j]
  {
    if j < |a| {
      assert s[i] == a[i] && s[j] == a[j];
    } else if j == |a| {
      assert s[i] == a[i] && a[i] in a;
    } else if i < |a| {
      assert s[i] == a[i] && a[i] in a && s[j] == b[j - |a| - 1] && b[j - |a| - 1] in b;
    } else if i == |a| {
      assert s[j] == b[j - |a| - 1] && b[j - |a| - 1] in b;
    } else {
      assert s[i] == b[i - |a| - 1] && s[j] == b[j - |a| - 1];
    }
  }
}

// Remove the leftmost node of a non-empty tree; m is its key.
method DeleteMin(t: Tree) returns (m: int, t2: Tree)
  requires t.Node?
  ensures min_spliced(t, m, t2)
  ensures inorder(t) == [m] + inorder(t2)
  decreases t
{
  if t.left.Leaf? {
    m, t2 := t.key, t.right;
    assert inorder(t) == [] + [t.key] + inorder(t.right);
  } else {
    var m1, l2 := DeleteMin(t.left);
    m, t2 := m1, Node(l2, t.key, t.right);
    assert inorder(t2) == inorder(l2) + [t.key] + inorder(t.right);
  }
}

// Delete by recursive descent.
method Delete(t: Tree, x: int) returns (t2: Tree)
  requires is_bst(t)
  ensures is_bst(t2)
  ensures forall v :: v in inorder(t2) <==> v in inorder(t) && v != x
  ensures x in inorder(t) ==> removed(t, x, t2)
  ensures x !in inorder(t) ==> t2 == t
  decreases t
{
  if t.Leaf? {
    return t;
  }
  var l, k, r := t.left, t.key, t.right;
  assert inorder(t) == inorder(l) + [k] + inorder(r);
  SplitSorted(inorder(l), k, inorder(r));
  if x < k {
    var l2 := Delete(l, x);
    t2 := Node(l2, k, r);
    JoinSorted(inorder(l2), k, inorder(r));
    assert x !in inorder(r);
  } else if k < x {
    var r2 := Delete(r, x);
    t2 := Node(l, k, r2);
    JoinSorted(inorder(l), k, inorder(r2));
    assert x !in inorder(l);
  } else if l.Leaf? {
    t2 := r;
  } else if r.Leaf? {
    t2 := l;
    assert inorder(t) == inorder(l) + [k];
  } else {
    var m, r2 := DeleteMin(r);
    t2 := Node(l, m, r2);
    assert m in inorder(r);
    assert [] + [m] + inorder(r2) == inorder(r);
    SplitSorted([], m, inorder(r2));
    JoinSorted(inorder(l), m, inorder(r2));
  }
}
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
  DecodeEncode(t);
  t2 := Delete(t, x);
  DecodeEncode(t2);
  // </vc:code>
}
