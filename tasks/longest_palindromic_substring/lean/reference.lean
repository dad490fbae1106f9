/-- s[i..j] reads the same forwards and backwards (for i ≤ k < j, s[k] = s[i + j - 1 - k]).
Reducible, so that instance search sees the bounded quantifier and `decide` can evaluate it. -/
abbrev isPalindrome (s : List Int) (i j : Nat) : Prop :=
  ∀ k, k < j → i ≤ k → s.getD k 0 = s.getD (i + j - 1 - k) 0

def pre_longest_palindromic_substring (s : List Int) : Prop :=
  s.length ≤ 100000

/-- s[start..start+len] is a palindrome inside s and no palindromic substring of s is longer. -/
def post_longest_palindromic_substring (s : List Int) (start len : Nat) : Prop :=
  start + len ≤ s.length ∧ isPalindrome s start (start + len) ∧
  ∀ i, i < s.length + 1 → ∀ j, j < s.length + 1 → i ≤ j → isPalindrome s i j → j - i ≤ len

-- <vc:helpers>
/-- Extend s[lo..hi] by one element on each side while both new elements exist inside s[0..n]
and are equal; returns the final (lo, hi). Structural recursion on lo. -/
def expandPal (s : List Int) (n : Nat) : Nat → Nat → Nat × Nat
  | 0, hi => (0, hi)
  | lo + 1, hi =>
    if hi < n ∧ s.getD lo 0 = s.getD hi 0 then expandPal s n lo (hi + 1) else (lo + 1, hi)

abbrev expandOk (s : List Int) (n lo hi L R : Nat) : Prop :=
  L ≤ R ∧ R ≤ n ∧ L + R = lo + hi ∧ isPalindrome s L R ∧
    (L = 0 ∨ R = n ∨ s.getD (L - 1) 0 ≠ s.getD R 0)

theorem expandPal_spec (s : List Int) (n : Nat) :
    ∀ lo hi, lo ≤ hi → hi ≤ n → isPalindrome s lo hi →
      expandOk s n lo hi (expandPal s n lo hi).1 (expandPal s n lo hi).2 := by
  intro lo
  induction lo with
  | zero =>
    intro hi _ h2 hp
    show expandOk s n 0 hi 0 hi
    exact ⟨Nat.zero_le _, h2, rfl, hp, Or.inl rfl⟩
  | succ lo ih =>
    intro hi h1 h2 hp
    by_cases hc : hi < n ∧ s.getD lo 0 = s.getD hi 0
    · have hext : isPalindrome s lo (hi + 1) := by
        intro k hk1 hk2
        by_cases e1 : k = lo
        · have e : lo + (hi + 1) - 1 - k = hi := by omega
          rw [e, e1]
          exact hc.2
        · by_cases e2 : k = hi
          · have e : lo + (hi + 1) - 1 - k = lo := by omega
            rw [e, e2]
            exact hc.2.symm
          · have hk := hp k (by omega) (by omega)
            have e : lo + (hi + 1) - 1 - k = lo + 1 + hi - 1 - k := by omega
            rw [e]
            exact hk
      have hlt : hi < n := hc.1
      have hrec := ih (hi + 1) (by omega) (by omega) hext
      have hstep : expandPal s n (lo + 1) hi = expandPal s n lo (hi + 1) := by
        show (if hi < n ∧ s.getD lo 0 = s.getD hi 0 then expandPal s n lo (hi + 1)
          else (lo + 1, hi)) = expandPal s n lo (hi + 1)
        rw [if_pos hc]
      rw [hstep]
      obtain ⟨a1, a2, a3, a4, a5⟩ := hrec
      exact ⟨a1, a2, by omega, a4, a5⟩
    · have hstep : expandPal s n (lo + 1) hi = (lo + 1, hi) := by
        show (if hi < n ∧ s.getD lo 0 = s.getD hi 0 then expandPal s n lo (hi + 1)
          else (lo + 1, hi)) = (lo + 1, hi)
        rw [if_neg hc]
      rw [hstep]
      show expandOk s n (lo + 1) hi (lo + 1) hi
      refine ⟨h1, h2, rfl, hp, ?_⟩
      by_cases hn : hi = n
      · exact Or.inr (Or.inl hn)
      · refine Or.inr (Or.inr ?_)
        intro heq
        have e : lo + 1 - 1 = lo := by omega
        rw [e] at heq
        exact hc ⟨by omega, heq⟩

/-- Palindromes with the same centre are nested: if s[L..R] cannot be extended by one element on
each side, no palindrome s[i..j] with i + j = L + R is longer. -/
theorem centre_max (s : List Int) (n L R : Nat) (hLR : L ≤ R) (hR : R ≤ n)
    (hstop : L = 0 ∨ R = n ∨ s.getD (L - 1) 0 ≠ s.getD R 0)
    (i j : Nat) (hij : i ≤ j) (hj : j ≤ n) (hsum : i + j = L + R) (hp : isPalindrome s i j) :
    j - i ≤ R - L := by
  rcases Nat.lt_or_ge (R - L) (j - i) with hlt | hge
  · exfalso
    have hk := hp (L - 1) (by omega) (by omega)
    have e : i + j - 1 - (L - 1) = R := by omega
    rw [e] at hk
    rcases hstop with h | h | h
    · omega
    · omega
    · exact h hk
  · exact hge

/-- Centres 1 .. t processed: the best (start, len) so far. Centre c = t + 1 starts from
s[(t+1)/2 .. (t+2)/2], of length 1 when c is odd and 0 when c is even. -/
def scanCentres (s : List Int) (n : Nat) : Nat → Nat × Nat
  | 0 => (0, 0)
  | t + 1 =>
    let p := scanCentres s n t
    let r := expandPal s n ((t + 1) / 2) ((t + 2) / 2)
    if r.2 - r.1 > p.2 then (r.1, r.2 - r.1) else p

abbrev scanOk (s : List Int) (n t st ln : Nat) : Prop :=
  st + ln ≤ n ∧ isPalindrome s st (st + ln) ∧
    ∀ i j, i ≤ j → j ≤ n → i + j ≤ t → isPalindrome s i j → j - i ≤ ln

theorem centre_start (s : List Int) (t : Nat) : isPalindrome s ((t + 1) / 2) ((t + 2) / 2) := by
  intro k hk1 hk2
  have e : (t + 1) / 2 + (t + 2) / 2 - 1 - k = k := by omega
  rw [e]

theorem scan_spec (s : List Int) (n : Nat) :
    ∀ t, (t < 2 * n ∨ t = 0) → scanOk s n t (scanCentres s n t).1 (scanCentres s n t).2 := by
  intro t
  induction t with
  | zero =>
    intro _
    show scanOk s n 0 0 0
    refine ⟨by omega, ?_, ?_⟩
    · intro k hk1 hk2
      omega
    · intro i j hij _ hs _
      omega
  | succ t ih =>
    intro ht
    have hn : t + 1 < 2 * n := by omega
    have hprev := ih (Or.inl (by omega))
    have hexp := expandPal_spec s n ((t + 1) / 2) ((t + 2) / 2) (by omega) (by omega)
      (centre_start s t)
    have hstep : scanCentres s n (t + 1) =
        (if (expandPal s n ((t + 1) / 2) ((t + 2) / 2)).2
              - (expandPal s n ((t + 1) / 2) ((t + 2) / 2)).1 > (scanCentres s n t).2
          then ((expandPal s n ((t + 1) / 2) ((t + 2) / 2)).1,
            (expandPal s n ((t + 1) / 2) ((t + 2) / 2)).2
              - (expandPal s n ((t + 1) / 2) ((t + 2) / 2)).1)
          else scanCentres s n t) := rfl
    rw [hstep]
    revert hexp hprev
    generalize expandPal s n ((t + 1) / 2) ((t + 2) / 2) = r
    generalize scanCentres s n t = p
    intro hexp hprev
    rcases r with ⟨L, R⟩
    rcases p with ⟨st, ln⟩
    dsimp only at hexp hprev ⊢
    obtain ⟨eL, eR, esum, epal, estop⟩ := hexp
    obtain ⟨h1, h2, h3⟩ := hprev
    have cm := centre_max s n L R eL eR estop
    by_cases hc : R - L > ln
    · rw [if_pos hc]
      show scanOk s n (t + 1) L (R - L)
      refine ⟨by omega, ?_, ?_⟩
      · have e : L + (R - L) = R := by omega
        rw [e]
        exact epal
      · intro i j hij hj hs hp
        by_cases hlt : i + j ≤ t
        · have := h3 i j hij hj hlt hp
          omega
        · have := cm i j hij hj (by omega) hp
          omega
    · rw [if_neg hc]
      show scanOk s n (t + 1) st ln
      refine ⟨h1, h2, ?_⟩
      intro i j hij hj hs hp
      by_cases hlt : i + j ≤ t
      · exact h3 i j hij hj hlt hp
      · have := cm i j hij hj (by omega) hp
        omega
-- </vc:helpers>

def longestPalindromicSubstring (s : List Int) : Nat × Nat :=
  -- <vc:code>
  scanCentres s s.length (2 * s.length - 1)
  -- </vc:code>

theorem longestPalindromicSubstring_spec (s : List Int)
    (h : pre_longest_palindromic_substring s) :
    post_longest_palindromic_substring s (longestPalindromicSubstring s).1
      (longestPalindromicSubstring s).2 := by
  -- <vc:proof>
  have hs := scan_spec s s.length (2 * s.length - 1) (by omega)
  obtain ⟨h1, h2, h3⟩ := hs
  unfold post_longest_palindromic_substring
  refine ⟨h1, h2, ?_⟩
  intro i hi j hj hij hp
  by_cases hle : i + j ≤ 2 * s.length - 1
  · exact h3 i j hij (by omega) hle hp
  · have e : j - i = 0 := by omega
    rw [e]
    exact Nat.zero_le _
  -- </vc:proof>
