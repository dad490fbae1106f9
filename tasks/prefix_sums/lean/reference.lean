def pre_prefix_sums (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x, x ∈ a → -1000000000 ≤ x ∧ x ≤ 1000000000

def post_prefix_sums (a s : List Int) : Prop :=
  s.length = a.length + 1 ∧ s.getD 0 0 = 0 ∧
    ∀ i, i < a.length → s.getD (i + 1) 0 = s.getD i 0 + a.getD i 0

-- <vc:helpers>
/-- The running sums of `l`, starting from `acc`. -/
def prefixFrom (acc : Int) : List Int → List Int
  | [] => [acc]
  | x :: xs => acc :: prefixFrom (acc + x) xs

theorem prefixFrom_length (acc : Int) (l : List Int) :
    (prefixFrom acc l).length = l.length + 1 := by
  induction l generalizing acc with
  | nil => simp [prefixFrom]
  | cons x xs ih => simp [prefixFrom, ih]

theorem prefixFrom_head (acc : Int) (l : List Int) : (prefixFrom acc l).getD 0 0 = acc := by
  cases l <;> rfl

theorem prefixFrom_step (acc : Int) (l : List Int) : ∀ i, i < l.length →
    (prefixFrom acc l).getD (i + 1) 0 = (prefixFrom acc l).getD i 0 + l.getD i 0 := by
  induction l generalizing acc with
  | nil =>
    intro i hi
    simp at hi
  | cons x xs ih =>
    intro i hi
    cases i with
    | zero =>
      show (prefixFrom (acc + x) xs).getD 0 0 = acc + x
      exact prefixFrom_head (acc + x) xs
    | succ j =>
      have hj : j < xs.length := by
        simp at hi
        omega
      show (prefixFrom (acc + x) xs).getD (j + 1) 0 = (prefixFrom (acc + x) xs).getD j 0 + xs.getD j 0
      exact ih (acc + x) j hj
-- </vc:helpers>

def prefixSums (a : List Int) : List Int :=
  -- <vc:code>
  prefixFrom 0 a
  -- </vc:code>

theorem prefixSums_spec (a : List Int) (h : pre_prefix_sums a) :
    post_prefix_sums a (prefixSums a) := by
  -- <vc:proof>
  unfold prefixSums post_prefix_sums
  exact ⟨prefixFrom_length 0 a, prefixFrom_head 0 a, prefixFrom_step 0 a⟩
  -- </vc:proof>
