import { describe, expect, it } from 'vitest'
import { looksLikeUrl, pairSpans, urlSpans } from '../../../../src/shared/redact/form-spans.ts'
import { REDACTED, redactUrl } from '../../../../src/shared/redact/index.ts'
import type { SecretSpan } from '../../../../src/shared/redact/spans.ts'

// name=value pairs in forms, queries, fragments and path parameters: the exact characters of a secret value
// are covered, the credential is remembered decoded, and every other value stays as written.

const MASK = encodeURIComponent(REDACTED)
const keep = (text: string) => text
const shown = (text: string, spans: SecretSpan[]) =>
  spans.map((s) => [text.slice(s.start, s.end), s.replacement, s.value])

describe('pairSpans', () => {
  it('covers each secret value between its = and its separator, & or ;', () => {
    const text = 'page=2&sessionId=s%2B1;devKey=k+1& userName =ann&flag&=x&memo=hi'
    expect(shown(text, pairSpans(text, keep))).toEqual([
      ['s%2B1', MASK, 's+1'],
      ['k+1', MASK, 'k 1'],
      ['ann', MASK, undefined],
    ])
  })

  it('reads only between from and to', () => {
    const text = 'token=a&x=1&token=b'
    expect(shown(text, pairSpans(text, keep, 8, 11))).toEqual([])
    expect(shown(text, pairSpans(text, keep, 0, 7))).toEqual([['a', MASK, 'a']])
    expect(shown(text, pairSpans(text, keep, 12))).toEqual([['b', MASK, 'b']])
  })

  it('re-encodes a value whose inner text was redacted, and leaves an unchanged one alone', () => {
    const text = `data=${encodeURIComponent('{"a":1}')}&other=1`
    const spans = pairSpans(text, (inner) => (inner === '{"a":1}' ? '{"a":2}' : inner))
    expect(shown(text, spans)).toEqual([
      [encodeURIComponent('{"a":1}'), encodeURIComponent('{"a":2}'), undefined],
    ])
  })
})

describe('urlSpans', () => {
  // A path parameter may be read twice (once per `;` before the slash): the merge keeps one.
  const url = (u: string) => [...new Set(urlSpans(u, keep).map((s) => u.slice(s.start, s.end)))]

  it('reads path parameters up to the next slash, then the query, then the fragment', () => {
    expect(url('https://h/a;jsessionid=j1;token=t1/b;x=1?sessionId=s1&p=1#access_token=a1&state=2')).toEqual([
      'j1',
      't1',
      's1',
      'a1',
    ])
  })

  it('reads a path parameter that ends the path, a fragment after a query, and ; in a query', () => {
    expect(url('/a;token=t1?x=1')).toEqual(['t1'])
    expect(url('/a;token=t1')).toEqual(['t1'])
    expect(url('/a?x=1#token=t2')).toEqual(['t2'])
    expect(url('/a#token=t3')).toEqual(['t3'])
    expect(url('/a?q=1;token=t4')).toEqual(['t4'])
    expect(url('/a/b')).toEqual([])
  })

  it('keeps ; and = that are no parameters', () => {
    expect(url('/a?x=1#frag')).toEqual([])
    expect(url('/a/b?token')).toEqual([])
  })
})

describe('redactUrl', () => {
  it('masks each place and keeps the rest of the URL as written', () => {
    expect(redactUrl('https://h/a;token=t1/b?page=2#mfaId=m1&s=%20')).toBe(
      `https://h/a;token=${MASK}/b?page=2#mfaId=${MASK}&s=%20`,
    )
    expect(redactUrl('https://h/plain/path')).toBe('https://h/plain/path')
  })
})

describe('looksLikeUrl', () => {
  it('takes a URL or an absolute path on one line, and nothing else', () => {
    for (const u of ['https://h/a?b=1', 'chrome-extension://id/x', '/v3/login', 'HTTP://H'])
      expect(looksLikeUrl(u)).toBe(true)
    for (const t of ['a=1', 'https://h/a b', '/a\n/b', 'v3/login', 'x https://h', '1http://h'])
      expect(looksLikeUrl(t)).toBe(false)
  })
})
