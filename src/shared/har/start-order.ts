// The order a HAR file's rows are shown in: by start time, ties in file order (the panel's byStartTime, whose
// rows are numbered by their place in the file). The reader's worker analyzes entries in this order, so the
// page appends rows already sorted and never re-sorts or refilters 100,000 rows in one task at the end.

/**
 * The places 0..n-1 ordered by `starts` (epoch ms), ties by place. O(n) when already in order (browsers
 * export in start-time order); otherwise one native numeric sort of packed keys (the start after the
 * earliest, above the place), several times faster than a comparator, which is used only where keys
 * cannot be exact (fractions, or starts too far apart to pack).
 */
export function startOrder(starts: Float64Array): Uint32Array {
  const n = starts.length
  const order = new Uint32Array(n)
  let inOrder = true
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let whole = true
  for (let i = 0; i < n; i++) {
    const s = starts[i] as number
    order[i] = i
    if (i > 0 && s < (starts[i - 1] as number)) inOrder = false
    min = Math.min(min, s)
    max = Math.max(max, s)
    whole &&= Number.isInteger(s)
  }
  if (inOrder) return order
  const places = 2 ** Math.ceil(Math.log2(n))
  if (!whole || (max - min + 1) * places > Number.MAX_SAFE_INTEGER)
    return order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b)
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = ((starts[i] as number) - min) * places + i
  keys.sort()
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % places
  return order
}
