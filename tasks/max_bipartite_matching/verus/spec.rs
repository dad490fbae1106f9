use vstd::prelude::*;

verus! {

// A bipartite graph: left vertices 0..nl-1, right vertices 0..nr-1, adj[u] lists the right
// neighbours of the left vertex u. A matching is given from the left: m[u] is u's partner (-1:
// u is unmatched); a vertex cover by two masks (coverL, coverR).
pub open spec fn valid_bigraph(nl: int, nr: int, adj: Seq<Seq<i64>>) -> bool {
    &&& adj.len() == nl
    &&& forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> 0 <= #[trigger] adj[u][j] < nr
}

// Every partner is a neighbour, and no right vertex has two partners.
pub open spec fn valid_matching(nl: int, nr: int, adj: Seq<Seq<i64>>, m: Seq<i64>) -> bool {
    &&& m.len() == nl
    &&& forall|u: int| 0 <= u < nl ==> #[trigger] m[u] == -1 || (0 <= m[u] < nr && adj[u].contains(m[u]))
    &&& forall|u1: int, u2: int| 0 <= u1 < u2 < nl && #[trigger] m[u1] != -1 ==> m[u1] != #[trigger] m[u2]
}

// The number of matched left vertices (the size of the matching).
pub open spec fn matched_count(m: Seq<i64>) -> int
    decreases m.len(),
{
    if m.len() == 0 { 0 } else { matched_count(m.drop_last()) + (if m[m.len() - 1] != -1 { 1int } else { 0int }) }
}

pub open spec fn count_true(s: Seq<bool>) -> int
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { count_true(s.drop_last()) + (if s[s.len() - 1] { 1int } else { 0int }) }
}

pub open spec fn pre_max_bipartite_matching(nl: int, nr: int, adj: Seq<Seq<i64>>) -> bool {
    &&& 1 <= nl <= 100
    &&& 1 <= nr <= 100
    &&& valid_bigraph(nl, nr, adj)
    &&& forall|u: int| 0 <= u < nl ==> (#[trigger] adj[u]).len() <= 100
}

// matchL is a matching, and (coverL, coverR) a vertex cover (every edge has an endpoint in it)
// with as many vertices as the matching has edges; every matching edge needs its own cover
// vertex, so the matching is maximum (the Dafny version proves it in its locked part).
pub open spec fn post_max_bipartite_matching(nl: int, nr: int, adj: Seq<Seq<i64>>, matchL: Seq<i64>, coverL: Seq<bool>, coverR: Seq<bool>) -> bool {
    &&& pre_max_bipartite_matching(nl, nr, adj)
    &&& valid_matching(nl, nr, adj, matchL)
    &&& coverL.len() == nl
    &&& coverR.len() == nr
    &&& forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> coverL[u] || coverR[#[trigger] adj[u][j] as int]
    &&& count_true(coverL) + count_true(coverR) == matched_count(matchL)
}

// <vc:helpers>
// </vc:helpers>

// Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
fn max_bipartite_matching(nl: usize, nr: usize, adj: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<bool>, Vec<bool>))
    requires
        pre_max_bipartite_matching(nl as int, nr as int, adj@.map_values(|r: Vec<i64>| r@)),
    ensures
        post_max_bipartite_matching(nl as int, nr as int, adj@.map_values(|r: Vec<i64>| r@), res.0@, res.1@, res.2@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
