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
/-- Extend the palindrome s[a..b) by one element on each side while the two new elements are
equal (`fuel` bounds the steps; a suffices). -/
def expandAround (s : Array Int) : Nat → Nat → Nat → Nat × Nat
  | 0, a, b => (a, b)
  | f + 1, a, b =>
    if 0 < a ∧ b < s.size ∧ s[a - 1]! = s[b]! then expandAround s f (a - 1) (b + 1) else (a, b)

/-- Manacher's scan over the centres c, c+1, ... (`fuel` = how many are left; 2n + 1 in all).
`p` holds, for every centre done, the right end of its longest palindrome; s[C-R..R) is the
palindrome reaching furthest right so far, s[start..start+len) the longest one. A centre inside
s[C-R..R) starts from its mirror centre 2C - c's palindrome, cut at R, and is then extended. -/
def manacherScan (s : Array Int) :
    Nat → Nat → Array Nat → Nat → Nat → Nat → Nat → Nat × Nat
  | 0, _, _, _, _, start, len => (start, len)
  | f + 1, c, p, cC, rR, start, len =>
    let base := (c + 1) / 2
    let b0 := if c < 2 * rR then min (p[2 * cC - c]! + c - cC) rR else base
    let b1 := max base b0
    let ab := expandAround s (c - b1) (c - b1) b1
    let a := ab.1
    let b := ab.2
    let cC' := if b > rR then c else cC
    let rR' := if b > rR then b else rR
    let best := if b - a > len then (a, b - a) else (start, len)
    manacherScan s f (c + 1) (p.push b) cC' rR' best.1 best.2
-- </vc:helpers>

def manacher (s : List Int) : Nat × Nat :=
  -- <vc:code>
  manacherScan s.toArray (2 * s.length + 1) 0 #[] 0 0 0 0
  -- </vc:code>

theorem manacher_spec (s : List Int)
    (h : pre_manacher s) :
    post_manacher s (manacher s).1
      (manacher s).2 := by
  -- <vc:proof>
  -- </vc:proof>
