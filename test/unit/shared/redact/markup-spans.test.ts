import { describe, expect, it } from 'vitest'
import { REDACTED, redactText, secretSpans } from '../../../../src/shared/redact/index.ts'
import { markupSpans, multipartSpans } from '../../../../src/shared/redact/markup-spans.ts'

// XML, HTML and multipart bodies: what sits under a secret name is hidden, with the exact characters it
// covers, and what sits under any other name stays readable.

const covered = (text: string) => markupSpans(text).map((s) => [text.slice(s.start, s.end), s.value])

describe('markupSpans (XML and HTML)', () => {
  it("hides an element's text under a secret name, namespace or not, and keeps the others", () => {
    const xml = '<login><userName>ann</userName><a:sessionId>s-1&amp;2</a:sessionId><memo>hi</memo></login>'
    expect(covered(xml)).toEqual([
      ['ann', undefined],
      ['s-1&amp;2', 's-1&2'],
    ])
    expect(redactText(xml)).toBe(
      `<login><userName>${REDACTED}</userName><a:sessionId>${REDACTED}</a:sessionId><memo>hi</memo></login>`,
    )
  })

  it('hides CDATA content, skips empty elements and reads elements with attributes', () => {
    expect(covered('<password><![CDATA[p<1]]></password>')).toEqual([['p', 'p']])
    expect(covered('<token a="1">t-123456789</token>')).toEqual([['t-123456789', 't-123456789']])
    expect(covered('<token>  </token><token></token>')).toEqual([])
  })

  it('hides secret attributes, quoted either way, and keeps the rest', () => {
    const html = `<form id="login"><input type='hidden' devKey='k-1'><x sessionId = "s&#x41;&#66;" page="2"></form>`
    expect(covered(html)).toEqual([
      ['k-1', 'k-1'],
      ['s&#x41;&#66;', 'sAB'],
    ])
  })

  it("hides the value of an input whose name, id or key names a secret, and only that input's", () => {
    const html = [
      '<input name="password" value="hunter2">',
      '<input id="mfaId" value="m-1">',
      '<param key="token" value="t-1"/>',
      '<input name="page" value="3">',
      '<input value="4" data-x="password">',
    ].join('')
    expect(covered(html)).toEqual([
      ['hunter2', 'hunter2'],
      ['m-1', 'm-1'],
      ['t-1', 't-1'],
    ])
  })

  it('hides phones in text and attributes under any name, and keeps BILL codes under `code`', () => {
    expect(covered('<to>+1 415 555 0100</to><p tel="(415) 555-0100"/>')).toEqual([
      ['+1 415 555 0100', undefined],
      ['(415) 555-0100', undefined],
    ])
    expect(covered('<error><code>BDC_1109</code><message>Invalid session</message></error>')).toEqual([])
  })

  it('decodes entities as XML does, unknown ones and out-of-range ones kept as written', () => {
    expect(covered('<token>&lt;&GT;&quot;&apos;&nbsp;&#x110000;&#X41;</token>')).toEqual([
      ['&lt;&GT;&quot;&apos;&nbsp;&#x110000;&#X41;', '<>"\'&nbsp;&#x110000;A'],
    ])
  })
})

describe('multipartSpans', () => {
  const part = (name: string, body: string) =>
    `--b0undary\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${body}\r\n`
  const inside = (text: string) => [{ start: 0, end: text.length, replacement: 'X' }]

  it('hides the whole body of a secret part and reads the others inside, at their place', () => {
    const text = `${part('devKey', 'k-1\r\nline 2')}${part('memo', 'note')}${part('userName', 'p')}--b0undary--\r\n`
    const spans = multipartSpans(text, inside)
    expect(spans.map((s) => [text.slice(s.start, s.end), s.replacement, s.value])).toEqual([
      ['k-1\r\nline 2', REDACTED, 'k-1\r\nline 2'],
      ['note', 'X', undefined],
      ['p', REDACTED, undefined],
    ])
  })

  it('reads parts with bare line feeds, and a last part without its closing line', () => {
    const text = '--b\nContent-Disposition: form-data; NAME="sessionId"\n\ns-1\n--b\nname="memo"\n\nm'
    expect(multipartSpans(text, () => []).map((s) => text.slice(s.start, s.end))).toEqual(['s-1'])
  })

  it('hides nothing in a part without a blank line, or in a text that is no multipart', () => {
    expect(multipartSpans('--b\r\nname="password"\r\n--b--', inside)).toEqual([])
    expect(multipartSpans('no boundary', inside)).toEqual([])
    expect(multipartSpans('--b', inside)).toEqual([])
  })

  it('masks secrets and keeps the rest as written, through redactText', () => {
    const text = `${part('sessionId', 's-1')}${part('data', '{"mfaId":"m-1","amount":3}')}--b0undary--\r\n`
    expect(redactText(text)).toBe(
      `${part('sessionId', REDACTED)}${part('data', `{"mfaId":"${REDACTED}","amount":3}`)}--b0undary--\r\n`,
    )
    expect(secretSpans(part('memo', 'hello'))).toEqual([])
  })
})
