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
// The in-order sequence of a node splits at its key.
proof fn lemma_split_sorted(a: Seq<int>, k: int, b: Seq<int>)
    requires
        strictly_increasing(a + seq![k] + b),
    ensures
        strictly_increasing(a),
        strictly_increasing(b),
        forall|v: int| a.contains(v) ==> v < k,
        forall|v: int| b.contains(v) ==> k < v,
{
    let s = a + seq![k] + b;
    assert(s[a.len() as int] == k);
    assert forall|i: int, j: int| 0 <= i < j < a.len() implies #[trigger] a[i] < #[trigger] a[j] by {
        assert(s[i] == a[i] && s[j] == a[j]);
    }
    assert forall|i: int, j: int| 0 <= i < j < b.len() implies #[trigger] b[i] < #[trigger] b[j] by {
        assert(s[a.len() + 1 + i] == b[i] && s[a.len() + 1 + j] == b[j]);
    }
    assert forall|v: int| a.contains(v) implies v < k by {
        let i = choose|i: int| 0 <= i < a.len() && a[i] == v;
        assert(s[i] == v);
    }
    assert forall|v: int| b.contains(v) implies k < v by {
        let i = choose|i: int| 0 <= i < b.len() && b[i] == v;
        assert(s[a.len() + 1 + i] == v);
    }
}

// The claim about the root, for a recursive call.
pub open spec fn root_ok(t: Tree, x: int, t2: Tree) -> bool {
    is_node(t) ==> is_node(t2) && (inorder(t).contains(x) ==> key(t2) == x) && next_to(inorder(t), key(t2), x)
}

// The facts a node gives about its in-order keys.
proof fn lemma_node_facts(t: Tree)
    requires
        is_node(t),
        is_bst(t),
    ensures
        inorder(t) == inorder(left(t)) + seq![key(t)] + inorder(right(t)),
        is_bst(left(t)),
        is_bst(right(t)),
        forall|v: int| inorder(left(t)).contains(v) ==> v < key(t),
        forall|v: int| inorder(right(t)).contains(v) ==> key(t) < v,
{
    lemma_split_sorted(inorder(left(t)), key(t), inorder(right(t)));
}

// The key of a node is among its in-order keys.
proof fn lemma_key_in(t: Tree)
    requires
        is_node(t),
    ensures
        inorder(t) == inorder(left(t)) + seq![key(t)] + inorder(right(t)),
        inorder(t).contains(key(t)),
{
    assert(inorder(t)[inorder(left(t)).len() as int] == key(t));
}

// next_to survives going up to the parent when both y and x are below the parent's key.
proof fn lemma_next_to_up_l(t: Tree, y: int, x: int)
    requires
        is_node(t),
        is_bst(t),
        next_to(inorder(left(t)), y, x),
        y < key(t),
        x < key(t),
    ensures
        next_to(inorder(t), y, x),
{
    lemma_node_facts(t);
    let a = inorder(left(t));
    let b = inorder(right(t));
    let s = inorder(t);
    assert forall|i: int| 0 <= i < s.len() implies !(y < #[trigger] s[i] < x) && !(x < s[i] < y) by {
        if i < a.len() {
            assert(s[i] == a[i]);
        } else if i > a.len() {
            assert(s[i] == b[i - a.len() - 1] && b.contains(b[i - a.len() - 1]));
        }
    }
}

// The mirror image: both y and x above the parent's key.
proof fn lemma_next_to_up_r(t: Tree, y: int, x: int)
    requires
        is_node(t),
        is_bst(t),
        next_to(inorder(right(t)), y, x),
        key(t) < y,
        key(t) < x,
    ensures
        next_to(inorder(t), y, x),
{
    lemma_node_facts(t);
    let a = inorder(left(t));
    let b = inorder(right(t));
    let s = inorder(t);
    assert forall|i: int| 0 <= i < s.len() implies !(y < #[trigger] s[i] < x) && !(x < s[i] < y) by {
        if i < a.len() {
            assert(s[i] == a[i] && a.contains(a[i]));
        } else if i > a.len() {
            assert(s[i] == b[i - a.len() - 1]);
        }
    }
}

// Search depth 0: the root is the last node of the search path.
proof fn lemma_root_case(t: Tree, x: int)
    requires
        is_node(t),
        is_bst(t),
        search_depth(t, x) == 0,
    ensures
        splayed(t, x, t),
        root_ok(t, x, t),
{
    lemma_node_facts(t);
    let a = inorder(left(t));
    let b = inorder(right(t));
    let s = inorder(t);
    assert forall|i: int| 0 <= i < s.len() implies !(key(t) < #[trigger] s[i] < x) && !(x < s[i] < key(t)) by {
        if i < a.len() {
            assert(s[i] == a[i] && a.contains(a[i]));
        } else if i > a.len() {
            assert(s[i] == b[i - a.len() - 1] && b.contains(b[i - a.len() - 1]));
        }
    }
    if s.contains(x) {
        lemma_contains_node(a, key(t), b, x);
    }
}

// Odd depth, x on the left: the child subtree was splayed into c; rotate its root over the root.
proof fn lemma_zig_l(t: Tree, x: int, c: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        x < key(t),
        search_depth(t, x) % 2 == 1,
        is_node(left(t)),
        splayed(left(t), x, c),
        inorder(c) == inorder(left(t)),
        root_ok(left(t), x, c),
        is_node(c),
        t2 == node(left(c), key(c), node(right(c), key(t), right(t))),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    lemma_node_facts(t);
    lemma_key_in(c);
    assert(node(left(t2), key(t2), left(right(t2))) == c);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_l(t, key(c), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
}

// Odd depth, x on the right.
proof fn lemma_zig_r(t: Tree, x: int, c: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        key(t) < x,
        search_depth(t, x) % 2 == 1,
        is_node(right(t)),
        splayed(right(t), x, c),
        inorder(c) == inorder(right(t)),
        root_ok(right(t), x, c),
        is_node(c),
        t2 == node(node(left(t), key(t), left(c)), key(c), right(c)),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    lemma_node_facts(t);
    lemma_key_in(c);
    assert(node(right(left(t2)), key(t2), right(t2)) == c);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_r(t, key(c), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
}

// Even depth, left-left: zig-zig with the splayed grandchild subtree g.
proof fn lemma_zigzig_ll(t: Tree, x: int, g: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        x < key(t),
        search_depth(t, x) % 2 == 0,
        search_depth(t, x) > 0,
        is_node(left(t)),
        x < key(left(t)),
        is_node(left(left(t))),
        splayed(left(left(t)), x, g),
        inorder(g) == inorder(left(left(t))),
        root_ok(left(left(t)), x, g),
        is_node(g),
        t2 == node(left(g), key(g), node(right(g), key(left(t)), node(right(left(t)), key(t), right(t)))),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    let l = left(t);
    lemma_node_facts(t);
    lemma_node_facts(l);
    lemma_key_in(g);
    assert(node(left(t2), key(t2), left(right(t2))) == g);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_l(l, key(g), x);
    assert(inorder(l).contains(key(g))) by {
        lemma_contains_node(inorder(left(l)), key(l), inorder(right(l)), key(g));
    }
    lemma_next_to_up_l(t, key(g), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
    lemma_contains_node(inorder(left(l)), key(l), inorder(right(l)), x);
}

// Even depth, left-right: zig-zag.
proof fn lemma_zigzag_lr(t: Tree, x: int, g: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        x < key(t),
        search_depth(t, x) % 2 == 0,
        search_depth(t, x) > 0,
        is_node(left(t)),
        key(left(t)) < x,
        is_node(right(left(t))),
        splayed(right(left(t)), x, g),
        inorder(g) == inorder(right(left(t))),
        root_ok(right(left(t)), x, g),
        is_node(g),
        t2 == node(node(left(left(t)), key(left(t)), left(g)), key(g), node(right(g), key(t), right(t))),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    let l = left(t);
    lemma_node_facts(t);
    lemma_node_facts(l);
    lemma_key_in(g);
    assert(node(right(left(t2)), key(t2), left(right(t2))) == g);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_r(l, key(g), x);
    assert(inorder(l).contains(key(g))) by {
        lemma_contains_node(inorder(left(l)), key(l), inorder(right(l)), key(g));
    }
    lemma_next_to_up_l(t, key(g), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
    lemma_contains_node(inorder(left(l)), key(l), inorder(right(l)), x);
}

// Even depth, right-right: zig-zig.
proof fn lemma_zigzig_rr(t: Tree, x: int, g: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        key(t) < x,
        search_depth(t, x) % 2 == 0,
        search_depth(t, x) > 0,
        is_node(right(t)),
        key(right(t)) < x,
        is_node(right(right(t))),
        splayed(right(right(t)), x, g),
        inorder(g) == inorder(right(right(t))),
        root_ok(right(right(t)), x, g),
        is_node(g),
        t2 == node(node(node(left(t), key(t), left(right(t))), key(right(t)), left(g)), key(g), right(g)),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    let r = right(t);
    lemma_node_facts(t);
    lemma_node_facts(r);
    lemma_key_in(g);
    assert(node(right(left(t2)), key(t2), right(t2)) == g);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_r(r, key(g), x);
    assert(inorder(r).contains(key(g))) by {
        lemma_contains_node(inorder(left(r)), key(r), inorder(right(r)), key(g));
    }
    lemma_next_to_up_r(t, key(g), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
    lemma_contains_node(inorder(left(r)), key(r), inorder(right(r)), x);
}

// Even depth, right-left: zig-zag.
proof fn lemma_zigzag_rl(t: Tree, x: int, g: Tree, t2: Tree)
    requires
        is_node(t),
        is_bst(t),
        key(t) < x,
        search_depth(t, x) % 2 == 0,
        search_depth(t, x) > 0,
        is_node(right(t)),
        x < key(right(t)),
        is_node(left(right(t))),
        splayed(left(right(t)), x, g),
        inorder(g) == inorder(left(right(t))),
        root_ok(left(right(t)), x, g),
        is_node(g),
        t2 == node(node(left(t), key(t), left(g)), key(g), node(right(g), key(right(t)), right(right(t)))),
    ensures
        splayed(t, x, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x, t2),
{
    let r = right(t);
    lemma_node_facts(t);
    lemma_node_facts(r);
    lemma_key_in(g);
    assert(node(right(left(t2)), key(t2), left(right(t2))) == g);
    assert(inorder(t2) =~= inorder(t));
    lemma_next_to_up_l(r, key(g), x);
    assert(inorder(r).contains(key(g))) by {
        lemma_contains_node(inorder(left(r)), key(r), inorder(right(r)), key(g));
    }
    lemma_next_to_up_r(t, key(g), x);
    lemma_contains_node(inorder(left(t)), key(t), inorder(right(t)), x);
    lemma_contains_node(inorder(left(r)), key(r), inorder(right(r)), x);
}

// Split a node into its parts (the caller knows it is a node).
fn split(t: Tree) -> (parts: (Tree, i64, Tree))
    requires
        is_node(t),
    ensures
        t == Tree::Node(Box::new(parts.0), parts.1, Box::new(parts.2)),
{
    match t {
        Tree::Node(l, k, r) => (*l, k, *r),
        Tree::Leaf => (Tree::Leaf, 0, Tree::Leaf),
    }
}

// Whether t is a leaf.
fn is_leaf(t: &Tree) -> (b: bool)
    ensures
        b == !is_node(*t),
{
    match t {
        Tree::Leaf => true,
        Tree::Node(_, _, _) => false,
    }
}

fn mk(l: Tree, k: i64, r: Tree) -> (t: Tree)
    ensures
        t == node(l, k as int, r),
{
    Tree::Node(Box::new(l), k, Box::new(r))
}

// Whether the last node of the search path for x lies at an odd depth.
fn depth_odd(t: &Tree, x: i64) -> (b: bool)
    ensures
        b == (search_depth(*t, x as int) % 2 == 1),
    decreases t,
{
    match t {
        Tree::Leaf => false,
        Tree::Node(l, k, r) => {
            if x < *k && !is_leaf(&**l) {
                !depth_odd(&**l, x)
            } else if *k < x && !is_leaf(&**r) {
                !depth_odd(&**r, x)
            } else {
                false
            }
        },
    }
}

// Splay x in t, given the parity of the depth of the last node of its search path (so that the
// steps pair up from the bottom: an odd depth leaves the final zig at the root). Every recursive
// call is on a subtree where that depth is even.
fn splay_rec(t: Tree, x: i64, odd: bool) -> (t2: Tree)
    requires
        is_bst(t),
        odd == (search_depth(t, x as int) % 2 == 1),
    ensures
        splayed(t, x as int, t2),
        inorder(t2) == inorder(t),
        root_ok(t, x as int, t2),
    decreases t,
{
    let ghost t0 = t;
    let ghost xx = x as int;
    if is_leaf(&t) {
        return t;
    }
    let (l, k, r) = split(t);
    proof {
        lemma_node_facts(t0);
    }
    if x == k || (x < k && is_leaf(&l)) || (k < x && is_leaf(&r)) {
        proof {
            lemma_root_case(t0, xx);
        }
        return mk(l, k, r);
    }
    if odd {
        if x < k {
            let c = splay_rec(l, x, false);
            let ghost cg = c;
            proof {
                lemma_node_facts(t0);
            }
            let (cl, ck, cr) = split(c);
            let t2 = mk(cl, ck, mk(cr, k, r));
            proof {
                lemma_zig_l(t0, xx, cg, t2);
            }
            t2
        } else {
            let c = splay_rec(r, x, false);
            let ghost cg = c;
            let (cl, ck, cr) = split(c);
            let t2 = mk(mk(l, k, cl), ck, cr);
            proof {
                lemma_zig_r(t0, xx, cg, t2);
            }
            t2
        }
    } else if x < k {
        let ghost lg = l;
        let (ll, lk, lr) = split(l);
        proof {
            lemma_node_facts(lg);
        }
        if x < lk {
            let g = splay_rec(ll, x, false);
            let ghost gg = g;
            let (gl, gk, gr) = split(g);
            let t2 = mk(gl, gk, mk(gr, lk, mk(lr, k, r)));
            proof {
                lemma_zigzig_ll(t0, xx, gg, t2);
            }
            t2
        } else {
            let g = splay_rec(lr, x, false);
            let ghost gg = g;
            let (gl, gk, gr) = split(g);
            let t2 = mk(mk(ll, lk, gl), gk, mk(gr, k, r));
            proof {
                lemma_zigzag_lr(t0, xx, gg, t2);
            }
            t2
        }
    } else {
        let ghost rg = r;
        let (rl, rk, rr) = split(r);
        proof {
            lemma_node_facts(rg);
        }
        if rk < x {
            let g = splay_rec(rr, x, false);
            let ghost gg = g;
            let (gl, gk, gr) = split(g);
            let t2 = mk(mk(mk(l, k, rl), rk, gl), gk, gr);
            proof {
                lemma_zigzig_rr(t0, xx, gg, t2);
            }
            t2
        } else {
            let g = splay_rec(rl, x, false);
            let ghost gg = g;
            let (gl, gk, gr) = split(g);
            let t2 = mk(mk(l, k, gl), gk, mk(gr, rk, rr));
            proof {
                lemma_zigzag_rl(t0, xx, gg, t2);
            }
            t2
        }
    }
}
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
    proof {
        lemma_decode_encode(t);
    }
    let odd = depth_odd(&t, x);
    let t2 = splay_rec(t, x, odd);
    proof {
        lemma_decode_encode(t2);
    }
    t2
    // </vc:code>
}

fn main() {}

} // verus!
