import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, describeViolations } from './harness/axe.ts'
import { type ChromiumExtension, launchChromium } from './harness/chromium.ts'
import {
  createCustomProfile,
  freshOptions,
  LOCAL_PROFILE,
  reloadPage,
  seedTrustedDevice,
} from './options-steps.ts'

// The real options page in Chromium exports a remembered device only after the confirmation, in both forms.

describe('export a remembered device in Chromium', () => {
  let ext: ChromiumExtension
  beforeAll(async () => {
    ext = await launchChromium()
  })
  afterAll(async () => {
    await ext?.close()
  })

  it('warns with the days left, then shows .env lines and JSON with the remembered id', async () => {
    let opened: Awaited<ReturnType<ChromiumExtension['open']>> | undefined
    const page = await freshOptions(async (path) => {
      opened = await ext.open(path)
      return opened
    })
    if (!opened) throw new Error('the options page did not open')
    const pw = opened.page
    await createCustomProfile(page)
    const profileId = (await page.attr('profile-item', 'data-profile-id')) ?? ''
    await seedTrustedDevice(page, profileId, Date.now() - 3 * 86_400_000)
    await reloadPage(page)
    await page.waitForTestId('device-export-open')
    await page.click('device-export-open')
    await page.waitForTestId('device-export-warning')
    expect(await page.text('device-export-warning')).toContain(
      `${LOCAL_PROFILE.name} (v3) without an SMS code`,
    )
    expect(await page.text('device-export-warning')).toMatch(/\((27|26) days left\)/)
    expect(await pw.content()).not.toContain('seeded-remember-me-id')
    expect(describeViolations(await axeViolations(pw))).toBe('')
    await page.click('device-export-confirm')
    await page.waitForTestId('device-export-env')
    const env = await pw.inputValue('[data-testid="device-export-env"]')
    expect(env.split('\n').slice(1)).toEqual([
      'BILL_REMEMBER_ME_ID="seeded-remember-me-id"',
      'BILL_DEVICE="BILL Sandbox Companion"',
    ])
    const json = JSON.parse(await pw.inputValue('[data-testid="device-export-json"]'))
    expect(json).toEqual({ rememberMeId: 'seeded-remember-me-id', device: 'BILL Sandbox Companion' })
    expect(describeViolations(await axeViolations(pw))).toBe('')
    await page.click('device-export-close')
    expect(await page.count('device-export')).toBe(0)
    expect(await pw.content()).not.toContain('seeded-remember-me-id')
    await page.close()
  })
})
