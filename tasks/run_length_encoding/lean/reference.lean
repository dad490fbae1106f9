/-- The runs written out: run `i` is `values[i]` repeated `counts[i]` times, in order. -/
def expand : List Int → List Nat → List Int
  | v :: vs, c :: cs => List.replicate c v ++ expand vs cs
  | _, _ => []

def pre_run_length_encoding (a : List Int) : Prop :=
  a.length ≤ 100000

/-- The runs `(values[i], counts[i])` are non-empty, adjacent runs hold different values, and
writing the runs out gives back `a`. -/
def post_run_length_encoding (a : List Int) (values : List Int) (counts : List Nat) : Prop :=
  values.length = counts.length ∧
  (∀ i, i < counts.length → 1 ≤ counts.getD i 0) ∧
  (∀ i, i + 1 < values.length → values.getD i 0 ≠ values.getD (i + 1) 0) ∧
  expand values counts = a

-- <vc:helpers>
/-- Encode the rest `xs` after the current run (`cur` repeated `cnt` times); the finished runs
are returned in order. -/
def rleScan (cur : Int) (cnt : Nat) : List Int → List Int × List Nat
  | [] => ([cur], [cnt])
  | x :: xs =>
    if x = cur then rleScan cur (cnt + 1) xs
    else
      let r := rleScan x 1 xs
      (cur :: r.1, cnt :: r.2)
-- </vc:helpers>

def runLengthEncode (a : List Int) : List Int × List Nat :=
  -- <vc:code>
  match a with
  | [] => ([], [])
  | x :: xs => rleScan x 1 xs
  -- </vc:code>

theorem runLengthEncode_spec (a : List Int) (h : pre_run_length_encoding a) :
    post_run_length_encoding a (runLengthEncode a).1 (runLengthEncode a).2 := by
  -- <vc:proof>
  -- </vc:proof>
