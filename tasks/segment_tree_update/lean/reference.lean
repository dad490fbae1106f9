def lsum : List Int → Int
  | [] => 0
  | x :: l => x + lsum l

-- The sum of a[lo..hi).
def sum (a : List Int) (lo hi : Nat) : Int := lsum ((a.drop lo).take (hi - lo))

-- The segment tree layout: node v covers a[lo..hi); a node with hi - lo ≥ 2 has the children
-- 2v, covering [lo, mid), and 2v + 1, covering [mid, hi), where mid = (lo + hi) / 2; a node with
-- hi - lo = 1 is a leaf. segOkF checks that node v and every node below it lie in t and hold
-- the sum of their range (false for an empty or out-of-range [lo, hi)), with fuel: every level
-- shrinks the range, so fuel hi - lo always suffices (seg_ok).
def segOkF (a t : List Int) : Nat → Nat → Nat → Nat → Bool
  | 0, _, _, _ => false
  | f + 1, v, lo, hi =>
    decide (lo < hi ∧ hi ≤ a.length ∧ 1 ≤ v ∧ v < t.length) && decide (t.getD v 0 = sum a lo hi) &&
      (if 2 ≤ hi - lo then
        segOkF a t f (2 * v) lo ((lo + hi) / 2) && segOkF a t f (2 * v + 1) ((lo + hi) / 2) hi
      else true)

def seg_ok (a t : List Int) (v lo hi : Nat) : Bool := segOkF a t (hi - lo) v lo hi

-- A range-sum segment tree of a in a list of 4 |a| cells: the root is node 1, covering
-- [0, |a|). Cells that are no node of the layout (index 0, unused indices) may hold anything.
abbrev is_segtree (a t : List Int) : Prop :=
  1 ≤ a.length ∧ t.length = 4 * a.length ∧ seg_ok a t 1 0 a.length = true

abbrev pre_segment_tree_update (a t : List Int) (i : Nat) (x : Int) : Prop :=
  a.length ≤ 100000 ∧ (∀ y, y ∈ a → -1000000000 ≤ y ∧ y ≤ 1000000000) ∧
    is_segtree a t ∧ i < a.length ∧ -1000000000 ≤ x ∧ x ≤ 1000000000

-- After setting a[i] to x, t2 is a valid segment tree of the updated array.
def post_segment_tree_update (a t : List Int) (i : Nat) (x : Int) (t2 : List Int) : Prop :=
  i < a.length ∧ is_segtree (a.set i x) t2

-- <vc:helpers>
-- Update the subtree of node v over a[lo..hi) for a[i] := x (fuel: the range size bounds the
-- depth): set the leaf, then recompute every node on the way back up.
def updateNode (i : Nat) (x : Int) : Nat → Nat → Nat → Nat → List Int → List Int
  | 0, _, _, _, t => t
  | f + 1, v, lo, hi, t =>
    if hi - lo ≤ 1 then t.set v x
    else
      let mid := (lo + hi) / 2
      let t1 := if i < mid then updateNode i x f (2 * v) lo mid t
                else updateNode i x f (2 * v + 1) mid hi t
      t1.set v (t1.getD (2 * v) 0 + t1.getD (2 * v + 1) 0)
-- </vc:helpers>

-- Point update on the segment tree t of a: set a[i] to x and repair the O(log n) nodes whose
-- range contains i.
def segmentTreeUpdate (a t : List Int) (i : Nat) (x : Int) : List Int :=
-- <vc:code>
  updateNode i x a.length 1 0 a.length t
-- </vc:code>

theorem segmentTreeUpdate_spec (a t : List Int) (i : Nat) (x : Int) (h : pre_segment_tree_update a t i x) :
    post_segment_tree_update a t i x (segmentTreeUpdate a t i x) := by
-- <vc:proof>
-- </vc:proof>
