-- A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
-- larger than its parent.
abbrev is_max_heap (h : List Int) : Prop :=
  ∀ i, i < h.length → ∀ j, j < h.length → (j = 2 * i + 1 ∨ j = 2 * i + 2) → h.getD j 0 ≤ h.getD i 0

-- Number of occurrences of v in l.
def occ (v : Int) : List Int → Nat
  | [] => 0
  | a :: l => (if a = v then 1 else 0) + occ v l

-- a and b hold the same elements with the same multiplicities (multiset equality).
abbrev same_elems (a b : List Int) : Prop :=
  ∀ v, v ∈ a ++ b → occ v a = occ v b

def pre_max_heap_pop (h : List Int) : Prop :=
  is_max_heap h ∧ 0 < h.length

-- top is the old root (the maximum); the new heap is a max-heap holding the old elements minus top.
def post_max_heap_pop (h : List Int) (h2 : List Int) (top : Int) : Prop :=
  0 < h.length ∧ top = h.getD 0 0 ∧ is_max_heap h2 ∧ same_elems (h2 ++ [top]) h

-- <vc:helpers>
-- </vc:helpers>

-- Returns the new heap and the removed maximum.
def maxHeapPop (h : List Int) : List Int × Int :=
-- <vc:code>
-- </vc:code>

theorem maxHeapPop_spec (h : List Int) (hpre : pre_max_heap_pop h) :
    post_max_heap_pop h (maxHeapPop h).1 (maxHeapPop h).2 := by
-- <vc:proof>
-- </vc:proof>
