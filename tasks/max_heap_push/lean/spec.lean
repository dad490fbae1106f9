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

def pre_max_heap_push (h : List Int) (cap : Nat) (x : Int) : Prop :=
  is_max_heap h ∧ h.length < cap

-- The new heap is a max-heap holding exactly the old elements plus x.
def post_max_heap_push (h : List Int) (cap : Nat) (x : Int) (h2 : List Int) : Prop :=
  is_max_heap h2 ∧ same_elems h2 (h ++ [x])

-- <vc:helpers>
-- </vc:helpers>

def maxHeapPush (h : List Int) (cap : Nat) (x : Int) : List Int :=
-- <vc:code>
-- </vc:code>

theorem maxHeapPush_spec (h : List Int) (cap : Nat) (x : Int) (hpre : pre_max_heap_push h cap x) :
    post_max_heap_push h cap x (maxHeapPush h cap x) := by
-- <vc:proof>
-- </vc:proof>
