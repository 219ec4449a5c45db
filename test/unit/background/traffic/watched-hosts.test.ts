import { fakeBrowser } from '@webext-core/fake-browser'
import { IDBDatabase } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProfile, deleteProfile } from '../../../../src/background/store/profiles.ts'
import { createTraffic } from '../../../../src/background/traffic/index.ts'
import type { ObservedDetails } from '../../../../src/background/traffic/observed-request.ts'
import { PROFILES_SUMMARY_KEY } from '../../../../src/shared/profiles/summary.ts'
import { localSandboxInput } from '../../profiles/arbitraries.ts'
import { useFreshDatabase } from '../../store/fresh-db.ts'

// Issue 24 §3: every tab's request asks which hosts are BILL's. The profile hosts are kept in the worker's
// memory and replaced by the profiles summary's change event: no request reads IndexedDB, and a profile
// saved a moment ago is watched from the next request on.

useFreshDatabase()

const T = Date.parse('2026-05-01T10:00:00Z')
const BILL_V3 = 'https://gateway.stage.bill.com/connect'
// Not BILL's own path shapes (/connect/v3/…): only the profile makes this host BILL's.
const CUSTOM = { v3: 'https://bill.custom.test/gateway', v2: 'https://bill.custom.test/legacy/v2' }
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
/** The storage event that tells every context the profiles changed (heard after the observer's listener). */
function summaryChanged() {
  return new Promise<void>((resolve) => {
    const heard = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(PROFILES_SUMMARY_KEY in changes)) return
      fakeBrowser.storage.onChanged.removeListener(heard)
      resolve()
    }
    fakeBrowser.storage.onChanged.addListener(heard)
  })
}

type Listener = (d: ObservedDetails & { requestId: string }) => void

describe('the hosts the every-tab observer watches', () => {
  let listener: Listener | undefined
  const clock = { t: T }
  beforeEach(() => {
    listener = undefined
    clock.t = T
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  function start() {
    const traffic = createTraffic({
      extensionBaseUrl: 'chrome-extension://abc/',
      local: false,
      applyBadge: async () => undefined,
      now: () => clock.t,
    })
    // The test stands in for the browser's request events.
    traffic.watch({
      subscribe: (_kind, l) => {
        listener = l as Listener
        return () => undefined
      },
    })
    let n = 0
    const body = (deprecated: boolean) => ({
      raw: [{ bytes: bytes(JSON.stringify({ useBackup: deprecated, pad: 'x'.repeat(900) })) }],
    })
    /** A page's MFA challenge, with the deprecated field or without it, to the custom host or BILL's own. */
    const send = (deprecated: boolean, base = CUSTOM.v3) =>
      listener?.({
        requestId: String(++n),
        method: 'POST',
        url: `${base}/v3/mfa/challenge`,
        timeStamp: clock.t,
        initiator: 'https://app.custom.test',
        requestBody: body(deprecated),
      })
    const items = async () => (await traffic.handlers.listFlaggedRequests(undefined, {} as never)).items
    const ids = async () => (await items()).map((f) => f.id)
    const rules = async () => (await items()).map((f) => f.ruleId)
    return { send, ids, rules }
  }

  it('watches a profile saved while the worker runs from its next request, and forgets a deleted one', async () => {
    const tab = start()
    // BILL's own host: its finding says the hosts were loaded (no profile yet).
    tab.send(true, BILL_V3)
    await vi.waitFor(async () => expect(await tab.ids()).toEqual([`${T}-1:0`]))
    let changed = summaryChanged()
    const profile = await createProfile({ ...localSandboxInput, customBaseUrls: CUSTOM }, T)
    await changed
    tab.send(true)
    await vi.waitFor(async () => expect(await tab.ids()).toEqual([`${T}-2:0`, `${T}-1:0`]))

    changed = summaryChanged()
    await deleteProfile(profile.id)
    await changed
    tab.send(true)
    tab.send(true, BILL_V3)
    // Request 3 would be listed before request 4 if the deleted profile's host were still watched.
    await vi.waitFor(async () => expect(await tab.ids()).toEqual([`${T}-4:0`, `${T}-2:0`, `${T}-1:0`]))
  })

  it('reads no database under a flood of ordinary requests, however long it lasts', async () => {
    await createProfile({ ...localSandboxInput, customBaseUrls: CUSTOM }, T)
    const tab = start()
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get')
    for (let i = 0; i < 1_000; i++) {
      clock.t += 3_000 // an hour of requests, one every 3 s
      tab.send(false)
    }
    tab.send(true)
    // The last request's finding says every earlier one was checked (one queue, in order). A text every 3 s
    // is over BILL's 5 a minute: flagged once, on the 6th, for the whole burst.
    await vi.waitFor(async () =>
      expect(await tab.rules()).toEqual(['mfa-challenge-backup-phone', 'mfa-text-rate']),
    )
    expect((await tab.ids())[1]).toBe(`${T + 6 * 3_000}-6:0`)
    expect(transactions).not.toHaveBeenCalled()
    // The summary once, then the findings list and preferences around the one finding.
    expect(reads.mock.calls.filter(([key]) => key === PROFILES_SUMMARY_KEY)).toHaveLength(1)
  })
})
