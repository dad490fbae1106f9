// A binary tree of integer keys.
datatype Tree = Leaf | Node(left: Tree, key: int, right: Tree)

// The keys of t in order: left subtree, root, right subtree.
function inorder(t: Tree): seq<int>
  decreases t
{
  match t
  case Leaf => []
  case Node(l, k, r) => inorder(l) + [k] + inorder(r)
}

// s is strictly increasing. A tree is a binary search tree (every key larger than all keys of its
// left subtree and smaller than all keys of its right subtree) exactly when its in-order key
// sequence is strictly increasing.
predicate strictly_increasing(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] < s[j]
}

// t2 is t with exactly one empty subtree (Leaf) replaced by the one-node tree holding x; every
// other node keeps its key and its place. Together with the ordering of t2 this is the plain
// insertion: the new leaf sits where the search for x in t ends.
predicate grafted(t: Tree, t2: Tree, x: int)
  decreases t
{
  match t
  case Leaf => t2 == Node(Leaf, x, Leaf)
  case Node(l, k, r) =>
    t2.Node? && t2.key == k &&
    ((grafted(l, t2.left, x) && t2.right == r) || (t2.left == l && grafted(r, t2.right, x)))
}

// The input tree (given by its in-order keys) is a binary search tree.
predicate pre_bst_insert_search(keys: seq<int>, x: int)
{
  strictly_increasing(keys)
}

// The new tree is a binary search tree whose keys are the old keys plus x, and found tells
// whether x was already a key.
predicate post_bst_insert_search(keys: seq<int>, x: int, keys2: seq<int>, found: bool)
{
  strictly_increasing(keys2) &&
  (forall i :: 0 <= i < |keys2| ==> keys2[i] in keys || keys2[i] == x) &&
  (forall i :: 0 <= i < |keys| ==> keys[i] in keys2) &&
  x in keys2 &&
  found == (x in keys)
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

// Insert by recursive descent; found tells whether the search met x.
method Insert(t: Tree, x: int) returns (t2: Tree, found: bool)
  requires strictly_increasing(inorder(t))
  ensures strictly_increasing(inorder(t2))
  ensures forall v :: v in inorder(t2) <==> v in inorder(t) || v == x
  ensures found == (x in inorder(t))
  ensures found ==> t2 == t
  ensures !found ==> grafted(t, t2, x)
  decreases t
{
  match t {
    case Leaf =>
      t2 := Node(Leaf, x, Leaf);
      found := false;
      assert inorder(t2) == [x];
    case Node(l, k, r) =>
      SplitSorted(inorder(l), k, inorder(r));
      if x < k {
        var l2, f := Insert(l, x);
        t2 := Node(l2, k, r);
        found := f;
        JoinSorted(inorder(l2), k, inorder(r));
      } else if k < x {
        var r2, f := Insert(r, x);
        t2 := Node(l, k, r2);
        found := f;
        JoinSorted(inorder(l), k, inorder(r2));
      } else {
        t2 := t;
        found := true;
      }
  }
}
// </vc:helpers>

// Insert x into the binary search tree t: descend from the root (left when x is smaller than the
// key, right when larger) and put a new leaf where the search ends; if the search finds x, the
// tree is unchanged. found reports whether the search found x.
method BstInsert(t: Tree, x: int) returns (t2: Tree, found: bool)
  requires pre_bst_insert_search(inorder(t), x)
  ensures post_bst_insert_search(inorder(t), x, inorder(t2), found)
  ensures found ==> t2 == t
  ensures !found ==> grafted(t, t2, x)
{
  // <vc:code>
  t2, found := Insert(t, x);
  // </vc:code>
}
