/-- Length of a longest common subsequence of the prefixes a[..i] and b[..j]: when the last
elements are equal they end a longest common subsequence, otherwise one of them is unused. The
first argument is fuel; `lcsLen` supplies i + j + 1, which is always enough because every call
lowers i + j. -/
def lcsLenF (a b : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, i, j =>
    if i = 0 ∨ j = 0 then 0
    else if a.getD (i - 1) 0 = b.getD (j - 1) 0 then lcsLenF a b f (i - 1) (j - 1) + 1
    else max (lcsLenF a b f (i - 1) j) (lcsLenF a b f i (j - 1))

def lcsLen (a b : List Int) (i j : Nat) : Int :=
  lcsLenF a b (i + j + 1) i j

def pre_longest_common_subsequence (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

def post_longest_common_subsequence (a b : List Int) (len : Int) : Prop :=
  len = lcsLen a b a.length b.length

-- <vc:helpers>
-- </vc:helpers>

def longestCommonSubsequence (a b : List Int) : Int :=
  -- <vc:code>
  lcsLen a b a.length b.length
  -- </vc:code>

theorem longestCommonSubsequence_spec (a b : List Int) (h : pre_longest_common_subsequence a b) :
    post_longest_common_subsequence a b (longestCommonSubsequence a b) := by
  -- <vc:proof>
  rfl
  -- </vc:proof>
