/-- Minimum of two counts where -1 stands for "impossible". -/
def combineMin (a b : Int) : Int :=
  if a < 0 then b else if b < 0 then a else if a ≤ b then a else b

/-- Fewest coins (unlimited copies of coins[0..n-1]) summing exactly to amount, or -1 when no
combination does: either no further copy of coins[n-1] is used, or one more copy is used. The
first argument is fuel; `minCoins` supplies n + amount + 1, which is always enough because every
call lowers n or amount. -/
def minCoinsF (coins : List Int) : Nat → Nat → Int → Int
  | 0, _, _ => 0
  | f + 1, n, amount =>
    if amount = 0 then 0
    else match n with
      | 0 => -1
      | m + 1 =>
        let rest := minCoinsF coins f (m + 1) (amount - coins.getD m 0)
        combineMin (minCoinsF coins f m amount)
          (if 1 ≤ coins.getD m 0 ∧ coins.getD m 0 ≤ amount ∧ 0 ≤ rest then rest + 1 else -1)

def minCoins (coins : List Int) (n : Nat) (amount : Int) : Int :=
  minCoinsF coins (n + amount.toNat + 1) n amount

def pre_coin_change_min (coins : List Int) (amount : Int) : Prop :=
  coins.length ≤ 1000 ∧ 0 ≤ amount ∧ amount ≤ 100000 ∧
  (∀ i, i < coins.length → 1 ≤ coins.getD i 0 ∧ coins.getD i 0 ≤ 100000)

def post_coin_change_min (coins : List Int) (amount count : Int) : Prop :=
  count = minCoins coins coins.length amount

-- <vc:helpers>
-- </vc:helpers>

def coinChangeMin (coins : List Int) (amount : Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem coinChangeMin_spec (coins : List Int) (amount : Int)
    (h : pre_coin_change_min coins amount) :
    post_coin_change_min coins amount (coinChangeMin coins amount) := by
  -- <vc:proof>
  -- </vc:proof>
