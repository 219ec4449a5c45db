import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startOrder } from '../../../../src/shared/har/start-order.ts'

// The order the HAR reader analyzes and sends a file's rows in: the panel's byStartTime (start time, then
// place in the file), computed once in the worker instead of on the page.

const byStartThenPlace = (starts: readonly number[]) =>
  starts.map((_, i) => i).sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b)

describe('startOrder', () => {
  it('orders places by start time, ties by place, for packed keys and for the comparator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }),
        // Whole milliseconds near 1970 or in 2026 (packed keys), fractions, or starts too far apart to pack
        // (a missing start reads 0 beside 2026's).
        fc.constantFrom<number | 'far'>(0, 0.5, Date.parse('2026-04-02T09:00:00Z'), 'far'),
        (times, offset) => {
          const starts = times.map((t) => {
            if (offset !== 'far') return t + offset
            return t % 2 === 0 ? 0 : Date.parse('2026-04-02T09:00:00Z') + t
          })
          expect([...startOrder(Float64Array.from(starts))]).toEqual(byStartThenPlace(starts))
        },
      ),
    )
  })

  it('keeps a file already in start-time order as it is', () => {
    const starts = Float64Array.from([5, 5, 7, 9, 9, 12])
    expect([...startOrder(starts)]).toEqual([0, 1, 2, 3, 4, 5])
    expect([...startOrder(Float64Array.from([9, 5]))]).toEqual([1, 0])
    expect([...startOrder(new Float64Array(0))]).toEqual([])
  })
})
