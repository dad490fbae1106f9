// A ring buffer is abstracted to its contents (oldest first) and its capacity.
predicate pre_ring_buffer(s: seq<int>, cap: int, push: bool, x: int)
{
  0 < cap && |s| <= cap && (!push ==> |s| > 0)
}

// push into a non-full buffer appends x; push into a full buffer drops the oldest element and
// appends x (the last output is not constrained for a push); pop removes and returns the oldest.
predicate post_ring_buffer(s: seq<int>, cap: int, push: bool, x: int, t: seq<int>, y: int)
{
  (push && |s| < cap && t == s + [x]) ||
  (push && 0 < |s| == cap && t == s[1..] + [x]) ||
  (!push && s == [y] + t)
}

// Slot of the i-th element of a ring that starts at slot head of a buffer of length len.
function ring_slot(len: int, head: int, i: int): int
{
  if head + i < len then head + i else head + i - len
}

// Contents of the ring of n elements starting at slot head of buffer b.
function ring_contents(b: seq<int>, head: int, n: int): seq<int>
  requires 0 <= head < |b| && 0 <= n <= |b|
  decreases n
{
  if n == 0 then [] else ring_contents(b, head, n - 1) + [b[ring_slot(|b|, head, n - 1)]]
}

// <vc:helpers>
// </vc:helpers>

// The ring occupies size slots of buf starting at slot head, wrapping around the end.
// Returns the new head and size and, for a pop, the removed value.
method RingBuffer(buf: array<int>, head: int, size: int, push: bool, x: int)
  returns (newHead: int, newSize: int, y: int)
  requires 0 <= head < buf.Length && 0 <= size <= buf.Length
  requires pre_ring_buffer(ring_contents(buf[..], head, size), buf.Length, push, x)
  modifies buf
  ensures 0 <= newHead < buf.Length && 0 <= newSize <= buf.Length
  ensures post_ring_buffer(ring_contents(old(buf[..]), head, size), buf.Length, push, x,
                           ring_contents(buf[..], newHead, newSize), y)
{
  // <vc:code>
  // </vc:code>
}
