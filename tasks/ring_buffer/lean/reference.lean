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
  if push then
    (if s.length < cap then (s ++ [x], 0) else (s.tail ++ [x], 0))
  else
    match s with
    | [] => ([], 0)
    | a :: rest => (rest, a)
-- </vc:code>

theorem ringBuffer_spec (s : List Int) (cap : Nat) (push : Bool) (x : Int)
    (h : pre_ring_buffer s cap push x) :
    post_ring_buffer s cap push x (ringBuffer s cap push x).1 (ringBuffer s cap push x).2 := by
-- <vc:proof>
  unfold post_ring_buffer
  unfold pre_ring_buffer at h
  obtain ⟨hcap, hle, hpop⟩ := h
  cases push with
  | true =>
    by_cases hlt : s.length < cap
    · left
      refine ⟨rfl, hlt, ?_⟩
      simp [ringBuffer, hlt]
    · right; left
      have heq : s.length = cap := by omega
      refine ⟨rfl, by omega, heq, ?_⟩
      simp [ringBuffer, hlt]
  | false =>
    right; right
    refine ⟨rfl, ?_⟩
    cases s with
    | nil =>
      have h2 := hpop rfl
      simp at h2
    | cons a rest => rfl
-- </vc:proof>
