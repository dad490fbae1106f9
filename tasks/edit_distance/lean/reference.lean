def min3 (x y z : Int) : Int :=
  if x ≤ y ∧ x ≤ z then x else if y ≤ z then y else z

/-- Levenshtein distance between the prefixes a[..i] and b[..j]: the last step of an optimal
edit script deletes a[i-1], inserts b[j-1], or matches/substitutes a[i-1] by b[j-1]. The first
argument is fuel; `editDist` supplies i + j + 1, which is always enough because every call
lowers i + j. -/
def editDistF (a b : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, i, j =>
    if i = 0 then (j : Int)
    else if j = 0 then (i : Int)
    else min3 (editDistF a b f (i - 1) j + 1) (editDistF a b f i (j - 1) + 1)
      (editDistF a b f (i - 1) (j - 1) + (if a.getD (i - 1) 0 = b.getD (j - 1) 0 then 0 else 1))

def editDist (a b : List Int) (i j : Nat) : Int :=
  editDistF a b (i + j + 1) i j

def pre_edit_distance (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

def post_edit_distance (a b : List Int) (dist : Int) : Prop :=
  dist = editDist a b a.length b.length

-- <vc:helpers>
-- Implementation. Row i of the table is D[i][0..|b|]. `edRow x bs ps diag left` fills row i+1
-- from column j on, where x = a[i], bs = b[j-1..], ps = D[i][j..] (the row above), diag =
-- D[i][j-1] and left = D[i+1][j-1].
def emin3 (x y z : Int) : Int :=
  if x ≤ y ∧ x ≤ z then x else if y ≤ z then y else z

def edRow (x : Int) : List Int → List Int → Int → Int → List Int
  | y :: bs, up :: ps, diag, left =>
    let v : Int := emin3 (up + 1) (left + 1) (diag + (if x = y then 0 else 1))
    v :: edRow x bs ps up v
  | _, _, _, _ => []

-- Row i+1 from row i (x = a[i]): D[i+1][0] = i + 1, then the sweep over b.
def edNext (x : Int) (i : Nat) (b prev : List Int) : List Int :=
  match prev with
  | d :: ps => ((i + 1 : Nat) : Int) :: edRow x b ps d ((i + 1 : Nat) : Int)
  | [] => []

-- One row per element of a, top to bottom; i is the index of the current row.
def edLoop (b : List Int) : Nat → List Int → List Int → List Int
  | _, [], row => row
  | i, x :: xs, row => edLoop b (i + 1) xs (edNext x i b row)

-- Row 0 from column j on (n entries): D[0][j] = j.
def edInit : Nat → Nat → List Int
  | _, 0 => []
  | j, n + 1 => (j : Int) :: edInit (j + 1) n

-- Proof. The values g s, g (s+1), ..., g (s+n-1) as a list.
def tbl (g : Nat → Int) : Nat → Nat → List Int
  | _, 0 => []
  | s, n + 1 => g s :: tbl g (s + 1) n

theorem tbl_getD (g : Nat → Int) : ∀ (n s t : Nat), t < n → (tbl g s n).getD t 0 = g (s + t)
  | 0, _, _, h => absurd h (Nat.not_lt_zero _)
  | _ + 1, _, 0, _ => rfl
  | n + 1, s, t + 1, h => by
    show (tbl g (s + 1) n).getD t 0 = g (s + (t + 1))
    rw [tbl_getD g n (s + 1) t (by omega)]
    have e : s + 1 + t = s + (t + 1) := by omega
    rw [e]

theorem drop_getD : ∀ (l : List Int) (k : Nat), k < l.length → l.drop k = l.getD k 0 :: l.drop (k + 1)
  | [], _, h => absurd h (Nat.not_lt_zero _)
  | _ :: _, 0, _ => rfl
  | _ :: l, k + 1, h => drop_getD l k (Nat.lt_of_succ_lt_succ h)

theorem drop_length_nil : ∀ (l : List Int), l.drop l.length = []
  | [] => rfl
  | _ :: l => drop_length_nil l

theorem emin3_eq (x y z : Int) : emin3 x y z = min3 x y z := rfl

theorem eF_succ (a b : List Int) (f i j : Nat) :
    editDistF a b (f + 1) i j =
      if i = 0 then (j : Int)
      else if j = 0 then (i : Int)
      else min3 (editDistF a b f (i - 1) j + 1) (editDistF a b f i (j - 1) + 1)
        (editDistF a b f (i - 1) (j - 1) + (if a.getD (i - 1) 0 = b.getD (j - 1) 0 then 0 else 1)) :=
  rfl

-- Enough fuel gives the same value.
theorem eF_fuel (a b : List Int) : ∀ (f g i j : Nat), i + j < f → i + j < g →
    editDistF a b f i j = editDistF a b g i j
  | 0, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, _, hg => absurd hg (Nat.not_lt_zero _)
  | f + 1, g + 1, i, j, hf, hg => by
    rw [eF_succ a b f i j, eF_succ a b g i j]
    by_cases hi : i = 0
    · simp only [if_pos hi]
    · simp only [if_neg hi]
      by_cases hj : j = 0
      · simp only [if_pos hj]
      · simp only [if_neg hj]
        rw [eF_fuel a b f g (i - 1) (j - 1) (by omega) (by omega),
          eF_fuel a b f g (i - 1) j (by omega) (by omega),
          eF_fuel a b f g i (j - 1) (by omega) (by omega)]

theorem ed_j0 (a b : List Int) (i : Nat) : editDist a b i 0 = (i : Int) := by
  unfold editDist
  rw [eF_succ a b (i + 0) i 0]
  by_cases hi : i = 0
  · rw [if_pos hi, hi]
  · have h0 : (0 : Nat) = 0 := rfl
    rw [if_neg hi, if_pos h0]

theorem ed_i0 (a b : List Int) (j : Nat) : editDist a b 0 j = (j : Int) := by
  unfold editDist
  rw [eF_succ a b (0 + j) 0 j]
  have h0 : (0 : Nat) = 0 := rfl
  rw [if_pos h0]

theorem ed_ss (a b : List Int) (i j : Nat) :
    editDist a b (i + 1) (j + 1) =
      min3 (editDist a b i (j + 1) + 1) (editDist a b (i + 1) j + 1)
        (editDist a b i j + (if a.getD i 0 = b.getD j 0 then 0 else 1)) := by
  unfold editDist
  rw [eF_succ a b (i + 1 + (j + 1)) (i + 1) (j + 1)]
  have hi : ¬ (i + 1 = 0) := by omega
  have hj : ¬ (j + 1 = 0) := by omega
  have ei : i + 1 - 1 = i := by omega
  have ej : j + 1 - 1 = j := by omega
  rw [if_neg hi, if_neg hj, ei, ej,
    eF_fuel a b (i + 1 + (j + 1)) (i + (j + 1) + 1) i (j + 1) (by omega) (by omega),
    eF_fuel a b (i + 1 + (j + 1)) (i + 1 + j + 1) (i + 1) j (by omega) (by omega),
    eF_fuel a b (i + 1 + (j + 1)) (i + j + 1) i j (by omega) (by omega)]

theorem edRow_nil (x : Int) (bs : List Int) (d l : Int) : edRow x bs [] d l = [] := by
  cases bs <;> rfl

theorem edRow_cons (x y up diag left v : Int) (bs ps : List Int)
    (hv : emin3 (up + 1) (left + 1) (diag + (if x = y then 0 else 1)) = v) :
    edRow x (y :: bs) (up :: ps) diag left = v :: edRow x bs ps up v := by
  subst hv
  rfl

-- The sweep fills row i+1 from column j+1 on.
theorem edRow_tbl (a b : List Int) (i : Nat) : ∀ (n j : Nat) (diag left : Int),
    j + n = b.length → diag = editDist a b i j → left = editDist a b (i + 1) j →
    edRow (a.getD i 0) (b.drop j) (tbl (editDist a b i) (j + 1) n) diag left =
      tbl (editDist a b (i + 1)) (j + 1) n
  | 0, j, diag, left, _, _, _ => edRow_nil (a.getD i 0) (b.drop j) diag left
  | n + 1, j, diag, left, hj, hd, hl => by
    rw [drop_getD b j (by omega)]
    have hv : emin3 (editDist a b i (j + 1) + 1) (left + 1)
        (diag + (if a.getD i 0 = b.getD j 0 then 0 else 1)) = editDist a b (i + 1) (j + 1) := by
      rw [hd, hl, emin3_eq, ed_ss a b i j]
    show edRow (a.getD i 0) (b.getD j 0 :: b.drop (j + 1))
        (editDist a b i (j + 1) :: tbl (editDist a b i) (j + 1 + 1) n) diag left =
      editDist a b (i + 1) (j + 1) :: tbl (editDist a b (i + 1)) (j + 1 + 1) n
    rw [edRow_cons (a.getD i 0) (b.getD j 0) (editDist a b i (j + 1)) diag left
        (editDist a b (i + 1) (j + 1)) (b.drop (j + 1)) (tbl (editDist a b i) (j + 1 + 1) n) hv,
      edRow_tbl a b i n (j + 1) (editDist a b i (j + 1)) (editDist a b (i + 1) (j + 1))
        (by omega) rfl rfl]

theorem edNext_tbl (a b : List Int) (i : Nat) :
    edNext (a.getD i 0) i b (tbl (editDist a b i) 0 (b.length + 1)) =
      tbl (editDist a b (i + 1)) 0 (b.length + 1) := by
  show ((i + 1 : Nat) : Int) ::
      edRow (a.getD i 0) b (tbl (editDist a b i) 1 b.length) (editDist a b i 0) ((i + 1 : Nat) : Int) =
    editDist a b (i + 1) 0 :: tbl (editDist a b (i + 1)) 1 b.length
  rw [ed_j0 a b (i + 1)]
  exact congrArg (List.cons ((i + 1 : Nat) : Int))
    (edRow_tbl a b i b.length 0 (editDist a b i 0) ((i + 1 : Nat) : Int) (by omega) rfl
      (ed_j0 a b (i + 1)).symm)

theorem edLoop_tbl (a b : List Int) : ∀ (n i : Nat) (row : List Int),
    i + n = a.length → row = tbl (editDist a b i) 0 (b.length + 1) →
    edLoop b i (a.drop i) row = tbl (editDist a b a.length) 0 (b.length + 1)
  | 0, i, row, hi, hrow => by
    have e : a.drop i = [] := by
      rw [(show i = a.length by omega)]
      exact drop_length_nil a
    rw [e]
    show row = tbl (editDist a b a.length) 0 (b.length + 1)
    rw [hrow, (show i = a.length by omega)]
  | n + 1, i, row, hi, hrow => by
    rw [drop_getD a i (by omega)]
    show edLoop b (i + 1) (a.drop (i + 1)) (edNext (a.getD i 0) i b row) =
      tbl (editDist a b a.length) 0 (b.length + 1)
    apply edLoop_tbl a b n (i + 1) _ (by omega)
    rw [hrow]
    exact edNext_tbl a b i

theorem edInit_tbl (a b : List Int) : ∀ (n j : Nat), edInit j n = tbl (editDist a b 0) j n
  | 0, _ => rfl
  | n + 1, j => by
    show (j : Int) :: edInit (j + 1) n = editDist a b 0 j :: tbl (editDist a b 0) (j + 1) n
    rw [ed_i0 a b j, edInit_tbl a b n (j + 1)]
-- </vc:helpers>

def editDistance (a b : List Int) : Int :=
  -- <vc:code>
  (edLoop b 0 a (edInit 0 (b.length + 1))).getD b.length 0
  -- </vc:code>

theorem editDistance_spec (a b : List Int) (h : pre_edit_distance a b) :
    post_edit_distance a b (editDistance a b) := by
  -- <vc:proof>
  have hres : edLoop b 0 a (edInit 0 (b.length + 1)) = tbl (editDist a b a.length) 0 (b.length + 1) :=
    edLoop_tbl a b a.length 0 (edInit 0 (b.length + 1)) (by omega) (edInit_tbl a b (b.length + 1) 0)
  unfold post_edit_distance
  show (edLoop b 0 a (edInit 0 (b.length + 1))).getD b.length 0 = editDist a b a.length b.length
  have e0 : 0 + b.length = b.length := by omega
  rw [hres, tbl_getD (editDist a b a.length) (b.length + 1) 0 b.length (by omega), e0]
  -- </vc:proof>
