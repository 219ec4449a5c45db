import type { CapturedRequest } from './captured-request.ts'
import { RingBuffer } from './ring-buffer.ts'

const DEFAULT_CAPACITY = 10_000

/**
 * The captured requests of one DevTools session: bounded, deduplicated, observable. Adding is O(1): the
 * oldest-first array views read is built only when read after a change (views read once per frame).
 */
export class CaptureStore {
  private buffer: RingBuffer<CapturedRequest>
  private keys = new Set<string>()
  private listeners = new Set<() => void>()
  private snapshot: readonly CapturedRequest[] | undefined = []
  private nextSeq = 0
  /** How many requests the buffer pushed out since the last clear. */
  dropped = 0

  constructor(readonly capacity = DEFAULT_CAPACITY) {
    this.buffer = new RingBuffer(capacity)
  }

  get size(): number {
    return this.buffer.size
  }

  /** A sequence number for the next capture, so arrival order survives sorting. */
  seq(): number {
    return this.nextSeq++
  }

  /** Adds the requests not seen before (by key); listeners hear about it once. Returns how many were new. */
  addAll(entries: readonly CapturedRequest[]): number {
    let added = 0
    for (const entry of entries) {
      if (this.keys.has(entry.key)) continue
      this.keys.add(entry.key)
      const evicted = this.buffer.push(entry)
      if (evicted) {
        this.keys.delete(evicted.key)
        this.dropped++
      }
      added++
    }
    if (added > 0) this.changed()
    return added
  }

  add(entry: CapturedRequest): boolean {
    return this.addAll([entry]) === 1
  }

  clear(): void {
    this.buffer.clear()
    this.keys.clear()
    this.dropped = 0
    this.changed()
  }

  /** Oldest first; the same array until the next change, so views can memoize on it. */
  entries(): readonly CapturedRequest[] {
    this.snapshot ??= this.buffer.toArray()
    return this.snapshot
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    this.snapshot = undefined
    for (const listener of this.listeners) listener()
  }
}
