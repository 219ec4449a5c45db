import { describe, expect, it } from 'vitest'
import { harEntryToSequenceRequest, withHarTiming } from '../../../../../src/shared/rules/index.ts'
import { emptyEntry } from '../../../har-entry-fixture.ts'

// HAR timing: `time` is the whole duration; blocked + dns + connect passed before the request was sent.
const base = { method: 'GET', url: 'https://gateway.stage.bill.com/connect/v3/vendors', headers: [] }

describe('withHarTiming', () => {
  it('takes the duration from time and the queued time from blocked + dns + connect', () => {
    const r = withHarTiming(base, {
      time: 500,
      timings: { blocked: 10, dns: 20, connect: 30, send: 1, wait: 400 },
    })
    expect(r).toMatchObject({ durationMs: 500, queuedMs: 60 })
  })

  it('counts HAR -1 (phase not applicable), non-numbers and non-finite values as zero', () => {
    const r = withHarTiming(base, {
      time: 200,
      timings: { blocked: -1, dns: '5', connect: Number.POSITIVE_INFINITY },
    })
    expect(r.durationMs).toBe(200)
    expect('queuedMs' in r).toBe(false)
    const none = withHarTiming(base, { time: -1, timings: { blocked: 3 } })
    expect('durationMs' in none).toBe(false)
    // Queued time never exceeds the whole duration (here none is known).
    expect(none.queuedMs).toBe(0)
  })

  it('caps the queued time at the duration', () => {
    expect(withHarTiming(base, { time: 50, timings: { blocked: 80 } }).queuedMs).toBe(50)
  })

  it('leaves a request without timing as it was, and does not change the request given', () => {
    expect(withHarTiming(base, null)).toEqual(base)
    expect(withHarTiming(base, { time: 5 })).not.toBe(base)
    expect(base).toEqual({ method: 'GET', url: base.url, headers: [] })
  })
})

describe('harEntryToSequenceRequest', () => {
  it('reads a HAR entry with its timing, and nothing from what is not one', () => {
    const e = emptyEntry(base.url)
    e.time = 300
    e.timings = { blocked: 5, dns: -1, connect: -1, send: 0, wait: 290, receive: 5 }
    expect(harEntryToSequenceRequest(e)).toMatchObject({ url: base.url, durationMs: 300, queuedMs: 5 })
    expect(harEntryToSequenceRequest('not an entry')).toBeUndefined()
  })
})
