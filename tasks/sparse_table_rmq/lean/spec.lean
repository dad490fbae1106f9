def lminF : Int → List Int → Int
  | m, [] => m
  | m, x :: l => lminF (min m x) l

-- The minimum of the non-empty range a[lo..hi).
def rmin (a : List Int) (lo hi : Nat) : Int :=
  lminF (a.getD lo 0) ((a.drop (lo + 1)).take (hi - lo - 1))

-- The sparse table of a: one row per level k with 2^k ≤ |a| (so |tb| - 1 = floor(log2 |a|)),
-- row k has an entry for every window of length 2^k, and tb[k][i] is the minimum of
-- a[i .. i + 2^k). (The conjunct 1 ≤ 2^k always holds; it mirrors Dafny and Verus.)
abbrev is_sparse_table (a : List Int) (tb : List (List Int)) : Prop :=
  1 ≤ tb.length ∧ 2 ^ (tb.length - 1) ≤ a.length ∧ a.length < 2 ^ tb.length ∧
    ∀ k, k < tb.length →
      1 ≤ 2 ^ k ∧ 2 ^ k ≤ a.length ∧ (tb.getD k []).length = a.length - 2 ^ k + 1 ∧
        ∀ i, i < (tb.getD k []).length → (tb.getD k []).getD i 0 = rmin a i (i + 2 ^ k)

abbrev pre_sparse_table_rmq (a : List Int) : Prop :=
  1 ≤ a.length ∧ a.length ≤ 100000

-- The result is the sparse table of a.
def post_sparse_table_rmq (a : List Int) (tb : List (List Int)) : Prop :=
  is_sparse_table a tb

-- <vc:helpers>
-- </vc:helpers>

-- Build the sparse table of a for range-minimum queries: row k from row k - 1, each entry the
-- smaller of two overlapping halves, O(n log n) in all.
def sparseTableBuild (a : List Int) : List (List Int) :=
-- <vc:code>
-- </vc:code>

theorem sparseTableBuild_spec (a : List Int) (h : pre_sparse_table_rmq a) :
    post_sparse_table_rmq a (sparseTableBuild a) := by
-- <vc:proof>
-- </vc:proof>
