import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REDACTED, redactHar } from '../../../../src/shared/redact/index.ts'
import { emptyEntry, harOf } from '../../har-entry-fixture.ts'
import { runs } from '../../property-runs.ts'

// A cookie value shorter than 8 characters (issue 21) is a credential like any other: masked where it stands
// as a whole token elsewhere in the capture, never where it is only part of a longer word or id.

const COOKIE = 'Xy12ab'
const V3 = 'https://gateway.stage.bill.com/connect/v3'

/** A capture whose first request sends the cookie and whose second one shows `text` in its URL and body. */
function captureShowing(cookie: string, text: string) {
  const login = emptyEntry(`${V3}/login`)
  login.request.headers.push({ name: 'Cookie', value: `sid=${cookie}; lang=en` })
  const later = emptyEntry(`${V3}/vendors/${encodeURIComponent(text)}`)
  later.response.content.text = JSON.stringify({ note: text })
  later.request.headers.push({ name: 'X-Trace', value: text })
  return JSON.stringify(redactHar(harOf(login, later)).log.entries[1])
}

describe('short cookie values', () => {
  it('are masked where they stand as a whole token: in a path, a body, a header, any spelling', () => {
    for (const text of [
      COOKIE,
      `session ${COOKIE} expired`,
      `id=${COOKIE}&x=1`,
      `"${COOKIE}"`,
      `(${COOKIE})`,
    ]) {
      const out = captureShowing(COOKIE, text)
      expect(out, text).not.toMatch(/(?<![A-Za-z0-9_-])Xy12ab(?![A-Za-z0-9_-])/)
      expect(out).toContain(REDACTED)
    }
  })

  it('leave words and ids that merely contain them readable', () => {
    for (const text of [`${COOKIE}c`, `a${COOKIE}`, `00801${COOKIE}0001`, `id-${COOKIE}-2`, `${COOKIE}_v2`]) {
      const out = captureShowing(COOKIE, text)
      expect(out, text).toContain(JSON.stringify({ note: text }).slice(1, -1).replaceAll('"', '\\"'))
      expect(out).not.toContain(REDACTED)
    }
  })

  it('any short value: hidden as a token, kept inside longer words (property)', () => {
    // JSON's literals, in any case, are never taken for credentials.
    const word = fc.stringMatching(/^[A-Za-z0-9]{4,7}$/).filter((w) => !/^(?:true|false|null)$/i.test(w))
    fc.assert(
      // Letters around it: digits alone could read as a phone number, hidden by its own rule.
      fc.property(word, fc.stringMatching(/^[A-Za-z]{1,3}$/), (cookie, extra) => {
        expect(captureShowing(cookie, `ok ${cookie}.`)).not.toContain(` ${cookie}.`)
        const longer = `${extra}${cookie}${extra}`
        // The value in the body (the cookie may also be a word of the HAR itself, such as `note`: masked there).
        expect(captureShowing(cookie, longer)).toContain(`:\\"${longer}\\"}`)
      }),
      runs(500),
    )
  })
})
