import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { evaluate } from '../../../../src/shared/rules/evaluate.ts'
import {
  CREDENTIALS_IN_QUERY,
  describeCredential,
  SUNSET_HOST,
} from '../../../../src/shared/rules/request-rules.ts'
import type { RuleContext } from '../../../../src/shared/rules/rule.ts'
import { MFA_FIELD_RUNTIME_VALUE } from '../../../../src/shared/rules/runtime-value-rule.ts'
import { billTarget } from '../../../../src/shared/rules/target.ts'

const get = (url: string): NormalizedRequest => ({ method: 'GET', url, headers: [] })
const only = (url: string, r = CREDENTIALS_IN_QUERY) =>
  evaluate(get(url), { rules: [r], now: '2026-04-01' }).findings

describe('credentials-in-query', () => {
  it('says when BILL stopped accepting them, and where each API takes them instead', () => {
    const [v2] = only(`${BASE_URLS.sandbox.v2}/Login.json?devKey=k`)
    expect(v2).toMatchObject({
      ruleId: 'credentials-in-query',
      severity: 'error',
      field: 'devKey',
      deadline: '2022-10-15',
      fix: 'Move "devKey" into the form body.',
      location: { in: 'url' },
    })
    expect(v2?.message).toBe(
      '"devKey" is in the URL query; BILL rejects credentials there since 2022-10-15, and URLs get logged.',
    )
    const [v3] = only(`${BASE_URLS.sandbox.v3}/v3/login?sessionId=s`)
    expect(v3?.fix).toBe('Send "sessionId" in the JSON body (/v3/login) or as a header (devKey, sessionId).')
    expect(describeCredential('password', undefined).fix).toBe(
      'Send "password" in the body (v2 form, /v3/login JSON) or as a v3 header (devKey, sessionId).',
    )
  })

  it('flags nothing in a URL without credentials', () => {
    expect(only(`${BASE_URLS.sandbox.v3}/v3/vendors?max=1&userId=u`)).toEqual([])
  })
})

describe('sunset-host', () => {
  const sunset = 'https://api-sandbox.bill.com/api/v2/Login.json'

  it('points at the host in the URL, whatever its case', () => {
    const [f] = only(sunset, SUNSET_HOST)
    expect(f?.location).toEqual({ in: 'url', range: [8, 28] })
    expect(f?.message).toBe(
      'api-sandbox.bill.com was shut down on 2024-08-31 (its test data was not migrated).',
    )
    const [upper] = only('https://API-SANDBOX.bill.com/api/v2/Login.json', SUNSET_HOST)
    expect(upper?.location).toEqual({ in: 'url', range: [8, 28] })
  })

  it('has no location when the host is not written as such (inside a proxy URL)', () => {
    const proxied = 'https://cors.example/?url=https%3A%2F%2Fapi%2Dsandbox.bill.com%2Fapi%2Fv2%2FLogin.json'
    const [f] = only(proxied, SUNSET_HOST)
    expect(f?.ruleId).toBe('sunset-host')
    expect(f && 'location' in f).toBe(false)
  })

  it('stays quiet, without throwing, for a host it does not know (a mock server)', () => {
    const request = get('http://mock.test/v3/login')
    const target = billTarget(request.method, request.url, ['mock.test'])
    expect(target?.host).toBeUndefined()
    const ctx = { request, target, now: '2026-04-01', earlier: [] } as unknown as RuleContext
    expect(SUNSET_HOST.check(ctx)).toEqual([])
  })

  it('stays quiet for current hosts, and explains each shut-down host in its help', () => {
    expect(only(`${BASE_URLS.sandbox.v2}/Login.json`, SUNSET_HOST)).toEqual([])
    expect(SUNSET_HOST.help).toContain('api-sandbox.bill.com was shut down on 2024-08-31')
    expect(SUNSET_HOST.help).toContain(BASE_URLS.sandbox.v2)
  })
})

describe('mfa-field-runtime-value', () => {
  it('has nothing to check in a request', () => {
    expect(only(`${BASE_URLS.sandbox.v3}/v3/mfa/challenge`, MFA_FIELD_RUNTIME_VALUE)).toEqual([])
  })

  it('names the endpoint and the value the field must never take', () => {
    const primary = MFA_FIELD_RUNTIME_VALUE.describe('primary', 'v2')
    expect(primary).toEqual({
      field: 'primary',
      message:
        '"primary" on POST /v3/mfa/setup is decided at run time: make sure it is never false; BILL rejects false since 2026-03-30.',
      fix: 'Remove "primary" (optional since 2026-03-30) or make sure it is never false.',
      deadline: '2026-03-30',
    })
    expect(MFA_FIELD_RUNTIME_VALUE.describe('useBackup', 'v2').message).toContain(
      '"useBackup" on MFAChallenge.json',
    )
    expect(MFA_FIELD_RUNTIME_VALUE.describe('useBackup', 'v2').message).toContain('never true;')
    expect(MFA_FIELD_RUNTIME_VALUE.describe('useBackup', 'v3').message).toContain('on the MFA challenge is')
    expect(MFA_FIELD_RUNTIME_VALUE.describe('useBackup', undefined).message).toContain(
      'on the MFA challenge is',
    )
    expect(MFA_FIELD_RUNTIME_VALUE.describe('other', 'v3').fix).toContain('never the deprecated value')
  })
})
