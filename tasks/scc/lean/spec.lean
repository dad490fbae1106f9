-- A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
-- edges leaving u (repetitions and self-loops allowed).
def valid_graph (n : Nat) (adj : List (List Nat)) : Prop :=
  1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n

instance (n : Nat) (adj : List (List Nat)) : Decidable (valid_graph n adj) :=
  inferInstanceAs (Decidable (1 ≤ n ∧ n ≤ 100 ∧ adj.length = n ∧ ∀ l, l ∈ adj → ∀ v, v ∈ l → v < n))

-- At most 1000 edges leave a vertex (the family's bound on list lengths, in every language).
def pre_scc (n : Nat) (adj : List (List Nat)) : Prop :=
  valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000

instance (n : Nat) (adj : List (List Nat)) : Decidable (pre_scc n adj) :=
  inferInstanceAs (Decidable (valid_graph n adj ∧ ∀ l, l ∈ adj → l.length ≤ 1000))

-- comp labels the strongly connected components: comp[u] = comp[v] exactly when u and v reach
-- each other. The other outputs are the certificate:
--  - condensation order: no edge leads to a component of a larger number (Tarjan's algorithm
--    numbers the components in the order it completes them, sinks first). Labels never grow
--    along a path, so vertices with different labels do not reach each other both ways;
--  - each component has exactly one root (pin = pout = -1); pin[v] is an in-component
--    predecessor of v with a smaller din (following pin from v goes back to the root: the root
--    reaches v), pout[v] an in-component successor of v with a smaller dout (following pout
--    leads from v to the root: v reaches the root). So all vertices of a component reach each
--    other through its root.
def post_scc (n : Nat) (adj : List (List Nat)) (comp : List Nat) (pin : List Int) (din : List Nat)
    (pout : List Int) (dout : List Nat) : Prop :=
  pre_scc n adj ∧ comp.length = n ∧ pin.length = n ∧ din.length = n ∧ pout.length = n ∧
  dout.length = n ∧
  (∀ v, v < n → comp.getD v 0 < n) ∧
  (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → comp.getD w 0 ≤ comp.getD u 0) ∧
  (∀ v, v < n → (pin.getD v 0 = -1 ↔ pout.getD v 0 = -1)) ∧
  (∀ u, u < n → ∀ v, v < n → u < v → pin.getD u 0 = -1 → pin.getD v 0 = -1 →
    comp.getD u 0 ≠ comp.getD v 0) ∧
  (∀ v, v < n → -1 ≤ pin.getD v 0 ∧ pin.getD v 0 < n ∧ -1 ≤ pout.getD v 0 ∧ pout.getD v 0 < n) ∧
  (∀ v, v < n → pin.getD v 0 ≠ -1 →
    v ∈ adj.getD (pin.getD v 0).toNat [] ∧ comp.getD (pin.getD v 0).toNat 0 = comp.getD v 0 ∧
    din.getD (pin.getD v 0).toNat 0 < din.getD v 0) ∧
  (∀ v, v < n → pout.getD v 0 ≠ -1 →
    (pout.getD v 0).toNat ∈ adj.getD v [] ∧ comp.getD (pout.getD v 0).toNat 0 = comp.getD v 0 ∧
    dout.getD (pout.getD v 0).toNat 0 < dout.getD v 0)

instance (n : Nat) (adj : List (List Nat)) (comp : List Nat) (pin : List Int) (din : List Nat)
    (pout : List Int) (dout : List Nat) : Decidable (post_scc n adj comp pin din pout dout) :=
  inferInstanceAs (Decidable (pre_scc n adj ∧ comp.length = n ∧ pin.length = n ∧ din.length = n ∧
    pout.length = n ∧ dout.length = n ∧
    (∀ v, v < n → comp.getD v 0 < n) ∧
    (∀ u, u < n → ∀ w, w ∈ adj.getD u [] → comp.getD w 0 ≤ comp.getD u 0) ∧
    (∀ v, v < n → (pin.getD v 0 = -1 ↔ pout.getD v 0 = -1)) ∧
    (∀ u, u < n → ∀ v, v < n → u < v → pin.getD u 0 = -1 → pin.getD v 0 = -1 →
      comp.getD u 0 ≠ comp.getD v 0) ∧
    (∀ v, v < n → -1 ≤ pin.getD v 0 ∧ pin.getD v 0 < n ∧ -1 ≤ pout.getD v 0 ∧ pout.getD v 0 < n) ∧
    (∀ v, v < n → pin.getD v 0 ≠ -1 →
      v ∈ adj.getD (pin.getD v 0).toNat [] ∧ comp.getD (pin.getD v 0).toNat 0 = comp.getD v 0 ∧
      din.getD (pin.getD v 0).toNat 0 < din.getD v 0) ∧
    (∀ v, v < n → pout.getD v 0 ≠ -1 →
      (pout.getD v 0).toNat ∈ adj.getD v [] ∧ comp.getD (pout.getD v 0).toNat 0 = comp.getD v 0 ∧
      dout.getD (pout.getD v 0).toNat 0 < dout.getD v 0)))

-- <vc:helpers>
-- </vc:helpers>

-- Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
-- of the visited vertices whose component is open and low-links (the least number reachable
-- through the subtree and one edge back into the stack); a vertex whose low-link is its own
-- number closes a component (everything above it on the stack). pin is the search tree's parent
-- inside the component, din the depth; pout is the successor that realises the low-link (the
-- vertex numbered low, reached by an edge into the stack, or the tree child whose low-link it took),
-- dout = 128 * low + 128 - number (0 at a root).
def scc (n : Nat) (adj : List (List Nat)) : List Nat × List Int × List Nat × List Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem scc_spec (n : Nat) (adj : List (List Nat)) (h : pre_scc n adj) :
    post_scc n adj (scc n adj).1 (scc n adj).2.1 (scc n adj).2.2.1 (scc n adj).2.2.2.1
      (scc n adj).2.2.2.2 := by
  -- <vc:proof>
  -- </vc:proof>
