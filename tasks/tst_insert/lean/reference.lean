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

abbrev pre_tst_insert (ws : List (List Nat)) (w : List Nat) : Prop :=
  distinct_words ws ∧ (∀ u, u ∈ ws → is_word u) ∧ is_word w

-- The new word list has no duplicates and holds exactly the old words and w.
def post_tst_insert (ws : List (List Nat)) (w : List Nat) (ws2 : List (List Nat)) : Prop :=
  distinct_words ws2 ∧
  (∀ u, u ∈ ws2 → u ∈ ws ∨ u = w) ∧
  (∀ u, u ∈ ws → u ∈ ws2) ∧
  w ∈ ws2

-- t2 keeps every node of t in its place with its letter (a word end stays a word end); only
-- empty subtrees (nil) may have been filled. With the word set this is the plain TST insertion:
-- the new nodes hang where the search for w leaves the tree.
def kept : Tst → Tst → Prop
  | .nil, _ => True
  | .node c e l m h, .node c2 e2 l2 m2 h2 =>
    c2 = c ∧ (e = true → e2 = true) ∧ kept l l2 ∧ kept m m2 ∧ kept h h2
  | .node _ _ _ _ _, .nil => False

-- <vc:helpers>
-- Implementation. The chain of eq-linked nodes spelling w.
def chainOf : List Nat → Tst
  | [] => .nil
  | [c] => .node c true .nil .nil .nil
  | c :: rest => .node c false .nil (chainOf rest) .nil

-- Insert w into the subtree t.
def insTree : Tst → List Nat → Tst
  | t, [] => t
  | .nil, w => chainOf w
  | .node c e l m h, x :: rest =>
    if x < c then .node c e (insTree l (x :: rest)) m h
    else if c < x then .node c e l m (insTree h (x :: rest))
    else
      match rest with
      | [] => .node c true l m h
      | _ => .node c e l (insTree m rest) h
-- </vc:helpers>

-- Insert w: walk down from the root comparing the next letter of w with the node's letter: go to
-- lo when smaller, to hi when larger, and along eq to the next letter when equal; where the walk
-- reaches an empty subtree, hang a chain of eq-linked nodes for the rest of w there; mark the
-- node of the last letter as a word end.
def tstInsert (t : Tst) (w : List Nat) : Tst :=
-- <vc:code>
  insTree t w
-- </vc:code>

theorem tstInsert_spec (t : Tst) (w : List Nat) (hv : valid_tst t)
    (h : pre_tst_insert (words t) w) :
    valid_tst (tstInsert t w) ∧ post_tst_insert (words t) w (words (tstInsert t w)) ∧
      kept t (tstInsert t w) := by
-- <vc:proof>
-- </vc:proof>
