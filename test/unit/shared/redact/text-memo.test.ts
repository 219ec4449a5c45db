import { describe, expect, it } from 'vitest'
import { KnownSecrets } from '../../../../src/shared/redact/known-secrets.ts'
import { memoPerKey, TextMemo } from '../../../../src/shared/redact/text-memo.ts'
import { redactText } from '../../../../src/shared/redact/text-spans.ts'

describe('TextMemo (each distinct text of a capture computed once)', () => {
  it('computes a text once and answers again from memory', () => {
    const memo = new TextMemo<string>()
    let calls = 0
    const upper = (t: string) => {
      calls++
      return t.toUpperCase()
    }
    expect(memo.get('accept', upper)).toBe('ACCEPT')
    expect(memo.get('accept', upper)).toBe('ACCEPT')
    expect(memo.get('origin', upper)).toBe('ORIGIN')
    expect(calls).toBe(2)
  })

  it('keeps no text longer than its bound, and stays bounded in characters', () => {
    const memo = new TextMemo<number>(8)
    let calls = 0
    const length = (t: string) => {
      calls++
      return t.length
    }
    memo.get('a long text', length)
    memo.get('a long text', length)
    expect(calls).toBe(2)
    // A text exactly as long as the bound is kept.
    memo.get('8 chars!', length)
    memo.get('8 chars!', length)
    expect(calls).toBe(3)
    // 2^18 characters at most: 100,000 distinct 8-character texts clear it at least twice.
    for (let i = 0; i < 100_000; i++) memo.get(i.toString(36).padStart(8, '0'), length)
    calls = 0
    memo.get('00000000', length)
    expect(calls).toBe(1)
  })

  it('keeps one memo per set of known secrets: a text is redacted against its own set', () => {
    const perSet = memoPerKey<object, string>()
    const a = {}
    expect(perSet(a)).toBe(perSet(a))
    expect(perSet(a)).not.toBe(perSet({}))
    const text = 'note: seen s-1234567890 here'
    expect(redactText(text, new KnownSecrets())).toBe(text)
    expect(redactText(text, new KnownSecrets(['s-1234567890']))).toBe('note: seen [redacted] here')
    expect(redactText(text, new KnownSecrets())).toBe(text)
  })
})
