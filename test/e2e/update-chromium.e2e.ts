import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../sandbox/server.ts'
import { LOCAL_CHROME_DIST } from './harness/browsers.ts'
import { launchChromium } from './harness/chromium.ts'
import { buildPreviousRelease, installAt } from './harness/previous-release.ts'
import { createDataToKeep, expectDataKept, expectStoreUpgraded, PREVIOUS_RELEASE } from './update-steps.ts'

// Issue 24 §4: an update keeps what users stored. The previous release (the commit before issue 24, or
// PREVIOUS_RELEASE) is installed, given a profile and a remembered device, then this build replaces its files
// with a higher version and the browser reloads it: runtime.onInstalled fires with reason "update" and the
// store's upgrade runs (store/upgrade.ts records it); after the browser starts again the data is all there.

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>
  reload(id: string, options: { failQuietly: boolean }): Promise<void>
}

/** What chrome://extensions' "Reload" button does: reads the unpacked extension's files again. */
async function reloadFromExtensionsPage(context: BrowserContext, id: string): Promise<void> {
  const page = await context.newPage()
  await page.goto('chrome://extensions/')
  await page.evaluate(async (extensionId) => {
    const dev = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate
    await dev.updateProfileConfiguration({ inDeveloperMode: true })
    await dev.reload(extensionId, { failQuietly: true })
  }, id)
  await page.close()
}

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

  it('fires onInstalled "update", upgrades the store and keeps profiles and remembered devices', async () => {
    const previous = buildPreviousRelease(PREVIOUS_RELEASE, join(work, 'previous'))
    const place = join(work, 'extension')
    const userDataDir = join(work, 'browser-profile')

    installAt(previous, place)
    const old = await launchChromium({ dist: place, userDataDir })
    const kept = await createDataToKeep(await old.open('src/options/index.html'), sandbox)

    // The update: the new files, with a higher version, put in place and reloaded by the running browser
    // (chrome://extensions' "Reload"), which installs them as an update, as the store's update does. Starting
    // the browser again over the new files loads 0.1.1 but fires no runtime.onInstalled (the upgrade's mark
    // never came), and chrome.runtime.reload() unloads a command-line extension for good.
    installAt(LOCAL_CHROME_DIST, place, '0.1.1')
    const reloaded = old.context.waitForEvent('serviceworker', { timeout: 30_000 })
    await reloadFromExtensionsPage(old.context, old.extensionId)
    const worker = await reloaded
    try {
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1')
      await expectStoreUpgraded(await old.open('src/options/index.html'))
    } finally {
      await old.close()
    }

    // The browser starts again on the same profile: everything is still there.
    const updated = await launchChromium({ dist: place, userDataDir })
    try {
      await expectDataKept(await updated.open('src/options/index.html'), kept)
    } finally {
      await updated.close()
    }
  })
})
