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

// The invariants of a subtree, whatever the color of its root.
predicate ok(t: Tree)
{
  no_red_right(t) && no_red_red(t) && black_balanced(t)
}

// Rotate a red right link to the left: Node(c, A, k, Node(red, B, y, C)) becomes
// Node(c, Node(red, A, k, B), y, C).
method RotateLeft(h: Tree) returns (t: Tree)
  requires h.Node? && h.right.Node?
  ensures t == Node(h.red, Node(true, h.left, h.key, h.right.left), h.right.key, h.right.right)
  ensures inorder(t) == inorder(h)
{
  t := Node(h.red, Node(true, h.left, h.key, h.right.left), h.right.key, h.right.right);
  assert inorder(h.right) == inorder(h.right.left) + [h.right.key] + inorder(h.right.right);
  assert inorder(t.left) == inorder(h.left) + [h.key] + inorder(h.right.left);
}

// Rotate a red left link to the right: Node(c, Node(red, A, y, B), k, C) becomes
// Node(c, A, y, Node(red, B, k, C)).
method RotateRight(h: Tree) returns (t: Tree)
  requires h.Node? && h.left.Node?
  ensures t == Node(h.red, h.left.left, h.left.key, Node(true, h.left.right, h.key, h.right))
  ensures inorder(t) == inorder(h)
{
  t := Node(h.red, h.left.left, h.left.key, Node(true, h.left.right, h.key, h.right));
  assert inorder(h.left) == inorder(h.left.left) + [h.left.key] + inorder(h.left.right);
  assert inorder(t.right) == inorder(h.left.right) + [h.key] + inorder(h.right);
}

// Flip the colors of a node and its two children (split a 4-node, or, in deletion, join two
// 2-nodes with their parent into a 4-node).
method Flip(h: Tree) returns (t: Tree)
  requires h.Node? && h.left.Node? && h.right.Node?
  ensures t == Node(!h.red, Node(!h.left.red, h.left.left, h.left.key, h.left.right), h.key,
                    Node(!h.right.red, h.right.left, h.right.key, h.right.right))
  ensures inorder(t) == inorder(h) && size(t) == size(h)
{
  t := Node(!h.red, Node(!h.left.red, h.left.left, h.left.key, h.left.right), h.key,
            Node(!h.right.red, h.right.left, h.right.key, h.right.right));
}

// Restore the invariants at a node on the way up.
method Balance(h: Tree) returns (t: Tree)
  requires h.Node?
  ensures inorder(t) == inorder(h) && size(t) == size(h) && t.Node?
{
  t := h;
  if t.right.Node? && t.right.red && !(t.left.Node? && t.left.red) {
    t := RotateLeft(t);
  }
  if t.left.Node? && t.left.red && t.left.left.Node? && t.left.left.red {
    t := RotateRight(t);
  }
  if t.left.Node? && t.left.red && t.right.Node? && t.right.red {
    t := Flip(t);
  }
}

// Make h.left or one of its children red (h red, h.left and h.left.left black).
method MoveRedLeft(h: Tree) returns (t: Tree)
  requires h.Node? && h.left.Node? && h.right.Node?
  ensures inorder(t) == inorder(h) && size(t) == size(h) && t.Node?
{
  t := Flip(h);
  if t.right.left.Node? && t.right.left.red {
    var r := RotateRight(t.right);
    t := Node(t.red, t.left, t.key, r);
    t := RotateLeft(t);
    t := Flip(t);
  }
}

// Make h.right or one of its children red (h red, h.right and h.right.left black).
method MoveRedRight(h: Tree) returns (t: Tree)
  requires h.Node? && h.left.Node? && h.right.Node?
  ensures inorder(t) == inorder(h) && size(t) == size(h) && t.Node?
{
  t := Flip(h);
  if t.left.left.Node? && t.left.left.red {
    t := RotateRight(t);
    t := Flip(t);
  }
}

// Delete the minimum of h; m is its key.
method DeleteMin(h: Tree) returns (m: int, t: Tree)
  requires h.Node?
  ensures inorder(h) == [m] + inorder(t)
  decreases size(h)
{
  if h.left.Leaf? {
    return h.key, Leaf;
  }
  var g := h;
  if !h.left.red && !(h.left.left.Node? && h.left.left.red) {
    g := MoveRedLeft(h);
  }
  var l2;
  m, l2 := DeleteMin(g.left);
  t := Balance(Node(g.red, l2, g.key, g.right));
}

// Delete x, a key of h.
method Delete(h: Tree, x: int) returns (t: Tree)
  requires h.Node? && is_bst(h) && x in inorder(h)
  ensures forall v :: v in inorder(t) <==> v in inorder(h) && v != x
  decreases size(h)
{
  var g := h;
  if x < g.key {
    if !(g.left.Node? && g.left.red) && !(g.left.left.Node? && g.left.left.red) {
      g := MoveRedLeft(g);
    }
    var l2 := Delete(g.left, x);
    t := Balance(Node(g.red, l2, g.key, g.right));
  } else {
    if g.left.Node? && g.left.red {
      g := RotateRight(g);
    }
    if x == g.key && g.right.Leaf? {
      return Leaf;
    }
    if !(g.right.Node? && g.right.red) && !(g.right.left.Node? && g.right.left.red) {
      g := MoveRedRight(g);
    }
    if x == g.key {
      var m, r2 := DeleteMin(g.right);
      t := Balance(Node(g.red, g.left, m, r2));
    } else {
      var r2 := Delete(g.right, x);
      t := Balance(Node(g.red, g.left, g.key, r2));
    }
  }
}

// Whether x is a key of the binary search tree t.
method Contains(t: Tree, x: int) returns (b: bool)
  requires is_bst(t)
  ensures b == (x in inorder(t))
  decreases t
{
  if t.Leaf? {
    return false;
  }
  assert inorder(t) == inorder(t.left) + [t.key] + inorder(t.right);
  SplitSorted(inorder(t.left), t.key, inorder(t.right));
  if x < t.key {
    b := Contains(t.left, x);
  } else if t.key < x {
    b := Contains(t.right, x);
  } else {
    b := true;
  }
}
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
  DecodeEncode(t);
  var present := Contains(t, x);
  if !present {
    t2 := t;
  } else {
    var h := t;
    if !(h.left.Node? && h.left.red) && !(h.right.Node? && h.right.red) {
      h := Node(true, h.left, h.key, h.right);
    }
    h := Delete(h, x);
    if h.Node? {
      h := Node(false, h.left, h.key, h.right);
    }
    t2 := h;
  }
  DecodeEncode(t2);
  // </vc:code>
}
