import { fakeBrowser } from '@webext-core/fake-browser'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBadgeDisplay } from '../../../../src/background/traffic/badge-display.ts'
import { flagRequest } from '../../../../src/background/traffic/flag.ts'
import { addFlagged, EMPTY_LIST } from '../../../../src/background/traffic/flagged-list.ts'
import { createFlaggedStore } from '../../../../src/background/traffic/flagged-store.ts'
import { createTraffic } from '../../../../src/background/traffic/index.ts'
import type { ObservedDetails } from '../../../../src/background/traffic/observed-request.ts'
import {
  FLAGGED_LIMIT,
  FLAGGED_MAX_BYTES,
  FLAGGED_TEXT_LIMITS,
  type FlaggedList,
  type FlaggedRequest,
} from '../../../../src/shared/protocol/traffic.ts'
import type { Badge } from '../../../../src/shared/session/badge.ts'

// Issue 20 item 2: any page could fill storage with findings and the desktop with notifications.

const T = Date.parse('2026-05-01T10:00:00Z')
const SANDBOX = 'http://127.0.0.1:4010/connect/v3'
type Listener = (d: ObservedDetails & { requestId: string }) => void

describe('a flood of flagged requests from a page', () => {
  let listener: Listener | undefined
  beforeEach(() => {
    listener = undefined
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  async function flood(now: { t: number }, count: number, from = 0) {
    const traffic = createTraffic({
      extensionBaseUrl: 'chrome-extension://abc/',
      local: true,
      applyBadge: async () => undefined,
      now: () => now.t,
    })
    // The test stands in for the browser's request events.
    traffic.watch({
      subscribe: (_kind, l) => {
        listener = l as Listener
        return () => undefined
      },
    })
    const send = (i: number) =>
      listener?.({
        requestId: String(i),
        method: 'GET',
        url: `${SANDBOX}/flood-${i}-${'a'.repeat(200)}?devKey=leaked`,
        timeStamp: T + i,
        initiator: 'http://localhost:5000',
      })
    for (let i = from; i < from + count; i++) send(i)
    const last = `v3/flood-${from + count - 1}-`
    await vi.waitFor(
      async () => {
        const list = await traffic.handlers.listFlaggedRequests(undefined, {} as never)
        expect(list.items[0]?.endpoint.startsWith(last)).toBe(true)
      },
      { timeout: 60_000, interval: 20 },
    )
    return { traffic, send }
  }

  it('notifies once per 30 s however many requests arrive, and again after that', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create')
    const now = { t: T }
    await flood(now, 10_000)
    // The flood is handled: the first notification came, then 50 ms of silence bound any later one.
    await vi.waitFor(() => expect(create.mock.calls.length).toBeGreaterThan(0))
    await new Promise((r) => setTimeout(r, 50))
    expect(create).toHaveBeenCalledTimes(1)
    expect(create.mock.calls[0]?.[1]).toMatchObject({ title: 'Deprecated BILL call seen' })

    // Later findings still notify once the gap has passed.
    now.t += 30_000
    await flood(now, 1, 20_000)
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2))
  }, 90_000)

  it('keeps the findings out of storage.session, and the list within its caps', async () => {
    await flood({ t: T }, 500)
    expect(await chrome.storage.session.get(null)).not.toHaveProperty('traffic.flagged')
    const stored = (await chrome.storage.local.get('traffic.flagged'))['traffic.flagged'] as FlaggedList
    expect(stored.items).toHaveLength(FLAGGED_LIMIT)
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(FLAGGED_MAX_BYTES)
  })
})

describe('bounded findings', () => {
  it('keeps only the start of a long path as the endpoint, and known endpoints whole', () => {
    const ctx = { hosts: ['127.0.0.1'], now: new Date(T), idPrefix: 'r', pageOrigin: 'http://localhost:5000' }
    const [long] = flagRequest(
      { method: 'GET', url: `${SANDBOX}/flood-1-${'a'.repeat(2_000_000)}?devKey=x`, headers: [] },
      ctx,
    )
    expect(long?.endpoint).toHaveLength(FLAGGED_TEXT_LIMITS.endpoint)
    expect(long?.endpoint).toMatch(/^v3\/flood-1-a+…$/)
    expect(JSON.stringify(long).length).toBeLessThan(1_000)
    const [known] = flagRequest({ method: 'GET', url: `${SANDBOX}/mfa/challenge?devKey=x`, headers: [] }, ctx)
    expect(known?.endpoint).toBe('v3/mfa/challenge')
  })

  const text = fc.string({ maxLength: 3_000 })
  const finding = fc.record({
    id: fc.string({ maxLength: 40 }),
    ruleId: fc.constant('credentials-in-query'),
    severity: fc.constant('error' as const),
    message: text,
    api: fc.constant('v3' as const),
    method: fc.constant('GET'),
    endpoint: text,
    time: fc.nat({ max: 1e6 }),
  })

  it('caps the list in bytes whatever the items weigh, and keeps small items up to the count', () => {
    fc.assert(
      fc.property(fc.array(fc.array(finding, { maxLength: 60 }), { maxLength: 8 }), (batches) => {
        const list = batches.reduce<FlaggedList>((l, b) => addFlagged(l, b), EMPTY_LIST)
        expect(new TextEncoder().encode(JSON.stringify(list)).length).toBeLessThanOrEqual(FLAGGED_MAX_BYTES)
        expect(list.items.length).toBeLessThanOrEqual(FLAGGED_LIMIT)
      }),
      { numRuns: 50 },
    )
    const small: FlaggedRequest[] = Array.from({ length: 80 }, (_, i) => ({
      id: String(i),
      ruleId: 'r',
      severity: 'error',
      message: 'm',
      api: 'v3',
      method: 'GET',
      endpoint: 'v3/mfa/challenge',
      time: i,
    }))
    const list = addFlagged(EMPTY_LIST, small)
    expect(list.items.map((i) => i.time)).toEqual(Array.from({ length: 50 }, (_, i) => 79 - i))
  })
})

describe('the session badge', () => {
  it('is drawn even when storage refuses the copy for the next worker', async () => {
    const drawn: (Badge | undefined)[] = []
    const errors: unknown[] = []
    const full = {
      ...chrome.storage.session,
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded')
      },
    } as unknown as chrome.storage.StorageArea
    const display = createBadgeDisplay({
      apply: async (b) => void drawn.push(b),
      unseen: async () => 0,
      badgeEnabled: async () => true,
      area: full,
      onError: (e) => errors.push(e),
    })
    const badge: Badge = { text: '20m', tone: 'ok', title: 't' }
    await display.showSession(badge)
    expect(drawn.at(-1)).toEqual(badge)
    expect(errors).toHaveLength(1)
  })
})

describe('the findings store', () => {
  it('takes one request with 200,000 findings and keeps the newest within the caps', async () => {
    const many: FlaggedRequest[] = Array.from({ length: 200_000 }, (_, i) => ({
      id: String(i),
      ruleId: 'credentials-in-query',
      severity: 'error',
      message: 'm',
      api: 'v3',
      method: 'GET',
      endpoint: 'v3/x',
      time: i,
    }))
    const list = await createFlaggedStore().add(many)
    expect(list.items).toHaveLength(FLAGGED_LIMIT)
    expect(list.items[0]?.time).toBe(199_999)
  })
})
