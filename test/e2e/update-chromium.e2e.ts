import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { DB_VERSION } from '../../src/background/store/schema.ts'
import { LOCAL_CHROME_DIST } from './harness/browsers.ts'
import { launchChromium } from './harness/chromium.ts'
import { pollUntil } from './harness/poll.ts'
import { buildPreviousRelease, installAt } from './harness/previous-release.ts'
import { createSandboxProfile, latestSms, mustAsk } from './harness/protocol.ts'

// Issue 24 §4: an update keeps what users stored. The previous release (the commit before issue 24, or
// PREVIOUS_RELEASE) is installed, given a profile and a remembered device, then this build replaces its files
// with a higher version and the browser starts again on the same profile: the new version opens the old
// database (its schema upgrade, database.ts) and finds everything.
const PREVIOUS_RELEASE = process.env.PREVIOUS_RELEASE ?? 'f8fa729'

describe('update from the previous release (Chromium)', () => {
  let sandbox: RunningSandbox
  let work: string

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    work = mkdtempSync(join(tmpdir(), 'bill-companion-update-'))
  })
  afterAll(async () => {
    await sandbox?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('keeps profiles and remembered devices', async () => {
    const previous = buildPreviousRelease(PREVIOUS_RELEASE, join(work, 'previous'))
    const place = join(work, 'extension')
    const userDataDir = join(work, 'browser-profile')
    const qa = sandbox.accounts[0]!

    installAt(previous, place)
    const old = await launchChromium({ dist: place, userDataDir })
    const page = await old.open('src/options/index.html')
    const profileId = await createSandboxProfile(page, sandbox, qa, { name: 'Kept across the update' })
    await mustAsk(page, 'signIn', { profileId, secret: qa.password })
    const before = Date.now() - 1000
    await mustAsk(page, 'sendMfaChallenge', undefined)
    const sms = await pollUntil(() => latestSms(sandbox.origin, before), { what: 'an SMS' })
    await mustAsk(page, 'verifyMfaCode', { code: sms.code, remember: true })
    const devicesBefore = await mustAsk(page, 'listTrustedDevices', undefined)
    expect(devicesBefore).toHaveLength(1)
    // The mark of an update's upgrade: the previous release never writes it.
    expect(await old.worker.evaluate(() => chrome.storage.local.get('storeUpgrade'))).toEqual({})
    await old.close()

    // The update: the new files, with a higher version, loaded over the same browser profile.
    installAt(LOCAL_CHROME_DIST, place, '0.1.1')
    const updated = await launchChromium({ dist: place, userDataDir })
    try {
      expect(await updated.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1')
      // runtime.onInstalled fired with reason "update" and ran the store's upgrade (store/upgrade.ts); the
      // worker is found before its onInstalled listener has finished, so wait for the mark.
      const upgrade = await pollUntil(
        async () =>
          (await updated.worker.evaluate(() => chrome.storage.local.get('storeUpgrade'))).storeUpgrade as
            | { from: string; to: string; schema: number }
            | undefined,
        { what: 'the update to run the store upgrade (runtime.onInstalled, reason "update")' },
      )
      expect(upgrade).toMatchObject({ from: '0.1.0', to: '0.1.1', schema: DB_VERSION })
      const after = await updated.open('src/options/index.html')
      const { profiles } = await mustAsk(after, 'listProfiles', undefined)
      expect(profiles.map((p) => [p.id, p.name, p.hasDevKey])).toEqual([
        [profileId, 'Kept across the update', true],
      ])
      expect(await mustAsk(after, 'listTrustedDevices', undefined)).toEqual(devicesBefore)
    } finally {
      await updated.close()
    }
  })
})
