use vstd::prelude::*;

verus! {

// A union-find forest with union by rank: a parent array p (p[i] == i marks a root) and a rank
// array rk. The rank invariant: every parent is in range, every rank is in 0 .. |p| - 1, and a
// non-root has a smaller rank than its parent (rk[p[i]] > rk[i]), which makes every walk to a root
// finite (ranks strictly increase along it).
pub open spec fn valid_ranked(p: Seq<usize>, rk: Seq<usize>) -> bool {
    rk.len() == p.len()
    && forall|i: int| 0 <= i < p.len() ==>
        (#[trigger] p[i]) < p.len() && rk[i] < p.len() && (p[i] == i || rk[p[i] as int] > rk[i])
}

// The root (set representative) of element i (meaningful when valid_ranked(p, rk) and i is in
// range).
pub open spec fn root(p: Seq<usize>, rk: Seq<usize>, i: int) -> int
    decreases p.len() - rk[i],
{
    if valid_ranked(p, rk) && 0 <= i < p.len() && p[i] != i {
        root(p, rk, p[i] as int)
    } else {
        i
    }
}

// j lies on the find path of i: j is i or an ancestor of i (reached by following parents).
pub open spec fn on_path(p: Seq<usize>, rk: Seq<usize>, i: int, j: int) -> bool
    decreases p.len() - rk[i],
{
    i == j || (valid_ranked(p, rk) && 0 <= i < p.len() && p[i] != i && on_path(p, rk, p[i] as int, j))
}

pub open spec fn pre_union_find_path_compression(p: Seq<usize>, rk: Seq<usize>, x: int) -> bool {
    valid_ranked(p, rk) && 0 <= x < p.len()
}

// After find(x) with path compression: r is the root of x; every node on x's find path now
// points directly to r and every other node keeps its parent; the ranks (unchanged) still satisfy
// the rank invariant; and every element keeps its root, so the partition is the same. (The last
// two follow from the compression clause; they are stated for readability.)
pub open spec fn post_union_find_path_compression(p: Seq<usize>, rk: Seq<usize>, x: int, p2: Seq<usize>, r: int) -> bool {
    pre_union_find_path_compression(p, rk, x) && p2.len() == p.len() && r == root(p, rk, x)
    && (forall|i: int| 0 <= i < p.len() ==>
        (#[trigger] p2[i]) as int == (if on_path(p, rk, x, i) { r } else { p[i] as int }))
    && valid_ranked(p2, rk)
    && (forall|i: int| 0 <= i < p.len() ==> #[trigger] root(p2, rk, i) == root(p, rk, i))
}

// <vc:helpers>
// Ranks strictly increase along a find path.
proof fn lemma_rank_up(p: Seq<usize>, rk: Seq<usize>, a: int, i: int)
    requires
        valid_ranked(p, rk),
        0 <= a < p.len(),
        on_path(p, rk, a, i),
    ensures
        0 <= i < p.len(),
        rk[i] >= rk[a],
        i != a ==> rk[i] > rk[a],
    decreases p.len() - rk[a],
{
    if a != i {
        assert(p[a] < p.len());
        lemma_rank_up(p, rk, p[a] as int, i);
    }
}

// An ancestor of an ancestor is an ancestor.
proof fn lemma_path_trans(p: Seq<usize>, rk: Seq<usize>, a: int, b: int, i: int)
    requires
        valid_ranked(p, rk),
        0 <= a < p.len(),
        0 <= b < p.len(),
        on_path(p, rk, a, b),
        on_path(p, rk, b, i),
    ensures
        on_path(p, rk, a, i),
    decreases p.len() - rk[a],
{
    if a != b {
        assert(p[a] < p.len());
        lemma_path_trans(p, rk, p[a] as int, b, i);
    }
}

// The root of a is a root on a's find path.
proof fn lemma_root_on_path(p: Seq<usize>, rk: Seq<usize>, a: int)
    requires
        valid_ranked(p, rk),
        0 <= a < p.len(),
    ensures
        0 <= root(p, rk, a) < p.len(),
        p[root(p, rk, a)] as int == root(p, rk, a),
        on_path(p, rk, a, root(p, rk, a)),
    decreases p.len() - rk[a],
{
    assert(p[a] < p.len());
    if p[a] as int != a {
        lemma_root_on_path(p, rk, p[a] as int);
    }
}

// Every node on a's find path has a's root.
proof fn lemma_root_of_path(p: Seq<usize>, rk: Seq<usize>, a: int, i: int)
    requires
        valid_ranked(p, rk),
        0 <= a < p.len(),
        on_path(p, rk, a, i),
    ensures
        0 <= i < p.len(),
        root(p, rk, i) == root(p, rk, a),
    decreases p.len() - rk[a],
{
    if a != i {
        assert(p[a] < p.len());
        lemma_root_of_path(p, rk, p[a] as int, i);
    }
}

// The compressed forest keeps the rank invariant.
proof fn lemma_compressed_valid(p: Seq<usize>, rk: Seq<usize>, x: int, p2: Seq<usize>, r: int)
    requires
        valid_ranked(p, rk),
        0 <= x < p.len(),
        r == root(p, rk, x),
        p2.len() == p.len(),
        forall|i: int| 0 <= i < p.len() ==>
            (#[trigger] p2[i]) as int == (if on_path(p, rk, x, i) { r } else { p[i] as int }),
    ensures
        valid_ranked(p2, rk),
{
    lemma_root_on_path(p, rk, x);
    assert forall|i: int| 0 <= i < p2.len() implies
        (#[trigger] p2[i]) < p2.len() && rk[i] < p2.len() && (p2[i] == i || rk[p2[i] as int] > rk[i]) by {
        assert(p[i] < p.len());
        if on_path(p, rk, x, i) {
            lemma_root_of_path(p, rk, x, i);
            lemma_root_on_path(p, rk, i);
            lemma_rank_up(p, rk, i, r);
        }
    }
}

// The compressed forest gives every element its old root.
proof fn lemma_compressed_root(p: Seq<usize>, rk: Seq<usize>, x: int, p2: Seq<usize>, r: int, i: int)
    requires
        valid_ranked(p, rk),
        0 <= x < p.len(),
        r == root(p, rk, x),
        p2.len() == p.len(),
        forall|j: int| 0 <= j < p.len() ==>
            (#[trigger] p2[j]) as int == (if on_path(p, rk, x, j) { r } else { p[j] as int }),
        valid_ranked(p2, rk),
        0 <= i < p.len(),
    ensures
        root(p2, rk, i) == root(p, rk, i),
    decreases p.len() - rk[i],
{
    lemma_root_on_path(p, rk, x);
    assert(p[i] < p.len());
    assert(p2[i] < p2.len());
    if on_path(p, rk, x, i) {
        lemma_root_of_path(p, rk, x, i);
        assert(p2[r] as int == r);
        if i != r {
            assert(root(p2, rk, i) == root(p2, rk, r));
        }
    } else if p[i] as int != i {
        lemma_compressed_root(p, rk, x, p2, r, p[i] as int);
    }
}
// </vc:helpers>

// find(x) with path compression: walk up from x to the root r, then walk the same path again
// and point every node on it directly at r.
fn uf_find(p: &mut Vec<usize>, rk: &Vec<usize>, x: usize) -> (r: usize)
    requires
        pre_union_find_path_compression(old(p)@, rk@, x as int),
    ensures
        post_union_find_path_compression(old(p)@, rk@, x as int, p@, r as int),
{
    // <vc:code>
    let ghost p0 = p@;
    let mut r = x;
    while p[r] != r
        invariant
            p@ == p0,
            pre_union_find_path_compression(p0, rk@, x as int),
            r < p.len(),
            on_path(p0, rk@, x as int, r as int),
            root(p0, rk@, r as int) == root(p0, rk@, x as int),
        decreases p.len() - rk@[r as int],
    {
        let ghost q = r;
        r = p[r];
        proof {
            assert(p0[q as int] < p0.len());
            lemma_path_trans(p0, rk@, x as int, q as int, r as int);
        }
    }
    proof {
        lemma_root_on_path(p0, rk@, x as int);
    }
    let mut cur = x;
    while p[cur] != cur
        invariant
            pre_union_find_path_compression(p0, rk@, x as int),
            p.len() == p0.len(),
            cur < p.len(),
            r as int == root(p0, rk@, x as int),
            on_path(p0, rk@, x as int, cur as int),
            forall|i: int| 0 <= i < p.len() ==> (#[trigger] p@[i]) as int ==
                (if on_path(p0, rk@, x as int, i) && !on_path(p0, rk@, cur as int, i) { r as int } else { p0[i] as int }),
        decreases p.len() - rk@[cur as int],
    {
        let next = p[cur];
        proof {
            assert(p0[cur as int] < p0.len());
            assert(next == p0[cur as int]);
        }
        p.set(cur, r);
        proof {
            lemma_path_trans(p0, rk@, x as int, cur as int, next as int);
            assert forall|i: int| 0 <= i < p.len() implies (#[trigger] p@[i]) as int ==
                (if on_path(p0, rk@, x as int, i) && !on_path(p0, rk@, next as int, i) { r as int } else { p0[i] as int }) by {
                if on_path(p0, rk@, next as int, i) {
                    lemma_path_trans(p0, rk@, x as int, next as int, i);
                    lemma_rank_up(p0, rk@, next as int, i);
                    lemma_rank_up(p0, rk@, x as int, cur as int);
                }
                if i == cur as int && on_path(p0, rk@, next as int, cur as int) {
                    lemma_rank_up(p0, rk@, next as int, cur as int);
                }
            }
        }
        cur = next;
    }
    proof {
        lemma_root_of_path(p0, rk@, x as int, cur as int);
        assert(cur == r);
        assert forall|i: int| 0 <= i < p.len() implies (#[trigger] p@[i]) as int ==
            (if on_path(p0, rk@, x as int, i) { r as int } else { p0[i] as int }) by {
        }
        lemma_compressed_valid(p0, rk@, x as int, p@, r as int);
        assert forall|i: int| 0 <= i < p.len() implies #[trigger] root(p@, rk@, i) == root(p0, rk@, i) by {
            lemma_compressed_root(p0, rk@, x as int, p@, r as int, i);
        }
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
