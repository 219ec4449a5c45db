import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import { optionsScenarios } from './options-scenarios.ts'
import {
  createCustomProfile,
  freshOptions,
  LOCAL_PROFILE,
  reloadPage,
  seedTrustedDevice,
  waitForCount,
} from './options-steps.ts'

describe('options page in Chromium', () => {
  let ext: ChromiumExtension
  beforeAll(async () => {
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
  })

  optionsScenarios(() => (path) => ext.open(path))

  it('takes a screenshot into artifacts/: two profiles and a trusted device', async () => {
    const page = await ext.open('src/options/index.html')
    await page.page.setViewportSize({ width: 1000, height: 900 })
    await freshOptions(async () => page)
    await createCustomProfile(page)
    await createCustomProfile(page, {
      ...LOCAL_PROFILE,
      name: 'QA org (v2)',
      v3Base: 'http://localhost:4010/connect',
      v2Base: 'http://localhost:4010/api/v2',
      devKey: 'sbx-devkey-03SY-b6a510',
    })
    await page.click('profile-activate')
    const profileId = (await page.attr('profile-item', 'data-profile-id')) ?? ''
    await seedTrustedDevice(page, profileId, Date.now() - 3 * 86_400_000)
    await reloadPage(page)
    await waitForCount(page, 'device-item', 1)
    mkdirSync('artifacts', { recursive: true })
    await page.page.screenshot({ path: 'artifacts/options.png', fullPage: true })
    await page.close()
  })
})
