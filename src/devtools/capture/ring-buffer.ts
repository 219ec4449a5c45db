/** A fixed-capacity buffer that drops its oldest item when full: captured traffic cannot grow unbounded. */
export class RingBuffer<T> {
  private items: (T | undefined)[]
  private start = 0
  private length = 0

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer')
    this.items = new Array(capacity)
  }

  get size(): number {
    return this.length
  }

  /** Adds an item; returns the one it pushed out, if the buffer was full. */
  push(item: T): T | undefined {
    if (this.length < this.capacity) {
      this.items[(this.start + this.length) % this.capacity] = item
      this.length++
      return undefined
    }
    const evicted = this.items[this.start]
    this.items[this.start] = item
    this.start = (this.start + 1) % this.capacity
    return evicted
  }

  /** Oldest first. */
  toArray(): T[] {
    const out: T[] = []
    for (let i = 0; i < this.length; i++) out.push(this.items[(this.start + i) % this.capacity] as T)
    return out
  }

  clear(): void {
    this.items = new Array(this.capacity)
    this.start = 0
    this.length = 0
  }
}
