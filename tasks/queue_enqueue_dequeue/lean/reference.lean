-- Queue contents are a list with the front at the head of the list.
def pre_queue_enqueue_dequeue (s : List Int) (cap : Nat) (enqueue : Bool) (x : Int) : Prop :=
  s.length ≤ cap ∧ (enqueue = true → s.length < cap) ∧ (enqueue = false → 0 < s.length)

-- enqueue: x joins at the back (the last output is not constrained);
-- dequeue: the old contents are the returned value y followed by the new contents.
def post_queue_enqueue_dequeue (s : List Int) (cap : Nat) (enqueue : Bool) (x : Int) (t : List Int) (y : Int) : Prop :=
  (enqueue = true ∧ t = s ++ [x]) ∨ (enqueue = false ∧ s = [y] ++ t)

-- <vc:helpers>
-- </vc:helpers>

-- Returns the new contents and, for a dequeue, the dequeued value.
def queueEnqueueDequeue (s : List Int) (cap : Nat) (enqueue : Bool) (x : Int) : List Int × Int :=
-- <vc:code>
  if enqueue then (s ++ [x], 0)
  else
    match s with
    | [] => ([], 0)
    | a :: rest => (rest, a)
-- </vc:code>

theorem queueEnqueueDequeue_spec (s : List Int) (cap : Nat) (enqueue : Bool) (x : Int)
    (h : pre_queue_enqueue_dequeue s cap enqueue x) :
    post_queue_enqueue_dequeue s cap enqueue x
      (queueEnqueueDequeue s cap enqueue x).1 (queueEnqueueDequeue s cap enqueue x).2 := by
-- <vc:proof>
  unfold post_queue_enqueue_dequeue
  unfold pre_queue_enqueue_dequeue at h
  cases enqueue with
  | true =>
    left
    exact ⟨rfl, rfl⟩
  | false =>
    right
    refine ⟨rfl, ?_⟩
    cases s with
    | nil =>
      have h2 := h.2.2 rfl
      simp at h2
    | cons a rest => rfl
-- </vc:proof>
