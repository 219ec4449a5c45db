import { describe, expect, it } from 'vitest'
import {
  BoundedMap,
  boundedKey,
  MAX_KEY_CHARS,
  WindowCounter,
} from '../../../../../src/shared/rules/sequence/bounded.ts'

// The sequence rules' memory: keys of bounded length, a map that forgets the oldest, sliding windows.
const keys = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('boundedKey', () => {
  it('keeps a key of MAX_KEY_CHARS as written, and cuts a longer one to its start, a hash and its length', () => {
    const atLimit = 'a'.repeat(MAX_KEY_CHARS)
    expect(boundedKey(atLimit)).toBe(atLimit)
    const over = `${atLimit}b`
    expect(boundedKey(over)).toMatch(new RegExp(`^a{${MAX_KEY_CHARS}}#[0-9a-z]+:${MAX_KEY_CHARS + 1}$`))
  })

  it('tells apart long keys that differ only after the cut, at any position, with the same length', () => {
    const base = 'x'.repeat(MAX_KEY_CHARS + 40)
    const variants = new Set<string>([boundedKey(base)])
    for (let i = MAX_KEY_CHARS; i < base.length; i++) {
      variants.add(boundedKey(`${base.slice(0, i)}y${base.slice(i + 1)}`))
      variants.add(boundedKey(`${base.slice(0, i)}z${base.slice(i + 1)}`))
    }
    expect(variants.size).toBe(1 + 2 * 40)
  })
})

describe('BoundedMap', () => {
  it('reads back what was written, including keys from the older generation', () => {
    const map = new BoundedMap<number>()
    const first = keys(5_000)
    for (const [i, k] of first.entries()) map.set(k, i)
    // The next new key turns the first 5,000 into the older generation: still readable.
    map.set('next', -1)
    expect(map.get('k0')).toBe(0)
    expect(map.get('k4999')).toBe(4_999)
    expect(map.get('next')).toBe(-1)
    expect(map.get('never')).toBeUndefined()
  })

  it('forgets the least recently written keys once two generations are full, and keeps rewritten ones', () => {
    const map = new BoundedMap<string>()
    for (const k of keys(5_000)) map.set(k, 'old')
    map.set('n0', 'new') // rotates: the k keys are now the older generation
    map.set('k1', 'rewritten') // moves k1 to the newer one
    for (let i = 1; i < 4_999; i++) map.set(`n${i}`, 'new')
    map.set('last', 'new') // rotates again: the older generation is dropped
    expect(map.get('k0')).toBeUndefined()
    expect(map.get('k2')).toBeUndefined()
    expect(map.get('k1')).toBe('rewritten')
    expect(map.get('n0')).toBe('new')
    expect(map.get('last')).toBe('new')
  })

  it('rewriting a key of the full newer generation does not rotate it', () => {
    const map = new BoundedMap<number>()
    for (const k of keys(5_000)) map.set(k, 1)
    map.set('k0', 2)
    map.set('k0', 3)
    for (let i = 0; i < 4_999; i++) map.set(`n${i}`, 0)
    map.set('x', 0)
    // One rotation so far (at n0): the k keys are the older generation, all still there.
    expect(map.get('k1')).toBe(1)
    expect(map.get('k0')).toBe(3)
  })

  it('a value written again after a rotation is not shadowed by the older copy, and delete removes both', () => {
    const map = new BoundedMap<string>()
    map.set('a', 'first')
    for (const k of keys(4_999)) map.set(k, 'x')
    map.set('b', 'rotates')
    map.set('a', 'second')
    expect(map.get('a')).toBe('second')
    map.delete('a')
    expect(map.get('a')).toBeUndefined()
    map.delete('k0')
    expect(map.get('k0')).toBeUndefined()
    expect(map.get('k1')).toBe('x')
  })
})

describe('WindowCounter', () => {
  it('is true for the event that takes a burst over the limit, once', () => {
    const c = new WindowCounter(2, 1_000)
    expect([0, 10, 20, 30, 40].map((t) => c.add('u', t))).toEqual([false, false, true, false, false])
  })

  it('counts each key on its own', () => {
    const c = new WindowCounter(1, 1_000)
    expect(c.add('a', 0)).toBe(false)
    expect(c.add('b', 1)).toBe(false)
    expect(c.add('a', 2)).toBe(true)
    expect(c.add('b', 3)).toBe(true)
  })

  it('drops an event exactly one span old, and keeps one a millisecond younger', () => {
    const edge = new WindowCounter(1, 1_000)
    expect(edge.add('u', 0)).toBe(false)
    expect(edge.add('u', 1_000)).toBe(false)
    const inside = new WindowCounter(1, 1_000)
    expect(inside.add('u', 0)).toBe(false)
    expect(inside.add('u', 999)).toBe(true)
  })

  it('reports a new burst after the window emptied below the limit', () => {
    const c = new WindowCounter(1, 1_000)
    expect([0, 10, 20].map((t) => c.add('u', t))).toEqual([false, true, false])
    // By 2,000 every earlier event has left the window: the burst is over.
    expect([2_000, 2_010].map((t) => c.add('u', t))).toEqual([false, true])
  })

  it('keeps the burst going while the window stays over the limit', () => {
    const c = new WindowCounter(2, 100)
    const times = [0, 10, 20, 60, 90, 115, 125, 150]
    // Over from 20 on: at every later time three or more events lie within 100 ms.
    expect(times.map((t) => c.add('u', t))).toEqual([false, false, true, false, false, false, false, false])
  })
})
