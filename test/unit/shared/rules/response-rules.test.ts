import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import type { NormalizedRequest, NormalizedResponse } from '../../../../src/shared/har/request.ts'
import { evaluate } from '../../../../src/shared/rules/evaluate.ts'
import {
  DEPRECATED_FIELD_REJECTED,
  SESSION_EXPIRED,
  UNTRUSTED_SESSION,
} from '../../../../src/shared/rules/response-rules.ts'
import type { RuleContext } from '../../../../src/shared/rules/rule.ts'
import type { Finding } from '../../../../src/shared/rules/types.ts'

const V3 = `${BASE_URLS.sandbox.v3}/v3`
const V2 = BASE_URLS.sandbox.v2
const AFTER = '2026-04-01'
const problems = (status: number, ...errors: object[]): NormalizedResponse => ({
  status,
  body: { text: JSON.stringify(errors) },
})
const envelope = (code: string, message?: string): NormalizedResponse => ({
  status: 200,
  body: {
    text: JSON.stringify({
      response_status: 1,
      response_data: { error_code: code, ...(message ? { error_message: message } : {}) },
    }),
  },
})
const v3 = (
  path: string,
  body: unknown,
  response?: NormalizedResponse,
  more: Partial<NormalizedRequest> = {},
) => ({
  method: 'POST',
  url: `${V3}${path}`,
  headers: [],
  body: { mimeType: 'application/json', text: JSON.stringify(body) },
  ...(response ? { response } : {}),
  ...more,
})
const v2 = (file: string, data: unknown, response?: NormalizedResponse): NormalizedRequest => ({
  method: 'POST',
  url: `${V2}/${file}`,
  headers: [],
  body: {
    mimeType: 'application/x-www-form-urlencoded',
    text: `devKey=k&sessionId=s&data=${encodeURIComponent(JSON.stringify(data))}`,
  },
  ...(response ? { response } : {}),
})
const found = (r: NormalizedRequest, id: string, now = AFTER) =>
  evaluate(r, { now }).findings.filter((f) => f.ruleId === id)

describe('session-expired', () => {
  it('quotes the code with its message, or the code alone', () => {
    const [withMessage] = found(
      v3('/vendors', {}, problems(401, { code: 'BDC_1109', message: 'Session is invalid.' })),
      'session-expired',
    )
    expect(withMessage?.message).toBe(
      'BILL answered BDC_1109 "Session is invalid.": the session expired (35 idle minutes), was logged out, or is from the other environment.',
    )
    expect(withMessage?.fix).toBe(
      'Sign in again and retry; make a call at least every 35 minutes to keep the session alive.',
    )
    const [bare] = found(v3('/vendors', {}, problems(401, { code: 'BDC_1109' })), 'session-expired')
    expect(bare?.message).toMatch(/^BILL answered BDC_1109: the session expired/)
  })
})

describe('untrusted-session', () => {
  it('says when the operation is not a documented MFA-protected one, and the fix for each API', () => {
    const [f3] = found(v3('/vendors', {}, problems(403, { code: 'BDC_1361' })), 'untrusted-session')
    expect(f3?.message).toBe('BILL answered BDC_1361: this operation needs an MFA-trusted session.')
    expect(f3?.fix).toContain('POST /v3/mfa/challenge then /v3/mfa/challenge/validate')
    const [f2] = found(
      v2('List/Vendor.json', {}, envelope('BDC_1361', 'Untrusted session.')),
      'untrusted-session',
    )
    expect(f2?.message).toBe(
      'BILL answered BDC_1361 "Untrusted session.": this operation needs an MFA-trusted session.',
    )
    expect(f2?.fix).toContain('MFAChallenge.json then MFAAuthenticate.json')
  })

  it('stays quiet for other codes', () => {
    expect(found(v3('/vendors', {}, problems(400, { code: 'BDC_1109' })), 'untrusted-session')).toEqual([])
  })
})

describe('deprecated-field-rejected', () => {
  const id = 'deprecated-field-rejected'

  it('copies the field, value, fix and location of the breaking finding, with the answer', () => {
    const r = v3('/mfa/setup', { phone: '1', primary: false }, problems(400))
    const [f] = found(r, id)
    const [cause] = found(r, 'mfa-setup-secondary-phone')
    expect(f).toEqual({
      ruleId: id,
      severity: 'error',
      message:
        'BILL rejected this request (HTTP 400) because of "primary": false; backup (secondary) MFA phones were removed on 2026-03-30.',
      field: 'primary',
      value: false,
      deadline: '2026-03-30',
      fix: cause?.fix,
      location: cause?.location,
    })
  })

  it('needs a v3 HTTP 400, and a v2 error envelope', () => {
    expect(found(v3('/mfa/challenge', { useBackup: true }, problems(403)), id)).toEqual([])
    expect(found(v3('/mfa/challenge', { useBackup: true }), id)).toEqual([])
    expect(
      found(v2('MFAChallenge.json', { useBackup: true }, { status: 400, body: { text: '{}' } }), id),
    ).toEqual([])
    const [f] = found(v2('MFAChallenge.json', { useBackup: true }, envelope('BDC_9', 'No.')), id)
    expect(f?.message).toContain('(BDC_9 "No.")')
  })

  it('lists every code of the answer', () => {
    const r = v3(
      '/mfa/challenge',
      { useBackup: 'true' },
      problems(400, { code: 'BDC_E1', message: 'a' }, { code: 'BDC_E2' }),
    )
    expect(found(r, id)[0]?.message).toContain('(HTTP 400 BDC_E1 "a", BDC_E2) because of "useBackup": "true"')
  })

  it('reads the date of the answer before the date of the run', () => {
    const early = v3('/mfa/challenge', { useBackup: true }, problems(400), { time: '2026-03-29T12:00:00Z' })
    expect(found(early, id, AFTER)).toEqual([])
    const late = v3('/mfa/challenge', { useBackup: true }, problems(400), { time: '2026-03-30T00:00:00Z' })
    expect(found(late, id, '2026-01-01')).toHaveLength(1)
    expect(found(v3('/mfa/challenge', { useBackup: true }, problems(400)), id, '2026-03-29')).toEqual([])
  })

  it('is never caused by the allowed values', () => {
    expect(found(v3('/mfa/challenge', { useBackup: false }, problems(400)), id)).toEqual([])
  })
})

describe('MFA field rules', () => {
  it('word the rejection for the API and the date', () => {
    const [v2After] = found(v2('MFAChallenge.json', { useBackup: true }), 'mfa-challenge-backup-phone')
    expect(v2After?.message).toContain('BILL rejects it with an error response since 2026-03-30')
    const [v2Before] = found(
      v2('MFAChallenge.json', { useBackup: true }),
      'mfa-challenge-backup-phone',
      '2026-03-01',
    )
    expect(v2Before?.message).toContain('BILL will reject it with an error response from 2026-03-30')
    const unresolved = { ...v3('/mfa/setup', { primary: false }), url: '{{baseUrl}}/v3/mfa/setup' }
    expect(found(unresolved, 'mfa-setup-secondary-phone')[0]?.message).toContain('with HTTP 400 since')
  })

  it('word the optional value for the date', () => {
    const r = v3('/mfa/challenge', { useBackup: false })
    expect(found(r, 'mfa-optional-field')[0]).toMatchObject({
      severity: 'info',
      message:
        '"useBackup": false is the only value BILL accepts since 2026-03-30, and the field is optional.',
      fix: 'Remove "useBackup" (optional since 2026-03-30).',
    })
    expect(found(r, 'mfa-optional-field', '2026-03-01')[0]?.message).toBe(
      '"useBackup": false will be the only value BILL accepts from 2026-03-30, when the field becomes optional.',
    )
    expect(found(v3('/mfa/setup', { primary: 'TRUE' }), 'mfa-optional-field')[0]?.message).toMatch(
      /^"primary": "TRUE" is/,
    )
  })

  it('look only at their endpoints, and at no endpoint for an unknown path', () => {
    expect(found(v3('/mfa/setup', { useBackup: true }), 'mfa-challenge-backup-phone')).toEqual([])
    expect(found(v3('/mfa/unknown', { useBackup: true }), 'mfa-challenge-backup-phone')).toEqual([])
    expect(found(v3('/mfa/challenge', { useBackup: 'yes' }), 'mfa-challenge-backup-phone')).toEqual([])
  })
})

describe('response rules: the codes that decide', () => {
  it('session-expired stays quiet for other codes', () => {
    expect(found(v3('/vendors', {}, problems(403, { code: 'BDC_1361' })), 'session-expired')).toEqual([])
  })

  it('untrusted-session names a documented MFA-protected operation', () => {
    const [f] = found(v3('/payments', {}, problems(403, { code: 'BDC_1361' })), 'untrusted-session')
    expect(f?.message).toBe('BILL answered BDC_1361: Create payment (v3) is an MFA-protected operation.')
  })

  it('deprecated-field-rejected: a code with a cause of its own explains the refusal, unless another code comes with it', () => {
    const id = 'deprecated-field-rejected'
    const answer = (...codes: string[]) =>
      found(v3('/mfa/challenge', { useBackup: true }, problems(400, ...codes.map((code) => ({ code })))), id)
    expect(answer('BDC_1109')).toEqual([])
    expect(answer('BDC_1109', 'BDC_E1')[0]?.message).toContain('(HTTP 400 BDC_1109, BDC_E1)')
  })
})

describe('response rules checked alone (evaluate skips a rule that throws)', () => {
  const cause: Finding = {
    ruleId: 'mfa-challenge-backup-phone',
    severity: 'error',
    message: 'm',
    field: 'useBackup',
    value: true,
  }
  const ctx = (more: Partial<RuleContext>): RuleContext =>
    ({
      request: { method: 'POST', url: '', headers: [], response: { status: 400 } },
      target: { api: 'v3', pathname: '/v3/mfa/challenge' },
      now: AFTER,
      errors: () => [],
      earlier: [],
      ...more,
    }) as unknown as RuleContext

  it('return nothing, without throwing, for an answer without their code or a request without a cause', () => {
    expect(SESSION_EXPIRED.check(ctx({}))).toEqual([])
    expect(UNTRUSTED_SESSION.check(ctx({}))).toEqual([])
    expect(DEPRECATED_FIELD_REJECTED.check(ctx({}))).toEqual([])
    const noAnswer = { method: 'POST', url: '', headers: [] }
    expect(DEPRECATED_FIELD_REJECTED.check(ctx({ earlier: [cause], request: noAnswer }))).toEqual([])
  })

  it('deprecated-field-rejected copies a fix and a location only when its cause has them', () => {
    const [f] = DEPRECATED_FIELD_REJECTED.check(ctx({ earlier: [cause] }))
    expect(f).toMatchObject({ field: 'useBackup', value: true })
    expect(f && 'fix' in f).toBe(false)
    expect(f && 'location' in f).toBe(false)
  })
})
