use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<u8>, pat: Seq<u8>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
pub open spec fn sound_from(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, j: int) -> bool
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
pub open spec fn complete_from(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, k: int) -> bool
    decreases text.len() - k,
{
    if k > text.len() - pat.len() {
        true
    } else {
        (match_at(text, pat, k) ==> r.contains(k as usize)) && complete_from(text, pat, r, k + 1)
    }
}

// Byte strings: every element is in 0 .. 255 (u8 guarantees it; stated for parity with Dafny and Lean).
pub open spec fn bytes(s: Seq<u8>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> 0 <= #[trigger] s[i] < 256
}

pub open spec fn pre_rabin_karp(text: Seq<u8>, pat: Seq<u8>) -> bool {
    1 <= pat.len() <= 1000000 && text.len() <= 1000000 && bytes(text) && bytes(pat)
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
pub open spec fn post_rabin_karp(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>) -> bool {
    sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
proof fn lemma_sound(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, j: int)
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

proof fn lemma_complete(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, k: int)
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

// The rolling hash uses base 256 and the prime modulus 1000003.
pub open spec fn pow256(e: nat) -> int
    decreases e,
{
    if e == 0 {
        1
    } else {
        pow256((e - 1) as nat) * 256
    }
}

// Polynomial hash without the modulus: s[0]*256^(n-1) + ... + s[n-1]*256^0.
pub open spec fn hash(s: Seq<u8>) -> int
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        hash(s.subrange(0, s.len() - 1)) * 256 + s[s.len() - 1] as int
    }
}

// The leading character's term can be split off.
proof fn lemma_hash_front(s: Seq<u8>)
    requires
        s.len() >= 1,
    ensures
        hash(s) == s[0] as int * pow256((s.len() - 1) as nat) + hash(s.subrange(1, s.len() as int)),
    decreases s.len(),
{
    if s.len() > 1 {
        let t = s.subrange(0, s.len() - 1);
        lemma_hash_front(t);
        let p = pow256((s.len() - 2) as nat);
        assert(pow256((s.len() - 1) as nat) == p * 256);
        assert(t.subrange(1, t.len() as int) =~= s.subrange(1, s.len() as int).subrange(0, s.len() - 2));
        assert(hash(s.subrange(1, s.len() as int)) == hash(t.subrange(1, t.len() as int)) * 256 + s[s.len() - 1] as int);
        assert(s[0] as int * (p * 256) == (s[0] as int * p) * 256) by (nonlinear_arith);
    } else {
        assert(s.subrange(0, 0) =~= Seq::<u8>::empty());
        assert(s.subrange(1, 1) =~= Seq::<u8>::empty());
    }
}

// Adding a multiple of the modulus does not change the remainder.
proof fn lemma_mod_shift(k: int, y: int)
    ensures
        (k * 1000003 + y) % 1000003 == y % 1000003,
{
    assert((k * 1000003 + y) % 1000003 == y % 1000003) by (nonlinear_arith);
}

proof fn lemma_mod_mul(x: int, c: int)
    ensures
        (x % 1000003 * 256 + c) % 1000003 == (x * 256 + c) % 1000003,
{
    let d = x / 1000003;
    assert(x == d * 1000003 + x % 1000003) by (nonlinear_arith);
    assert(x * 256 + c == (d * 256) * 1000003 + (x % 1000003 * 256 + c)) by (nonlinear_arith)
        requires x == d * 1000003 + x % 1000003;
    lemma_mod_shift(d * 256, x % 1000003 * 256 + c);
}

proof fn lemma_mod_product(c: int, p: int)
    ensures
        (c * (p % 1000003)) % 1000003 == (c * p) % 1000003,
{
    let d = p / 1000003;
    assert(p == d * 1000003 + p % 1000003) by (nonlinear_arith);
    assert(c * p == (c * d) * 1000003 + c * (p % 1000003)) by (nonlinear_arith)
        requires p == d * 1000003 + p % 1000003;
    lemma_mod_shift(c * d, c * (p % 1000003));
}

// (h + Q - cp) % Q removes the term y from a hash x known modulo Q.
proof fn lemma_mod_remove(x: int, y: int, h: int, cp: int)
    requires
        h == x % 1000003,
        cp == y % 1000003,
    ensures
        (h + 1000003 - cp) % 1000003 == (x - y) % 1000003,
{
    assert(x == (x / 1000003) * 1000003 + h) by (nonlinear_arith) requires h == x % 1000003;
    assert(y == (y / 1000003) * 1000003 + cp) by (nonlinear_arith) requires cp == y % 1000003;
    assert(x - y == (x / 1000003 - y / 1000003 - 1) * 1000003 + (h + 1000003 - cp)) by (nonlinear_arith)
        requires x == (x / 1000003) * 1000003 + h, y == (y / 1000003) * 1000003 + cp;
    lemma_mod_shift(x / 1000003 - y / 1000003 - 1, h + 1000003 - cp);
}

// Hash of s[..n] modulo Q, by Horner's rule.
fn hash_mod(s: &Vec<u8>, n: usize) -> (h: u64)
    requires
        n <= s.len(),
    ensures
        h as int == hash(s@.subrange(0, n as int)) % 1000003,
{
    let mut h: u64 = 0;
    let mut j: usize = 0;
    proof {
        assert(s@.subrange(0, 0) =~= Seq::<u8>::empty());
    }
    while j < n
        invariant
            n <= s.len(),
            0 <= j <= n,
            h < 1000003,
            h as int == hash(s@.subrange(0, j as int)) % 1000003,
        decreases n - j,
    {
        proof {
            assert(s@.subrange(0, j + 1).subrange(0, j as int) =~= s@.subrange(0, j as int));
            lemma_mod_mul(hash(s@.subrange(0, j as int)), s@[j as int] as int);
        }
        h = (h * 256 + s[j] as u64) % 1000003;
        j = j + 1;
    }
    h
}

// The window hash of the next position from the current one.
proof fn lemma_roll(text: Seq<u8>, i: int, m: int, h: int, pw: int)
    requires
        0 <= i,
        1 <= m,
        i + m < text.len(),
        h == hash(text.subrange(i, i + m)) % 1000003,
        pw == pow256((m - 1) as nat) % 1000003,
    ensures
        ((h + 1000003 - (text[i] as int * pw) % 1000003) % 1000003 * 256 + text[i + m] as int) % 1000003
            == hash(text.subrange(i + 1, i + 1 + m)) % 1000003,
{
    let w = text.subrange(i, i + m);
    lemma_hash_front(w);
    lemma_mod_product(text[i] as int, pow256((m - 1) as nat));
    lemma_mod_remove(hash(w), text[i] as int * pow256((m - 1) as nat), h, (text[i] as int * pw) % 1000003);
    lemma_mod_mul(hash(w.subrange(1, m)), text[i + m] as int);
    let next = text.subrange(i + 1, i + 1 + m);
    assert(next.subrange(0, m - 1) =~= w.subrange(1, m));
    assert(next[m - 1] == text[i + m]);
}

// Compare text[k..k+|pat|) with pat character by character.
fn matches(text: &Vec<u8>, pat: &Vec<u8>, k: usize) -> (b: bool)
    requires
        k + pat.len() <= text.len(),
    ensures
        b == match_at(text@, pat@, k as int),
{
    let m = pat.len();
    let mut j: usize = 0;
    while j < m && text[k + j] == pat[j]
        invariant
            m == pat.len(),
            k + m <= text.len(),
            0 <= j <= m,
            forall|t: int| 0 <= t < j ==> #[trigger] text@[k + t] == pat@[t],
        decreases m - j,
    {
        j = j + 1;
    }
    if j == m {
        proof {
            assert(text@.subrange(k as int, k + m) =~= pat@);
        }
        true
    } else {
        proof {
            assert(text@.subrange(k as int, k + m)[j as int] != pat@[j as int]);
        }
        false
    }
}
// </vc:helpers>

// Rabin-Karp: compare the rolling hash of each window with the pattern's hash, and the characters
// only when the hashes agree.
fn rabin_karp(text: &Vec<u8>, pat: &Vec<u8>) -> (r: Vec<usize>)
    requires
        pre_rabin_karp(text@, pat@),
    ensures
        post_rabin_karp(text@, pat@, r@),
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
    let hp = hash_mod(pat, m);
    let mut h = hash_mod(text, m);
    proof {
        assert(pat@.subrange(0, m as int) =~= pat@);
    }
    // pw = 256^(m-1) mod Q, for removing the leading character of a window.
    let mut pw: u64 = 1;
    let mut e: usize = 0;
    while e < m - 1
        invariant
            1 <= m,
            0 <= e <= m - 1,
            pw < 1000003,
            pw as int == pow256(e as nat) % 1000003,
        decreases m - 1 - e,
    {
        proof {
            lemma_mod_mul(pow256(e as nat), 0);
        }
        pw = (pw * 256) % 1000003;
        e = e + 1;
    }
    let mut k: usize = 0;
    loop
        invariant
            n == text.len(),
            m == pat.len(),
            1 <= m <= n,
            n <= 1000000,
            0 <= k <= n - m,
            h < 1000003,
            hp < 1000003,
            pw < 1000003,
            pw as int == pow256((m - 1) as nat) % 1000003,
            h as int == hash(text@.subrange(k as int, k + m)) % 1000003,
            hp as int == hash(pat@) % 1000003,
            forall|i: int| 0 <= i < r.len() ==> #[trigger] match_at(text@, pat@, r@[i] as int) && r@[i] < k,
            forall|a: int, b: int| #![trigger r@[a], r@[b]] 0 <= a < b < r.len() ==> r@[a] < r@[b],
            forall|i: int| 0 <= i < k && #[trigger] match_at(text@, pat@, i) ==> r@.contains(i as usize),
        decreases n - m - k,
    {
        let ghost before = r@;
        if h == hp && matches(text, pat, k) {
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
                // Different hashes, or a failed comparison: the window differs from pat.
                if match_at(text@, pat@, k as int) {
                    assert(text@.subrange(k as int, k + m) == pat@);
                }
            }
        }
        if k == n - m {
            break;
        }
        proof {
            lemma_roll(text@, k as int, m as int, h as int, pw as int);
        }
        h = ((h + 1000003 - (text[k] as u64 * pw) % 1000003) % 1000003 * 256 + text[k + m] as u64) % 1000003;
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
