import fc from 'fast-check'
import { BILL_IDLE_SECONDS, type ProfileInput } from '../../../src/shared/profiles/types.ts'

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,30}[A-Za-z0-9]$/)
const host = fc.constantFrom('127.0.0.1:4010', 'localhost:4010', 'mock.example.test', 'api-stage.bill.com')

// Plain http only reaches this machine's sandbox (and only in the local build).
const schemeOf = (r: { scheme: string; host: string }) =>
  /^(127\.0\.0\.1|localhost):/.test(r.host) ? r.scheme : 'https'

/** Profiles the validator (local build) must accept, in their normalized form. */
export const validProfileInput: fc.Arbitrary<ProfileInput> = fc
  .record({
    name: word,
    environment: fc.constantFrom('sandbox', 'production', 'custom' as const),
    scheme: fc.constantFrom('http', 'https'),
    host,
    api: fc.constantFrom('v3', 'v2' as const),
    organizationId: fc.stringMatching(/^008[0-9A-Za-z]{1,30}$/),
    devKey: fc.stringMatching(/^[!-~]{1,64}$/),
    username: word,
    authMethod: fc.constantFrom('password', 'token' as const),
    customIdle: fc.integer({ min: 5, max: 86_400 }),
  })
  .map(
    (r): ProfileInput => ({
      name: r.name,
      environment: r.environment,
      customBaseUrls:
        r.environment === 'custom'
          ? { v3: `${schemeOf(r)}://${r.host}/connect`, v2: `${schemeOf(r)}://${r.host}/api/v2` }
          : null,
      api: r.api,
      organizationId: r.organizationId,
      devKey: r.devKey,
      username: r.username,
      authMethod: r.authMethod,
      idleTimeoutSeconds: r.environment === 'custom' ? r.customIdle : BILL_IDLE_SECONDS,
    }),
  )

export const localSandboxInput: ProfileInput = {
  name: 'Local sandbox',
  environment: 'custom',
  customBaseUrls: { v3: 'http://127.0.0.1:4010/connect', v2: 'http://127.0.0.1:4010/api/v2' },
  api: 'v3',
  organizationId: '00801QAMFAORG0000001',
  devKey: 'sbx-devkey-01QA-7f3c9a',
  username: 'qa@example.com',
  authMethod: 'password',
  idleTimeoutSeconds: 120,
}
