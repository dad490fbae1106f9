// Queue contents are a sequence with the front at index 0.
predicate pre_queue_enqueue_dequeue(s: seq<int>, cap: int, enqueue: bool, x: int)
{
  |s| <= cap && (enqueue ==> |s| < cap) && (!enqueue ==> |s| > 0)
}

// enqueue: x joins at the back (the last output is not constrained);
// dequeue: the old contents are the returned value y followed by the new contents.
predicate post_queue_enqueue_dequeue(s: seq<int>, cap: int, enqueue: bool, x: int, t: seq<int>, y: int)
{
  (enqueue && t == s + [x]) || (!enqueue && s == [y] + t)
}

// <vc:helpers>
// </vc:helpers>

// The queue occupies buf[head..tail). An enqueue at a full end of the buffer first moves the
// contents to the front. Returns the new head and tail and, for a dequeue, the dequeued value.
method QueueEnqueueDequeue(buf: array<int>, head: int, tail: int, enqueue: bool, x: int)
  returns (newHead: int, newTail: int, y: int)
  requires 0 <= head <= tail <= buf.Length
  requires pre_queue_enqueue_dequeue(buf[head..tail], buf.Length, enqueue, x)
  modifies buf
  ensures 0 <= newHead <= newTail <= buf.Length
  ensures post_queue_enqueue_dequeue(old(buf[head..tail]), buf.Length, enqueue, x, buf[newHead..newTail], y)
{
  // <vc:code>
  ghost var s := buf[head..tail];
  if enqueue {
    var h, t := head, tail;
    if t == buf.Length {
      var i := 0;
      while i < tail - head
        invariant 0 <= i <= tail - head
        invariant buf[..i] == s[..i]
        invariant buf[head + i..tail] == s[i..]
        decreases tail - head - i
      {
        buf[i] := buf[head + i];
        i := i + 1;
      }
      h, t := 0, tail - head;
    }
    buf[t] := x;
    newHead, newTail, y := h, t + 1, 0;
    assert buf[newHead..newTail] == s + [x];
  } else {
    y := buf[head];
    newHead, newTail := head + 1, tail;
    assert s == [y] + buf[newHead..newTail];
  }
  // </vc:code>
}
