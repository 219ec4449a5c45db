import { describe, expect, it } from 'vitest'
import { TextMemo } from '../../../../src/shared/redact/text-memo.ts'

// The memo's character bound (2^18 characters of kept texts): full, it keeps everything it holds; one
// character more clears it. Each text is as long as the default length bound (4096), so 64 fill it exactly.

const FULL = 1 << 18
const text = (i: number) => `${i}`.padStart(4096, '.')

describe('TextMemo bounded in characters', () => {
  it('keeps every text while the total is at most the bound, and starts over past it', () => {
    const memo = new TextMemo<number>()
    const computed: number[] = []
    const compute = (t: string) => {
      computed.push(Number(t.replace(/\./g, '')))
      return t.length
    }
    const count = FULL / 4096
    for (let i = 0; i < count; i++) memo.get(text(i), compute)
    for (let i = 0; i < count; i++) memo.get(text(i), compute)
    expect(computed).toHaveLength(count)

    memo.get('one more', compute)
    computed.length = 0
    memo.get(text(0), compute)
    memo.get('one more', compute)
    expect(computed).toEqual([0])
  })
})
