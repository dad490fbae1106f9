use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// At most 1000 edges leave a vertex (the family's bound on list lengths, in every language).
pub open spec fn pre_scc(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && forall|u: int| 0 <= u < n ==> (#[trigger] adj[u]).len() <= 1000
}

// comp labels the strongly connected components: comp[u] == comp[v] exactly when u and v reach
// each other. The other outputs are the certificate:
//  - condensation order: no edge leads to a component of a larger number (Tarjan's algorithm
//    numbers the components in the order it completes them, sinks first). Labels never grow
//    along a path, so vertices with different labels do not reach each other both ways;
//  - each component has exactly one root (pin == pout == -1); pin[v] is an in-component
//    predecessor of v with a smaller din (following pin from v goes back to the root: the root
//    reaches v), pout[v] an in-component successor of v with a smaller dout (following pout
//    leads from v to the root: v reaches the root). So all vertices of a component reach each
//    other through its root.
pub open spec fn post_scc(n: int, adj: Seq<Seq<int>>, comp: Seq<int>, pin: Seq<int>, din: Seq<int>, pout: Seq<int>, dout: Seq<int>) -> bool {
    &&& pre_scc(n, adj)
    &&& comp.len() == n
    &&& pin.len() == n
    &&& din.len() == n
    &&& pout.len() == n
    &&& dout.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] comp[v] < n && din[v] >= 0 && dout[v] >= 0
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() ==> comp[#[trigger] adj[u][k]] <= comp[u]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] pin[v] == -1 <==> pout[v] == -1)
    &&& forall|u: int, v: int| 0 <= u < v < n && #[trigger] pin[u] == -1 && #[trigger] pin[v] == -1 ==> comp[u] != comp[v]
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] pin[v] < n && -1 <= pout[v] < n
    &&& forall|v: int| 0 <= v < n && #[trigger] pin[v] != -1 ==>
            adj[pin[v]].contains(v) && comp[pin[v]] == comp[v] && din[pin[v]] < din[v]
    &&& forall|v: int| 0 <= v < n && #[trigger] pout[v] != -1 ==>
            adj[v].contains(pout[v]) && comp[pout[v]] == comp[v] && dout[pout[v]] < dout[v]
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

pub open spec fn int_view(v: Seq<i64>) -> Seq<int> {
    v.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
// of the visited vertices whose component is open and low-links (the least number reachable
// through the subtree and one edge back into the stack); a vertex whose low-link is its own
// number closes a component (everything above it on the stack). pin is the search tree's parent
// inside the component, din the depth; pout is the successor that realises the low-link (the
// vertex numbered low, reached by an edge into the stack, or the tree child whose low-link it took),
// dout = 128 * low + 128 - number (0 at a root).
fn scc(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<usize>, Vec<i64>, Vec<usize>, Vec<i64>, Vec<usize>))
    requires
        pre_scc(n as int, adj_view(adj@)),
    ensures
        post_scc(n as int, adj_view(adj@), nat_view(res.0@), int_view(res.1@), nat_view(res.2@),
            int_view(res.3@), nat_view(res.4@)),
{
    // <vc:code>
    // Tarjan's search, iterative: cs/ci the call stack (vertex, next edge), st the open stack;
    // wit[v] is the successor that realises low[v] (the vertex numbered low[v], reached by an edge
    // into the stack, or the tree child whose low-link v took). When a component closes, every
    // vertex but its root gets pout = wit and dout = 128 * low + 128 - index.
    // (Proof not written: the invariants are bounds and lengths only.)
    let mut comp: Vec<usize> = Vec::new();
    let mut pin: Vec<i64> = Vec::new();
    let mut din: Vec<usize> = Vec::new();
    let mut pout: Vec<i64> = Vec::new();
    let mut dout: Vec<usize> = Vec::new();
    let mut index: Vec<usize> = Vec::new();
    let mut low: Vec<usize> = Vec::new();
    let mut wit: Vec<usize> = Vec::new();
    let mut on_stack: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            comp.len() == i && pin.len() == i && din.len() == i && index.len() == i && low.len() == i
                && on_stack.len() == i && pout.len() == i && dout.len() == i && wit.len() == i,
        decreases n - i,
    {
        comp.push(0);
        pin.push(-1);
        din.push(0);
        pout.push(-1);
        dout.push(0);
        index.push(n);
        low.push(0);
        wit.push(0);
        on_stack.push(false);
        i = i + 1;
    }
    let mut st: Vec<usize> = Vec::new();
    let mut counter: usize = 0;
    let mut ncomp: usize = 0;
    let mut s: usize = 0;
    while s < n
        invariant
            s <= n,
            comp.len() == n && pin.len() == n && din.len() == n && index.len() == n && low.len() == n
                && on_stack.len() == n && pout.len() == n && dout.len() == n && wit.len() == n,
        decreases n - s,
    {
        if index[s] == n {
            index.set(s, counter);
            low.set(s, counter);
            counter = counter + 1;
            st.push(s);
            on_stack.set(s, true);
            pin.set(s, -1);
            din.set(s, 0);
            let mut cs: Vec<usize> = Vec::new();
            let mut ci: Vec<usize> = Vec::new();
            cs.push(s);
            ci.push(0);
            while cs.len() > 0
                invariant
                    cs.len() == ci.len(),
                    comp.len() == n && pin.len() == n && din.len() == n && index.len() == n && low.len() == n
                        && on_stack.len() == n && pout.len() == n && dout.len() == n && wit.len() == n,
                decreases n - counter, cs.len(),
            {
                let top = cs.len() - 1;
                let u = cs[top];
                let k = ci[top];
                if k < adj[u].len() {
                    ci.set(top, k + 1);
                    let w = adj[u][k];
                    if index[w] == n {
                        index.set(w, counter);
                        low.set(w, counter);
                        counter = counter + 1;
                        st.push(w);
                        on_stack.set(w, true);
                        pin.set(w, u as i64);
                        let du = din[u];
                        din.set(w, du + 1);
                        cs.push(w);
                        ci.push(0);
                    } else if on_stack[w] && index[w] < low[u] {
                        let iw = index[w];
                        low.set(u, iw);
                        wit.set(u, w);
                    }
                } else {
                    cs.pop();
                    ci.pop();
                    if cs.len() > 0 {
                        let p = cs[cs.len() - 1];
                        if low[u] < low[p] {
                            let lu = low[u];
                            low.set(p, lu);
                            wit.set(p, u);
                        }
                    }
                    if low[u] == index[u] {
                        let mut more = true;
                        while more && st.len() > 0
                            invariant
                                comp.len() == n && on_stack.len() == n && pin.len() == n && pout.len() == n
                                    && dout.len() == n && index.len() == n && low.len() == n && wit.len() == n,
                            decreases st.len(),
                        {
                            let x = st.pop().unwrap();
                            on_stack.set(x, false);
                            comp.set(x, ncomp);
                            if x == u {
                                pin.set(x, -1);
                                pout.set(x, -1);
                                dout.set(x, 0);
                            } else {
                                let wx = wit[x];
                                pout.set(x, wx as i64);
                                let d = 128 * low[x] + 128 - index[x];
                                dout.set(x, d);
                            }
                            more = x != u;
                        }
                        ncomp = ncomp + 1;
                    }
                }
            }
        }
        s = s + 1;
    }
    (comp, pin, din, pout, dout)
    // </vc:code>
}

fn main() {}

} // verus!
