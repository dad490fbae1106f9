/-- A cut gives counts[i] pieces of length i + 1; countSum xs counts is the sum of
counts[i] * xs[i] (with xs the piece lengths: the total length; with xs the prices: the
revenue, a piece of length i + 1 selling for prices[i]). -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

/-- The piece lengths 1, 2, ..., n. -/
def lengths (n : Nat) : List Int := (List.range n).map (fun i => ((i + 1 : Nat) : Int))

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- counts cuts the whole rod: one count per length, total length exactly n. (An abbrev, so that
`decide` sees its Decidable instance.) -/
abbrev cuts (prices : List Int) (counts : List Nat) : Prop :=
  counts.length = prices.length ∧ countSum (lengths prices.length) counts = prices.length

def pre_rod_cutting (prices : List Int) : Prop :=
  prices.length ≤ 1000 ∧ ∀ x ∈ prices, 0 ≤ x ∧ x ≤ 1000000

/-- counts cuts the rod and sells for revenue, and no cut sells for more (no count of a cut
exceeds n, so allCounts n n holds every cut). -/
def post_rod_cutting (prices : List Int) (revenue : Int) (counts : List Nat) : Prop :=
  cuts prices counts ∧ countSum prices counts = revenue ∧
  ∀ c ∈ allCounts prices.length prices.length, cuts prices c → countSum prices c ≤ revenue

-- <vc:helpers>
-- </vc:helpers>

def rodCutting (prices : List Int) : Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem rodCutting_spec (prices : List Int) (h : pre_rod_cutting prices) :
    post_rod_cutting prices (rodCutting prices).1 (rodCutting prices).2 := by
  -- <vc:proof>
  -- </vc:proof>
