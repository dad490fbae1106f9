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
def step (s : List Char) (i : Nat) : Int :=
  if s.getD i ' ' = '(' then 1 else if s.getD i ' ' = ')' then -1 else 0

-- Scan from position i with running depth d; fuel is the number of characters left.
def scan (s : List Char) : Nat → Nat → Int → Bool
  | 0, _, d => d == 0
  | fuel + 1, i, d => if d + step s i < 0 then false else scan s fuel (i + 1) (d + step s i)

theorem depth_succ (s : List Char) (n : Nat) : depth s (n + 1) = depth s n + step s n := rfl

theorem scan_spec (s : List Char) : ∀ (fuel i : Nat) (d : Int), i + fuel = s.length →
    d = depth s i → (∀ n, n < i + 1 → 0 ≤ depth s n) →
    (scan s fuel i d = true ↔ (depth s s.length = 0 ∧ ∀ n, n < s.length + 1 → 0 ≤ depth s n))
  | 0, i, d, hi, hd, hn => by
    have hil : s.length = i := by omega
    show (d == 0) = true ↔ _
    rw [hil, ← hd]
    constructor
    · intro h1
      exact ⟨beq_iff_eq.mp h1, hn⟩
    · intro h1
      exact beq_iff_eq.mpr h1.1
  | fuel + 1, i, d, hi, hd, hn => by
    have hd' : d + step s i = depth s (i + 1) := by
      rw [depth_succ, hd]
    show (if d + step s i < 0 then false else scan s fuel (i + 1) (d + step s i)) = true ↔ _
    rw [hd']
    by_cases hneg : depth s (i + 1) < 0
    · rw [if_pos hneg]
      constructor
      · intro h1
        exact absurd h1 Bool.false_ne_true
      · intro h1
        have h2 := h1.2 (i + 1) (by omega)
        omega
    · rw [if_neg hneg]
      apply scan_spec s fuel (i + 1) (depth s (i + 1)) (by omega) rfl
      intro n hn'
      by_cases hni : n = i + 1
      · rw [hni]
        omega
      · exact hn n (by omega)
-- </vc:helpers>

def bracketMatching (s : String) : Bool :=
-- <vc:code>
  scan s.toList s.toList.length 0 0
-- </vc:code>

theorem bracketMatching_spec (s : String) (h : pre_bracket_matching s) :
    post_bracket_matching s (bracketMatching s) := by
-- <vc:proof>
  unfold post_bracket_matching bracketMatching
  apply scan_spec s.toList s.toList.length 0 0 (by omega) rfl
  intro n hn
  have h0 : n = 0 := by omega
  rw [h0]
  exact Int.le_refl 0
-- </vc:proof>
