import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildProfilesExport,
  IMPORT_LIMITS,
  importSizeError,
  parseProfilesExport,
} from '../../../../src/shared/profiles/exchange.ts'
import { utf8Length } from '../../../../src/shared/text/utf8-length.ts'
import { localSandboxInput, validProfileInput } from '../../profiles/arbitraries.ts'

const now = Date.UTC(2026, 3, 1)
const local = { allowLocalHttp: true }

describe('profiles export and import', () => {
  it('round-trips every profile; dev keys only when included', () => {
    fc.assert(
      fc.property(fc.array(validProfileInput, { maxLength: 5 }), fc.boolean(), (profiles, includeDevKeys) => {
        const json = JSON.stringify(buildProfilesExport(profiles, { includeDevKeys, now }))
        const parsed = parseProfilesExport(json, local)
        const expected = includeDevKeys ? profiles : profiles.map((p) => ({ ...p, devKey: '' }))
        expect(parsed).toEqual({ ok: true, profiles: expected.map((input) => ({ input })), problems: [] })
        if (!includeDevKeys) expect(json).not.toContain('"devKey"')
      }),
    )
  })

  it('exports only profile settings and ids: no dates, passwords or remembered ids', () => {
    const stored = {
      ...localSandboxInput,
      id: '0b5e6a4e-58f4-4f4e-9d3c-2b7c1a9e8f10',
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
        'id',
        'idleTimeoutSeconds',
        'name',
        'organizationId',
        'username',
      ].sort(),
    )
    expect(file).toMatchObject({ includesDevKeys: false, exportedAt: '2026-04-01T00:00:00.000Z' })
    const [read] = (parseProfilesExport(JSON.stringify(file), local) as { profiles: { id?: string }[] })
      .profiles
    expect(read?.id).toBe(stored.id)
    const odd = JSON.stringify({ ...file, profiles: [{ ...file.profiles[0], id: '../../x' }] })
    expect((parseProfilesExport(odd, local) as { profiles: object[] }).profiles[0]).not.toHaveProperty('id')
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
      profiles: [{ input: localSandboxInput }],
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

  describe('limits, checked before any heavy work', () => {
    const file = buildProfilesExport([localSandboxInput], { includeDevKeys: true, now })
    const refusal = (json: string) => {
      const parsed = parseProfilesExport(json, local)
      expect(parsed.ok).toBe(false)
      const message = (parsed as { message: string }).message
      expect(message).not.toContain('\n')
      return message
    }

    it('refuses a file over 1 MB, counted in UTF-8 bytes', () => {
      const huge = JSON.stringify({
        ...file,
        profiles: [{ ...file.profiles[0], name: 'x'.repeat(20_000_000) }],
      })
      expect(refusal(huge)).toBe('Too large to import (20.1 MB): a profiles export is at most 1 MB.')
      // 400,000 characters: 1.2 MB of them in UTF-8, and the rest of the file.
      const wide = JSON.stringify({ ...file, note: '€'.repeat(400_000) })
      expect(refusal(wide)).toContain('Too large to import (1.3 MB)')
      expect(importSizeError(IMPORT_LIMITS.bytes)).toBeUndefined()
    })

    it('refuses more than 200 profiles, and any text over 2,000 characters', () => {
      const many = JSON.stringify({ ...file, profiles: Array.from({ length: 100_000 }, () => ({})) })
      expect(refusal(many)).toBe('This file has 100,000 profiles: import at most 200 at a time.')
      const exactly = JSON.stringify({
        ...file,
        profiles: Array.from({ length: 200 }, () => file.profiles[0]),
      })
      expect(parseProfilesExport(exactly, local)).toMatchObject({ ok: true, problems: [] })
      const long = JSON.stringify({
        ...file,
        profiles: [{ ...file.profiles[0], username: 'u'.repeat(2_001) }],
      })
      expect(refusal(long)).toBe(
        'A text in this file is over 2,000 characters: no profile setting is that long.',
      )
      const longKey = JSON.stringify({ ...file, ['k'.repeat(2_001)]: 1 })
      expect(refusal(longKey)).toContain('over 2,000 characters')
    })

    it('counts UTF-8 bytes as the encoder does', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
          expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
        }),
        { numRuns: 300 },
      )
    })
  })
})
