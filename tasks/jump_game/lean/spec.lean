/-- From index `w` one may jump to any index `j` with `w < j ≤ w + a[w]`.
`reachF a fuel j`: index `j` is reachable from index 0 (for any `fuel ≥ j`): `j = 0`, or some
reachable `w < j` has `j ≤ w + a[w]`. -/
def reachF (a : List Nat) : Nat → Nat → Bool
  | 0, j => j == 0
  | fuel + 1, j =>
    j == 0 || (List.range j).any (fun w => reachF a fuel w && decide (j ≤ w + a.getD w 0))

def pre_jump_game (a : List Nat) : Prop :=
  1 ≤ a.length ∧ a.length ≤ 100000 ∧ ∀ x ∈ a, x ≤ 100000

/-- `r` tells whether the last index is reachable from index 0. -/
def post_jump_game (a : List Nat) (r : Bool) : Prop :=
  r = reachF a (a.length - 1) (a.length - 1)

-- <vc:helpers>
-- </vc:helpers>

def jumpGame (a : List Nat) : Bool :=
  -- <vc:code>
  -- </vc:code>

theorem jumpGame_spec (a : List Nat) (h : pre_jump_game a) :
    post_jump_game a (jumpGame a) := by
  -- <vc:proof>
  -- </vc:proof>
