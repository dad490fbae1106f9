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
lemma RingLength(b: seq<int>, head: int, n: int)
  requires 0 <= head < |b| && 0 <= n <= |b|
  ensures |ring_contents(b, head, n)| == n
  decreases n
{
  if n > 0 { RingLength(b, head, n - 1); }
}

// Writing a slot that the ring does not use leaves its contents unchanged.
lemma RingFrame(b: seq<int>, head: int, n: int, p: int, v: int)
  requires 0 <= head < |b| && 0 <= n <= |b| && 0 <= p < |b|
  requires forall i :: 0 <= i < n ==> ring_slot(|b|, head, i) != p
  ensures ring_contents(b[p := v], head, n) == ring_contents(b, head, n)
  decreases n
{
  if n > 0 { RingFrame(b, head, n - 1, p, v); }
}

// A ring of n + 1 elements is its first element followed by the ring of n starting one slot later.
lemma RingUncons(b: seq<int>, head: int, n: int)
  requires 0 <= head < |b| && 0 <= n && n + 1 <= |b|
  ensures ring_contents(b, head, n + 1) ==
          [b[head]] + ring_contents(b, ring_slot(|b|, head, 1), n)
  decreases n
{
  if n > 0 {
    RingUncons(b, head, n - 1);
  }
}
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
  ghost var b := buf[..];
  var len := buf.Length;
  if push {
    if size < len {
      var p := if head + size < len then head + size else head + size - len;
      buf[p] := x;
      RingFrame(b, head, size, p, x);
      assert buf[..] == b[p := x];
      newHead, newSize, y := head, size + 1, 0;
      RingLength(b, head, size);
      assert ring_slot(len, head, size) == p;
      assert ring_contents(buf[..], head, size + 1) == ring_contents(b, head, size) + [x];
    } else {
      buf[head] := x;
      var h1 := if head + 1 < len then head + 1 else 0;
      RingUncons(b, head, len - 1);
      RingFrame(b, h1, len - 1, head, x);
      assert buf[..] == b[head := x];
      RingLength(b, head, len);
      newHead, newSize, y := h1, len, 0;
      assert ring_contents(b, head, len)[1..] == ring_contents(b, h1, len - 1);
      assert ring_slot(len, h1, len - 1) == head;
      assert ring_contents(buf[..], h1, len) == ring_contents(buf[..], h1, len - 1) + [x];
    }
  } else {
    y := buf[head];
    newHead := if head + 1 < len then head + 1 else 0;
    newSize := size - 1;
    RingLength(b, head, size);
    RingUncons(b, head, size - 1);
  }
  // </vc:code>
}
