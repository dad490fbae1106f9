@[reducible] def pre_reverse_in_place (a : List Int) : Prop :=
  True

-- new[i] = old[j] whenever i + j + 1 = n, i.e. new[i] = old[n - 1 - i].
@[reducible] def post_reverse_in_place (old_a new_a : List Int) : Prop :=
  new_a.length = old_a.length ∧
  (∀ i (hi : i < new_a.length) j (hj : j < old_a.length), i + j + 1 = old_a.length →
    new_a[i] = old_a[j])

-- <vc:helpers>
-- </vc:helpers>

def reverseInPlace (a : List Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem reverseInPlace_spec (a : List Int) (h : pre_reverse_in_place a) :
    post_reverse_in_place a (reverseInPlace a) := by
  -- <vc:proof>
  -- </vc:proof>
