import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
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
    await old.close()

    // The update: the new files, with a higher version, loaded over the same browser profile.
    installAt(LOCAL_CHROME_DIST, place, '0.1.1')
    const updated = await launchChromium({ dist: place, userDataDir })
    try {
      expect(await updated.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1')
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
