/** Keys a sequence rule remembers at most: a capture with more sessions or users forgets the oldest. */
export const MAX_KEYS = 10_000

/**
 * A map that forgets its least recently written keys once it holds MAX_KEYS, so state stays bounded whatever
 * the input. Two generations: when the newer one is full it becomes the older and the old older is dropped,
 * which costs O(1) per write (deleting a Map's first key one at a time does not: V8 skips the holes).
 */
export class BoundedMap<K, V> {
  private newer = new Map<K, V>()
  private older = new Map<K, V>()

  get(key: K): V | undefined {
    return this.newer.has(key) ? this.newer.get(key) : this.older.get(key)
  }

  set(key: K, value: V): this {
    if (!this.newer.has(key) && this.newer.size >= MAX_KEYS / 2) {
      this.older = this.newer
      this.newer = new Map()
    }
    this.newer.set(key, value)
    this.older.delete(key)
    return this
  }

  delete(key: K): void {
    this.newer.delete(key)
    this.older.delete(key)
  }
}

/**
 * Counts events per key in a sliding time window, keeping at most limit + 1 times per key. `add` is true for
 * the event that takes a burst over the limit; later events of the same burst are not reported again.
 */
export class WindowCounter {
  private readonly times = new BoundedMap<string, { at: number[]; over: boolean }>()

  constructor(
    private readonly limit: number,
    private readonly spanMs: number,
  ) {}

  add(key: string, at: number): boolean {
    let entry = this.times.get(key)
    if (!entry) {
      entry = { at: [], over: false }
      this.times.set(key, entry)
    }
    const times = entry.at
    times.push(at)
    while (times.length > 0 && (times[0] as number) <= at - this.spanMs) times.shift()
    if (times.length > this.limit + 1) times.shift()
    if (times.length <= this.limit) {
      entry.over = false
      return false
    }
    if (entry.over) return false
    entry.over = true
    return true
  }
}
