/-- A common subsequence is given by a matching: entry i is the position of b matched with a[i],
or -1 when a[i] is not used. matched m counts the matched positions. -/
def matched : List Int → Nat
  | j :: m => (if 0 ≤ j then 1 else 0) + matched m
  | [] => 0

/-- Every matching of the elements a' with equal elements of b at positions lo, lo+1, ...: the
first element is unused, or matched with an equal element at some position j >= lo and the rest
with positions > j. -/
def matchings (b : List Int) : List Int → Nat → List (List Int)
  | [], _ => [[]]
  | x :: a', lo =>
    (matchings b a' lo).map (fun t => -1 :: t) ++
      ((List.range b.length).filter (fun j => lo ≤ j ∧ b.getD j 0 = x)).flatMap
        (fun j => (matchings b a' (j + 1)).map (fun t => (j : Int) :: t))

/-- m matches equal elements, and the matched positions increase together in a and b. (An
abbrev, so that `decide` sees its Decidable instance.) -/
abbrev commonMatch (a b m : List Int) : Prop :=
  m.length = a.length ∧
  (∀ i, i < m.length → -1 ≤ m.getD i 0 ∧ m.getD i 0 < b.length ∧
    (0 ≤ m.getD i 0 → a.getD i 0 = b.getD (m.getD i 0).toNat 0)) ∧
  ∀ i, i < m.length → ∀ j, j < m.length → i < j → 0 ≤ m.getD i 0 → 0 ≤ m.getD j 0 → m.getD i 0 < m.getD j 0

def pre_longest_common_subsequence (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

/-- m matches a common subsequence of len elements, and no common subsequence is longer
(matchings lists every matching, so the statement is decidable). -/
def post_longest_common_subsequence (a b : List Int) (len : Int) (m : List Int) : Prop :=
  commonMatch a b m ∧ (matched m : Int) = len ∧
  ∀ x ∈ matchings b a 0, commonMatch a b x → (matched x : Int) ≤ len

-- <vc:helpers>
-- </vc:helpers>

def longestCommonSubsequence (a b : List Int) : Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem longestCommonSubsequence_spec (a b : List Int) (h : pre_longest_common_subsequence a b) :
    post_longest_common_subsequence a b (longestCommonSubsequence a b).1 (longestCommonSubsequence a b).2 := by
  -- <vc:proof>
  -- </vc:proof>
