/**
 * A value derived from a list that only grows between replacements, kept up to date in O(new items): given
 * the same array and key as last time, only the items past the last length are folded in; a new array, a
 * new key or a shorter list starts over. (A HAR file's rows arrive in chunks of 100 into one array; re-reading
 * every row per chunk made opening 100,000 entries quadratic.)
 */
export function grownView<T, K, S>(
  start: (key: K) => S,
  fold: (state: S, items: readonly T[], from: number, key: K) => S,
): (items: readonly T[], key: K) => S {
  let source: readonly T[] | undefined
  let sourceKey: K | undefined
  let seen = 0
  let started = false
  let state!: S
  return (items, key) => {
    if (!started || items !== source || key !== sourceKey || items.length < seen) {
      source = items
      sourceKey = key
      seen = 0
      started = true
      state = start(key)
    }
    if (items.length > seen) {
      state = fold(state, items, seen, key)
      seen = items.length
    }
    return state
  }
}
