import type { Entry } from 'har-format'
import { describe, expect, it } from 'vitest'
import {
  createHarBudget,
  HAR_BODIES_MAX_CHARS,
  HAR_BODY_MAX_CHARS,
  HAR_MAX_ENTRIES,
} from '../../../../src/cli/proxy/har-budget.ts'

// What the proxy keeps for its HAR stays bounded in calls and in body bytes, and the file says what it left out.

const entry = (requestText: string, responseText: string): Entry =>
  ({
    request: {
      method: 'POST',
      url: 'http://127.0.0.1/connect/v3/login',
      postData: { mimeType: '', text: requestText },
    },
    response: { status: 200, content: { size: responseText.length, mimeType: '', text: responseText } },
  }) as unknown as Entry

describe('HAR budget', () => {
  it('keeps a body whole up to the per-body limit, and none above it', () => {
    const har = createHarBudget()
    har.keep(entry('x'.repeat(HAR_BODY_MAX_CHARS), '{"ok":true}'))
    har.keep(entry('x'.repeat(HAR_BODY_MAX_CHARS + 1), 'y'.repeat(HAR_BODY_MAX_CHARS + 1)))
    const [kept, cut] = har.entries()
    expect(kept?.request.postData?.text).toHaveLength(HAR_BODY_MAX_CHARS)
    expect(kept?.response.content.text).toBe('{"ok":true}')
    expect(cut?.request.postData).toMatchObject({
      text: '',
      comment: expect.stringMatching(/^body not kept: /),
    })
    expect(cut?.response.content.text).toBeUndefined()
    expect(cut?.response.content.comment).toMatch(/^body not kept: /)
  })

  it('stops keeping bodies once they add up to the total, and keeps the calls', () => {
    const har = createHarBudget()
    const body = 'z'.repeat(HAR_BODY_MAX_CHARS)
    const calls = HAR_BODIES_MAX_CHARS / HAR_BODY_MAX_CHARS + 2
    for (let i = 0; i < calls; i++) har.keep(entry(body, ''))
    const texts = har.entries().map((e) => e.request.postData?.text ?? '')
    expect(texts).toHaveLength(calls)
    expect(texts.reduce((sum, t) => sum + t.length, 0)).toBeLessThanOrEqual(HAR_BODIES_MAX_CHARS)
    expect(har.entries().at(-1)?.request.postData?.comment).toMatch(/MiB of bodies in this file are used/)
  })

  it('keeps at most the entry limit and counts the rest in the log comment', () => {
    const har = createHarBudget()
    for (let i = 0; i < HAR_MAX_ENTRIES + 3; i++) har.keep(entry('{}', '{}'))
    expect(har.entries()).toHaveLength(HAR_MAX_ENTRIES)
    expect(har.comment()).toMatch(/at most 10000 calls are kept\. 3 later calls are not in this file\.$/)
  })
})
