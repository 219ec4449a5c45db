import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Utf8Parts } from '../../../../src/devtools/export/utf8-parts.ts'

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

describe('Utf8Parts (the export text as UTF-8 in one reused buffer)', () => {
  it('holds the UTF-8 of each text in order, whatever the buffer size and the texts (any Unicode, lone surrogates)', async () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', '\n', 'é', '€', '😀', '\ud800', '\udfff'),
        fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      ),
      maxLength: 40,
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { maxLength: 30 }),
        fc.integer({ min: 1, max: 64 }),
        async (texts, size) => {
          const parts = new Utf8Parts(size)
          for (const t of texts) parts.add(t)
          const blob = parts.blob('application/json')
          expect(blob.type).toBe('application/json')
          // Each text is encoded whole, as `new Blob([text])` does (the export's texts end in ASCII).
          const each = texts.map((t) => [...new TextEncoder().encode(t)])
          expect([...(await bytesOf(blob))]).toEqual(each.flat())
        },
      ),
    )
  })

  it('reuses its buffer: bytes already in a part do not change when more text is added', async () => {
    const parts = new Utf8Parts(8)
    parts.add('abcdefgh')
    parts.add('ijklmnop')
    parts.add('xy')
    expect(await parts.blob('text/plain').text()).toBe('abcdefghijklmnopxy')
  })
})
