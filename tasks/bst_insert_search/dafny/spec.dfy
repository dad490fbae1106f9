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
  // </vc:code>
}
