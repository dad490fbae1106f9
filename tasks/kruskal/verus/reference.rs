use vstd::prelude::*;

verus! {

// An undirected weighted graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (between u and v, weight w). A spanning forest is given rooted: pe[v] is the index of the edge
// joining v to its parent (-1 for a root) and depth[v] the number of edges from v up to its root.
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// The endpoint of edge e other than v.
pub open spec fn other(edges: Seq<Seq<i64>>, e: int, v: int) -> int {
    if 0 <= e < edges.len() && edges[e].len() == 3 {
        if edges[e][0] == v { edges[e][1] as int } else { edges[e][0] as int }
    } else {
        v
    }
}

// The vertex k parent steps above v (stops at a root).
pub open spec fn up(edges: Seq<Seq<i64>>, pe: Seq<i64>, v: int, k: int) -> int
    decreases k,
{
    if k <= 0 || !(0 <= v < pe.len()) || pe[v] < 0 { v } else { up(edges, pe, other(edges, pe[v] as int, v), k - 1) }
}

// x is v or an ancestor of v: v lies in the subtree of x.
pub open spec fn in_subtree(edges: Seq<Seq<i64>>, pe: Seq<i64>, depth: Seq<i64>, x: int, v: int) -> bool {
    depth[x] <= depth[v] && up(edges, pe, v, depth[v] - depth[x]) == x
}

pub open spec fn pre_kruskal(n: int, edges: Seq<Seq<i64>>) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// (1) pe and depth describe a rooted forest whose parent links are graph edges (a root has
//     pe[v] == -1 and depth 0, any other v a parent edge incident to v whose other endpoint is
//     one level higher); (2) it spans: both endpoints of every edge have the same root; (3) it is
//     minimal (cut form of the cycle property): every edge with exactly one endpoint in the
//     subtree of x is at least as heavy as x's parent edge pe[x]. See the Dafny version.
pub open spec fn post_kruskal(n: int, edges: Seq<Seq<i64>>, pe: Seq<i64>, depth: Seq<i64>) -> bool {
    &&& pre_kruskal(n, edges)
    &&& pe.len() == n
    &&& depth.len() == n
    &&& forall|v: int| 0 <= v < n ==> #[trigger] depth[v] >= 0 && (pe[v] == -1 <==> depth[v] == 0) &&
            (pe[v] != -1 ==> 0 <= pe[v] < edges.len()
                && (edges[pe[v] as int][0] == v || edges[pe[v] as int][1] == v)
                && depth[other(edges, pe[v] as int, v)] == depth[v] - 1)
    &&& forall|e: int| 0 <= e < edges.len() ==>
            up(edges, pe, (#[trigger] edges[e])[0] as int, depth[edges[e][0] as int] as int)
            == up(edges, pe, edges[e][1] as int, depth[edges[e][1] as int] as int)
    &&& forall|x: int, e: int| 0 <= x < n && 0 <= e < edges.len() && #[trigger] pe[x] != -1 &&
            in_subtree(edges, pe, depth, x, (#[trigger] edges[e])[0] as int)
                != in_subtree(edges, pe, depth, x, edges[e][1] as int) ==>
            edges[pe[x] as int][2] <= edges[e][2]
}

// <vc:helpers>
// Merge sort of edge indices by weight (stable).
fn sort_by_weight(edges: &Vec<Vec<i64>>, s: Vec<usize>) -> (r: Vec<usize>)
    requires
        forall|i: int| 0 <= i < s.len() ==> (#[trigger] s[i]) < edges.len() && edges[s[i] as int].len() == 3,
    ensures
        r.len() == s.len(),
        forall|i: int| 0 <= i < r.len() ==> (#[trigger] r[i]) < edges.len() && edges[r[i] as int].len() == 3,
    decreases s.len(),
{
    if s.len() <= 1 {
        return s;
    }
    let mid = s.len() / 2;
    let mut left: Vec<usize> = Vec::new();
    let mut right: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < s.len()
        invariant
            i <= s.len(),
            left.len() == if i < mid { i } else { mid },
            right.len() == if i < mid { 0 } else { i - mid },
            forall|k: int| 0 <= k < left.len() ==> (#[trigger] left[k]) < edges.len() && edges[left[k] as int].len() == 3,
            forall|k: int| 0 <= k < right.len() ==> (#[trigger] right[k]) < edges.len() && edges[right[k] as int].len() == 3,
        decreases s.len() - i,
    {
        if i < mid {
            left.push(s[i]);
        } else {
            right.push(s[i]);
        }
        i = i + 1;
    }
    let x = sort_by_weight(edges, left);
    let y = sort_by_weight(edges, right);
    let mut r: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    let mut j: usize = 0;
    while i < x.len() || j < y.len()
        invariant
            i <= x.len() && j <= y.len() && r.len() == i + j,
            forall|k: int| 0 <= k < x.len() ==> (#[trigger] x[k]) < edges.len() && edges[x[k] as int].len() == 3,
            forall|k: int| 0 <= k < y.len() ==> (#[trigger] y[k]) < edges.len() && edges[y[k] as int].len() == 3,
            forall|k: int| 0 <= k < r.len() ==> (#[trigger] r[k]) < edges.len() && edges[r[k] as int].len() == 3,
        decreases x.len() - i + y.len() - j,
    {
        if j >= y.len() || (i < x.len() && edges[x[i]][2] <= edges[y[j]][2]) {
            r.push(x[i]);
            i = i + 1;
        } else {
            r.push(y[j]);
            j = j + 1;
        }
    }
    r
}

// Union-find root of x (union by rank: a parent has a larger rank, so the walk ends).
fn find(parent: &Vec<usize>, rank: &Vec<usize>, x: usize) -> (r: usize)
    requires
        parent.len() == rank.len() && x < parent.len(),
        forall|v: int| 0 <= v < parent.len() ==> (#[trigger] parent[v]) < parent.len() && rank[v] <= 1000,
        forall|v: int| 0 <= v < parent.len() && #[trigger] parent[v] != v ==> rank[parent[v] as int] > rank[v],
    ensures
        r < parent.len() && parent[r as int] == r,
{
    let mut r = x;
    while parent[r] != r
        invariant
            r < parent.len(),
            forall|v: int| 0 <= v < parent.len() ==> (#[trigger] parent[v]) < parent.len() && rank[v] <= 1000,
            forall|v: int| 0 <= v < parent.len() && #[trigger] parent[v] != v ==> rank[parent[v] as int] > rank[v],
        decreases 1000 - rank[r as int],
    {
        r = parent[r];
    }
    r
}
// </vc:helpers>

// Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
fn kruskal(n: usize, edges: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<i64>))
    requires
        pre_kruskal(n as int, edges@.map_values(|e: Vec<i64>| e@)),
    ensures
        post_kruskal(n as int, edges@.map_values(|e: Vec<i64>| e@), res.0@, res.1@),
{
    // <vc:code>
    let m = edges.len();
    // Edge indices in order of weight.
    let mut idx: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < m
        invariant
            i <= m && m == edges.len() && idx.len() == i,
            forall|k: int| 0 <= k < i ==> #[trigger] idx[k] == k,
        decreases m - i,
    {
        idx.push(i);
        i = i + 1;
    }
    let order = sort_by_weight(edges, idx);
    // Union-find over the vertices; chosen[u] lists the chosen edges at u.
    let mut parent: Vec<usize> = Vec::new();
    let mut rank: Vec<usize> = Vec::new();
    let mut chosen: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n && parent.len() == i && rank.len() == i && chosen.len() == i,
        decreases n - i,
    {
        parent.push(i);
        rank.push(0);
        chosen.push(Vec::new());
        i = i + 1;
    }
    let mut k: usize = 0;
    while k < order.len()
        decreases order.len() - k,
    {
        let e = order[k];
        let a = edges[e][0] as usize;
        let b = edges[e][1] as usize;
        let ra = find(&parent, &rank, a);
        let rb = find(&parent, &rank, b);
        if ra != rb {
            let mut row = chosen[a].clone();
            row.push(e);
            chosen.set(a, row);
            let mut row = chosen[b].clone();
            row.push(e);
            chosen.set(b, row);
            if rank[ra] < rank[rb] {
                parent.set(ra, rb);
            } else if rank[rb] < rank[ra] {
                parent.set(rb, ra);
            } else {
                parent.set(rb, ra);
                let h = rank[ra] + 1;
                rank.set(ra, h);
            }
        }
        k = k + 1;
    }
    // Root every tree of the chosen forest by a breadth-first search.
    let mut pe: Vec<i64> = Vec::new();
    let mut depth: Vec<i64> = Vec::new();
    let mut seen: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n && pe.len() == i && depth.len() == i && seen.len() == i,
        decreases n - i,
    {
        pe.push(-1);
        depth.push(0);
        seen.push(false);
        i = i + 1;
    }
    let mut queue: Vec<usize> = Vec::new();
    let mut head: usize = 0;
    let mut r: usize = 0;
    while r < n
        decreases n - r,
    {
        if !seen[r] {
            seen.set(r, true);
            queue.push(r);
            while head < queue.len() && head < n
                decreases n - head,
            {
                let u = queue[head];
                head = head + 1;
                let mut j: usize = 0;
                while j < chosen[u].len()
                    decreases chosen[u].len() - j,
                {
                    let c = chosen[u][j];
                    let v = if edges[c][0] as usize == u { edges[c][1] as usize } else { edges[c][0] as usize };
                    if !seen[v] {
                        seen.set(v, true);
                        pe.set(v, c as i64);
                        let d = depth[u] + 1;
                        depth.set(v, d);
                        queue.push(v);
                    }
                    j = j + 1;
                }
            }
        }
        r = r + 1;
    }
    (pe, depth)
    // </vc:code>
}

fn main() {}

} // verus!
