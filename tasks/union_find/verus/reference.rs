use vstd::prelude::*;

verus! {

// A union-find forest as a parent array: p[i] == i marks a root. Links always go from a smaller
// index to a larger one (p[i] == i or p[i] > i), which makes every path to a root finite.
pub open spec fn valid_uf(p: Seq<usize>) -> bool {
    forall|i: int| 0 <= i < p.len() ==> (#[trigger] p[i]) < p.len() && (p[i] == i || p[i] > i)
}

// The root (set representative) of element i (meaningful when valid_uf(p) and i is in range).
pub open spec fn root(p: Seq<usize>, i: int) -> int
    decreases p.len() - i,
{
    if valid_uf(p) && 0 <= i < p.len() && p[i] > i {
        root(p, p[i] as int)
    } else {
        i
    }
}

pub open spec fn pre_union_find(p: Seq<usize>, a: int, b: int) -> bool {
    valid_uf(p) && 0 <= a < p.len() && 0 <= b < p.len()
}

// After union(a, b): a valid forest on the same elements in which i and j are in the same set
// exactly when they were before, or one was with a and the other with b. (The conjunct
// root(p2, a) == root(p2, b) follows from the last one; it is stated for readability.)
pub open spec fn post_union_find(p: Seq<usize>, a: int, b: int, p2: Seq<usize>) -> bool {
    pre_union_find(p, a, b) && valid_uf(p2) && p2.len() == p.len() && root(p2, a) == root(p2, b)
    && forall|i: int, j: int| #![trigger root(p2, i), root(p2, j)]
        0 <= i < p.len() && 0 <= j < p.len() ==>
            (root(p2, i) == root(p2, j) <==>
                (root(p, i) == root(p, j)
                || (root(p, i) == root(p, a) && root(p, j) == root(p, b))
                || (root(p, i) == root(p, b) && root(p, j) == root(p, a))))
}

// <vc:helpers>
fn find(p: &Vec<usize>, i: usize) -> (r: usize)
    requires
        valid_uf(p@),
        i < p.len(),
    ensures
        r < p.len(),
        p@[r as int] == r,
        r as int == root(p@, i as int),
{
    let mut r = i;
    while p[r] != r
        invariant
            valid_uf(p@),
            r < p.len(),
            root(p@, r as int) == root(p@, i as int),
        decreases p.len() - r,
    {
        assert(p@[r as int] > r);
        r = p[r];
    }
    r
}

// Linking root c under root q (c < q) keeps the forest valid and sends everything that had
// root c to root q.
proof fn lemma_root_after_link(p: Seq<usize>, c: int, q: int, i: int)
    requires
        valid_uf(p),
        0 <= c < q < p.len(),
        p[c] as int == c,
        p[q] as int == q,
        0 <= i < p.len(),
    ensures
        valid_uf(p.update(c, q as usize)),
        root(p.update(c, q as usize), i) == if root(p, i) == c { q } else { root(p, i) },
    decreases p.len() - i,
{
    let p2 = p.update(c, q as usize);
    assert forall|k: int| 0 <= k < p2.len() implies (#[trigger] p2[k]) < p2.len() && (p2[k] == k || p2[k] > k) by {
        if k != c {
            assert(p2[k] == p[k]);
        }
    }
    assert(valid_uf(p2));
    if i == c {
        assert(p2[q] == p[q]);
        assert(root(p2, q) == q);
        assert(root(p2, c) == root(p2, q));
        assert(root(p, c) == c);
    } else if p[i] as int != i {
        assert(p[i] > i);
        assert(p2[i] == p[i]);
        lemma_root_after_link(p, c, q, p[i] as int);
        assert(root(p, i) == root(p, p[i] as int));
        assert(root(p2, i) == root(p2, p2[i] as int));
    } else {
        assert(p2[i] == p[i]);
        assert(root(p, i) == i);
        assert(root(p2, i) == i);
    }
}
// </vc:helpers>

// union(a, b) on the forest stored in p: find both roots and link the smaller-index root under
// the larger-index one.
fn union_find(p: &mut Vec<usize>, a: usize, b: usize)
    requires
        pre_union_find(old(p)@, a as int, b as int),
    ensures
        post_union_find(old(p)@, a as int, b as int, p@),
{
    // <vc:code>
    let ghost p0 = p@;
    let ra = find(p, a);
    let rb = find(p, b);
    if ra < rb {
        p.set(ra, rb);
        proof {
            assert(p@ =~= p0.update(ra as int, rb));
            lemma_root_after_link(p0, ra as int, rb as int, a as int);
            assert forall|i: int| 0 <= i < p0.len() implies
                #[trigger] root(p@, i) == if root(p0, i) == ra { rb as int } else { root(p0, i) } by {
                lemma_root_after_link(p0, ra as int, rb as int, i);
            }
        }
    } else if rb < ra {
        p.set(rb, ra);
        proof {
            assert(p@ =~= p0.update(rb as int, ra));
            lemma_root_after_link(p0, rb as int, ra as int, a as int);
            assert forall|i: int| 0 <= i < p0.len() implies
                #[trigger] root(p@, i) == if root(p0, i) == rb { ra as int } else { root(p0, i) } by {
                lemma_root_after_link(p0, rb as int, ra as int, i);
            }
        }
    }
    // </vc:code>
}

fn main() {}

} // verus!
