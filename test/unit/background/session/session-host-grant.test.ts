import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSandboxApp, type SandboxApp } from '../../../../sandbox/app.ts'
import { panelHandlers } from '../../../../src/background/handlers/panel.ts'
import { storeHandlers } from '../../../../src/background/handlers/store.ts'
import { createSessionService } from '../../../../src/background/session/service.ts'
import { buildProfilesExport } from '../../../../src/shared/profiles/exchange.ts'
import { ALARMS } from '../../../../src/shared/session/schedule.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { harness, qa } from '../../session-harness.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

// A secret goes only to an origin covered by a granted host permission: checked before every request.

const billRequests = (sandbox: SandboxApp) => sandbox.state.requests.filter((r) => !r.path.startsWith('/__'))

describe('hosts the browser has not granted', () => {
  let sandbox: SandboxApp
  beforeEach(() => {
    sandbox = createSandboxApp({ quiet: true })
  })
  afterEach(() => sandbox.shutdown())

  it.each(['v3', 'v2'] as const)('refuse a %s sign-in before anything is sent', async (api) => {
    const { ports, state } = harness(sandbox, api)
    state.ungranted.push('sandbox.local')
    const service = createSessionService(ports)
    const error = await service.signIn('p1', qa.password).catch((e: unknown) => e)
    expect(error).toMatchObject({
      kind: 'host-not-granted',
      message: expect.stringContaining('sandbox.local'),
    })
    expect(await service.getView()).toEqual({ state: 'signed-out' })
    expect(billRequests(sandbox)).toEqual([])
  })

  it('refuse MFA calls, the keep-alive ping and a replay once access is withdrawn', async () => {
    const { ports, state } = harness(sandbox)
    ports.getPreferences = async () => ({
      ...(await harness(sandbox).ports.getPreferences()),
      keepAliveEnabled: true,
    })
    const service = createSessionService(ports)
    await service.signIn('p1', qa.password)
    const sent = billRequests(sandbox).length
    state.ungranted.push('sandbox.local')

    expect(await service.sendChallenge()).toMatchObject({
      mfa: { step: 'error', errorKind: 'host-not-granted' },
    })
    await service.onAlarm(ALARMS.keepAlive)
    const replay = panelHandlers(service).replayRequest(
      { method: 'POST', endpointId: 'v3.mfa.challenge', body: {} },
      {
        sender: {},
      } as never,
    )
    await expect(replay).rejects.toMatchObject({ kind: 'host-not-granted' })
    expect(billRequests(sandbox)).toHaveLength(sent)
    expect(await service.getView()).toMatchObject({ state: 'active' })
  })
})

describe('importing profiles whose hosts are not granted', () => {
  useFreshDatabase()

  it('keeps them and names them as needing access', async () => {
    const store = storeHandlers({
      now: () => 1,
      allowLocalHttp: true,
      hostAllowed: async (url) => !url.includes('colleague.example.test'),
    })
    const colleague = {
      ...localSandboxInput,
      name: 'Colleague host',
      customBaseUrls: {
        v3: 'https://colleague.example.test/connect',
        v2: 'https://colleague.example.test/api/v2',
      },
    }
    const file = buildProfilesExport([localSandboxInput, colleague], { includeDevKeys: true, now: 1 })
    const result = await store.importProfiles({ json: JSON.stringify(file) }, { sender: {} })
    expect(result.imported.map((p) => p.name)).toEqual(['Local sandbox', 'Colleague host'])
    expect(result.needsAccess).toEqual([result.imported[1]?.id])
  })

  it('refuses plain-http hosts other than this machine, and those too outside the local build', async () => {
    const file = buildProfilesExport([localSandboxInput], { includeDevKeys: true, now: 1 })
    const plain = {
      ...file,
      profiles: [
        ...file.profiles,
        {
          ...file.profiles[0],
          customBaseUrls: { v3: 'http://evil.test/connect', v2: 'http://evil.test/api/v2' },
        },
      ],
    }
    const json = JSON.stringify(plain)
    const local = storeHandlers({ now: () => 1, allowLocalHttp: true, hostAllowed: async () => true })
    expect(await local.importProfiles({ json }, { sender: {} })).toMatchObject({
      imported: [{ name: 'Local sandbox' }],
      problems: [{ position: 2, errors: { v3Base: expect.stringContaining('https://') } }],
    })
    const store = storeHandlers({ now: () => 1, allowLocalHttp: false, hostAllowed: async () => true })
    expect(await store.importProfiles({ json }, { sender: {} })).toMatchObject({
      imported: [],
      problems: [{ position: 1 }, { position: 2 }],
    })
  })
})
