use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
pub open spec fn sound_from(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, j: int) -> bool
    decreases r.len() - j,
{
    if j >= r.len() {
        true
    } else {
        0 <= j && match_at(text, pat, r[j] as int) && (j + 1 < r.len() ==> r[j] < r[j + 1])
        && sound_from(text, pat, r, j + 1)
    }
}

// Every position k' >= k where pat occurs is listed in r.
pub open spec fn complete_from(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, k: int) -> bool
    decreases text.len() - k,
{
    if k > text.len() - pat.len() {
        true
    } else {
        (match_at(text, pat, k) ==> r.contains(k as usize)) && complete_from(text, pat, r, k + 1)
    }
}

pub open spec fn pre_kmp_all_occurrences(text: Seq<char>, pat: Seq<char>) -> bool {
    1 <= pat.len() <= 1000000 && text.len() <= 1000000
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
pub open spec fn post_kmp_all_occurrences(text: Seq<char>, pat: Seq<char>, r: Seq<usize>) -> bool {
    sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
proof fn lemma_sound(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, j: int)
    requires
        0 <= j,
        forall|i: int| 0 <= i < r.len() ==> #[trigger] match_at(text, pat, r[i] as int),
        forall|a: int, b: int| #![trigger r[a], r[b]] 0 <= a < b < r.len() ==> r[a] < r[b],
    ensures
        sound_from(text, pat, r, j),
    decreases r.len() - j,
{
    if j < r.len() {
        assert(match_at(text, pat, r[j] as int));
        lemma_sound(text, pat, r, j + 1);
    }
}

proof fn lemma_complete(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, k: int)
    requires
        0 <= k,
        forall|i: int| 0 <= i <= text.len() - pat.len() && #[trigger] match_at(text, pat, i) ==> r.contains(i as usize),
    ensures
        complete_from(text, pat, r, k),
    decreases text.len() - k,
{
    if k <= text.len() - pat.len() {
        lemma_complete(text, pat, r, k + 1);
    }
}

// The b characters of s ending at position i equal the first b characters of pat: a suffix of
// s[..i] that is a prefix of pat. With s == pat and b < i, pat[..b] is a border of pat[..i].
pub open spec fn ends_with_prefix(s: Seq<char>, pat: Seq<char>, i: int, b: int) -> bool {
    0 <= b <= i <= s.len() && b <= pat.len() && s.subrange(i - b, i) == pat.subrange(0, b)
}

// f[q] (1 <= q <= upto) is the length of the longest proper border of pat[..q].
pub open spec fn is_failure(pat: Seq<char>, f: Seq<usize>, upto: int) -> bool {
    0 <= upto < f.len() && upto <= pat.len()
    && forall|q: int| #![trigger f[q]] 1 <= q <= upto ==>
        (f[q] as int) < q && ends_with_prefix(pat, pat, q, f[q] as int)
        && forall|b: int| (f[q] as int) < b < q ==> !#[trigger] ends_with_prefix(pat, pat, q, b)
}

// Two prefixes of pat ending at the same place of s: the shorter is a border of the longer.
proof fn lemma_shorter(s: Seq<char>, pat: Seq<char>, i: int, q: int, c: int)
    requires
        ends_with_prefix(s, pat, i, q),
        ends_with_prefix(s, pat, i, c),
        c <= q,
    ensures
        ends_with_prefix(pat, pat, q, c),
{
    assert forall|j: int| 0 <= j < c implies #[trigger] pat.subrange(q - c, q)[j] == pat.subrange(0, c)[j] by {
        assert(s.subrange(i - q, i)[q - c + j] == pat.subrange(0, q)[q - c + j]);
        assert(s.subrange(i - c, i)[j] == pat.subrange(0, c)[j]);
    }
    assert(pat.subrange(q - c, q) =~= pat.subrange(0, c));
}

// A border of a matched prefix is matched too.
proof fn lemma_compose(s: Seq<char>, pat: Seq<char>, i: int, q: int, c: int)
    requires
        ends_with_prefix(s, pat, i, q),
        ends_with_prefix(pat, pat, q, c),
    ensures
        ends_with_prefix(s, pat, i, c),
{
    assert forall|j: int| 0 <= j < c implies #[trigger] s.subrange(i - c, i)[j] == pat.subrange(0, c)[j] by {
        assert(s.subrange(i - q, i)[q - c + j] == pat.subrange(0, q)[q - c + j]);
        assert(pat.subrange(q - c, q)[j] == pat.subrange(0, c)[j]);
    }
    assert(s.subrange(i - c, i) =~= pat.subrange(0, c));
}

// A matched prefix followed by a matching character.
proof fn lemma_extend(s: Seq<char>, pat: Seq<char>, i: int, b: int)
    requires
        ends_with_prefix(s, pat, i, b),
        i < s.len(),
        b < pat.len(),
        s[i] == pat[b],
    ensures
        ends_with_prefix(s, pat, i + 1, b + 1),
{
    assert forall|j: int| 0 <= j < b + 1 implies #[trigger] s.subrange(i - b, i + 1)[j] == pat.subrange(0, b + 1)[j] by {
        if j < b {
            assert(s.subrange(i - b, i)[j] == pat.subrange(0, b)[j]);
        }
    }
    assert(s.subrange(i - b, i + 1) =~= pat.subrange(0, b + 1));
}

// A nonempty matched prefix ending at i + 1 ends with s[i] and leaves a matched prefix at i.
proof fn lemma_shrink(s: Seq<char>, pat: Seq<char>, i: int, b: int)
    requires
        ends_with_prefix(s, pat, i + 1, b),
        b >= 1,
    ensures
        ends_with_prefix(s, pat, i, b - 1),
        s[i] == pat[b - 1],
{
    assert forall|j: int| 0 <= j < b implies #[trigger] s[i + 1 - b + j] == pat[j] by {
        assert(s.subrange(i + 1 - b, i + 1)[j] == pat.subrange(0, b)[j]);
    }
    assert(s.subrange(i + 1 - b, i) =~= pat.subrange(0, b - 1));
    assert(s[i + 1 - b + (b - 1)] == pat[b - 1]);
}

// The failure function: f[q] is the length of the longest proper border of pat[..q].
fn failure_table(pat: &Vec<char>) -> (f: Vec<usize>)
    requires
        1 <= pat.len() <= 1000000,
    ensures
        f.len() == pat.len() + 1,
        is_failure(pat@, f@, pat.len() as int),
{
    let m = pat.len();
    let mut f: Vec<usize> = Vec::new();
    f.push(0);
    f.push(0);
    proof {
        assert(pat@.subrange(1, 1) =~= pat@.subrange(0, 0));
        assert(ends_with_prefix(pat@, pat@, 1, 0));
    }
    let mut k: usize = 0;
    let mut i: usize = 1;
    while i < m
        invariant
            m == pat.len(),
            m <= 1000000,
            1 <= i <= m,
            f.len() == i + 1,
            is_failure(pat@, f@, i as int),
            k == f@[i as int],
        decreases m - i,
    {
        // Longest border of pat[..i + 1]: extend a border of pat[..i], longest first.
        assert forall|b: int| k + 1 < b <= i implies !#[trigger] ends_with_prefix(pat@, pat@, i + 1, b) by {
            if ends_with_prefix(pat@, pat@, i + 1, b) {
                lemma_shrink(pat@, pat@, i as int, b);
                assert(f@[i as int] == k);
            }
        }
        while k > 0 && pat[i] != pat[k]
            invariant
                m == pat.len(),
                1 <= i < m,
                f.len() == i + 1,
                0 <= k < i,
                is_failure(pat@, f@, i as int),
                ends_with_prefix(pat@, pat@, i as int, k as int),
                forall|b: int| k + 1 < b <= i ==> !#[trigger] ends_with_prefix(pat@, pat@, i + 1, b),
            decreases k,
        {
            let k2 = f[k];
            proof {
                assert(f@[k as int] == k2);
                assert(ends_with_prefix(pat@, pat@, k as int, k2 as int));
                assert forall|b: int| k2 + 1 < b <= i implies !#[trigger] ends_with_prefix(pat@, pat@, i + 1, b) by {
                    if ends_with_prefix(pat@, pat@, i + 1, b) {
                        lemma_shrink(pat@, pat@, i as int, b);
                        if b - 1 < k {
                            lemma_shorter(pat@, pat@, i as int, k as int, b - 1);
                        }
                    }
                }
                lemma_compose(pat@, pat@, i as int, k as int, k2 as int);
            }
            k = k2;
        }
        if pat[i] == pat[k] {
            proof {
                lemma_extend(pat@, pat@, i as int, k as int);
            }
            k = k + 1;
        } else {
            proof {
                assert(pat@.subrange(i + 1, i + 1) =~= pat@.subrange(0, 0));
                assert(ends_with_prefix(pat@, pat@, i + 1, 0));
                assert forall|b: int| 0 < b < i + 1 implies !#[trigger] ends_with_prefix(pat@, pat@, i + 1, b) by {
                    if ends_with_prefix(pat@, pat@, i + 1, b) && b == 1 {
                        lemma_shrink(pat@, pat@, i as int, b);
                    }
                }
            }
        }
        let ghost before = f@;
        f.push(k);
        proof {
            assert(f@ =~= before.push(k));
            assert forall|q: int| 1 <= q <= i implies #[trigger] f@[q] == before[q] by {}
            assert(f@[i + 1] == k);
        }
        i = i + 1;
    }
    f
}
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
// every occurrence and falling back to the longest proper border after each one.
fn kmp_all(text: &Vec<char>, pat: &Vec<char>) -> (r: Vec<usize>)
    requires
        pre_kmp_all_occurrences(text@, pat@),
    ensures
        post_kmp_all_occurrences(text@, pat@, r@),
{
    // <vc:code>
    let n = text.len();
    let m = pat.len();
    let f = failure_table(pat);
    let mut r: Vec<usize> = Vec::new();
    // q: the length of the longest proper prefix of pat that ends at position i of text.
    let mut q: usize = 0;
    let mut i: usize = 0;
    proof {
        assert(pat@.subrange(0, m as int) =~= pat@);
        assert(text@.subrange(0, 0) =~= pat@.subrange(0, 0));
    }
    while i < n
        invariant
            n == text.len(),
            m == pat.len(),
            1 <= m <= 1000000,
            n <= 1000000,
            0 <= i <= n,
            0 <= q < m,
            f.len() == m + 1,
            is_failure(pat@, f@, m as int),
            pat@.subrange(0, m as int) == pat@,
            ends_with_prefix(text@, pat@, i as int, q as int),
            forall|b: int| q < b < m ==> !#[trigger] ends_with_prefix(text@, pat@, i as int, b),
            forall|j: int| 0 <= j < r.len() ==> #[trigger] match_at(text@, pat@, r@[j] as int) && r@[j] + m <= i,
            forall|a: int, b: int| #![trigger r@[a], r@[b]] 0 <= a < b < r.len() ==> r@[a] < r@[b],
            forall|k: int| 0 <= k && k + m <= i && #[trigger] match_at(text@, pat@, k) ==> r@.contains(k as usize),
        decreases n - i,
    {
        assert forall|b: int| q + 1 < b <= m implies !#[trigger] ends_with_prefix(text@, pat@, i + 1, b) by {
            if ends_with_prefix(text@, pat@, i + 1, b) {
                lemma_shrink(text@, pat@, i as int, b);
            }
        }
        // On a mismatch fall back to the longest border of the matched prefix.
        while q > 0 && text[i] != pat[q]
            invariant
                n == text.len(),
                m == pat.len(),
                i < n,
                0 <= q < m,
                f.len() == m + 1,
                is_failure(pat@, f@, m as int),
                ends_with_prefix(text@, pat@, i as int, q as int),
                forall|b: int| q + 1 < b <= m ==> !#[trigger] ends_with_prefix(text@, pat@, i + 1, b),
            decreases q,
        {
            let q2 = f[q];
            proof {
                assert(f@[q as int] == q2);
                assert(ends_with_prefix(pat@, pat@, q as int, q2 as int));
                assert forall|b: int| q2 + 1 < b <= m implies !#[trigger] ends_with_prefix(text@, pat@, i + 1, b) by {
                    if ends_with_prefix(text@, pat@, i + 1, b) {
                        lemma_shrink(text@, pat@, i as int, b);
                        if b - 1 < q {
                            lemma_shorter(text@, pat@, i as int, q as int, b - 1);
                        }
                    }
                }
                lemma_compose(text@, pat@, i as int, q as int, q2 as int);
            }
            q = q2;
        }
        if text[i] == pat[q] {
            proof {
                lemma_extend(text@, pat@, i as int, q as int);
            }
            q = q + 1;
        } else {
            proof {
                assert(text@.subrange(i + 1, i + 1) =~= pat@.subrange(0, 0));
                assert(ends_with_prefix(text@, pat@, i + 1, 0));
                assert forall|b: int| 0 < b <= m implies !#[trigger] ends_with_prefix(text@, pat@, i + 1, b) by {
                    if ends_with_prefix(text@, pat@, i + 1, b) && b == 1 {
                        lemma_shrink(text@, pat@, i as int, b);
                    }
                }
            }
        }
        if q == m {
            // An occurrence ends here: report it, then continue from the longest proper border.
            let k = i + 1 - m;
            let ghost before = r@;
            proof {
                assert(text@.subrange(k as int, k + m) =~= pat@);
                assert(match_at(text@, pat@, k as int));
            }
            r.push(k);
            let q2 = f[m];
            proof {
                assert(r@ =~= before.push(k));
                assert(r@[before.len() as int] == k);
                assert forall|j: int| 0 <= j < r.len() implies #[trigger] match_at(text@, pat@, r@[j] as int) && r@[j] + m <= i + 1 by {
                    if j < before.len() {
                        assert(r@[j] == before[j]);
                    }
                }
                assert forall|kk: int| 0 <= kk && kk + m <= i + 1 && #[trigger] match_at(text@, pat@, kk) implies r@.contains(kk as usize) by {
                    if kk < k {
                        let idx = choose|idx: int| 0 <= idx < before.len() && before[idx] == kk as usize;
                        assert(r@[idx] == before[idx]);
                    } else {
                        assert(r@[before.len() as int] == kk as usize);
                    }
                }
                assert(f@[m as int] == q2);
                assert(ends_with_prefix(pat@, pat@, m as int, q2 as int));
                assert forall|b: int| q2 < b < m implies !#[trigger] ends_with_prefix(text@, pat@, i + 1, b) by {
                    if ends_with_prefix(text@, pat@, i + 1, b) {
                        lemma_shorter(text@, pat@, i + 1, m as int, b);
                    }
                }
                lemma_compose(text@, pat@, i + 1, m as int, q2 as int);
            }
            q = q2;
        } else {
            proof {
                assert forall|k: int| 0 <= k && k + m <= i + 1 && #[trigger] match_at(text@, pat@, k) implies r@.contains(k as usize) by {
                    if k + m == i + 1 {
                        assert(text@.subrange(k, k + m) == pat@);
                        assert(ends_with_prefix(text@, pat@, i + 1, m as int));
                    }
                }
            }
        }
        i = i + 1;
    }
    proof {
        lemma_sound(text@, pat@, r@, 0);
        lemma_complete(text@, pat@, r@, 0);
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
