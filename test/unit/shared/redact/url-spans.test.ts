import { describe, expect, it } from 'vitest'
import { urlSpans } from '../../../../src/shared/redact/form-spans.ts'

// Exactly which characters of a URL each place reads: a path parameter ends at the next slash, the query at
// the fragment, and each secret is covered once with nothing around it.

const keep = (text: string) => text
const read = (url: string) => urlSpans(url, keep).map((s) => url.slice(s.start, s.end))

describe('urlSpans: the ranges of each place', () => {
  it('ends a path parameter at the next slash, and at the query when no slash comes first', () => {
    expect(read('/a;token=t1/b#x=1')).toEqual(['t1'])
    expect(read('/a;token=t1?b=/c')).toEqual(['t1'])
    expect(read('/a;newToken=t1')).toEqual(['t1'])
  })

  it('reads a ; or a ? at the very start, and a fragment that starts the text', () => {
    expect(read(';token=t1/a')).toEqual(['t1'])
    expect(read('?token=t9')).toEqual(['t9'])
    expect(read('/a?pwd=p1')).toEqual(['p1'])
    expect(read('#token=t8')).toEqual(['t8'])
  })

  it('starts the fragment after its #, and reads no ? inside it as a query', () => {
    expect(read('/a#pwd=p1')).toEqual(['p1'])
    expect(read('/a#b;token=t1?c')).toEqual(['t1?c'])
    expect(read('#x=1?token=t7')).toEqual([])
  })

  it('reads no pair before the first ; of the path', () => {
    expect(read('xtoken=t0/a;b=1')).toEqual([])
  })
})
