// <spec>
method InsertionSort(a: array<int>)
  modifies a
// </spec>
// <code>
{
}
// </code>
