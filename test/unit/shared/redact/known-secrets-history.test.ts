import { describe, expect, it } from 'vitest'
import { KnownSecrets, NO_SECRETS } from '../../../../src/shared/redact/index.ts'

// A set grown by `with` tells which of its values an earlier stage did not know, and whether a text holds one.

describe('KnownSecrets history', () => {
  const first = new KnownSecrets(['sess-first-000001'])
  const second = first.with(['sess-second-00002', 'tok+/=ab'])

  it('knows which values an earlier stage of the same set knew', () => {
    expect(second.knownBy(first)).toBe(1)
    expect(second.knownBy(second)).toBe(3)
    expect(first.with([]) === first).toBe(true)
    // Not an earlier stage: a set built apart, a later stage, a branch grown from an earlier one.
    expect(second.knownBy(new KnownSecrets(['sess-first-000001']))).toBeUndefined()
    expect(first.knownBy(second)).toBeUndefined()
    const branch = first.with(['sess-other-000003'])
    expect(branch.knownBy(first)).toBeUndefined()
    expect(second.with(['sess-third-000004']).knownBy(first)).toBe(1)
    // The empty set is an earlier stage of every set.
    expect(second.knownBy(NO_SECRETS)).toBe(0)
    expect(NO_SECRETS.with(['sess-fourth-00005']).knownBy(NO_SECRETS)).toBe(0)
  })

  it('finds a value learned since in any spelling, and says nothing of values known before', () => {
    const learned = 'tok+/=ab'
    for (const spelling of [learned, encodeURIComponent(learned), JSON.stringify({ v: learned })])
      expect(second.holdsLearnedFrom(`x ${spelling} y`, 1)).toBe(true)
    expect(second.holdsLearnedFrom('{"sessionId":"sess-second-00002"}', 1)).toBe(true)
    // Known before index 1, or absent: no.
    expect(second.holdsLearnedFrom('{"sessionId":"sess-first-000001"}', 1)).toBe(false)
    expect(second.holdsLearnedFrom('nothing of the kind', 1)).toBe(false)
    expect(second.holdsLearnedFrom('sess-second-00002', 3)).toBe(false)
  })

  it('says yes for a short value even inside a longer word (a hint to redo, never a miss)', () => {
    const grown = new KnownSecrets(['sess-first-000001']).with(['abcd'])
    expect(grown.holdsLearnedFrom('xabcdx', 1)).toBe(true)
    expect(grown.spans('xabcdx')).toEqual([])
  })
})
