use vstd::prelude::*;

verus! {

// A binary tree of integer keys.
pub enum Tree {
    Leaf,
    Node(Box<Tree>, i64, Box<Tree>),
}

// The number of nodes of t.
pub open spec fn size(t: Tree) -> nat
    decreases t,
{
    match t {
        Tree::Leaf => 0,
        Tree::Node(l, _k, r) => size(*l) + 1 + size(*r),
    }
}

// The keys of t in order: left subtree, root, right subtree.
pub open spec fn inorder(t: Tree) -> Seq<int>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(l, k, r) => inorder(*l) + seq![k as int] + inorder(*r),
    }
}

// s is strictly increasing.
pub open spec fn strictly_increasing(s: Seq<int>) -> bool {
    forall|i: int, j: int| #![trigger s[i], s[j]] 0 <= i < j < s.len() ==> s[i] < s[j]
}

// t is a binary search tree: every key is larger than all keys of its left subtree and smaller
// than all keys of its right subtree; equivalently, its in-order key sequence is strictly
// increasing.
pub open spec fn is_bst(t: Tree) -> bool {
    strictly_increasing(inorder(t))
}

// Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
// right subtree), each node a row [key, number of nodes in its left subtree]. Rows s[i .. i + n)
// encode a tree of n nodes when n = 0, or when row i is the root and the rows after it encode its
// left subtree (s[i][1] nodes) and then its right subtree (the rest).
pub open spec fn encodes_at(s: Seq<Seq<int>>, i: int, n: int) -> bool
    decreases n,
{
    0 <= i && 0 <= n && i + n <= s.len() && (n > 0 ==> (s[i].len() == 2 && 0 <= s[i][1] < n
        && encodes_at(s, i + 1, s[i][1]) && encodes_at(s, i + 1 + s[i][1], n - 1 - s[i][1])))
}

// The tree that rows s[i .. i + n) encode (meaningful when encodes_at(s, i, n); keys are i64 in
// Verus trees, so the encoding of a tree always holds keys in that range).
pub open spec fn decode_at(s: Seq<Seq<int>>, i: int, n: int) -> Tree
    decreases n,
{
    if n <= 0 || !(0 <= s[i][1] < n) {
        Tree::Leaf
    } else {
        Tree::Node(
            Box::new(decode_at(s, i + 1, s[i][1])),
            s[i][0] as i64,
            Box::new(decode_at(s, i + 1 + s[i][1], n - 1 - s[i][1])),
        )
    }
}

// s, all of it, encodes a tree.
pub open spec fn is_tree(s: Seq<Seq<int>>) -> bool {
    encodes_at(s, 0, s.len() as int)
}

// The tree s encodes.
pub open spec fn tree_of(s: Seq<Seq<int>>) -> Tree {
    decode_at(s, 0, s.len() as int)
}

// The encoding of t: pre-order rows [key, size of the left subtree].
pub open spec fn encode(t: Tree) -> Seq<Seq<int>>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(l, k, r) => seq![seq![k as int, size(*l) as int]] + encode(*l) + encode(*r),
    }
}

// Decoding undoes encoding, wherever the encoding sits in a longer list of rows.
pub proof fn lemma_decode_encode_at(a: Seq<Seq<int>>, t: Tree, b: Seq<Seq<int>>)
    ensures
        encode(t).len() == size(t),
        encodes_at(a + encode(t) + b, a.len() as int, size(t) as int),
        decode_at(a + encode(t) + b, a.len() as int, size(t) as int) == t,
    decreases t,
{
    match t {
        Tree::Leaf => {},
        Tree::Node(l, k, r) => {
            let row = seq![seq![k as int, size(*l) as int]];
            lemma_decode_encode_at(a + row, *l, encode(*r) + b);
            lemma_decode_encode_at(a + row + encode(*l), *r, b);
            let s = a + encode(t) + b;
            assert(a + row + encode(*l) + (encode(*r) + b) =~= s);
            assert(a + row + encode(*l) + encode(*r) + b =~= s);
            assert(s[a.len() as int] =~= seq![k as int, size(*l) as int]);
        },
    }
}

// The contract sees encode(t) for every tree t; this recovers t from it.
pub proof fn lemma_decode_encode(t: Tree)
    ensures
        is_tree(encode(t)),
        tree_of(encode(t)) == t,
{
    lemma_decode_encode_at(Seq::empty(), t, Seq::empty());
    assert(Seq::<Seq<int>>::empty() + encode(t) + Seq::<Seq<int>>::empty() =~= encode(t));
}
// Whether t is a node, and its parts (a leaf has none; these defaults are never used on one).
pub open spec fn is_node(t: Tree) -> bool {
    t is Node
}

pub open spec fn left(t: Tree) -> Tree {
    match t {
        Tree::Node(l, _k, _r) => *l,
        Tree::Leaf => Tree::Leaf,
    }
}

pub open spec fn key(t: Tree) -> int {
    match t {
        Tree::Node(_l, k, _r) => k as int,
        Tree::Leaf => 0,
    }
}

pub open spec fn right(t: Tree) -> Tree {
    match t {
        Tree::Node(_l, _k, r) => *r,
        Tree::Leaf => Tree::Leaf,
    }
}

// A node built from parts (the key must fit in i64, as every key of a Verus tree does).
pub open spec fn node(l: Tree, k: int, r: Tree) -> Tree {
    Tree::Node(Box::new(l), k as i64, Box::new(r))
}

// The depth (number of links from the root) of the last node on the search path for x: the node
// holding x, or the node whose empty subtree the search for x falls into.
pub open spec fn search_depth(t: Tree, x: int) -> nat
    decreases t,
{
    match t {
        Tree::Leaf => 0,
        Tree::Node(l, k, r) => if x < k as int && is_node(*l) {
            1 + search_depth(*l, x)
        } else if (k as int) < x && is_node(*r) {
            1 + search_depth(*r, x)
        } else {
            0
        },
    }
}

// t2 is t after splaying x bottom-up (Sleator and Tarjan): the last node y on the search path
// climbs by zig-zig and zig-zag steps (each lifting it two levels), and by a final zig (one
// rotation at the root) when its depth d is odd. Stated recursively from the root: for d == 0
// nothing moves; for odd d the root's child subtree on x's side is splayed first (its depth
// there is even) and y is then rotated over the root (zig); for even d >= 2 the grandchild
// subtree on x's side is splayed (y comes to its root) and the root, its child and y are
// restructured by a zig-zig (same side twice) or zig-zag step:
//   zig-zig: Node(Node(Node(A, y, B), p, C), g, D) becomes Node(A, y, Node(B, p, Node(C, g, D)))
//   zig-zag: Node(Node(A, p, Node(B, y, C)), g, D) becomes Node(Node(A, p, B), y, Node(C, g, D))
// and their mirror images.
pub open spec fn splayed(t: Tree, x: int, t2: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => t2 == Tree::Leaf,
        Tree::Node(l, k, r) => if search_depth(t, x) == 0 {
            t2 == t
        } else if search_depth(t, x) % 2 == 1 {
            if x < k as int {
                is_node(t2) && is_node(right(t2)) && key(right(t2)) == k as int && right(right(t2)) == *r
                && splayed(*l, x, node(left(t2), key(t2), left(right(t2))))
            } else {
                is_node(t2) && is_node(left(t2)) && key(left(t2)) == k as int && left(left(t2)) == *l
                && splayed(*r, x, node(right(left(t2)), key(t2), right(t2)))
            }
        } else if x < k as int {
            match *l {
                Tree::Leaf => false,
                Tree::Node(ll, lk, lr) => if x < lk as int {
                    is_node(t2) && is_node(right(t2)) && key(right(t2)) == lk as int
                    && right(right(t2)) == node(*lr, k as int, *r)
                    && splayed(*ll, x, node(left(t2), key(t2), left(right(t2))))
                } else {
                    is_node(t2) && is_node(left(t2)) && is_node(right(t2))
                    && left(left(t2)) == *ll && key(left(t2)) == lk as int
                    && key(right(t2)) == k as int && right(right(t2)) == *r
                    && splayed(*lr, x, node(right(left(t2)), key(t2), left(right(t2))))
                },
            }
        } else {
            match *r {
                Tree::Leaf => false,
                Tree::Node(rl, rk, rr) => if (rk as int) < x {
                    is_node(t2) && is_node(left(t2)) && key(left(t2)) == rk as int
                    && left(left(t2)) == node(*l, k as int, *rl)
                    && splayed(*rr, x, node(right(left(t2)), key(t2), right(t2)))
                } else {
                    is_node(t2) && is_node(left(t2)) && is_node(right(t2))
                    && left(left(t2)) == *l && key(left(t2)) == k as int
                    && key(right(t2)) == rk as int && right(right(t2)) == *rr
                    && splayed(*rl, x, node(right(left(t2)), key(t2), left(right(t2))))
                },
            }
        },
    }
}

// No key in keys lies strictly between k and x.
pub open spec fn next_to(keys: Seq<int>, k: int, x: int) -> bool {
    forall|i: int| 0 <= i < keys.len() ==> !(k < #[trigger] keys[i] < x) && !(x < keys[i] < k)
}

// The input (encoded) is a binary search tree.
pub open spec fn pre_splay(s: Seq<Seq<int>>, x: int) -> bool {
    is_tree(s) && is_bst(tree_of(s))
}

// The output is a binary search tree with the same in-order keys; a non-empty tree gets at its
// root x when x is a key, and otherwise a key next to x (the last node of the search path); the
// shape is the one bottom-up splaying defines (splayed).
pub open spec fn post_splay(s: Seq<Seq<int>>, x: int, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2)
    && is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s))
    && (is_node(tree_of(s)) ==> is_node(tree_of(s2))
        && (inorder(tree_of(s)).contains(x) ==> key(tree_of(s2)) == x)
        && next_to(inorder(tree_of(s)), key(tree_of(s2)), x))
    && splayed(tree_of(s), x, tree_of(s2))
}

// <vc:helpers>
// </vc:helpers>

// Splay x in the binary search tree t (bottom-up, as Sleator and Tarjan define it): search for x,
// then lift the last node of the search path to the root by zig-zig and zig-zag steps, with one
// final zig at the root when its depth is odd.
fn splay(t: Tree, x: i64) -> (t2: Tree)
    requires
        pre_splay(encode(t), x as int),
    ensures
        post_splay(encode(t), x as int, encode(t2)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
