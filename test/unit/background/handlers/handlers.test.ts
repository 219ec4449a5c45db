import { describe, expect, it } from 'vitest'
import { coreHandlers } from '../../../../src/background/handlers/core.ts'
import { storeHandlers } from '../../../../src/background/handlers/store.ts'
import { createRouter, type Handlers } from '../../../../src/background/router.ts'
import { recordTrustedDevice } from '../../../../src/background/store/devices.ts'
import { getProfile } from '../../../../src/background/store/profiles.ts'
import { DAY_MS } from '../../../../src/shared/profiles/devices.ts'
import type { Params, RequestName } from '../../../../src/shared/protocol/index.ts'
import { PROTOCOL_SOURCE } from '../../../../src/shared/protocol/index.ts'
import { call, type Transport } from '../../../../src/ui/rpc.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

useFreshDatabase()

const now = Date.UTC(2026, 3, 1)
const opts = { extensionId: 'abc', extensionBaseUrl: 'chrome-extension://abc/' }
const optionsPage = { id: 'abc', url: 'chrome-extension://abc/src/options/index.html' }
// Only this feature's handlers: the other features' requests are never sent here.
const route = createRouter(
  {
    ...coreHandlers({ version: '0.1.0', browser: 'chrome', workerStartedAt: now, local: true }),
    ...storeHandlers({ now: () => now, allowLocalHttp: true, hostAllowed: async () => true }),
  } as Handlers,
  opts,
)
const transport: Transport = (message) => route(message, optionsPage)
const ask = <N extends RequestName>(name: N, params: Params<N>) => call(name, params, transport)
async function ok<N extends RequestName>(name: N, params: Params<N>) {
  const reply = await ask(name, params)
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.message}`)
  return reply.result
}

describe('profile requests through the router', () => {
  it('save a profile and show its dev key only masked', async () => {
    const saved = await ok('saveProfile', { input: localSandboxInput })
    expect(saved).toMatchObject({ name: 'Local sandbox', devKeyMasked: '••••••••3c9a', hasDevKey: true })
    expect(saved).not.toHaveProperty('devKey')
    const { profiles } = await ok('listProfiles', undefined)
    expect(JSON.stringify(profiles)).not.toContain(localSandboxInput.devKey)
  })

  it('answer invalid input with per-field errors', async () => {
    const reply = await ask('saveProfile', { input: { ...localSandboxInput, organizationId: '123' } })
    expect(reply).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', fields: { organizationId: expect.stringContaining('008') } },
    })
  })

  it('keep the stored dev key when an update leaves it empty', async () => {
    const saved = await ok('saveProfile', { input: localSandboxInput })
    await ok('saveProfile', { id: saved.id, input: { ...localSandboxInput, name: 'Renamed', devKey: '' } })
    expect(await getProfile(saved.id)).toMatchObject({ name: 'Renamed', devKey: localSandboxInput.devKey })
    const missing = await ask('saveProfile', { id: 'nope', input: localSandboxInput })
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })

  it('make the first profile saved the active one, and leave the active one alone after that', async () => {
    expect((await ok('listProfiles', undefined)).activeProfileId).toBeNull()
    const first = await ok('saveProfile', { input: localSandboxInput })
    expect((await ok('listProfiles', undefined)).activeProfileId).toBe(first.id)
    const second = await ok('saveProfile', { input: { ...localSandboxInput, name: 'Second' } })
    await ok('saveProfile', { id: first.id, input: { ...localSandboxInput, name: 'Renamed', devKey: '' } })
    expect((await ok('listProfiles', undefined)).activeProfileId).toBe(first.id)
    expect(second.id).not.toBe(first.id)
  })

  it('duplicate, activate and delete in one click each', async () => {
    const original = await ok('saveProfile', { input: localSandboxInput })
    const copy = await ok('duplicateProfile', { id: original.id })
    expect(copy).toMatchObject({ name: 'Local sandbox (copy)', devKeyMasked: original.devKeyMasked })
    expect(copy.id).not.toBe(original.id)
    expect(await ok('setActiveProfile', { id: copy.id })).toEqual({ activeProfileId: copy.id })
    expect(await ok('deleteProfile', { id: copy.id })).toEqual({ activeProfileId: null })
    expect(await ask('setActiveProfile', { id: copy.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    })
  })

  it('export without dev keys unless asked, and import with per-profile problems', async () => {
    await ok('saveProfile', { input: localSandboxInput })
    const plain = await ok('exportProfiles', { includeDevKeys: false })
    expect(plain.count).toBe(1)
    expect(plain.json).not.toContain('devKey')
    const keys = JSON.parse(plain.json).profiles.flatMap((p: object) => Object.keys(p))
    for (const secret of ['devKey', 'password', 'token', 'rememberId']) expect(keys).not.toContain(secret)
    const withKeys = await ok('exportProfiles', { includeDevKeys: true })
    expect(withKeys.json).toContain(localSandboxInput.devKey)

    const file = JSON.parse(withKeys.json)
    const { id: _id, ...withoutId } = file.profiles[0]
    file.profiles = [withoutId, { ...withoutId, name: 'Broken', environment: 'moon' }]
    const result = await ok('importProfiles', { json: JSON.stringify(file) })
    expect(result.imported).toHaveLength(1)
    expect(result.problems).toEqual([
      { position: 2, name: 'Broken', errors: expect.objectContaining({ environment: expect.any(String) }) },
    ])
    expect(await ask('importProfiles', { json: '{}' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input' },
    })
  })

  it('merges an export imported twice by id instead of adding copies', async () => {
    const second = { ...localSandboxInput, name: 'Second' }
    await ok('saveProfile', { input: localSandboxInput })
    await ok('saveProfile', { input: second })
    const file = (await ok('exportProfiles', { includeDevKeys: false })).json
    await ok('importProfiles', { json: file })
    const again = await ok('importProfiles', { json: file })
    expect(again.imported).toEqual([])
    expect(again.updated.map((p) => p.name).sort()).toEqual(['Local sandbox', 'Second'])
    const { profiles } = await ok('listProfiles', undefined)
    expect(profiles.map((p) => p.name).sort()).toEqual(['Local sandbox', 'Second'])
    // The file had no dev keys: the stored ones stay.
    expect(profiles.every((p) => p.hasDevKey)).toBe(true)
  })

  it('imports a file into another browser once, with the ids it had, then merges', async () => {
    const saved = await ok('saveProfile', { input: localSandboxInput })
    const file = (await ok('exportProfiles', { includeDevKeys: true })).json
    await ok('deleteProfile', { id: saved.id })
    const first = await ok('importProfiles', { json: file })
    expect(first.imported.map((p) => p.id)).toEqual([saved.id])
    const renamed = file.replace('"Local sandbox"', '"Renamed"')
    expect((await ok('importProfiles', { json: renamed })).updated.map((p) => p.name)).toEqual(['Renamed'])
    expect((await ok('listProfiles', undefined)).profiles).toHaveLength(1)
  })

  it('adds a new profile when a file gives an existing id other hosts: no stored dev key moves', async () => {
    const saved = await ok('saveProfile', { input: localSandboxInput })
    const file = JSON.parse((await ok('exportProfiles', { includeDevKeys: false })).json)
    file.profiles[0].customBaseUrls = {
      v3: 'https://other.example/connect',
      v2: 'https://other.example/api/v2',
    }
    const result = await ok('importProfiles', { json: JSON.stringify(file) })
    expect(result.updated).toEqual([])
    expect(result.imported[0]?.id).not.toBe(saved.id)
    expect(result.imported[0]?.hasDevKey).toBe(false)
    expect((await getProfile(saved.id))?.customBaseUrls).toEqual(localSandboxInput.customBaseUrls)
  })
})

describe('device, preference and data requests through the router', () => {
  it('list devices without their remembered id, and forget one', async () => {
    const profile = await ok('saveProfile', { input: localSandboxInput })
    const device = await recordTrustedDevice({
      profileId: profile.id,
      api: 'v3',
      rememberId: 'remember-secret',
      device: 'd',
      machineName: 'BILL Sandbox Companion on Chrome',
      issuedAt: now - DAY_MS,
    })
    const listed = await ok('listTrustedDevices', undefined)
    const { rememberId: _secret, ...visible } = device
    expect(listed).toEqual([{ ...visible, profileName: 'Local sandbox' }])
    expect(await ok('forgetTrustedDevice', { id: device.id })).toEqual({ forgotten: true })
    expect(await ok('listTrustedDevices', undefined)).toEqual([])
    expect(await ok('listEvents', {})).toMatchObject([{ kind: 'device-forgotten', profileId: profile.id }])
  })

  it('change preferences, refusing invalid values per field', async () => {
    expect(await ok('setPreferences', { keepAliveEnabled: true })).toMatchObject({ keepAliveEnabled: true })
    expect(await ok('getPreferences', undefined)).toMatchObject({
      keepAliveEnabled: true,
      keepAliveMaxPings: 3,
    })
    expect(await ask('setPreferences', { keepAliveMaxPings: 0 })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', fields: { keepAliveMaxPings: expect.any(String) } },
    })
  })

  it('delete all data', async () => {
    await ok('saveProfile', { input: localSandboxInput })
    await ok('setPreferences', { badgeEnabled: false })
    expect(await ok('deleteAllData', undefined)).toEqual({ deletedAt: now })
    expect(await ok('listProfiles', undefined)).toEqual({ profiles: [], activeProfileId: null })
    expect(await ok('getPreferences', undefined)).toMatchObject({ badgeEnabled: true })
  })

  it('refuse a web page', async () => {
    const reply = await route(
      { source: PROTOCOL_SOURCE, name: 'exportProfiles', params: { includeDevKeys: true } },
      { id: 'abc', url: 'https://evil.example/' },
    )
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } })
  })
})
