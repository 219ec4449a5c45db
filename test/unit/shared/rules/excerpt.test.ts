import { describe, expect, it } from 'vitest'
import { reached, severityAt } from '../../../../src/shared/rules/dates.ts'
import { excerpt, locatedText } from '../../../../src/shared/rules/excerpt.ts'

describe('excerpt', () => {
  it('shows the range with its context, and "…" only on a side that was cut', () => {
    const text = `${'a'.repeat(40)}XX${'b'.repeat(40)}`
    expect(excerpt(text, [40, 42], 5)).toBe('…aaaaaXXbbbbb…')
    expect(excerpt(text, [40, 42], 40)).toBe(text)
    expect(excerpt(text, [40, 42], 39)).toBe(`…${text.slice(1, 81)}…`)
    expect(excerpt('abc', [0, 3])).toBe('abc')
  })

  it('uses 30 characters of context by default', () => {
    const text = 'x'.repeat(100)
    expect(excerpt(text, [50, 50])).toBe(`…${'x'.repeat(60)}…`)
  })

  it('collapses whitespace and trims it', () => {
    expect(excerpt('  a\n\n  b\t c  ', [3, 8], 10)).toBe('a b c')
  })
})

describe('locatedText', () => {
  const form = { kind: 'form' as const, value: [], dataText: '{"useBackup":true}', text: 'data=%7B%7D' }
  it('is the URL, the body text or the decoded v2 data, as the location says', () => {
    expect(locatedText({ in: 'url', range: [0, 1] }, 'https://u', form)).toBe('https://u')
    expect(locatedText({ in: 'body', pointer: '/a', range: [0, 1] }, 'u', form)).toBe('data=%7B%7D')
    expect(locatedText({ in: 'data', pointer: '/a', range: [0, 1] }, 'u', form)).toBe('{"useBackup":true}')
  })

  it('is empty when the body is missing or has no such part', () => {
    const json = { kind: 'json' as const, value: {}, text: '{}' }
    expect(locatedText({ in: 'data', pointer: '/a', range: [0, 1] }, 'u', json)).toBe('')
    expect(
      locatedText({ in: 'data', pointer: '/a', range: [0, 1] }, 'u', { ...form, dataText: undefined }),
    ).toBe('')
    expect(locatedText({ in: 'body', pointer: '/a', range: [0, 1] }, 'u', undefined)).toBe('')
    expect(locatedText({ in: 'data', pointer: '/a', range: [0, 1] }, 'u', undefined)).toBe('')
  })
})

describe('dates', () => {
  it('has reached a day from its UTC midnight on, for a Date, a string or a number', () => {
    expect(reached('2026-03-30', '2026-03-29T23:59:59.999Z')).toBe(false)
    expect(reached('2026-03-30', '2026-03-30T00:00:00Z')).toBe(true)
    expect(reached('2026-03-30', new Date('2026-03-31T00:00:00Z'))).toBe(true)
    expect(reached('2026-03-30', Date.parse('2026-03-29T12:00:00Z'))).toBe(false)
  })

  it('reads a Date by its time now, not as it was when first asked', () => {
    const d = new Date('2026-01-01T00:00:00Z')
    expect(reached('2026-03-30', d)).toBe(false)
    d.setTime(Date.parse('2026-04-01T00:00:00Z'))
    expect(reached('2026-03-30', d)).toBe(true)
  })

  it('never reaches a day at an invalid date', () => {
    expect(reached('2026-03-30', 'not a date')).toBe(false)
    expect(reached('2026-03-30', Number.NaN)).toBe(false)
    expect(reached('', 'not a date')).toBe(true)
  })

  it('gives the same answers after more than a thousand different moments', () => {
    for (let i = 0; i < 1_500; i++) reached('2026-03-30', i * 86_400_000)
    expect(reached('2026-03-30', '2026-03-30T00:00:00Z')).toBe(true)
    expect(reached('2026-03-30', 0)).toBe(false)
    expect(reached('1970-01-02', 86_400_000)).toBe(true)
  })

  it('reads a dated severity before and from its day, and a plain one as it is', () => {
    const dated = { before: 'warning' as const, from: '2026-03-30', onwards: 'error' as const }
    expect(severityAt(dated, '2026-03-29')).toBe('warning')
    expect(severityAt(dated, '2026-03-30')).toBe('error')
    expect(severityAt('info', '2020-01-01')).toBe('info')
  })
})
