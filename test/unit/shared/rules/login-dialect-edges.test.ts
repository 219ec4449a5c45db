import { describe, expect, it } from 'vitest'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import type { NormalizedRequest } from '../../../../src/shared/har/request.ts'
import { evaluate } from '../../../../src/shared/rules/evaluate.ts'
import { V3_LOGIN_V2_FIELDS } from '../../../../src/shared/rules/login-dialect.ts'
import type { RuleContext } from '../../../../src/shared/rules/rule.ts'

const login = (
  url: string,
  text: string,
  mimeType = 'application/x-www-form-urlencoded',
): NormalizedRequest => ({
  method: 'POST',
  url,
  headers: [],
  body: { mimeType, text },
})
const findings = (r: NormalizedRequest) => evaluate(r, { rules: [V3_LOGIN_V2_FIELDS] }).findings
const V2_LOGIN = `${BASE_URLS.sandbox.v2}/Login.json`

describe('v3-login-v2-fields on odd form bodies', () => {
  it('locates each v3 name in a form with empty parts, names without a value and encoded names', () => {
    const text = '&&user%6Eame=a&&device&password=p&rememberMeId='
    const found = findings(login(V2_LOGIN, text))
    expect(found.map((f) => f.field)).toEqual(['username', 'device', 'rememberMeId'])
    expect(found.map((f) => f.location?.range && text.slice(...f.location.range))).toEqual([
      'user%6Eame=a',
      'device',
      'rememberMeId=',
    ])
    expect(found[0]?.location).toMatchObject({ in: 'body', pointer: '/username' })
    expect(found[0]?.message).toBe(
      '"username" is the v3 (/v3/login) name of this sign-in field; Login.json reads "userName", so BILL does not see the value (the sign-in fails, or is not MFA-trusted for a remembered device).',
    )
  })

  it('reads only form bodies on Login.json, and only real fields (not inherited names)', () => {
    expect(findings(login(V2_LOGIN, '{"username":"a"}', 'application/json'))).toEqual([])
    expect(findings(login(V2_LOGIN, 'toString=1&constructor=2&__proto__=3'))).toEqual([])
  })

  it('names the endpoint that reads the other names on /v3/login', () => {
    const [f] = findings(login(`${BASE_URLS.sandbox.v3}/v3/login`, '{"orgId":"o"}', 'application/json'))
    expect(f?.message).toBe(
      '"orgId" is the v2 (Login.json) name of this sign-in field; POST /v3/login reads "organizationId", so BILL does not see the value (the sign-in fails, or is not MFA-trusted for a remembered device).',
    )
  })
})

describe('v3-login-v2-fields: which bodies and endpoints it reads', () => {
  it('does not read a JSON body sent to Login.json as a form, whatever its strings hold', () => {
    expect(findings(login(V2_LOGIN, '{"note":"a&username=b&device=c"}', 'application/json'))).toEqual([])
  })

  it('stays quiet on other v2 endpoints and on paths that name no endpoint', () => {
    const v2 = BASE_URLS.sandbox.v2
    expect(findings(login(`${v2}/MFAChallenge.json`, 'sessionId=s&device=d&username=u'))).toEqual([])
    expect(findings(login(`${v2}/Unknown.json`, 'username=u&device=d'))).toEqual([])
  })

  it('returns nothing, without throwing, for a target that names no endpoint', () => {
    // evaluate() skips a rule that throws: this checks the rule itself.
    const ctx = { target: { api: 'v3', pathname: '/v3/unknown' } } as unknown as RuleContext
    expect(V3_LOGIN_V2_FIELDS.check(ctx)).toEqual([])
  })
})
