def pre_prefix_sums (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x, x ∈ a → -1000000000 ≤ x ∧ x ≤ 1000000000

def post_prefix_sums (a s : List Int) : Prop :=
  s.length = a.length + 1 ∧ s.getD 0 0 = 0 ∧
    ∀ i, i < a.length → s.getD (i + 1) 0 = s.getD i 0 + a.getD i 0

-- <vc:helpers>
-- </vc:helpers>

def prefixSums (a : List Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem prefixSums_spec (a : List Int) (h : pre_prefix_sums a) :
    post_prefix_sums a (prefixSums a) := by
  -- <vc:proof>
  -- </vc:proof>
