import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../../src/shared/rules/index.ts'
import { requests, V2, V3, v2Login, v3Login } from './sequence-fixtures.ts'

const id = 'v3-login-v2-fields'
const findings = (call: Parameters<typeof requests>[0][number]) =>
  evaluate(requests([call])[0] as never).findings.filter((f) => f.ruleId === id)

describe('v3-login-v2-fields', () => {
  it('flags each v2 name sent to /v3/login, located, with the one-to-one rename', () => {
    const call = {
      at: 0,
      url: `${V3}/login`,
      body: { userName: 'u', password: 'p', orgId: 'o', devKey: 'k', mfaId: 'm', deviceId: 'd' },
    }
    const found = findings(call)
    expect(found.map((f) => [f.field, f.fix])).toEqual([
      ['userName', 'Rename "userName" to "username".'],
      ['orgId', 'Rename "orgId" to "organizationId".'],
      ['mfaId', 'Rename "mfaId" to "rememberMeId".'],
      ['deviceId', 'Rename "deviceId" to "device".'],
    ])
    const text = JSON.stringify(call.body)
    const loc = found[1]?.location
    expect(loc?.in === 'body' && text.slice(...loc.range)).toBe('"orgId":"o"')
    expect(found[0]?.severity).toBe('error')
  })

  it('flags the v3 names sent to Login.json, located in the form', () => {
    const call = {
      at: 0,
      url: `${V2}/Login.json`,
      body: 'username=u&password=p&organizationId=o&devKey=k&rememberMeId=r&device=d',
    }
    const found = findings(call)
    expect(found.map((f) => f.field)).toEqual(['username', 'organizationId', 'rememberMeId', 'device'])
    const loc = found[1]?.location
    expect(loc?.in === 'body' && call.body.slice(...loc.range)).toBe('organizationId=o')
    expect(found[0]?.fix).toBe('Rename "username" to "userName".')
  })

  it('stays quiet for each dialect spoken correctly, and for other endpoints', () => {
    expect(findings(v3Login(0, 'S', { rememberMeId: 'r', device: 'd' }))).toEqual([])
    expect(findings(v2Login(0, 'S', '&mfaId=m&deviceId=d'))).toEqual([])
    expect(findings({ at: 0, url: `${V3}/vendors`, body: { userName: 'u', orgId: 'o' } })).toEqual([])
  })
})
