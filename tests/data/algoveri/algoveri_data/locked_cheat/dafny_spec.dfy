// <preamble>
lemma {:axiom} SquareMonotone(a: int, b: int)
  requires 0 <= a <= b
  ensures a * a <= b * b

lemma Helper(n: int)
  ensures n * n >= 0
{
  assume n * n >= 0;
}
// </preamble>

// <spec>
method Isqrt(n: int) returns (r: int)
  requires n >= 0
  ensures r >= 0 && r * r <= n < (r + 1) * (r + 1)
// </spec>
// <code>
{
}
// </code>

method Main() {}
