/-- Length of a longest common subsequence of the prefixes a[..i] and b[..j]: when the last
elements are equal they end a longest common subsequence, otherwise one of them is unused. The
first argument is fuel; `lcsLen` supplies i + j + 1, which is always enough because every call
lowers i + j. -/
def lcsLenF (a b : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, i, j =>
    if i = 0 ∨ j = 0 then 0
    else if a.getD (i - 1) 0 = b.getD (j - 1) 0 then lcsLenF a b f (i - 1) (j - 1) + 1
    else max (lcsLenF a b f (i - 1) j) (lcsLenF a b f i (j - 1))

def lcsLen (a b : List Int) (i j : Nat) : Int :=
  lcsLenF a b (i + j + 1) i j

def pre_longest_common_subsequence (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

def post_longest_common_subsequence (a b : List Int) (len : Int) : Prop :=
  len = lcsLen a b a.length b.length

-- <vc:helpers>
-- Implementation. Row i of the table is L[i][0..|b|]. `lcsRow x bs ps diag left` fills row i+1
-- from column j on, where x = a[i], bs = b[j-1..], ps = L[i][j..] (the row above), diag =
-- L[i][j-1] and left = L[i+1][j-1].
def lcsRow (x : Int) : List Int → List Int → Int → Int → List Int
  | y :: bs, up :: ps, diag, left =>
    let v : Int := if x = y then diag + 1 else max up left
    v :: lcsRow x bs ps up v
  | _, _, _, _ => []

-- Row i+1 from row i (x = a[i]): L[i+1][0] = 0, then the sweep over b.
def lcsNext (x : Int) (b prev : List Int) : List Int :=
  match prev with
  | d :: ps => 0 :: lcsRow x b ps d 0
  | [] => []

-- One row per element of a, top to bottom.
def lcsLoop (b : List Int) : List Int → List Int → List Int
  | [], row => row
  | x :: xs, row => lcsLoop b xs (lcsNext x b row)

-- Row 0: n zeros.
def lcsZeros : Nat → List Int
  | 0 => []
  | n + 1 => 0 :: lcsZeros n

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

theorem lF_succ (a b : List Int) (f i j : Nat) :
    lcsLenF a b (f + 1) i j =
      if i = 0 ∨ j = 0 then 0
      else if a.getD (i - 1) 0 = b.getD (j - 1) 0 then lcsLenF a b f (i - 1) (j - 1) + 1
      else max (lcsLenF a b f (i - 1) j) (lcsLenF a b f i (j - 1)) := rfl

-- Enough fuel gives the same value.
theorem lF_fuel (a b : List Int) : ∀ (f g i j : Nat), i + j < f → i + j < g →
    lcsLenF a b f i j = lcsLenF a b g i j
  | 0, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, _, hg => absurd hg (Nat.not_lt_zero _)
  | f + 1, g + 1, i, j, hf, hg => by
    rw [lF_succ a b f i j, lF_succ a b g i j]
    by_cases h0 : i = 0 ∨ j = 0
    · simp only [if_pos h0]
    · simp only [if_neg h0]
      rw [lF_fuel a b f g (i - 1) (j - 1) (by omega) (by omega),
        lF_fuel a b f g (i - 1) j (by omega) (by omega),
        lF_fuel a b f g i (j - 1) (by omega) (by omega)]

theorem lcs_j0 (a b : List Int) (i : Nat) : lcsLen a b i 0 = 0 := by
  unfold lcsLen
  rw [lF_succ a b (i + 0) i 0]
  have h0 : i = 0 ∨ (0 : Nat) = 0 := Or.inr rfl
  rw [if_pos h0]

theorem lcs_i0 (a b : List Int) (j : Nat) : lcsLen a b 0 j = 0 := by
  unfold lcsLen
  rw [lF_succ a b (0 + j) 0 j]
  have h0 : (0 : Nat) = 0 ∨ j = 0 := Or.inl rfl
  rw [if_pos h0]

theorem lcs_ss (a b : List Int) (i j : Nat) :
    lcsLen a b (i + 1) (j + 1) =
      if a.getD i 0 = b.getD j 0 then lcsLen a b i j + 1
      else max (lcsLen a b i (j + 1)) (lcsLen a b (i + 1) j) := by
  unfold lcsLen
  rw [lF_succ a b (i + 1 + (j + 1)) (i + 1) (j + 1)]
  have h0 : ¬ (i + 1 = 0 ∨ j + 1 = 0) := by omega
  have ei : i + 1 - 1 = i := by omega
  have ej : j + 1 - 1 = j := by omega
  rw [if_neg h0, ei, ej,
    lF_fuel a b (i + 1 + (j + 1)) (i + j + 1) i j (by omega) (by omega),
    lF_fuel a b (i + 1 + (j + 1)) (i + (j + 1) + 1) i (j + 1) (by omega) (by omega),
    lF_fuel a b (i + 1 + (j + 1)) (i + 1 + j + 1) (i + 1) j (by omega) (by omega)]

theorem lcsRow_nil (x : Int) (bs : List Int) (d l : Int) : lcsRow x bs [] d l = [] := by
  cases bs <;> rfl

theorem lcsRow_cons (x y up diag left v : Int) (bs ps : List Int)
    (hv : (if x = y then diag + 1 else max up left) = v) :
    lcsRow x (y :: bs) (up :: ps) diag left = v :: lcsRow x bs ps up v := by
  subst hv
  rfl

-- The sweep fills row i+1 from column j+1 on.
theorem lcsRow_tbl (a b : List Int) (i : Nat) : ∀ (n j : Nat) (diag left : Int),
    j + n = b.length → diag = lcsLen a b i j → left = lcsLen a b (i + 1) j →
    lcsRow (a.getD i 0) (b.drop j) (tbl (lcsLen a b i) (j + 1) n) diag left =
      tbl (lcsLen a b (i + 1)) (j + 1) n
  | 0, j, diag, left, _, _, _ => lcsRow_nil (a.getD i 0) (b.drop j) diag left
  | n + 1, j, diag, left, hj, hd, hl => by
    rw [drop_getD b j (by omega)]
    have hv : (if a.getD i 0 = b.getD j 0 then diag + 1 else max (lcsLen a b i (j + 1)) left) =
        lcsLen a b (i + 1) (j + 1) := by
      rw [hd, hl, lcs_ss a b i j]
    show lcsRow (a.getD i 0) (b.getD j 0 :: b.drop (j + 1))
        (lcsLen a b i (j + 1) :: tbl (lcsLen a b i) (j + 1 + 1) n) diag left =
      lcsLen a b (i + 1) (j + 1) :: tbl (lcsLen a b (i + 1)) (j + 1 + 1) n
    rw [lcsRow_cons (a.getD i 0) (b.getD j 0) (lcsLen a b i (j + 1)) diag left
        (lcsLen a b (i + 1) (j + 1)) (b.drop (j + 1)) (tbl (lcsLen a b i) (j + 1 + 1) n) hv,
      lcsRow_tbl a b i n (j + 1) (lcsLen a b i (j + 1)) (lcsLen a b (i + 1) (j + 1))
        (by omega) rfl rfl]

theorem lcsNext_tbl (a b : List Int) (i : Nat) :
    lcsNext (a.getD i 0) b (tbl (lcsLen a b i) 0 (b.length + 1)) =
      tbl (lcsLen a b (i + 1)) 0 (b.length + 1) := by
  show 0 :: lcsRow (a.getD i 0) b (tbl (lcsLen a b i) 1 b.length) (lcsLen a b i 0) 0 =
    lcsLen a b (i + 1) 0 :: tbl (lcsLen a b (i + 1)) 1 b.length
  rw [lcs_j0 a b (i + 1)]
  exact congrArg (List.cons (0 : Int))
    (lcsRow_tbl a b i b.length 0 (lcsLen a b i 0) 0 (by omega) rfl (lcs_j0 a b (i + 1)).symm)

theorem lcsLoop_tbl (a b : List Int) : ∀ (n i : Nat) (row : List Int),
    i + n = a.length → row = tbl (lcsLen a b i) 0 (b.length + 1) →
    lcsLoop b (a.drop i) row = tbl (lcsLen a b a.length) 0 (b.length + 1)
  | 0, i, row, hi, hrow => by
    have e : a.drop i = [] := by
      rw [(show i = a.length by omega)]
      exact drop_length_nil a
    rw [e]
    show row = tbl (lcsLen a b a.length) 0 (b.length + 1)
    rw [hrow, (show i = a.length by omega)]
  | n + 1, i, row, hi, hrow => by
    rw [drop_getD a i (by omega)]
    show lcsLoop b (a.drop (i + 1)) (lcsNext (a.getD i 0) b row) =
      tbl (lcsLen a b a.length) 0 (b.length + 1)
    apply lcsLoop_tbl a b n (i + 1) _ (by omega)
    rw [hrow]
    exact lcsNext_tbl a b i

theorem lcsZeros_tbl (a b : List Int) : ∀ (n s : Nat), lcsZeros n = tbl (lcsLen a b 0) s n
  | 0, _ => rfl
  | n + 1, s => by
    show 0 :: lcsZeros n = lcsLen a b 0 s :: tbl (lcsLen a b 0) (s + 1) n
    rw [lcs_i0 a b s, lcsZeros_tbl a b n (s + 1)]
-- </vc:helpers>

def longestCommonSubsequence (a b : List Int) : Int :=
  -- <vc:code>
  (lcsLoop b a (lcsZeros (b.length + 1))).getD b.length 0
  -- </vc:code>

theorem longestCommonSubsequence_spec (a b : List Int) (h : pre_longest_common_subsequence a b) :
    post_longest_common_subsequence a b (longestCommonSubsequence a b) := by
  -- <vc:proof>
  have hres : lcsLoop b a (lcsZeros (b.length + 1)) = tbl (lcsLen a b a.length) 0 (b.length + 1) :=
    lcsLoop_tbl a b a.length 0 (lcsZeros (b.length + 1)) (by omega) (lcsZeros_tbl a b (b.length + 1) 0)
  unfold post_longest_common_subsequence
  show (lcsLoop b a (lcsZeros (b.length + 1))).getD b.length 0 = lcsLen a b a.length b.length
  have e0 : 0 + b.length = b.length := by omega
  rw [hres, tbl_getD (lcsLen a b a.length) (b.length + 1) 0 b.length (by omega), e0]
  -- </vc:proof>
