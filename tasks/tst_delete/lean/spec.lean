-- A ternary search tree (TST) over the alphabet 0 .. 25. A node (node ch end lo eq hi) holds the
-- letter ch; end marks that the letters spelled down to this node (the letters of the nodes left
-- through eq links, then ch) form a stored word; eq holds the continuations after ch, and lo and
-- hi hold the alternatives to ch at the same position: smaller letters in lo, larger in hi.
-- Words are non-empty.
inductive Tst where
  | nil : Tst
  | node : Nat → Bool → Tst → Tst → Tst → Tst

-- c prepended to every word of ws.
def prefixed (c : Nat) : List (List Nat) → List (List Nat)
  | [] => []
  | u :: ws => (c :: u) :: prefixed c ws

-- The words stored in t: those of lo, then [ch] when end is set, then ch followed by every word
-- of eq, then those of hi.
def words : Tst → List (List Nat)
  | .nil => []
  | .node c e l m h => words l ++ (if e then [[c]] else []) ++ prefixed c (words m) ++ words h

-- The TST invariant for a subtree whose letters at its position must lie in a .. b - 1: each
-- node's letter is in range, the letters of its lo subtree are smaller and those of its hi
-- subtree larger (at that position), every node ends a word or has an eq subtree (no dead
-- nodes), and every eq subtree is again a valid TST over the letters 0 .. 25.
def tst_ok : Tst → Nat → Nat → Prop
  | .nil, _, _ => True
  | .node c e l m h, a, b =>
    a ≤ c ∧ c < b ∧ (e = true ∨ m ≠ .nil) ∧ tst_ok l a c ∧ tst_ok m 0 26 ∧ tst_ok h (c + 1) b

def valid_tst (t : Tst) : Prop := tst_ok t 0 26

-- A word: a non-empty list of letters 0 .. 25.
abbrev is_word (w : List Nat) : Prop :=
  w.length ≥ 1 ∧ ∀ x, x ∈ w → x < 26

-- No word occurs twice.
abbrev distinct_words (ws : List (List Nat)) : Prop :=
  ws.Nodup

abbrev pre_tst_delete (ws : List (List Nat)) (w : List Nat) : Prop :=
  distinct_words ws ∧ (∀ u, u ∈ ws → is_word u) ∧ is_word w

-- The new word list has no duplicates and holds exactly the old words other than w.
def post_tst_delete (ws : List (List Nat)) (w : List Nat) (ws2 : List (List Nat)) : Prop :=
  distinct_words ws2 ∧
  (∀ u, u ∈ ws2 → u ∈ ws ∧ u ≠ w) ∧
  (∀ u, u ∈ ws → u ≠ w → u ∈ ws2)

-- <vc:helpers>
-- </vc:helpers>

-- Delete w: walk down from the root as in a search; at the node of w's last letter clear the
-- word-end mark; on the way back remove every node of the path that no longer ends a word and
-- has no eq subtree, joining its lo and hi subtrees in its place (no dead nodes remain). An
-- absent w leaves the tree as it is.
def tstDelete (t : Tst) (w : List Nat) : Tst :=
-- <vc:code>
-- </vc:code>

theorem tstDelete_spec (t : Tst) (w : List Nat) (hv : valid_tst t)
    (h : pre_tst_delete (words t) w) :
    valid_tst (tstDelete t w) ∧ post_tst_delete (words t) w (words (tstDelete t w)) := by
-- <vc:proof>
-- </vc:proof>
