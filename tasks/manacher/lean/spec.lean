/-- s[i..j] reads the same forwards and backwards (for i ≤ k < j, s[k] = s[i + j - 1 - k]).
Reducible, so that instance search sees the bounded quantifier and `decide` can evaluate it. -/
abbrev isPalindrome (s : List Int) (i j : Nat) : Prop :=
  ∀ k, k < j → i ≤ k → s.getD k 0 = s.getD (i + j - 1 - k) 0

def pre_manacher (s : List Int) : Prop :=
  s.length ≤ 100000

/-- s[start..start+len] is a palindrome inside s and no palindromic substring of s is longer. -/
def post_manacher (s : List Int) (start len : Nat) : Prop :=
  start + len ≤ s.length ∧ isPalindrome s start (start + len) ∧
  ∀ i, i < s.length + 1 → ∀ j, j < s.length + 1 → i ≤ j → isPalindrome s i j → j - i ≤ len

-- <vc:helpers>
-- </vc:helpers>

def manacher (s : List Int) : Nat × Nat :=
  -- <vc:code>
  -- </vc:code>

theorem manacher_spec (s : List Int)
    (h : pre_manacher s) :
    post_manacher s (manacher s).1
      (manacher s).2 := by
  -- <vc:proof>
  -- </vc:proof>
