-- A ring buffer is abstracted to its contents (oldest first) and its capacity.
def pre_ring_buffer (s : List Int) (cap : Nat) (push : Bool) (x : Int) : Prop :=
  0 < cap ∧ s.length ≤ cap ∧ (push = false → 0 < s.length)

-- push into a non-full buffer appends x; push into a full buffer drops the oldest element and
-- appends x (the last output is not constrained for a push); pop removes and returns the oldest.
def post_ring_buffer (s : List Int) (cap : Nat) (push : Bool) (x : Int) (t : List Int) (y : Int) : Prop :=
  (push = true ∧ s.length < cap ∧ t = s ++ [x]) ∨
  (push = true ∧ 0 < s.length ∧ s.length = cap ∧ t = s.tail ++ [x]) ∨
  (push = false ∧ s = [y] ++ t)

-- <vc:helpers>
-- </vc:helpers>

-- Returns the new contents and, for a pop, the removed value.
def ringBuffer (s : List Int) (cap : Nat) (push : Bool) (x : Int) : List Int × Int :=
-- <vc:code>
-- </vc:code>

theorem ringBuffer_spec (s : List Int) (cap : Nat) (push : Bool) (x : Int)
    (h : pre_ring_buffer s cap push x) :
    post_ring_buffer s cap push x (ringBuffer s cap push x).1 (ringBuffer s cap push x).2 := by
-- <vc:proof>
-- </vc:proof>
