/** Keys a sequence rule remembers at most: a capture with more sessions or users forgets the oldest. */
export const MAX_KEYS = 10_000

/** A Map that forgets its oldest entry beyond MAX_KEYS, so state stays bounded whatever the input. */
export class BoundedMap<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= MAX_KEYS) {
      const oldest = this.keys().next()
      if (!oldest.done) this.delete(oldest.value)
    }
    return super.set(key, value)
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
