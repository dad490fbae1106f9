/-- A choice uses counts[i] coins of value coins[i]; countSum xs counts is the sum of
counts[i] * xs[i], and total counts the number of coins. -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

def total : List Nat → Nat
  | c :: cs => c + total cs
  | [] => 0

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- counts (one count per coin value) makes exactly amount. (An abbrev, so that `decide` sees
its Decidable instance.) -/
abbrev makes (coins : List Int) (counts : List Nat) (amount : Int) : Prop :=
  counts.length = coins.length ∧ countSum coins counts = amount

def pre_coin_change_min (coins : List Int) (amount : Int) : Prop :=
  coins.length ≤ 1000 ∧ 0 ≤ amount ∧ amount ≤ 100000 ∧
  (∀ i, i < coins.length → 1 ≤ coins.getD i 0 ∧ coins.getD i 0 ≤ 100000)

/-- Either no choice makes amount (count is -1, counts is empty), or counts makes amount with
count coins and no choice that makes amount uses fewer. A coin value is at least 1, so no count
of a choice that makes amount exceeds amount: allCounts with bound amount holds every such
choice. -/
def post_coin_change_min (coins : List Int) (amount count : Int) (counts : List Nat) : Prop :=
  (count = -1 ∧ counts = [] ∧ ∀ c ∈ allCounts coins.length amount.toNat, ¬ makes coins c amount) ∨
  (makes coins counts amount ∧ (total counts : Int) = count ∧
    ∀ c ∈ allCounts coins.length amount.toNat, makes coins c amount → count ≤ (total c : Int))

-- <vc:helpers>
-- </vc:helpers>

def coinChangeMin (coins : List Int) (amount : Int) : Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem coinChangeMin_spec (coins : List Int) (amount : Int) (h : pre_coin_change_min coins amount) :
    post_coin_change_min coins amount (coinChangeMin coins amount).1 (coinChangeMin coins amount).2 := by
  -- <vc:proof>
  -- </vc:proof>
