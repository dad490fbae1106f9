/-- bestBefore a i j: the greatest length of a strictly increasing subsequence that ends at some
index k < j with a[k] < a[i] (0 when there is none). A longest strictly increasing subsequence
ending at index i has length 1 + bestBefore a i i: a[i] extends the best one that ends at an
earlier, smaller element. The first argument of `bestBeforeF` is fuel; `bestBefore` supplies
j + 1, which is exactly enough because every call lowers j. -/
def bestBeforeF (a : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, i, j =>
    match j with
    | 0 => 0
    | k + 1 =>
      max (bestBeforeF a f i k)
        (if a.getD k 0 < a.getD i 0 then 1 + bestBeforeF a f k k else 0)

def bestBefore (a : List Int) (i j : Nat) : Int :=
  bestBeforeF a (j + 1) i j

/-- Length of a longest strictly increasing subsequence ending exactly at index i. -/
def lisEndingAt (a : List Int) (i : Nat) : Int :=
  1 + bestBefore a i i

/-- Length of a longest strictly increasing subsequence of the prefix a[..n]: the greatest
lisEndingAt a i over i < n (0 for the empty prefix). -/
def lisPrefix (a : List Int) : Nat → Int
  | 0 => 0
  | n + 1 => max (lisPrefix a n) (lisEndingAt a n)

def pre_longest_increasing_subsequence (a : List Int) : Prop :=
  a.length ≤ 1000

def post_longest_increasing_subsequence (a : List Int) (len : Int) : Prop :=
  len = lisPrefix a a.length

-- <vc:helpers>
-- </vc:helpers>

def longestIncreasingSubsequence (a : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem longestIncreasingSubsequence_spec (a : List Int)
    (h : pre_longest_increasing_subsequence a) :
    post_longest_increasing_subsequence a (longestIncreasingSubsequence a) := by
  -- <vc:proof>
  -- </vc:proof>
