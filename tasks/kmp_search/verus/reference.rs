use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

pub open spec fn pre_kmp_search(text: Seq<char>, pat: Seq<char>) -> bool {
    text.len() <= 1000000 && pat.len() <= 1000000
}

// r is the first position where pat occurs in text, or -1 when it occurs nowhere.
pub open spec fn post_kmp_search(text: Seq<char>, pat: Seq<char>, r: int) -> bool {
    (r == -1 && forall|k: int| 0 <= k <= text.len() - pat.len() ==> !#[trigger] match_at(text, pat, k))
    || (match_at(text, pat, r) && forall|k: int| 0 <= k < r ==> !#[trigger] match_at(text, pat, k))
}

// <vc:helpers>
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

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once.
fn kmp_search(text: &Vec<char>, pat: &Vec<char>) -> (r: i64)
    requires
        pre_kmp_search(text@, pat@),
    ensures
        post_kmp_search(text@, pat@, r as int),
{
    // <vc:code>
    let n = text.len();
    let m = pat.len();
    if m == 0 {
        assert(text@.subrange(0, 0) =~= pat@);
        assert(match_at(text@, pat@, 0));
        return 0;
    }
    let f = failure_table(pat);
    // q: the length of the longest prefix of pat that ends at position i of text (q < m).
    let mut q: usize = 0;
    let mut i: usize = 0;
    proof {
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
            ends_with_prefix(text@, pat@, i as int, q as int),
            forall|b: int| q < b <= m ==> !#[trigger] ends_with_prefix(text@, pat@, i as int, b),
            forall|k: int| 0 <= k && k + m <= i ==> !#[trigger] match_at(text@, pat@, k),
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
            proof {
                assert(pat@.subrange(0, m as int) =~= pat@);
                assert(text@.subrange(i + 1 - m, i + 1) =~= pat@);
                assert(match_at(text@, pat@, i + 1 - m));
            }
            return (i + 1 - m) as i64;
        }
        proof {
            assert forall|k: int| 0 <= k && k + m <= i + 1 implies !#[trigger] match_at(text@, pat@, k) by {
                if k + m == i + 1 && match_at(text@, pat@, k) {
                    assert(pat@.subrange(0, m as int) =~= pat@);
                    assert(ends_with_prefix(text@, pat@, i + 1, m as int));
                }
            }
        }
        i = i + 1;
    }
    -1
    // </vc:code>
}

fn main() {}

} // verus!
