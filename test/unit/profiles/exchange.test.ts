import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildProfilesExport, parseProfilesExport } from '../../../src/shared/profiles/exchange.ts'
import { localSandboxInput, validProfileInput } from './arbitraries.ts'

const now = Date.UTC(2026, 3, 1)
const local = { allowLocalHttp: true }

describe('profiles export and import', () => {
  it('round-trips every profile; dev keys only when included', () => {
    fc.assert(
      fc.property(fc.array(validProfileInput, { maxLength: 5 }), fc.boolean(), (profiles, includeDevKeys) => {
        const json = JSON.stringify(buildProfilesExport(profiles, { includeDevKeys, now }))
        const parsed = parseProfilesExport(json, local)
        const expected = includeDevKeys ? profiles : profiles.map((p) => ({ ...p, devKey: '' }))
        expect(parsed).toEqual({ ok: true, profiles: expected, problems: [] })
        if (!includeDevKeys) expect(json).not.toContain('"devKey"')
      }),
    )
  })

  it('exports only profile settings: no ids, dates, passwords or remembered ids', () => {
    const stored = {
      ...localSandboxInput,
      id: 'p1',
      createdAt: 1,
      updatedAt: 2,
      password: 'x',
      rememberId: 'y',
    }
    const file = buildProfilesExport([stored], { includeDevKeys: false, now })
    expect(Object.keys(file.profiles[0] ?? {}).sort()).toEqual(
      [
        'api',
        'authMethod',
        'customBaseUrls',
        'environment',
        'idleTimeoutSeconds',
        'name',
        'organizationId',
        'username',
      ].sort(),
    )
    expect(file).toMatchObject({ includesDevKeys: false, exportedAt: '2026-04-01T00:00:00.000Z' })
  })

  it('reports each invalid profile by position and name, and keeps the valid ones', () => {
    const file = buildProfilesExport([localSandboxInput], { includeDevKeys: true, now })
    const json = JSON.stringify({
      ...file,
      profiles: [{ ...localSandboxInput, name: 'Bad org', organizationId: '123' }, file.profiles[0], {}],
    })
    const parsed = parseProfilesExport(json, local)
    expect(parsed).toMatchObject({
      ok: true,
      profiles: [localSandboxInput],
      problems: [
        { position: 1, name: 'Bad org', errors: { organizationId: expect.stringContaining('008') } },
        { position: 3, name: '(no name)' },
      ],
    })
  })

  it.each([
    ['not json', 'not JSON'],
    ['{"profiles":[]}', 'not a BILL Sandbox Companion'],
    [
      '{"format":"bill-sandbox-companion/profiles","version":9,"profiles":[]}',
      'Unsupported export version 9',
    ],
  ])('refuses the file %s as a whole', (json, message) => {
    expect(parseProfilesExport(json, local)).toEqual({ ok: false, message: expect.stringContaining(message) })
  })
})
