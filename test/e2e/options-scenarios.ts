import { expect, it } from 'vitest'
import { pollUntil } from './harness/poll.ts'
import type { UiPage } from './harness/ui-page.ts'
import {
  controlValue,
  createCustomProfile,
  freshOptions,
  keysOf,
  LOCAL_PROFILE,
  reloadPage,
  seedTrustedDevice,
  send,
  waitForCount,
} from './options-steps.ts'

/** The options-page scenarios, registered inside each browser's describe block. */
export function optionsScenarios(open: () => (path: string) => Promise<UiPage>): void {
  it('saves a custom profile for a local sandbox URL; it survives a reload with the dev key masked', async () => {
    const page = await freshOptions(open())
    await createCustomProfile(page)
    const masked = await page.text('profile-dev-key-masked')
    expect(masked).toBe('••••••••3c9a')
    await reloadPage(page)
    await waitForCount(page, 'profile-item', 1)
    expect(await page.text('profile-item-name')).toBe(LOCAL_PROFILE.name)
    expect(await page.text('profile-dev-key-masked')).toBe(masked)
    const body = await page.evaluate(() => document.body.textContent ?? '')
    expect(body).toContain('http://127.0.0.1:4010/connect')
    expect(body).not.toContain(LOCAL_PROFILE.devKey)
    await page.close()
  })

  it('ties a clear message to a bad organization id while typing, and does not save', async () => {
    const page = await freshOptions(open())
    await page.click('profile-new')
    await page.waitForTestId('profile-org-id')
    await page.fill('profile-org-id', '12345')
    await pollUntil(async () => (await page.text('profile-org-id-error')).includes('begin with 008'))
    expect(await page.attr('profile-org-id', 'aria-invalid')).toBe('true')
    expect(await page.attr('profile-org-id', 'aria-describedby')).toContain('profile-org-id-error')
    await page.click('profile-save')
    await pollUntil(async () => (await page.text('profile-name-error')) !== '', { what: 'errors on submit' })
    expect(await page.count('profile-item')).toBe(0)
    await page.fill('profile-org-id', '00801QAMFAORG0000001')
    await pollUntil(async () => (await page.text('profile-org-id-error')) === '')
    expect(await page.attr('profile-org-id', 'aria-invalid')).toBeNull()
    await page.close()
  })

  it('warns about production in the form', async () => {
    const page = await freshOptions(open())
    await page.click('profile-new')
    await page.waitForTestId('profile-environment')
    expect(await page.count('profile-production-warning')).toBe(0)
    await page.select('profile-environment', 'production')
    await page.waitForTestId('profile-production-warning')
    expect(await page.attr('profile-idle-seconds', 'readonly')).not.toBeNull()
    await page.close()
  })

  it('exports without secrets (dev keys only when ticked); importing it again merges by id', async () => {
    const page = await freshOptions(open())
    await createCustomProfile(page)
    await page.click('profiles-export')
    await pollUntil(() => controlValue(page, 'profiles-export-json'), { what: 'the exported JSON' })
    const plain = await controlValue(page, 'profiles-export-json')
    const plainKeys = keysOf(JSON.parse(plain))
    for (const secret of ['devKey', 'password', 'token', 'rememberId', 'rememberMeId', 'mfaId'])
      expect(plainKeys).not.toContain(secret)
    expect(plain).not.toContain(LOCAL_PROFILE.devKey)

    await page.click('profiles-export-include-dev-keys')
    await page.click('profiles-export')
    await pollUntil(async () => (await controlValue(page, 'profiles-export-json')).includes('"devKey"'))
    const withKeys = JSON.parse(await controlValue(page, 'profiles-export-json'))
    expect(withKeys.profiles[0].devKey).toBe(LOCAL_PROFILE.devKey)
    expect(keysOf(withKeys)).not.toContain('password')

    await page.fill('profiles-import-json', plain)
    await page.click('profiles-import')
    await pollUntil(async () => (await page.text('profiles-import-result')).includes('already here: updated'))
    expect(await page.count('profile-item')).toBe(1)
    // Without its id (a file written by hand), the profile is added.
    const file = JSON.parse(plain)
    const { id: _id, ...withoutId } = file.profiles[0]
    await page.fill('profiles-import-json', JSON.stringify({ ...file, profiles: [withoutId] }))
    await page.click('profiles-import')
    await waitForCount(page, 'profile-item', 2)
    expect(await page.text('profiles-import-result')).toBe('Imported 1 profile.')
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="profile-item"]')].map((li) =>
        li.getAttribute('data-profile-id'),
      ),
    )
    expect(new Set(ids).size).toBe(2)
    await page.close()
  })

  it('reports each invalid imported profile', async () => {
    const page = await freshOptions(open())
    const file = {
      format: 'bill-sandbox-companion/profiles',
      version: 1,
      exportedAt: '2026-04-01T00:00:00.000Z',
      includesDevKeys: false,
      profiles: [{ name: 'Broken', environment: 'sandbox', organizationId: '999' }],
    }
    await page.fill('profiles-import-json', JSON.stringify(file))
    await page.click('profiles-import')
    await page.waitForTestId('profiles-import-problem')
    expect(await page.text('profiles-import-problem')).toMatch(/Profile 1 “Broken”:.*Organization id: .*008/)
    expect(await page.count('profile-item')).toBe(0)
    await page.close()
  })

  it('duplicates a profile and switches the active one in one click', async () => {
    const page = await freshOptions(open())
    await createCustomProfile(page)
    await page.click('profile-duplicate')
    await waitForCount(page, 'profile-item', 2)
    const active = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="profile-item"][data-active="true"]')].map((li) =>
          li.getAttribute('data-profile-id'),
        ),
      )
    // The first profile saved became the active one; one click on the copy's button moves it there.
    const [first] = await active()
    expect(first).toBeTruthy()
    await page.evaluate(() =>
      (
        document.querySelector(
          '[data-testid="profile-item"]:not([data-active="true"]) [data-testid="profile-activate"]',
        ) as HTMLElement
      ).click(),
    )
    await pollUntil(async () => {
      const now = await active()
      return now.length === 1 && now[0] !== first
    })
    expect(await send(page, 'listProfiles')).toMatchObject({
      ok: true,
      result: { activeProfileId: expect.any(String) },
    })
    await page.close()
  })

  it('lists a remembered device with its days left and forgets it', async () => {
    const page = await freshOptions(open())
    await createCustomProfile(page)
    const profileId = (await page.attr('profile-item', 'data-profile-id')) ?? ''
    await seedTrustedDevice(page, profileId, Date.now())
    await reloadPage(page)
    await page.waitForTestId('device-item')
    expect(await page.text('device-item')).toContain(LOCAL_PROFILE.name)
    expect(await page.text('device-days-left')).toMatch(/^(30|29) days left$/)
    expect(await page.text('device-item')).not.toContain('seeded-remember-me-id')
    await page.click('device-forget')
    await page.waitForTestId('devices-empty')
    expect(await page.count('device-item')).toBe(0)
    await page.close()
  })

  it('deletes all data after a confirmation', async () => {
    const page = await freshOptions(open())
    await createCustomProfile(page)
    await page.click('pref-keep-alive')
    await page.waitForTestId('pref-keep-alive-max-pings')
    await page.click('delete-all-data')
    await page.waitForTestId('delete-all-data-confirm')
    expect(await page.count('profile-item')).toBe(1)
    await page.click('delete-all-data-confirm')
    await page.waitForTestId('profiles-empty')
    await pollUntil(async () => (await page.count('pref-keep-alive-max-pings')) === 0, {
      what: 'defaults again',
    })
    const stored = await page.evaluate(() => chrome.storage.local.get(null))
    // Only the summary that tells the popup "no profiles" (docs/popup.md, first paint).
    expect(stored).toEqual({ profilesSummary: { profiles: [], hosts: [] } })
    await page.close()
  })
}
