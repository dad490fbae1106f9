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
/-- `bestRev a x r j`, where r = [d[j-1], ..., d[1], d[0]] holds the table entries of the
indices below j (newest first): the greatest d[k] over k < j with a[k] < x, or 0. -/
def bestRev (a : List Int) (x : Int) : List Int → Nat → Int
  | v :: r, j + 1 => max (bestRev a x r j) (if a.getD j 0 < x then v else 0)
  | _, _ => 0

/-- The DP over end positions: after n steps, the table (newest entry first) and the best entry
so far. Each step scans the table once. -/
def dpRun (a : List Int) : Nat → List Int × Int
  | 0 => ([], 0)
  | n + 1 =>
    let p := dpRun a n
    let v := 1 + bestRev a (a.getD n 0) p.1 n
    (v :: p.1, max p.2 v)

/-- The table the DP should hold after n steps: lisEndingAt for n-1, ..., 0. -/
def lisTable (a : List Int) : Nat → List Int
  | 0 => []
  | n + 1 => lisEndingAt a n :: lisTable a n

theorem bestRev_lisTable (a : List Int) (i : Nat) :
    ∀ j, bestRev a (a.getD i 0) (lisTable a j) j = bestBefore a i j := by
  intro j
  induction j with
  | zero => rfl
  | succ j ih =>
    show max (bestRev a (a.getD i 0) (lisTable a j) j)
        (if a.getD j 0 < a.getD i 0 then lisEndingAt a j else 0)
      = max (bestBefore a i j)
        (if a.getD j 0 < a.getD i 0 then 1 + bestBefore a j j else 0)
    rw [ih]
    rfl

theorem dpRun_eq (a : List Int) : ∀ n, dpRun a n = (lisTable a n, lisPrefix a n) := by
  intro n
  induction n with
  | zero => rfl
  | succ n ih =>
    show (1 + bestRev a (a.getD n 0) (dpRun a n).1 n :: (dpRun a n).1,
        max (dpRun a n).2 (1 + bestRev a (a.getD n 0) (dpRun a n).1 n))
      = (lisEndingAt a n :: lisTable a n, max (lisPrefix a n) (lisEndingAt a n))
    rw [ih]
    show (1 + bestRev a (a.getD n 0) (lisTable a n) n :: lisTable a n,
        max (lisPrefix a n) (1 + bestRev a (a.getD n 0) (lisTable a n) n))
      = (lisEndingAt a n :: lisTable a n, max (lisPrefix a n) (lisEndingAt a n))
    rw [bestRev_lisTable]
    rfl
-- </vc:helpers>

def longestIncreasingSubsequence (a : List Int) : Int :=
  -- <vc:code>
  (dpRun a a.length).2
  -- </vc:code>

theorem longestIncreasingSubsequence_spec (a : List Int)
    (h : pre_longest_increasing_subsequence a) :
    post_longest_increasing_subsequence a (longestIncreasingSubsequence a) := by
  -- <vc:proof>
  show (dpRun a a.length).2 = lisPrefix a a.length
  rw [dpRun_eq]
  -- </vc:proof>
