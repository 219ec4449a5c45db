import type { Entry } from 'har-format'
import { describe, expect, it } from 'vitest'
import {
  createHarBudget,
  HAR_BODIES_MAX_CHARS,
  HAR_BODY_MAX_CHARS,
} from '../../../../src/cli/proxy/har-budget.ts'

// The HAR budget's edges: the exact limits, the notes it writes, and entries without bodies passing through
// unchanged (proxy-har-budget.test.ts covers the limits at scale).

const entry = (request: Partial<Entry['request']>, content: Partial<Entry['response']['content']>): Entry =>
  ({
    request: { method: 'POST', url: 'http://127.0.0.1/connect/v3/login', ...request },
    response: { status: 200, content: { size: 0, mimeType: '', ...content } },
  }) as unknown as Entry

const LIMITS =
  'Recorded by the proxy. Bodies over 256 KiB are left out, and so is every body after 64 MiB of bodies in ' +
  'all (each such entry says so in its comment); at most 10000 calls are kept.'

describe('HAR budget edges', () => {
  it('a body over the per-body limit is replaced by a note giving its size and the limit', () => {
    const har = createHarBudget()
    const long = 'x'.repeat(HAR_BODY_MAX_CHARS + 1)
    har.keep(entry({ postData: { mimeType: 'text/plain', text: long } }, { text: long }))
    const [kept] = har.entries()
    const note = `body not kept: ${HAR_BODY_MAX_CHARS + 1} characters, over 256 KiB`
    expect(kept?.request.postData).toStrictEqual({ mimeType: 'text/plain', text: '', comment: note })
    expect(kept?.response.content).toStrictEqual({ size: 0, mimeType: '', comment: note })
  })

  it('bodies that add up to exactly the total are all kept; the next one is not, and says why', () => {
    const har = createHarBudget()
    const body = 'z'.repeat(HAR_BODY_MAX_CHARS)
    const fit = HAR_BODIES_MAX_CHARS / HAR_BODY_MAX_CHARS
    for (let i = 0; i < fit; i++) har.keep(entry({}, { text: body }))
    har.keep(entry({}, { text: 'a' }))
    const contents = har.entries().map((e) => e.response.content)
    expect(contents.slice(0, fit).every((c) => c.text === body)).toBe(true)
    expect(contents[fit]).toStrictEqual({
      size: 0,
      mimeType: '',
      comment: 'body not kept: the 64 MiB of bodies in this file are used',
    })
  })

  it('an entry without bodies keeps its shape: no postData made up, an empty text left as it was', () => {
    const har = createHarBudget()
    har.keep(entry({}, {}))
    har.keep(entry({ postData: { mimeType: 'application/json', text: '' } }, { text: '' }))
    const [none, empty] = har.entries()
    expect(none?.request).not.toHaveProperty('postData')
    expect(none?.response.content).toStrictEqual({ size: 0, mimeType: '' })
    expect(empty?.request.postData).toStrictEqual({ mimeType: 'application/json', text: '' })
    expect(empty?.response.content).toStrictEqual({ size: 0, mimeType: '' })
  })

  it('a body that fits is kept as it was, without a note', () => {
    const har = createHarBudget()
    har.keep(entry({ postData: { mimeType: 'application/json', text: '{"a":1}' } }, { text: '{}' }))
    const [kept] = har.entries()
    expect(kept?.request.postData).toStrictEqual({ mimeType: 'application/json', text: '{"a":1}' })
    expect(kept?.response.content).toStrictEqual({ size: 0, mimeType: '', text: '{}' })
  })

  it('the log comment states the limits, and counts left-out calls only when there are some', () => {
    const har = createHarBudget()
    har.keep(entry({}, {}))
    expect(har.comment()).toBe(LIMITS)
  })
})
