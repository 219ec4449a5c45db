/** Keys a sequence rule remembers at most: a capture with more sessions or users forgets the oldest. */
const MAX_KEYS = 10_000
/** Characters of a key kept as written: a longer one (a session id of a megabyte) is cut and hashed. */
export const MAX_KEY_CHARS = 256

/** The key as remembered: at most MAX_KEY_CHARS + 20 characters, distinct keys staying distinct in practice. */
export function boundedKey(key: string): string {
  if (key.length <= MAX_KEY_CHARS) return key
  let hash = 0x811c9dc5
  // Stryker disable next-line EqualityOperator: one more round reads NaN (charCodeAt past the end), which XORs as 0: another hash, as distinct
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return `${key.slice(0, MAX_KEY_CHARS)}#${(hash >>> 0).toString(36)}:${key.length}`
}

/**
 * A map that forgets its least recently written keys once it holds MAX_KEYS, so state stays bounded whatever
 * the input. Two generations: when the newer one is full it becomes the older and the old older is dropped,
 * which costs O(1) per write (deleting a Map's first key one at a time does not: V8 skips the holes).
 */
export class BoundedMap<V> {
  private newer = new Map<string, V>()
  private older = new Map<string, V>()

  get(whole: string): V | undefined {
    const key = boundedKey(whole)
    return this.newer.has(key) ? this.newer.get(key) : this.older.get(key)
  }

  set(whole: string, value: V): this {
    const key = boundedKey(whole)
    if (!this.newer.has(key) && this.newer.size >= MAX_KEYS / 2) {
      this.older = this.newer
      this.newer = new Map()
    }
    this.newer.set(key, value)
    this.older.delete(key)
    return this
  }

  delete(whole: string): void {
    const key = boundedKey(whole)
    this.newer.delete(key)
    this.older.delete(key)
  }
}

/**
 * Counts events per key in a sliding time window, keeping at most limit + 1 times per key. `add` is true for
 * the event that takes a burst over the limit; later events of the same burst are not reported again.
 */
export class WindowCounter {
  private readonly times = new BoundedMap<{ at: number[]; over: boolean }>()

  constructor(
    private readonly limit: number,
    private readonly spanMs: number,
  ) {}

  add(key: string, at: number): boolean {
    let entry = this.times.get(key)
    if (!entry) {
      // Stryker disable next-line BooleanLiteral: the first event is under any limit of 1 or more, which sets over to false
      entry = { at: [], over: false }
      this.times.set(key, entry)
    }
    const times = entry.at
    times.push(at)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: on an empty list times[0] is undefined, and undefined <= n is false
    while (times.length > 0 && (times[0] as number) <= at - this.spanMs) times.shift()
    // Stryker disable next-line ConditionalExpression: bounds memory only: more than limit + 1 events in the window is over the limit either way
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
