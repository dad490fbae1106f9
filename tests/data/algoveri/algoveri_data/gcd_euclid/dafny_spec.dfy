// <preamble>
predicate Divides(d: int, n: int)
  requires d > 0
{
  n % d == 0
}
// </preamble>

// <spec>
method Gcd(a: int, b: int) returns (g: int)
  requires a > 0 && b > 0
  ensures g > 0 && Divides(g, a) && Divides(g, b)
  ensures forall d :: 1 <= d <= a && Divides(d, a) && Divides(d, b) ==> d <= g
// </spec>
// <code>
{ // Implement the Euclidean algorithm }
// </code>

method Main() {}
