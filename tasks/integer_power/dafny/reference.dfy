function Pow(b: int, e: nat): int
  decreases e
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}

predicate pre_integer_power(b: int, e: int)
{
  0 <= b <= 1000000000 && 0 <= e <= 1000000000 && Pow(b, e) <= 1000000000000000000
}

predicate post_integer_power(b: int, e: int, r: int)
{
  0 <= e && r == Pow(b, e)
}

// <vc:helpers>
lemma MulAssoc(x: int, y: int, z: int)
  ensures x * (y * z) == (x * y) * z
{
}

lemma PowAdd(b: int, m: nat, n: nat)
  ensures Pow(b, m + n) == Pow(b, m) * Pow(b, n)
  decreases m
{
  if m > 0 {
    PowAdd(b, m - 1, n);
    calc {
      Pow(b, m + n);
      b * Pow(b, m - 1 + n);
      b * (Pow(b, m - 1) * Pow(b, n));
      { MulAssoc(b, Pow(b, m - 1), Pow(b, n)); }
      (b * Pow(b, m - 1)) * Pow(b, n);
      Pow(b, m) * Pow(b, n);
    }
  }
}

lemma PowSquare(b: int, n: nat)
  ensures Pow(b * b, n) == Pow(b, 2 * n)
  decreases n
{
  if n > 0 {
    PowSquare(b, n - 1);
    PowAdd(b, 2, 2 * (n - 1));
    calc {
      Pow(b * b, n);
      (b * b) * Pow(b * b, n - 1);
      (b * b) * Pow(b, 2 * (n - 1));
      { assert Pow(b, 2) == b * Pow(b, 1) == b * (b * 1); }
      Pow(b, 2) * Pow(b, 2 * (n - 1));
      Pow(b, 2 + 2 * (n - 1));
      { assert 2 + 2 * (n - 1) == 2 * n; }
      Pow(b, 2 * n);
    }
  }
}
// </vc:helpers>

method Power(b: int, e: int) returns (r: int)
  requires pre_integer_power(b, e)
  ensures post_integer_power(b, e, r)
{
  // <vc:code>
  var base, k := b, e;
  r := 1;
  while k > 0
    invariant 0 <= k
    invariant r * Pow(base, k) == Pow(b, e)
    decreases k
  {
    var h := k / 2;
    PowSquare(base, h);
    if k % 2 == 1 {
      assert k == 1 + 2 * h;
      PowAdd(base, 1, 2 * h);
      assert Pow(base, 1) == base;
      assert Pow(base, k) == base * Pow(base * base, h);
      MulAssoc(r, base, Pow(base * base, h));
      r := r * base;
    } else {
      assert k == 2 * h;
    }
    base := base * base;
    k := h;
  }
  // </vc:code>
}
