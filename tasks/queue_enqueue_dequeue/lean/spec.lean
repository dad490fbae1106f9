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
-- </vc:code>

theorem queueEnqueueDequeue_spec (s : List Int) (cap : Nat) (enqueue : Bool) (x : Int)
    (h : pre_queue_enqueue_dequeue s cap enqueue x) :
    post_queue_enqueue_dequeue s cap enqueue x
      (queueEnqueueDequeue s cap enqueue x).1 (queueEnqueueDequeue s cap enqueue x).2 := by
-- <vc:proof>
-- </vc:proof>
