import { expect } from 'vitest'
import { pollUntil } from './harness/poll.ts'
import type { UiPage } from './harness/ui-page.ts'

// Steps of the options-page e2e tests, the same in Chromium and Firefox.

const OPTIONS = 'src/options/index.html'
export const LOCAL_PROFILE = {
  name: 'Local QA',
  v3Base: 'http://127.0.0.1:4010/connect',
  v2Base: 'http://127.0.0.1:4010/api/v2',
  organizationId: '00801QAMFAORG0000001',
  devKey: 'sbx-devkey-01QA-7f3c9a',
  username: 'qa@example.com',
}

/** One protocol request from the page, exactly as the UI sends it. */
export function send(
  page: UiPage,
  name: string,
  params?: unknown,
): Promise<{ ok: boolean; result?: unknown }> {
  return page.evaluate(
    ([n, p]) =>
      new Promise<{ ok: boolean; result?: unknown }>((resolve) =>
        chrome.runtime.sendMessage({ source: 'bill-sandbox-companion', name: n, params: p }, resolve),
      ),
    [name, params] as const,
  )
}

/** Opens the options page once the background answers, with no data left from an earlier test. */
export async function freshOptions(open: (path: string) => Promise<UiPage>): Promise<UiPage> {
  const page = await open(OPTIONS)
  await waitForState(page, 'background-status', 'data-state', 'connected')
  expect(await send(page, 'deleteAllData')).toMatchObject({ ok: true })
  await reloadPage(page)
  await page.waitForTestId('profiles-empty')
  return page
}

/**
 * Reloads from inside the page and waits for the new document. (The harness's reload() uses puppeteer's
 * page.url(), which stays about:blank for moz-extension pages in Firefox.)
 */
export async function reloadPage(page: UiPage): Promise<void> {
  await page.evaluate(() => {
    ;(window as { staleDocument?: boolean }).staleDocument = true
    setTimeout(() => location.reload(), 0)
  })
  await pollUntil(
    () =>
      page.evaluate(
        () => !(window as { staleDocument?: boolean }).staleDocument && document.readyState === 'complete',
      ),
    { what: 'the page to reload' },
  )
}

async function waitForState(page: UiPage, testId: string, attr: string, value: string): Promise<void> {
  await pollUntil(async () => (await page.attr(testId, attr)) === value, {
    what: `${testId} ${attr}=${value}`,
  })
}

export async function waitForCount(page: UiPage, testId: string, count: number): Promise<void> {
  await pollUntil(async () => (await page.count(testId)) === count, { what: `${count} × ${testId}` })
}

export async function createCustomProfile(page: UiPage, p = LOCAL_PROFILE): Promise<void> {
  const before = await page.count('profile-item')
  await page.click('profile-new')
  await page.waitForTestId('profile-name')
  await page.fill('profile-name', p.name)
  await page.select('profile-environment', 'custom')
  await page.waitForTestId('profile-v3-base')
  await page.fill('profile-v3-base', p.v3Base)
  await page.fill('profile-v2-base', p.v2Base)
  await page.select('profile-api-version', 'v3')
  await page.fill('profile-org-id', p.organizationId)
  await page.fill('profile-dev-key', p.devKey)
  await page.select('profile-auth', 'password')
  await page.fill('profile-username', p.username)
  await page.click('profile-save')
  await waitForCount(page, 'profile-item', before + 1)
}

/** The value of a form control (textContent is empty for textareas filled through `value`). */
export function controlValue(page: UiPage, testId: string): Promise<string> {
  return page.evaluate(
    (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLTextAreaElement | null)?.value ?? '',
    testId,
  )
}

/** Every key in a JSON document, at any depth. */
export function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
}

/**
 * Writes a trusted device straight into the extension's IndexedDB, as the background's session code would after
 * MFA with "remember me" (the options page shares the extension origin's database with the background).
 */
export async function seedTrustedDevice(page: UiPage, profileId: string, issuedAt: number): Promise<void> {
  await page.evaluate(
    ([id, at]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bill-companion')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('devices', 'readwrite')
          tx.objectStore('devices').put({
            id: 'seeded-device',
            profileId: id,
            api: 'v3',
            rememberId: 'seeded-remember-me-id',
            device: 'BILL Sandbox Companion',
            machineName: 'BILL Sandbox Companion on this browser',
            issuedAt: at,
            expiresAt: at + 30 * 86_400_000,
          })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [profileId, issuedAt] as const,
  )
}
