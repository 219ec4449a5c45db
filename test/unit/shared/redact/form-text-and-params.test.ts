import type { PostData } from 'har-format'
import { describe, expect, it } from 'vitest'
import { REDACTED, redactHarEntry } from '../../../../src/shared/redact/index.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

// Chrome writes a form's text beside its params: both are exported, so both are read by name. An SMS code and a
// phone are hidden by name only (they are not remembered as credentials), so the text must not rely on values.

describe('a form sent with both text and params', () => {
  it('hides the code and the phone in the text too, and keeps the other fields readable', () => {
    const entry = emptyEntry('https://api-stage.bill.com/api/v2/MFAAuthenticate.json')
    const text = 'mfaCode=123456&phone=4155550100&orgId=00801QAMFAORG0000001'
    entry.request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      text,
      params: text.split('&').map((p) => ({ name: p.split('=')[0] ?? '', value: p.split('=')[1] ?? '' })),
    } as unknown as PostData // har-format allows text or params, Chrome writes both
    const postData = redactHarEntry(entry).request.postData
    const hidden = encodeURIComponent(REDACTED)
    expect(postData?.text).toBe(`mfaCode=${hidden}&phone=${hidden}&orgId=00801QAMFAORG0000001`)
    expect(postData?.params?.map((p) => p.value)).toEqual([REDACTED, REDACTED, '00801QAMFAORG0000001'])
  })
})
