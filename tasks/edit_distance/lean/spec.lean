/-- An alignment of a with b: entry i is the position of b aligned with a[i], or -1 when a[i] is
deleted; aligned positions increase, and positions of b aligned with nothing are inserted.
matched m counts the aligned positions; mismatched b a m those whose elements differ. -/
def matched : List Int → Nat
  | j :: m => (if 0 ≤ j then 1 else 0) + matched m
  | [] => 0

def mismatched (b : List Int) : List Int → List Int → Nat
  | x :: a, j :: m => (if 0 ≤ j ∧ x ≠ b.getD j.toNat 0 then 1 else 0) + mismatched b a m
  | _, _ => 0

/-- Every alignment of n positions of a with the positions lo, lo+1, ..., w-1 of b: the first
position is deleted, or aligned with some position j >= lo and the rest with positions > j. -/
def alignments (w : Nat) : Nat → Nat → List (List Int)
  | 0, _ => [[]]
  | n + 1, lo =>
    (alignments w n lo).map (fun t => -1 :: t) ++
      ((List.range w).filter (fun j => lo ≤ j)).flatMap (fun j => (alignments w n (j + 1)).map (fun t => (j : Int) :: t))

/-- m is an alignment of a with b (an abbrev, so that `decide` sees its Decidable instance). -/
abbrev alignment (a b m : List Int) : Prop :=
  m.length = a.length ∧ (∀ i, i < m.length → -1 ≤ m.getD i 0 ∧ m.getD i 0 < b.length) ∧
  ∀ i, i < m.length → ∀ j, j < m.length → i < j → 0 ≤ m.getD i 0 → 0 ≤ m.getD j 0 → m.getD i 0 < m.getD j 0

/-- Edits of an alignment: deletions (|a| - aligned), insertions (|b| - aligned), substitutions. -/
def cost (a b m : List Int) : Int :=
  (a.length : Int) + b.length - 2 * (matched m : Int) + (mismatched b a m : Int)

def pre_edit_distance (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

/-- m is an alignment with dist edits, and no alignment needs fewer (alignments lists every
alignment, so the statement is decidable). -/
def post_edit_distance (a b : List Int) (dist : Int) (m : List Int) : Prop :=
  alignment a b m ∧ cost a b m = dist ∧
  ∀ x ∈ alignments b.length a.length 0, alignment a b x → dist ≤ cost a b x

-- <vc:helpers>
-- </vc:helpers>

def editDistance (a b : List Int) : Int × List Int :=
  -- <vc:code>
  -- </vc:code>

theorem editDistance_spec (a b : List Int) (h : pre_edit_distance a b) :
    post_edit_distance a b (editDistance a b).1 (editDistance a b).2 := by
  -- <vc:proof>
  -- </vc:proof>
