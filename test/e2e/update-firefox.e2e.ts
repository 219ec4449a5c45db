import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { LOCAL_FIREFOX_DIST } from './harness/browsers.ts'
import { launchFirefox } from './harness/firefox.ts'
import { buildPreviousRelease, installAt } from './harness/previous-release.ts'
import { createDataToKeep, expectDataKept, expectStoreUpgraded, PREVIOUS_RELEASE } from './update-steps.ts'

// Issue 24 §4 in Firefox: the previous release is installed as a temporary add-on and given a profile and a
// remembered device; then this build, with a higher version, is installed over it in the same running browser
// (as about:debugging's "Reload" or web-ext's reload do). Firefox fires runtime.onInstalled with reason
// "update", the store's upgrade runs and records itself, and the data is intact.
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

    installAt(previous, place)
    const ff = await launchFirefox({ dist: place })
    try {
      const page = await ff.open('src/options/index.html')
      const kept = await createDataToKeep(page, sandbox)
      await page.close()

      installAt(LOCAL_FIREFOX_DIST, place, '0.1.1')
      await ff.browser.installExtension(place)
      const after = await ff.open('src/options/index.html')
      expect(await after.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1')
      await expectStoreUpgraded(after)
      await expectDataKept(after, kept)
    } finally {
      await ff.close()
    }
  })
})
