import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateSequence, SequenceStream } from '../../../../../src/shared/rules/index.ts'
import { BoundedMap, boundedKey, MAX_KEY_CHARS } from '../../../../../src/shared/rules/sequence/bounded.ts'
import { runs } from '../../../property-runs.ts'
import { type Call, requests, untrusted, v3Call, v3Login } from '../sequence-fixtures.ts'

// Issue 23: the live paths (proxy, every tab) feed calls one at a time to a SequenceStream; fed in start
// order it must find what evaluateSequence finds over the whole capture, with state bounded in bytes.
const callArb = fc.record({
  at: fc.integer({ min: 0, max: 15 * 60_000 }),
  ms: fc.integer({ min: 1, max: 5_000 }),
  kind: fc.nat(4),
  session: fc.constantFrom('S1', 'S2', 'S3'),
  user: fc.constantFrom('a@example.com', 'b@example.com'),
})

type Drawn = typeof callArb extends fc.Arbitrary<infer T> ? T : never

function toCall(c: Drawn): Call {
  if (c.kind === 0) return { ...v3Login(c.at, c.session, {}, c.user), ms: c.ms }
  if (c.kind === 1) return { ...untrusted(c.at, c.session), ms: c.ms }
  if (c.kind === 2) return { ...v3Call(c.at, '/mfa/challenge', c.session), ms: c.ms }
  return { ...v3Call(c.at, '/vendors', c.session, { method: 'GET' }), ms: c.ms }
}

describe('SequenceStream', () => {
  it('fed in start order, finds what evaluateSequence finds', () => {
    fc.assert(
      fc.property(fc.array(callArb, { maxLength: 60 }), (drawn) => {
        // In start order (each waits as long in the browser): both read the calls in the same order.
        const calls = drawn.map(toCall).sort((a, b) => a.at - b.at)
        const input = requests(calls)
        const stream = new SequenceStream()
        const live = input.flatMap((r, index) => stream.add(r).map((f) => ({ ...f, index })))
        expect(live).toEqual(evaluateSequence(input))
      }),
      runs(),
    )
  })

  it('keeps keys of any length within MAX_KEY_CHARS + a short hash, distinct keys apart', () => {
    const huge = 'S'.repeat(1_000_000)
    expect(boundedKey(huge).length).toBeLessThan(MAX_KEY_CHARS + 24)
    expect(boundedKey('short')).toBe('short')
    expect(boundedKey(`${huge}1`)).not.toBe(boundedKey(`${huge}2`))
    const map = new BoundedMap<number>()
    map.set(`${huge}1`, 1)
    expect(map.get(`${huge}1`)).toBe(1)
    expect(map.get(`${huge}2`)).toBeUndefined()
  })
})
