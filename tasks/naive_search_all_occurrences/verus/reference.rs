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

pub open spec fn pre_naive_search_all_occurrences(text: Seq<char>, pat: Seq<char>) -> bool {
    1 <= pat.len() <= 1000000 && text.len() <= 1000000
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
pub open spec fn post_naive_search_all_occurrences(text: Seq<char>, pat: Seq<char>, r: Seq<usize>) -> bool {
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
// </vc:helpers>

// Try every position k = 0 .. |text| - |pat| and compare character by character.
fn naive_search_all(text: &Vec<char>, pat: &Vec<char>) -> (r: Vec<usize>)
    requires
        pre_naive_search_all_occurrences(text@, pat@),
    ensures
        post_naive_search_all_occurrences(text@, pat@, r@),
{
    // <vc:code>
    let n = text.len();
    let m = pat.len();
    let mut r: Vec<usize> = Vec::new();
    if m > n {
        proof {
            lemma_sound(text@, pat@, r@, 0);
            lemma_complete(text@, pat@, r@, 0);
        }
        return r;
    }
    let mut k: usize = 0;
    while k + m <= n
        invariant
            n == text.len(),
            m == pat.len(),
            1 <= m <= n,
            n <= 1000000,
            k <= n - m + 1,
            forall|i: int| 0 <= i < r.len() ==> #[trigger] match_at(text@, pat@, r@[i] as int) && r@[i] < k,
            forall|a: int, b: int| #![trigger r@[a], r@[b]] 0 <= a < b < r.len() ==> r@[a] < r@[b],
            forall|i: int| 0 <= i < k && #[trigger] match_at(text@, pat@, i) ==> r@.contains(i as usize),
        decreases n - k,
    {
        let mut j: usize = 0;
        while j < m && text[k + j] == pat[j]
            invariant
                n == text.len(),
                m == pat.len(),
                k + m <= n,
                0 <= j <= m,
                forall|t: int| 0 <= t < j ==> #[trigger] text@[k + t] == pat@[t],
            decreases m - j,
        {
            j = j + 1;
        }
        let ghost before = r@;
        if j == m {
            proof {
                assert(text@.subrange(k as int, k + m) =~= pat@);
            }
            r.push(k);
            proof {
                assert(r@ =~= before.push(k));
                assert(r@[before.len() as int] == k);
                assert forall|i: int| 0 <= i < k + 1 && #[trigger] match_at(text@, pat@, i) implies r@.contains(i as usize) by {
                    if i < k {
                        let idx = choose|idx: int| 0 <= idx < before.len() && before[idx] == i as usize;
                        assert(r@[idx] == before[idx]);
                    } else {
                        assert(r@[before.len() as int] == i as usize);
                    }
                }
            }
        } else {
            proof {
                assert(text@.subrange(k as int, k + m)[j as int] != pat@[j as int]);
                assert(!match_at(text@, pat@, k as int));
            }
        }
        k = k + 1;
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
