import { expect, it } from 'vitest'
import { otherLoginFieldName } from '../../../../src/shared/bill/login-fields.ts'

// A sign-in body written in the other API's dialect is fixed by renaming: each renamed field has one partner.

it.each([
  ['userName', 'username'],
  ['orgId', 'organizationId'],
  ['mfaId', 'rememberMeId'],
  ['deviceId', 'device'],
])('%s and %s are each other’s name', (v2, v3) => {
  expect(otherLoginFieldName(v2)).toBe(v3)
  expect(otherLoginFieldName(v3)).toBe(v2)
})

it('a field spelled alike in both APIs, or unknown, has no other name', () => {
  for (const name of [
    'password',
    'devKey',
    'sessionId',
    'UserName',
    'toString',
    'constructor',
    '__proto__',
    '',
  ])
    expect(otherLoginFieldName(name), name).toBeUndefined()
})
