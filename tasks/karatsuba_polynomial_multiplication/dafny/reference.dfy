// Polynomials are coefficient sequences, lowest degree first.
// coef(p, q, k, i) = sum over i <= i' < |p| of p[i'] * q[k - i'] (terms with k - i' outside q count 0).
function coef(p: seq<int>, q: seq<int>, k: int, i: int): int
  decreases |p| - i
{
  if i < 0 || i >= |p| then 0
  else (if 0 <= k - i < |q| then p[i] * q[k - i] else 0) + coef(p, q, k, i + 1)
}

// r[k'] == coef(p, q, k', 0) for every k <= k' < |r|.
predicate coefs_match(p: seq<int>, q: seq<int>, r: seq<int>, k: int)
  decreases |r| - k
{
  k < 0 || k >= |r| || (r[k] == coef(p, q, k, 0) && coefs_match(p, q, r, k + 1))
}

predicate pre_karatsuba_polynomial_multiplication(p: seq<int>, q: seq<int>)
{
  1 <= |p| <= 1000 && 1 <= |q| <= 1000 &&
  (forall i :: 0 <= i < |p| ==> -1000 <= p[i] <= 1000) &&
  (forall j :: 0 <= j < |q| ==> -1000 <= q[j] <= 1000)
}

predicate post_karatsuba_polynomial_multiplication(p: seq<int>, q: seq<int>, r: seq<int>)
{
  |r| == |p| + |q| - 1 && coefs_match(p, q, r, 0)
}

// <vc:helpers>
// Coefficient j of a, 0 outside.
function Get(a: seq<int>, j: int): int
{
  if 0 <= j < |a| then a[j] else 0
}

function Lo(a: seq<int>, m: int): seq<int>
  requires 0 <= m
{
  if m < |a| then a[..m] else a
}

function Hi(a: seq<int>, m: int): seq<int>
  requires 0 <= m
{
  if m < |a| then a[m..] else []
}

// s is the coefficient-wise sum of a and b.
predicate IsSum(s: seq<int>, a: seq<int>, b: seq<int>)
{
  |s| == (if |a| < |b| then |b| else |a|) &&
  forall j :: 0 <= j < |s| ==> s[j] == Get(a, j) + Get(b, j)
}

// r holds every coefficient of the product of a and b (|r| = |a| + |b|, the last one 0).
predicate IsProduct(r: seq<int>, a: seq<int>, b: seq<int>)
{
  |r| == |a| + |b| && forall k :: 0 <= k < |r| ==> r[k] == coef(a, b, k, 0)
}

lemma CoefOut(p: seq<int>, q: seq<int>, k: int, i: int)
  requires 0 <= i
  requires k < 0 || k >= |p| + |q| - 1
  ensures coef(p, q, k, i) == 0
  decreases |p| - i
{
  if i < |p| {
    CoefOut(p, q, k, i + 1);
  }
}

lemma GetProduct(r: seq<int>, a: seq<int>, b: seq<int>, k: int)
  requires IsProduct(r, a, b)
  ensures Get(r, k) == coef(a, b, k, 0)
{
  if !(0 <= k < |r|) {
    CoefOut(a, b, k, 0);
  }
}

lemma SplitFirstHigh(a: seq<int>, b: seq<int>, k: int, t: int, i: int)
  requires 0 <= t <= i <= |a|
  ensures coef(a, b, k, i) == coef(a[t..], b, k - t, i - t)
  decreases |a| - i
{
  if i < |a| {
    SplitFirstHigh(a, b, k, t, i + 1);
    assert a[t..][i - t] == a[i];
  }
}

lemma SplitFirstLow(a: seq<int>, b: seq<int>, k: int, t: int, i: int)
  requires 0 <= i <= t <= |a|
  ensures coef(a, b, k, i) == coef(a[..t], b, k, i) + coef(a[t..], b, k - t, 0)
  decreases t - i
{
  if i == t {
    SplitFirstHigh(a, b, k, t, t);
  } else {
    SplitFirstLow(a, b, k, t, i + 1);
    assert a[..t][i] == a[i];
  }
}

// Splitting the first factor at m: a = Lo + x^m Hi.
lemma SplitFirst(a: seq<int>, b: seq<int>, k: int, m: int)
  requires 0 <= m
  ensures coef(a, b, k, 0) == coef(Lo(a, m), b, k, 0) + coef(Hi(a, m), b, k - m, 0)
{
  if m < |a| {
    SplitFirstLow(a, b, k, m, 0);
  } else {
    assert coef(Hi(a, m), b, k - m, 0) == 0;
  }
}

// Splitting the second factor at m: b = Lo + x^m Hi (term by term).
lemma SplitSecond(a: seq<int>, b: seq<int>, k: int, m: int, i: int)
  requires 0 <= m && 0 <= i
  ensures coef(a, b, k, i) == coef(a, Lo(b, m), k, i) + coef(a, Hi(b, m), k - m, i)
  decreases |a| - i
{
  if i < |a| {
    SplitSecond(a, b, k, m, i + 1);
    if m < |b| {
      if 0 <= k - i < m {
        assert Lo(b, m)[k - i] == b[k - i];
      } else if m <= k - i < |b| {
        assert Hi(b, m)[k - m - i] == b[k - i];
      }
    }
  }
}

// The product is additive in the first factor.
lemma AddFirst(s: seq<int>, a: seq<int>, c: seq<int>, b: seq<int>, k: int, i: int)
  requires IsSum(s, a, c) && 0 <= i
  ensures coef(s, b, k, i) == coef(a, b, k, i) + coef(c, b, k, i)
  decreases |s| - i
{
  if i < |s| {
    AddFirst(s, a, c, b, k, i + 1);
    if 0 <= k - i < |b| {
      assert s[i] * b[k - i] == Get(a, i) * b[k - i] + Get(c, i) * b[k - i];
    }
  } else {
    CoefFrom(a, b, k, i);
    CoefFrom(c, b, k, i);
  }
}

lemma CoefFrom(a: seq<int>, b: seq<int>, k: int, i: int)
  requires i >= |a|
  ensures coef(a, b, k, i) == 0
{
}

// The product is additive in the second factor.
lemma AddSecond(a: seq<int>, s: seq<int>, b: seq<int>, d: seq<int>, k: int, i: int)
  requires IsSum(s, b, d) && 0 <= i
  ensures coef(a, s, k, i) == coef(a, b, k, i) + coef(a, d, k, i)
  decreases |a| - i
{
  if i < |a| {
    AddSecond(a, s, b, d, k, i + 1);
    if 0 <= k - i < |s| {
      assert a[i] * s[k - i] == a[i] * Get(b, k - i) + a[i] * Get(d, k - i);
    }
  }
}

lemma CoefEmptySecond(a: seq<int>, b: seq<int>, k: int, i: int)
  requires |b| == 0 && 0 <= i
  ensures coef(a, b, k, i) == 0
  decreases |a| - i
{
  if i < |a| {
    CoefEmptySecond(a, b, k, i + 1);
  }
}

method AddPad(a: seq<int>, b: seq<int>) returns (s: seq<int>)
  ensures IsSum(s, a, b)
{
  var n := if |a| < |b| then |b| else |a|;
  var c := new int[n];
  var j := 0;
  while j < n
    invariant 0 <= j <= n
    invariant forall t :: 0 <= t < j ==> c[t] == Get(a, t) + Get(b, t)
    decreases n - j
  {
    var x := if j < |a| then a[j] else 0;
    var y := if j < |b| then b[j] else 0;
    c[j] := x + y;
    j := j + 1;
  }
  s := c[..];
}

// z[j] = s[j] - x[j] - y[j] (the middle term of Karatsuba).
method SubPad(s: seq<int>, x: seq<int>, y: seq<int>) returns (z: seq<int>)
  requires |x| <= |s| && |y| <= |s|
  ensures |z| == |s| && forall j :: 0 <= j < |z| ==> z[j] == s[j] - Get(x, j) - Get(y, j)
{
  var c := new int[|s|];
  var j := 0;
  while j < |s|
    invariant 0 <= j <= |s|
    invariant forall t :: 0 <= t < j ==> c[t] == s[t] - Get(x, t) - Get(y, t)
    decreases |s| - j
  {
    var u := if j < |x| then x[j] else 0;
    var v := if j < |y| then y[j] else 0;
    c[j] := s[j] - u - v;
    j := j + 1;
  }
  z := c[..];
}

// r[k] = z0[k] + z1[k - m] + z2[k - 2m] for k < n.
method Combine(z0: seq<int>, z1: seq<int>, z2: seq<int>, m: int, n: int) returns (r: seq<int>)
  requires 0 <= m && 0 <= n
  ensures |r| == n && forall k :: 0 <= k < n ==> r[k] == Get(z0, k) + Get(z1, k - m) + Get(z2, k - 2 * m)
{
  var c := new int[n];
  var k := 0;
  while k < n
    invariant 0 <= k <= n
    invariant forall t :: 0 <= t < k ==> c[t] == Get(z0, t) + Get(z1, t - m) + Get(z2, t - 2 * m)
    decreases n - k
  {
    var u := if k < |z0| then z0[k] else 0;
    var v := if 0 <= k - m < |z1| then z1[k - m] else 0;
    var w := if 0 <= k - 2 * m < |z2| then z2[k - 2 * m] else 0;
    c[k] := u + v + w;
    k := k + 1;
  }
  r := c[..];
}

// The coefficient identity behind one Karatsuba step, for one degree k.
lemma KaratsubaStep(a: seq<int>, b: seq<int>, m: int, k: int,
                    z0: seq<int>, z2: seq<int>, zs: seq<int>, sa: seq<int>, sb: seq<int>, z1: seq<int>)
  requires 1 <= m
  requires IsProduct(z0, Lo(a, m), Lo(b, m))
  requires IsProduct(z2, Hi(a, m), Hi(b, m))
  requires IsSum(sa, Lo(a, m), Hi(a, m)) && IsSum(sb, Lo(b, m), Hi(b, m))
  requires IsProduct(zs, sa, sb)
  requires |z1| == |zs| && forall j :: 0 <= j < |z1| ==> z1[j] == zs[j] - Get(z0, j) - Get(z2, j)
  requires |z0| <= |zs| && |z2| <= |zs|
  ensures coef(a, b, k, 0) == Get(z0, k) + Get(z1, k - m) + Get(z2, k - 2 * m)
{
  var a0, a1, b0, b1 := Lo(a, m), Hi(a, m), Lo(b, m), Hi(b, m);
  SplitFirst(a, b, k, m);
  SplitSecond(a0, b, k, m, 0);
  SplitSecond(a1, b, k - m, m, 0);
  GetProduct(z0, a0, b0, k);
  GetProduct(z2, a1, b1, k - 2 * m);
  var j := k - m;
  GetProduct(zs, sa, sb, j);
  GetProduct(z0, a0, b0, j);
  GetProduct(z2, a1, b1, j);
  AddFirst(sa, a0, a1, sb, j, 0);
  AddSecond(a0, sb, b0, b1, j, 0);
  AddSecond(a1, sb, b0, b1, j, 0);
  assert Get(z1, j) == Get(zs, j) - Get(z0, j) - Get(z2, j);
}

method Karatsuba(a: seq<int>, b: seq<int>) returns (r: seq<int>)
  ensures IsProduct(r, a, b)
  decreases |a| + |b|
{
  if |a| == 0 || |b| == 0 {
    var c := new int[|a| + |b|];
    var k := 0;
    while k < |a| + |b|
      invariant 0 <= k <= |a| + |b|
      invariant forall t :: 0 <= t < k ==> c[t] == 0
      decreases |a| + |b| - k
    {
      c[k] := 0;
      k := k + 1;
    }
    r := c[..];
    forall t | 0 <= t < |r|
      ensures r[t] == coef(a, b, t, 0)
    {
      if |b| == 0 {
        CoefEmptySecond(a, b, t, 0);
      }
    }
    return;
  }
  if |a| == 1 && |b| == 1 {
    r := [a[0] * b[0], 0];
    assert coef(a, b, 1, 1) == 0;
    return;
  }
  var m := (if |a| < |b| then |b| else |a|) / 2;
  var a0 := if m < |a| then a[..m] else a;
  var a1 := if m < |a| then a[m..] else [];
  var b0 := if m < |b| then b[..m] else b;
  var b1 := if m < |b| then b[m..] else [];
  assert a0 == Lo(a, m) && a1 == Hi(a, m) && b0 == Lo(b, m) && b1 == Hi(b, m);
  var z0 := Karatsuba(a0, b0);
  var z2 := Karatsuba(a1, b1);
  var sa := AddPad(a0, a1);
  var sb := AddPad(b0, b1);
  var zs := Karatsuba(sa, sb);
  var z1 := SubPad(zs, z0, z2);
  r := Combine(z0, z1, z2, m, |a| + |b|);
  forall k | 0 <= k < |r|
    ensures r[k] == coef(a, b, k, 0)
  {
    KaratsubaStep(a, b, m, k, z0, z2, zs, sa, sb, z1);
  }
}

lemma MatchAll(p: seq<int>, q: seq<int>, r: seq<int>, k: int)
  requires 0 <= k
  requires forall t :: 0 <= t < |r| ==> r[t] == coef(p, q, t, 0)
  ensures coefs_match(p, q, r, k)
  decreases |r| - k
{
  if k < |r| {
    MatchAll(p, q, r, k + 1);
  }
}
// </vc:helpers>

method KaratsubaMul(p: array<int>, q: array<int>) returns (r: seq<int>)
  requires pre_karatsuba_polynomial_multiplication(p[..], q[..])
  ensures post_karatsuba_polynomial_multiplication(p[..], q[..], r)
{
  // <vc:code>
  var full := Karatsuba(p[..], q[..]);
  r := full[..p.Length + q.Length - 1];
  MatchAll(p[..], q[..], r, 0);
  // </vc:code>
}
