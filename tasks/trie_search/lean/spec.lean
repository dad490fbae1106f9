-- A trie over the alphabet 0 .. 25 in first-child / next-sibling form (a de la Briandais trie):
-- the children of a node form a linked list of entries node ch end child next, where ch is the
-- label of the edge into the child, end marks that the path spelled so far is a word, child is
-- the list of the child's own children and next is the next sibling. A whole trie is the list of
-- the root's children; words are non-empty.
inductive Trie where
  | nil : Trie
  | node : Nat → Bool → Trie → Trie → Trie

-- c prepended to every word of ws.
def prefixed (c : Nat) : List (List Nat) → List (List Nat)
  | [] => []
  | u :: ws => (c :: u) :: prefixed c ws

-- The words stored in t: for each entry, [ch] when end is set, ch followed by every word of the
-- child's list, then the words of the following siblings.
def words : Trie → List (List Nat)
  | .nil => []
  | .node c e d s => (if e then [[c]] else []) ++ prefixed c (words d) ++ words s

-- The trie invariant for a list of siblings whose labels must be at least lo: labels are letters
-- and strictly increase along the list (so no two children share a label), every entry ends a
-- word or has children (no dead branches), and the same holds in every child list.
def trie_ok : Trie → Nat → Prop
  | .nil, _ => True
  | .node c e d s, lo =>
    lo ≤ c ∧ c < 26 ∧ (e = true ∨ d ≠ .nil) ∧ trie_ok d 0 ∧ trie_ok s (c + 1)

def valid_trie (t : Trie) : Prop := trie_ok t 0

-- A word: a non-empty list of letters 0 .. 25.
abbrev is_word (w : List Nat) : Prop :=
  w.length ≥ 1 ∧ ∀ x, x ∈ w → x < 26

-- No word occurs twice.
abbrev distinct_words (ws : List (List Nat)) : Prop :=
  ws.Nodup

abbrev pre_trie_search (ws : List (List Nat)) (w : List Nat) : Prop :=
  distinct_words ws ∧ (∀ u, u ∈ ws → is_word u) ∧ is_word w

-- found tells whether w is one of the words.
def post_trie_search (ws : List (List Nat)) (w : List Nat) (found : Bool) : Prop :=
  (found = true ↔ w ∈ ws)

-- <vc:helpers>
-- </vc:helpers>

-- Search for w: walk down from the root, at each level scanning the sorted sibling list for the
-- entry labelled with the next letter (stopping early at a larger label); w is stored when the
-- walk reaches the entry of its last letter and that entry ends a word.
def trieSearch (t : Trie) (w : List Nat) : Bool :=
-- <vc:code>
-- </vc:code>

theorem trieSearch_spec (t : Trie) (w : List Nat) (hv : valid_trie t)
    (h : pre_trie_search (words t) w) :
    post_trie_search (words t) w (trieSearch t w) := by
-- <vc:proof>
-- </vc:proof>
