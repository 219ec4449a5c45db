import { describe, expect, it } from 'vitest'
import { bodyText, redactedPath } from '../../../sandbox/control/log-entry.ts'

const body = (text: string) => ({ text, bytes: text.length, complete: true, broken: false })

// The sandbox's request log masks with the project's one redaction: the same names as the panel and the CLI
// (one-time codes under any of their names included), BILL's codes and ids readable.
describe('the sandbox request log', () => {
  it('masks secrets in JSON at any depth and inside v2 `data`, and keeps ids and BILL codes', () => {
    const logged = bodyText(
      body(
        JSON.stringify({
          userName: 'qa@example.com',
          Password: 'pw-secret-1',
          nested: [{ sessionId: 'sess-secret-1', rememberMeId: 'rem-secret-1', keep: 1 }],
          mfaCode: '493817',
          organizationId: '00801QAMFAORG0001',
          code: 'BDC_1380',
        }),
      ),
    )
    for (const secret of ['pw-secret-1', 'sess-secret-1', 'rem-secret-1', '493817'])
      expect(logged).not.toContain(secret)
    for (const kept of ['00801QAMFAORG0001', 'BDC_1380', '"keep":1']) expect(logged).toContain(kept)
    expect(() => JSON.parse(logged ?? '')).not.toThrow()
  })

  it('masks a v2 form and the JSON in its data field, whatever the declared type', () => {
    const form = `devKey=dk-secret-12345&sessionId=sess-secret-2&data=${encodeURIComponent(JSON.stringify({ smsCode: '123456', orgId: '00802ORG' }))}`
    const logged = bodyText(body(form)) ?? ''
    for (const secret of ['dk-secret-12345', 'sess-secret-2', '123456'])
      expect(decodeURIComponent(logged)).not.toContain(secret)
    expect(decodeURIComponent(logged)).toContain('00802ORG')
  })

  it('masks credentials in the path’s query and keeps the rest', () => {
    const path = redactedPath(
      new URL('http://127.0.0.1/api/v2/Login.json?userName=qa&password=pw-secret-3&orgId=00803ORG'),
    )
    expect(path).not.toContain('pw-secret-3')
    expect(path).toContain('/api/v2/Login.json?')
    expect(path).toContain('orgId=00803ORG')
  })

  it('says what it could not read instead of the body', () => {
    expect(bodyText({ text: '', bytes: 0, complete: true, broken: false })).toBeUndefined()
    expect(bodyText({ text: 'x', bytes: 900_000, complete: false, broken: false })).toContain('900000 bytes')
    expect(bodyText({ text: 'x', bytes: 12, complete: false, broken: true })).toContain(
      'cut off after 12 bytes',
    )
  })
})
