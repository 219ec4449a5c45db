import { describe, expect, it } from 'vitest'
import { KnownSecrets } from '../../../../src/shared/redact/index.ts'

// A line of growth built inside the test (Stryker switches a mutant on per test, not while a file is
// collected): each stage knows how many values every earlier stage knew.

describe('KnownSecrets grown stage by stage', () => {
  it('tells each earlier stage of a four-stage line how many values it knew', () => {
    const a = new KnownSecrets(['sess-stage-a-00001'])
    const b = a.with(['sess-stage-b-00002'])
    const c = b.with(['sess-stage-c-00003'])
    const d = c.with(['sess-stage-d-00004'])
    expect(b.knownBy(a)).toBe(1)
    expect(c.knownBy(a)).toBe(1)
    expect(d.knownBy(a)).toBe(1)
    expect(d.knownBy(b)).toBe(2)
    expect(d.knownBy(c)).toBe(3)
    expect(d.holdsLearnedFrom('seen sess-stage-d-00004', 3)).toBe(true)
    expect(d.holdsLearnedFrom('seen sess-stage-a-00001', 1)).toBe(false)
  })
})
