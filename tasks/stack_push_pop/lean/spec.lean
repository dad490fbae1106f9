-- Stack contents are a list with the top at the end.
def pre_stack_push_pop (s : List Int) (cap : Nat) (push : Bool) (x : Int) : Prop :=
  s.length ≤ cap ∧ (push = true → s.length < cap) ∧ (push = false → 0 < s.length)

-- push: the new contents are the old ones with x on top (the second output is not constrained);
-- pop: the old contents are the new ones with the returned value y on top.
def post_stack_push_pop (s : List Int) (cap : Nat) (push : Bool) (x : Int) (t : List Int) (y : Int) : Prop :=
  (push = true ∧ t = s ++ [x]) ∨ (push = false ∧ s = t ++ [y])

-- <vc:helpers>
-- </vc:helpers>

-- Returns the new contents and, for a pop, the popped value.
def stackPushPop (s : List Int) (cap : Nat) (push : Bool) (x : Int) : List Int × Int :=
-- <vc:code>
-- </vc:code>

theorem stackPushPop_spec (s : List Int) (cap : Nat) (push : Bool) (x : Int)
    (h : pre_stack_push_pop s cap push x) :
    post_stack_push_pop s cap push x (stackPushPop s cap push x).1 (stackPushPop s cap push x).2 := by
-- <vc:proof>
-- </vc:proof>
