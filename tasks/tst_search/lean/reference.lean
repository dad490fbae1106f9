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

abbrev pre_tst_search (ws : List (List Nat)) (w : List Nat) : Prop :=
  distinct_words ws ∧ (∀ u, u ∈ ws → is_word u) ∧ is_word w

-- found tells whether w is one of the words.
def post_tst_search (ws : List (List Nat)) (w : List Nat) (found : Bool) : Prop :=
  (found = true ↔ w ∈ ws)

-- <vc:helpers>
-- Implementation. Whether w is a word of the subtree t.
def searchTree : Tst → List Nat → Bool
  | _, [] => false
  | .nil, _ => false
  | .node c e l m h, x :: rest =>
    if x < c then searchTree l (x :: rest)
    else if c < x then searchTree h (x :: rest)
    else
      match rest with
      | [] => e
      | _ => searchTree m rest
-- </vc:helpers>

-- Search for w: walk down from the root comparing the next letter of w with the node's letter:
-- lo when smaller, hi when larger, eq and on to the next letter when equal; w is stored when the
-- walk reaches the node of its last letter and that node ends a word.
def tstSearch (t : Tst) (w : List Nat) : Bool :=
-- <vc:code>
  searchTree t w
-- </vc:code>

theorem tstSearch_spec (t : Tst) (w : List Nat) (hv : valid_tst t)
    (h : pre_tst_search (words t) w) :
    post_tst_search (words t) w (tstSearch t w) := by
-- <vc:proof>
-- </vc:proof>
