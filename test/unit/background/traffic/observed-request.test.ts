import fc from 'fast-check'
import { expect, it } from 'vitest'
import { observedToRequest } from '../../../../src/background/traffic/observed-request.ts'

// A raw body arrives as one or more byte parts; a character may be split between two of them.

it('reads the same text however the body bytes are split into parts', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat()), (text, cuts) => {
      const bytes = new TextEncoder().encode(text)
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
      const edges = [0, ...at, bytes.length]
      const raw = edges.slice(1).map((end, i) => ({ bytes: bytes.slice(edges[i], end).buffer }))
      const request = observedToRequest({
        method: 'POST',
        url: 'https://x.test/',
        timeStamp: 0,
        requestBody: { raw },
      })
      expect(request.body?.text).toBe(text)
    }),
  )
})

it('reads no text from a body without bytes', () => {
  const request = observedToRequest({
    method: 'POST',
    url: 'https://x.test/',
    timeStamp: 0,
    requestBody: { raw: [{}] },
  })
  expect(request.body).toBeUndefined()
})
