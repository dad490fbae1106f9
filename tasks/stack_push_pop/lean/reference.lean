-- Stack contents are a list with the top at the end.
def pre_stack_push_pop (s : List Int) (cap : Nat) (push : Bool) (x : Int) : Prop :=
  s.length ≤ cap ∧ (push = true → s.length < cap) ∧ (push = false → 0 < s.length)

-- push: the new contents are the old ones with x on top (the second output is not constrained);
-- pop: the old contents are the new ones with the returned value y on top.
def post_stack_push_pop (s : List Int) (cap : Nat) (push : Bool) (x : Int) (t : List Int) (y : Int) : Prop :=
  (push = true ∧ t = s ++ [x]) ∨ (push = false ∧ s = t ++ [y])

-- <vc:helpers>
def popLast : List Int → List Int × Int
  | [] => ([], 0)
  | [a] => ([], a)
  | a :: b :: rest => ((a :: (popLast (b :: rest)).1), (popLast (b :: rest)).2)

theorem popLast_spec : ∀ (s : List Int), s ≠ [] → s = (popLast s).1 ++ [(popLast s).2]
  | [], h => absurd rfl h
  | [_], _ => rfl
  | a :: b :: rest, _ => by
    have ih := popLast_spec (b :: rest) (List.cons_ne_nil b rest)
    show a :: b :: rest = a :: ((popLast (b :: rest)).1 ++ [(popLast (b :: rest)).2])
    rw [← ih]
-- </vc:helpers>

-- Returns the new contents and, for a pop, the popped value.
def stackPushPop (s : List Int) (cap : Nat) (push : Bool) (x : Int) : List Int × Int :=
-- <vc:code>
  if push then (s ++ [x], 0) else popLast s
-- </vc:code>

theorem stackPushPop_spec (s : List Int) (cap : Nat) (push : Bool) (x : Int)
    (h : pre_stack_push_pop s cap push x) :
    post_stack_push_pop s cap push x (stackPushPop s cap push x).1 (stackPushPop s cap push x).2 := by
-- <vc:proof>
  unfold post_stack_push_pop
  unfold pre_stack_push_pop at h
  cases push with
  | true =>
    left
    exact ⟨rfl, rfl⟩
  | false =>
    right
    refine ⟨rfl, ?_⟩
    have hne : s ≠ [] := by
      intro hs
      have h2 := h.2.2 rfl
      rw [hs] at h2
      simp at h2
    exact popLast_spec s hne
-- </vc:proof>
