// Stack contents are a sequence with the top at the end.
predicate pre_stack_push_pop(s: seq<int>, cap: int, push: bool, x: int)
{
  |s| <= cap && (push ==> |s| < cap) && (!push ==> |s| > 0)
}

// push: the new contents are the old ones with x on top (the second output is not constrained);
// pop: the old contents are the new ones with the returned value y on top.
predicate post_stack_push_pop(s: seq<int>, cap: int, push: bool, x: int, t: seq<int>, y: int)
{
  (push && t == s + [x]) || (!push && s == t + [y])
}

// <vc:helpers>
// </vc:helpers>

// The stack is stored in buf[0..size); the method returns the new size and, for a pop, the popped value.
method StackPushPop(buf: array<int>, size: int, push: bool, x: int) returns (newSize: int, y: int)
  requires 0 <= size <= buf.Length
  requires pre_stack_push_pop(buf[..size], buf.Length, push, x)
  modifies buf
  ensures 0 <= newSize <= buf.Length
  ensures post_stack_push_pop(old(buf[..size]), buf.Length, push, x, buf[..newSize], y)
{
  // <vc:code>
  // </vc:code>
}
