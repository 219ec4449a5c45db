import { useState } from 'preact/hooks'
import { grownView } from './grown-view.ts'

/** `grownView` held by a component: `start` and `fold` are read once, so they must not capture props. */
export function useGrownView<T, K, S>(
  items: readonly T[],
  key: K,
  start: (key: K) => S,
  fold: (state: S, items: readonly T[], from: number, key: K) => S,
): S {
  const [view] = useState(() => grownView(start, fold))
  return view(items, key)
}
