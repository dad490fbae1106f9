function fib(n: int): int
  decreases n
{
  if n <= 0 then 0 else if n == 1 then 1 else fib(n - 1) + fib(n - 2)
}

predicate pre_fibonacci_iterative(n: int)
{
  0 <= n <= 90
}

predicate post_fibonacci_iterative(n: int, r: int)
{
  r == fib(n)
}

// <vc:helpers>
// </vc:helpers>

method FibIterative(n: int) returns (r: int)
  requires pre_fibonacci_iterative(n)
  ensures post_fibonacci_iterative(n, r)
{
  // <vc:code>
  var a, b := 0, 1;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant a == fib(i) && b == fib(i + 1)
    decreases n - i
  {
    a, b := b, a + b;
    i := i + 1;
  }
  r := a;
  // </vc:code>
}
