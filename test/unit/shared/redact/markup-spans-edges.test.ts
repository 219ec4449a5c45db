import { describe, expect, it } from 'vitest'
import { markupSpans, multipartSpans } from '../../../../src/shared/redact/markup-spans.ts'

// The edges of markup and multipart reading: the highest code point, namespaced names, parts without a
// name or a closing line, and a text that is no multipart at all.

const none = () => []
const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end))

describe('markupSpans edges', () => {
  it('decodes the highest code point and reads names after their namespace prefix', () => {
    expect(markupSpans('<token>&#x10FFFF;</token>')[0]?.value).toBe('\u{10FFFF}')
    const xml = '<x:code>123456</x:code><y x:pin="9876"/><code>BDC_1109</code>'
    expect(slices(xml, markupSpans(xml))).toEqual(['123456', '9876'])
    // Only name, id and key say what a value is: a type attribute does not.
    expect(markupSpans('<input type="password" value="shown">')).toEqual([])
  })
})

describe('multipartSpans edges', () => {
  it('reads a part by its own headers, not by its boundary line or its body', () => {
    const text = '--name="memo"\r\nContent-Disposition: form-data; name="token"\r\n\r\nt-1\r\n--name="memo"--'
    expect(slices(text, multipartSpans(text, none))).toEqual(['t-1'])
    const noName = '--b\nX-Note: 1\n\nname="token" here\n--b--'
    expect(multipartSpans(noName, none)).toEqual([])
  })

  it('reads a last part that has no closing line to its very end', () => {
    const text = '--b\nname="token"\n\nt-12'
    expect(slices(text, multipartSpans(text, none))).toEqual(['t-12'])
  })

  it('reads nothing in a text without a boundary line', () => {
    expect(multipartSpans('x\nname="token"\n\nt-1', none)).toEqual([])
  })
})
