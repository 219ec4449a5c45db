import { expect } from 'vitest'
import type { RunningSandbox } from '../../sandbox/server.ts'
import { DB_VERSION } from '../../src/background/store/schema.ts'
import { pollUntil } from './harness/poll.ts'
import { createSandboxProfile, latestSms, mustAsk } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'

// The steps both update tests share: data made with the previous release, the upgrade's mark, the data kept.

/** The release users update from: the commit before issue 24 (or PREVIOUS_RELEASE). */
export const PREVIOUS_RELEASE = process.env.PREVIOUS_RELEASE ?? 'f8fa729'

/** Runs in an extension page: what the last update's store upgrade recorded (store/upgrade.ts). */
const storeUpgrade = () =>
  chrome.storage.local.get('storeUpgrade').then((s) => s.storeUpgrade as Record<string, unknown> | undefined)

export interface KeptData {
  profileId: string
  devices: unknown
}

/** With the previous release: a profile and a remembered device (a real SMS MFA with "remember"). */
export async function createDataToKeep(page: UiPage, sandbox: RunningSandbox): Promise<KeptData> {
  const qa = sandbox.accounts[0]!
  const profileId = await createSandboxProfile(page, sandbox, qa, { name: 'Kept across the update' })
  await mustAsk(page, 'signIn', { profileId, secret: qa.password })
  const before = Date.now() - 1000
  await mustAsk(page, 'sendMfaChallenge', undefined)
  const sms = await pollUntil(() => latestSms(sandbox.origin, before), { what: 'an SMS' })
  await mustAsk(page, 'verifyMfaCode', { code: sms.code, remember: true })
  const devices = await mustAsk(page, 'listTrustedDevices', undefined)
  expect(devices).toHaveLength(1)
  // The mark of an update's upgrade: the previous release never writes it.
  expect(await page.evaluate(storeUpgrade)).toBeUndefined()
  return { profileId, devices }
}

/** onInstalled fired with reason "update" and the store's upgrade ran (its listener may still be running). */
export async function expectStoreUpgraded(page: UiPage): Promise<void> {
  const upgrade = await pollUntil(() => page.evaluate(storeUpgrade), {
    what: 'the update to run the store upgrade (runtime.onInstalled, reason "update")',
  })
  expect(upgrade).toMatchObject({ from: '0.1.0', to: '0.1.1', schema: DB_VERSION })
}

export async function expectDataKept(page: UiPage, kept: KeptData): Promise<void> {
  const { profiles } = await mustAsk(page, 'listProfiles', undefined)
  expect(profiles.map((p) => [p.id, p.name, p.hasDevKey])).toEqual([
    [kept.profileId, 'Kept across the update', true],
  ])
  expect(await mustAsk(page, 'listTrustedDevices', undefined)).toEqual(kept.devices)
}
