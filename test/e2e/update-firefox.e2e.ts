import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { DB_VERSION } from '../../src/background/store/schema.ts'
import { LOCAL_FIREFOX_DIST } from './harness/browsers.ts'
import { launchFirefox } from './harness/firefox.ts'
import { pollUntil } from './harness/poll.ts'
import { buildPreviousRelease, installAt } from './harness/previous-release.ts'
import { createSandboxProfile, latestSms, mustAsk } from './harness/protocol.ts'

// Issue 24 §4 in Firefox: the previous release is installed as a temporary add-on and given a profile and a
// remembered device; then this build, with a higher version, is installed over it in the same running browser
// (as about:debugging's "Reload" or web-ext's reload do). Firefox fires runtime.onInstalled with reason
// "update", the store's upgrade runs and records itself, and the data is intact.
const PREVIOUS_RELEASE = process.env.PREVIOUS_RELEASE ?? 'f8fa729'

const storeUpgrade = () =>
  chrome.storage.local.get('storeUpgrade').then((s) => s.storeUpgrade as Record<string, unknown> | undefined)

describe('update from the previous release (Firefox)', () => {
  let sandbox: RunningSandbox
  let work: string

  beforeAll(async () => {
    sandbox = await startSandbox({ quiet: true })
    work = mkdtempSync(join(tmpdir(), 'bill-companion-update-firefox-'))
  })
  afterAll(async () => {
    await sandbox?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('fires onInstalled "update", upgrades the store and keeps profiles and remembered devices', async () => {
    const previous = buildPreviousRelease(PREVIOUS_RELEASE, join(work, 'previous'), 'firefox')
    const place = join(work, 'extension')
    const qa = sandbox.accounts[0]!

    installAt(previous, place)
    const ff = await launchFirefox({ dist: place })
    try {
      const page = await ff.open('src/options/index.html')
      const profileId = await createSandboxProfile(page, sandbox, qa, { name: 'Kept across the update' })
      await mustAsk(page, 'signIn', { profileId, secret: qa.password })
      const before = Date.now() - 1000
      await mustAsk(page, 'sendMfaChallenge', undefined)
      const sms = await pollUntil(() => latestSms(sandbox.origin, before), { what: 'an SMS' })
      await mustAsk(page, 'verifyMfaCode', { code: sms.code, remember: true })
      const devicesBefore = await mustAsk(page, 'listTrustedDevices', undefined)
      expect(devicesBefore).toHaveLength(1)
      expect(await page.evaluate(storeUpgrade)).toBeUndefined()
      await page.close()

      installAt(LOCAL_FIREFOX_DIST, place, '0.1.1')
      await ff.browser.installExtension(place)
      const after = await ff.open('src/options/index.html')
      expect(await after.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1')
      const upgrade = await pollUntil(() => after.evaluate(storeUpgrade), {
        what: 'the update to run the store upgrade (runtime.onInstalled, reason "update")',
      })
      expect(upgrade).toMatchObject({ from: '0.1.0', to: '0.1.1', schema: DB_VERSION })
      const { profiles } = await mustAsk(after, 'listProfiles', undefined)
      expect(profiles.map((p) => [p.id, p.name, p.hasDevKey])).toEqual([
        [profileId, 'Kept across the update', true],
      ])
      expect(await mustAsk(after, 'listTrustedDevices', undefined)).toEqual(devicesBefore)
    } finally {
      await ff.close()
    }
  })
})
