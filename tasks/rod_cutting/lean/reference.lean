/-- Best revenue for a rod of length len whose first piece has length at most k (a piece of
length t sells for prices[t - 1]): the first piece has some length t in 1..min(k, len) and the
rest of the rod, of length len - t, is cut optimally. The first argument is fuel; `rodBest`
supplies (len + 1) * (len + 1) + k + 1, which is always enough because every call lowers the
measure (len + 1) * (len + 1) + k. -/
def rodBestF (prices : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, len, k =>
    if len = 0 ∨ k = 0 then 0
    else max (rodBestF prices f len (k - 1))
      (if k ≤ len then prices.getD (k - 1) 0 + rodBestF prices f (len - k) (len - k) else 0)

def rodBest (prices : List Int) (len k : Nat) : Int :=
  rodBestF prices ((len + 1) * (len + 1) + k + 1) len k

def pre_rod_cutting (prices : List Int) : Prop :=
  prices.length ≤ 1000 ∧ (∀ i, i < prices.length → 0 ≤ prices.getD i 0 ∧ prices.getD i 0 ≤ 1000000)

def post_rod_cutting (prices : List Int) (revenue : Int) : Prop :=
  revenue = rodBest prices prices.length prices.length

-- <vc:helpers>
-- </vc:helpers>

def rodCutting (prices : List Int) : Int :=
  -- <vc:code>
  rodBest prices prices.length prices.length
  -- </vc:code>

theorem rodCutting_spec (prices : List Int) (h : pre_rod_cutting prices) :
    post_rod_cutting prices (rodCutting prices) := by
  -- <vc:proof>
  rfl
  -- </vc:proof>
