/-- A selection picks positions of the list; it is valid when no two picked positions are adjacent.
`existsSel l t p`: some valid selection of positions of `l` (the first one may not be picked when
`p`, i.e. when the position before `l` was picked) has sum exactly `t`. -/
def existsSel : List Int → Int → Bool → Bool
  | [], t, _ => t == 0
  | x :: rest, t, p => existsSel rest t false || (!p && existsSel rest (t - x) true)

/-- `allSelLe l b p`: every such selection has sum at most `b`. -/
def allSelLe : List Int → Int → Bool → Bool
  | [], b, _ => decide (0 ≤ b)
  | x :: rest, b, p => allSelLe rest b false && (p || allSelLe rest (b - x) true)

def pre_house_robber (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, 0 ≤ x ∧ x ≤ 1000000

def post_house_robber (a : List Int) (r : Int) : Prop :=
  existsSel a r false = true ∧ allSelLe a r false = true

-- <vc:helpers>
-- </vc:helpers>

def houseRobber (a : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem houseRobber_spec (a : List Int) (h : pre_house_robber a) :
    post_house_robber a (houseRobber a) := by
  -- <vc:proof>
  -- </vc:proof>
