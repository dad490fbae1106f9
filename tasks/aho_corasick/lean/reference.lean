/-- pat occurs in text starting at position k. (An abbrev, so that `decide` sees its Decidable
instance on concrete strings.) -/
abbrev occursAt (text pat : List Char) (k : Nat) : Prop :=
  k + pat.length ≤ text.length ∧ (text.drop k).take pat.length = pat

abbrev isLowercase (s : List Char) : Prop :=
  ∀ c, c ∈ s → 'a' ≤ c ∧ c ≤ 'z'

def pre_aho_corasick (text : String) (pats : List String) : Prop :=
  text.toList.length ≤ 100000 ∧ isLowercase text.toList ∧ 1 ≤ pats.length ∧ pats.length ≤ 100 ∧
    ∀ p, p ∈ pats → 1 ≤ p.toList.length ∧ p.toList.length ≤ 1000 ∧ isLowercase p.toList

/-- r lists, in any order and without repetitions, exactly the pairs [p, k] such that pattern p
occurs in text at position k: every entry is such a pair (sound), every occurrence is listed
(complete), and no two entries are equal. -/
def post_aho_corasick (text : String) (pats : List String) (r : List (List Nat)) : Prop :=
  (∀ e, e ∈ r → e.length = 2 ∧ e.getD 0 0 < pats.length ∧
      occursAt text.toList (pats.getD (e.getD 0 0) "").toList (e.getD 1 0)) ∧
    (∀ p, p < pats.length → ∀ k, k < text.toList.length + 1 →
      occursAt text.toList (pats.getD p "").toList k → [p, k] ∈ r) ∧
    (∀ i, i < r.length → ∀ j, j < r.length → i < j → r.getD i [] ≠ r.getD j [])

-- <vc:helpers>
/-- The letter index of a lowercase character. -/
def letterOf (c : Char) : Nat := c.toNat - 'a'.toNat

/-- Insert one pattern into the trie (goto: node * 26 + letter ↦ child, 0 = no edge, since the
root is nobody's child); returns the table, the node count and the pattern's end node. -/
def insertWalk (goto : Array Nat) (cnt u : Nat) : List Char → Array Nat × Nat × Nat
  | [] => (goto, cnt, u)
  | ch :: rest =>
    let idx := u * 26 + letterOf ch
    if goto[idx]! = 0 then insertWalk (goto.set! idx cnt) (cnt + 1) cnt rest
    else insertWalk goto cnt goto[idx]! rest

/-- Insert pats (the first has index p); term[u] lists the patterns ending at node u. -/
def buildTrie : List (List Char) → Nat → Array Nat → Nat → Array (List Nat) →
    Array Nat × Nat × Array (List Nat)
  | [], _, goto, cnt, term => (goto, cnt, term)
  | pat :: rest, p, goto, cnt, term =>
    let r := insertWalk goto cnt 0 pat
    buildTrie rest (p + 1) r.1 r.2.1 (term.set! r.2.2 (p :: term[r.2.2]!))

/-- The automaton built in breadth-first order: fail links, dictionary links (the nearest node on
the fail chain where a pattern ends, 0 = none) and the full transition table delta. -/
structure Automaton where
  fail : Array Nat
  dict : Array Nat
  delta : Array Nat

/-- Process the letters c, c+1, ... (fuel of them) of node u; newly found children are queued. -/
def visitLetters (goto : Array Nat) (term : Array (List Nat)) (u : Nat) :
    Nat → Nat → Automaton → List Nat → Automaton × List Nat
  | 0, _, a, q => (a, q)
  | fuel + 1, c, a, q =>
    let v := goto[u * 26 + c]!
    let f := if u = 0 then 0 else a.delta[a.fail[u]! * 26 + c]!
    if v ≠ 0 then
      let d := if term[f]! ≠ [] then f else a.dict[f]!
      visitLetters goto term u fuel (c + 1)
        ⟨a.fail.set! v f, a.dict.set! v d, a.delta.set! (u * 26 + c) v⟩ (q ++ [v])
    else
      visitLetters goto term u fuel (c + 1) ⟨a.fail, a.dict, a.delta.set! (u * 26 + c) f⟩ q

/-- Breadth-first traversal of the trie (fuel bounds the number of nodes dequeued). -/
def bfsTrie (goto : Array Nat) (term : Array (List Nat)) : Nat → List Nat → Automaton → Automaton
  | 0, _, a => a
  | _ + 1, [], a => a
  | fuel + 1, u :: rest, a =>
    let r := visitLetters goto term u 26 0 a []
    bfsTrie goto term fuel (rest ++ r.2) r.1

/-- The matches ending at position i: the patterns ending at u and at the nodes of its dictionary
chain (fuel bounds the chain's length). -/
def reportChain (term : Array (List Nat)) (dict : Array Nat) (plen : Array Nat) (i : Nat) :
    Nat → Nat → List (List Nat)
  | 0, _ => []
  | fuel + 1, u =>
    if u = 0 then []
    else term[u]!.map (fun p => [p, i + 1 - plen[p]!]) ++ reportChain term dict plen i fuel dict[u]!

/-- Run the automaton over the text (position i, current state). -/
def scanText (term : Array (List Nat)) (a : Automaton) (plen : Array Nat) (cnt : Nat) :
    List Char → Nat → Nat → List (List Nat)
  | [], _, _ => []
  | ch :: rest, i, state =>
    let s := a.delta[state * 26 + letterOf ch]!
    let start := if term[s]! ≠ [] then s else a.dict[s]!
    reportChain term a.dict plen i cnt start ++ scanText term a plen cnt rest (i + 1) s
-- </vc:helpers>

def ahoCorasick (text : String) (pats : List String) : List (List Nat) :=
  -- <vc:code>
  let ps := pats.map String.toList
  let n := (ps.map List.length).foldl (· + ·) 0 + 1
  let t := buildTrie ps 0 (Array.mkArray (n * 26) 0) 1 (Array.mkArray n [])
  let goto := t.1
  let cnt := t.2.1
  let term := t.2.2
  let a := bfsTrie goto term cnt [0]
    ⟨Array.mkArray cnt 0, Array.mkArray cnt 0, Array.mkArray (cnt * 26) 0⟩
  let plen := (ps.map List.length).toArray
  scanText term a plen cnt text.toList 0 0
  -- </vc:code>

theorem ahoCorasick_spec (text : String) (pats : List String) (h : pre_aho_corasick text pats) :
    post_aho_corasick text pats (ahoCorasick text pats) := by
  -- <vc:proof>
  -- </vc:proof>
