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
predicate pre_llrb_insert(s: seq<seq<int>>, x: int)
{
  is_tree(s) && is_llrb(tree_of(s))
}

// The output is a left-leaning red-black tree whose keys are the old keys plus x.
predicate post_llrb_insert(s: seq<seq<int>>, x: int, s2: seq<seq<int>>)
{
  is_tree(s) && is_tree(s2) && is_llrb(tree_of(s2)) &&
  (forall i :: 0 <= i < |inorder(tree_of(s2))| ==>
     inorder(tree_of(s2))[i] in inorder(tree_of(s)) || inorder(tree_of(s2))[i] == x) &&
  (forall i :: 0 <= i < |inorder(tree_of(s))| ==> inorder(tree_of(s))[i] in inorder(tree_of(s2))) &&
  x in inorder(tree_of(s2))
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

// Split a 4-node: the node turns red, its two children black.
method FlipColors(h: Tree) returns (t: Tree)
  requires h.Node? && h.left.Node? && h.right.Node?
  ensures t == Node(true, Node(false, h.left.left, h.left.key, h.left.right), h.key,
                    Node(false, h.right.left, h.right.key, h.right.right))
  ensures inorder(t) == inorder(h)
{
  t := Node(true, Node(false, h.left.left, h.left.key, h.left.right), h.key,
            Node(false, h.right.left, h.right.key, h.right.right));
}

// Insert into a subtree satisfying the invariants. A black (or empty) subtree comes back with
// the invariants (its root may have turned red); a red one comes back red, possibly with a red
// left child, which its black parent repairs.
method Ins(h: Tree, x: int) returns (h2: Tree)
  requires is_bst(h) && ok(h)
  ensures is_bst(h2) && h2.Node?
  ensures forall v :: v in inorder(h2) <==> v in inorder(h) || v == x
  ensures black_balanced(h2) && black_height(h2) == black_height(h)
  ensures no_red_right(h2)
  ensures !is_red(h) ==> no_red_red(h2)
  ensures is_red(h) ==> is_red(h2) && no_red_red(h2.left) && no_red_red(h2.right)
  decreases h
{
  if h.Leaf? {
    h2 := Node(true, Leaf, x, Leaf);
    assert inorder(h2) == [] + [x] + [];
    return;
  }
  var c, l, k, r := h.red, h.left, h.key, h.right;
  assert inorder(h) == inorder(l) + [k] + inorder(r);
  SplitSorted(inorder(l), k, inorder(r));
  if x < k {
    var l2 := Ins(l, x);
    JoinSorted(inorder(l2), k, inorder(r));
    var t := Node(c, l2, k, r);
    assert inorder(t) == inorder(l2) + [k] + inorder(r);
    if l2.red && l2.left.Node? && l2.left.red {
      InsLeftSplit(h, x, l2);
      var t1 := RotateRight(t);
      h2 := FlipColors(t1);
    } else {
      h2 := t;
    }
  } else if k < x {
    var r2 := Ins(r, x);
    JoinSorted(inorder(l), k, inorder(r2));
    var t := Node(c, l, k, r2);
    assert inorder(t) == inorder(l) + [k] + inorder(r2);
    if r2.red {
      if l.Node? && l.red {
        InsRightFlip(h, x, r2);
        h2 := FlipColors(t);
      } else {
        InsRightRotate(h, x, r2);
        h2 := RotateLeft(t);
      }
    } else {
      h2 := t;
    }
  } else {
    h2 := h;
  }
}

// The left subtree came back red with a red left child: h is black; rotating right and
// flipping the colors gives a red node with two black children.
lemma InsLeftSplit(h: Tree, x: int, l2: Tree)
  requires h.Node? && ok(h) && l2.Node? && l2.red && l2.left.Node? && l2.left.red
  requires black_balanced(l2) && black_height(l2) == black_height(h.left) && no_red_right(l2)
  requires !is_red(h.left) ==> no_red_red(l2)
  requires is_red(h.left) ==> no_red_red(l2.left) && no_red_red(l2.right)
  ensures !h.red && is_red(h.left)
  ensures var t2 := Node(true, Node(false, l2.left.left, l2.left.key, l2.left.right), l2.key,
                         Node(false, l2.right, h.key, h.right));
          black_balanced(t2) && black_height(t2) == black_height(h) && no_red_right(t2) && no_red_red(t2)
{
  var a, b := l2.left, l2.right;
  assert black_height(l2) == black_height(a);
}

// The right subtree came back red and the left child is red: flip the colors.
lemma InsRightFlip(h: Tree, x: int, r2: Tree)
  requires h.Node? && ok(h) && r2.Node? && r2.red && h.left.Node? && h.left.red
  requires black_balanced(r2) && black_height(r2) == black_height(h.right) && no_red_right(r2)
  requires no_red_red(r2)
  ensures !h.red
  ensures var t2 := Node(true, Node(false, h.left.left, h.left.key, h.left.right), h.key,
                         Node(false, r2.left, r2.key, r2.right));
          black_balanced(t2) && black_height(t2) == black_height(h) && no_red_right(t2) && no_red_red(t2)
{
  var l := h.left;
  assert no_red_red(h) && no_red_right(h) && black_balanced(h);
  assert no_red_red(l) && no_red_right(l) && black_balanced(l);
  assert black_height(l) == black_height(l.left);
  assert black_height(r2) == black_height(r2.left);
  var a := Node(false, l.left, l.key, l.right);
  var b := Node(false, r2.left, r2.key, r2.right);
  assert black_balanced(a) && black_height(a) == 1 + black_height(l.left);
  assert black_balanced(b) && black_height(b) == 1 + black_height(r2.left);
  assert no_red_right(a) && no_red_red(a);
  assert no_red_right(b) && no_red_red(b);
}

// The right subtree came back red and the left child is black: rotate left.
lemma InsRightRotate(h: Tree, x: int, r2: Tree)
  requires h.Node? && ok(h) && r2.Node? && r2.red && !is_red(h.left)
  requires black_balanced(r2) && black_height(r2) == black_height(h.right) && no_red_right(r2)
  requires no_red_red(r2)
  ensures var t2 := Node(h.red, Node(true, h.left, h.key, r2.left), r2.key, r2.right);
          black_balanced(t2) && black_height(t2) == black_height(h) && no_red_right(t2) &&
          (!h.red ==> no_red_red(t2)) &&
          (h.red ==> is_red(t2) && no_red_red(t2.left) && no_red_red(t2.right))
{
  assert black_height(r2) == black_height(r2.left);
}
// </vc:helpers>

// Insert x into the left-leaning red-black tree t (Sedgewick's 2-3 variant): descend as in a
// binary search tree and attach a new red node; on the way back up, at each node rotate left a
// red right link whose sibling is black, rotate right two red links in a row on the left, and
// flip the colors of a node with two red children; finally color the root black. An x already
// in t leaves the keys unchanged.
method LlrbInsert(t: Tree, x: int) returns (t2: Tree)
  requires pre_llrb_insert(encode(t), x)
  ensures post_llrb_insert(encode(t), x, encode(t2))
{
  // <vc:code>
  DecodeEncode(t);
  var t1 := Ins(t, x);
  t2 := Node(false, t1.left, t1.key, t1.right);
  assert t1 == Node(t1.red, t1.left, t1.key, t1.right);
  assert inorder(t2) == inorder(t1);
  assert no_red_red(t1) && no_red_right(t1) && black_balanced(t1);
  assert no_red_red(t1.left) && no_red_red(t1.right);
  assert no_red_red(t2) && no_red_right(t2) && black_balanced(t2);
  forall i | 0 <= i < |inorder(t)|
    ensures inorder(t)[i] in inorder(t2)
  {
    assert inorder(t)[i] in inorder(t);
  }
  forall i | 0 <= i < |inorder(t2)|
    ensures inorder(t2)[i] in inorder(t) || inorder(t2)[i] == x
  {
    assert inorder(t2)[i] in inorder(t2);
  }
  DecodeEncode(t2);
  // </vc:code>
}
