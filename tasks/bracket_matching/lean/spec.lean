-- Nesting depth after the first n characters: '(' counts +1, ')' counts -1, anything else 0.
def depth (s : List Char) : Nat → Int
  | 0 => 0
  | n + 1 => depth s n + (if s.getD n ' ' = '(' then 1 else if s.getD n ' ' = ')' then -1 else 0)

def pre_bracket_matching (s : String) : Prop :=
  s.toList.length ≤ 1000000

-- ok holds exactly when the parentheses of s are balanced: no prefix closes more than it opens,
-- and the whole string closes everything it opens.
def post_bracket_matching (s : String) (ok : Bool) : Prop :=
  ok = true ↔
    (depth s.toList s.toList.length = 0 ∧ ∀ n, n < s.toList.length + 1 → 0 ≤ depth s.toList n)

-- <vc:helpers>
-- </vc:helpers>

def bracketMatching (s : String) : Bool :=
-- <vc:code>
-- </vc:code>

theorem bracketMatching_spec (s : String) (h : pre_bracket_matching s) :
    post_bracket_matching s (bracketMatching s) := by
-- <vc:proof>
-- </vc:proof>
