import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskDevKey } from '../../../../src/shared/profiles/mask.ts'
import { validateProfileInput } from '../../../../src/shared/profiles/validate.ts'
import { localSandboxInput, validProfileInput } from '../../profiles/arbitraries.ts'

const strict = { devKeyRequired: true, allowLocalHttp: true }

describe('validateProfileInput', () => {
  it('accepts every well-formed profile unchanged', () => {
    fc.assert(
      fc.property(validProfileInput, (input) => {
        expect(validateProfileInput(input, strict)).toEqual({ ok: true, value: input })
      }),
    )
  })

  it('rejects any organization id that does not begin with 008, naming the field', () => {
    fc.assert(
      fc.property(
        validProfileInput,
        fc.stringMatching(/^[0-9A-Za-z]{1,20}$/).filter((s) => !s.startsWith('008')),
        (input, organizationId) => {
          const result = validateProfileInput({ ...input, organizationId }, strict)
          expect(result.ok).toBe(false)
          if (!result.ok) expect(Object.keys(result.errors)).toEqual(['organizationId'])
        },
      ),
    )
  })

  it('trims text and drops the trailing slash of base URLs', () => {
    const result = validateProfileInput(
      {
        ...localSandboxInput,
        name: '  Local  ',
        organizationId: ' 00801QAMFAORG0000001 ',
        customBaseUrls: { v3: 'http://127.0.0.1:4010/connect/', v2: 'http://127.0.0.1:4010/api/v2//' },
      },
      strict,
    )
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'Local',
        organizationId: '00801QAMFAORG0000001',
        customBaseUrls: { v3: 'http://127.0.0.1:4010/connect', v2: 'http://127.0.0.1:4010/api/v2' },
      },
    })
  })

  it.each([
    ['ftp://127.0.0.1/connect', 'https://'],
    ['127.0.0.1:4010/connect', 'https://'],
    ['not a url', 'https://'],
    ['http://mock.example.test/connect', 'https://'],
    ['http://127.0.0.2:4010/connect', 'https://'],
    ['https://user:pw@host.test/connect', 'passwords'],
    ['https://host.test/connect?x=1', 'query'],
    ['', 'Enter a base URL'],
  ])('refuses the custom base URL %s', (v3, message) => {
    const result = validateProfileInput(
      { ...localSandboxInput, customBaseUrls: { v3, v2: 'http://127.0.0.1:4010/api/v2' } },
      strict,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.v3Base).toContain(message)
      expect(result.errors.v2Base).toBeUndefined()
    }
  })

  it('keeps BILL’s 35 minutes on sandbox and production, and bounds custom timeouts', () => {
    const sandbox = { ...localSandboxInput, environment: 'sandbox', customBaseUrls: null }
    expect(validateProfileInput({ ...sandbox, idleTimeoutSeconds: 60 }, strict)).toMatchObject({
      ok: false,
      errors: { idleTimeoutSeconds: expect.stringContaining('2100') },
    })
    expect(validateProfileInput({ ...sandbox, idleTimeoutSeconds: 2100 }, strict).ok).toBe(true)
    for (const idle of [4, 86_401, 1.5, Number.NaN, '60'])
      expect(validateProfileInput({ ...localSandboxInput, idleTimeoutSeconds: idle }, strict).ok).toBe(false)
  })

  it('requires a dev key only when asked to, and never one with spaces', () => {
    const noKey = { ...localSandboxInput, devKey: '' }
    expect(validateProfileInput(noKey, strict)).toMatchObject({
      ok: false,
      errors: { devKey: expect.any(String) },
    })
    expect(validateProfileInput(noKey, { devKeyRequired: false, allowLocalHttp: true })).toMatchObject({
      ok: true,
      value: { devKey: '' },
    })
    expect(validateProfileInput({ ...localSandboxInput, devKey: 'a b' }, strict).ok).toBe(false)
  })

  it('reports every missing field of an empty object, and keeps unknown fields out', () => {
    const empty = validateProfileInput({}, strict)
    expect(empty.ok).toBe(false)
    if (!empty.ok)
      expect(Object.keys(empty.errors).sort()).toEqual(
        [
          'api',
          'authMethod',
          'devKey',
          'environment',
          'idleTimeoutSeconds',
          'name',
          'organizationId',
          'username',
        ].sort(),
      )
    const withPassword = validateProfileInput({ ...localSandboxInput, password: 'hunter2' }, strict)
    expect(withPassword.ok && Object.keys(withPassword.value)).not.toContain('password')
  })
})

describe('maskDevKey', () => {
  it('shows only the last four characters of long keys, and none of short ones', () => {
    expect(maskDevKey('sbx-devkey-01QA-7f3c9a')).toBe('••••••••3c9a')
    expect(maskDevKey('short')).toBe('••••••••')
    expect(maskDevKey('')).toBe('')
  })
})
