import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chromePorts, openPopupFromNotification } from '../../../../src/background/session/chrome-ports.ts'
import { SESSION_RECORD_KEY, type SessionRecord } from '../../../../src/shared/session/record.ts'

// The chrome.* adapter of the session service, against the in-memory fake browser of test/unit/setup.ts:
// what each port leaves in the browser's state (storage, alarms, badge, notifications, messages).

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const record = { status: 'active', sessionId: 'sess-1', profileId: 'p1' } as unknown as SessionRecord

describe('the session record in storage.session', () => {
  it('is saved under its key, read back, and removed when the session ends', async () => {
    await chromePorts.saveRecord(record)
    expect(await fakeBrowser.storage.session.get(SESSION_RECORD_KEY)).toEqual({
      [SESSION_RECORD_KEY]: record,
    })
    expect(await chromePorts.loadRecord()).toEqual(record)
    await chromePorts.saveRecord(undefined)
    expect(await fakeBrowser.storage.session.get(null)).toEqual({})
    expect(await chromePorts.loadRecord()).toBeUndefined()
  })
})

it('reads the wall clock', () => {
  vi.useFakeTimers({ now: 1_234_567 })
  try {
    expect(chromePorts.now()).toBe(1_234_567)
  } finally {
    vi.useRealTimers()
  }
})

describe('applyAlarms', () => {
  const alarm = (name: string) => fakeBrowser.alarms.get(name)

  it('clears the alarms named and creates the new ones with their time and period', async () => {
    await fakeBrowser.alarms.create('session-warning', { when: 5 })
    await fakeBrowser.alarms.create('badge-tick', { when: 6 })
    await chromePorts.applyAlarms({
      clear: ['session-warning', 'badge-tick'],
      set: [
        { name: 'session-expiry', when: 1_000 },
        { name: 'session-keep-alive', when: 2_000, periodInMinutes: 3 },
      ],
    })
    expect(await alarm('session-warning')).toBeUndefined()
    expect(await alarm('badge-tick')).toBeUndefined()
    expect(await alarm('session-expiry')).toMatchObject({ scheduledTime: 1_000, periodInMinutes: undefined })
    expect(await alarm('session-keep-alive')).toMatchObject({ scheduledTime: 2_000, periodInMinutes: 3 })
  })

  it('moves a one-shot alarm to its new time, and leaves one already due then alone', async () => {
    await fakeBrowser.alarms.create('session-expiry', { when: 1_000 })
    await fakeBrowser.alarms.create('session-warning', { when: 500 })
    const create = vi.spyOn(fakeBrowser.alarms, 'create')
    await chromePorts.applyAlarms({
      clear: [],
      set: [
        { name: 'session-expiry', when: 1_000 },
        { name: 'session-warning', when: 700 },
      ],
    })
    expect(create.mock.calls).toEqual([['session-warning', { when: 700 }]])
    expect(await alarm('session-warning')).toMatchObject({ scheduledTime: 700 })
  })

  it('keeps a periodic alarm with the same period (re-creating it would postpone its next tick)', async () => {
    await fakeBrowser.alarms.create('badge-tick', { when: 60_000, periodInMinutes: 1 })
    await chromePorts.applyAlarms({
      clear: [],
      set: [{ name: 'badge-tick', when: 90_000, periodInMinutes: 1 }],
    })
    expect(await alarm('badge-tick')).toMatchObject({ scheduledTime: 60_000, periodInMinutes: 1 })
  })

  it('re-creates a periodic alarm whose period changed, even when due at the same time', async () => {
    await fakeBrowser.alarms.create('session-keep-alive', { when: 60_000, periodInMinutes: 1 })
    await chromePorts.applyAlarms({
      clear: [],
      set: [{ name: 'session-keep-alive', when: 60_000, periodInMinutes: 5 }],
    })
    expect(await alarm('session-keep-alive')).toMatchObject({ scheduledTime: 60_000, periodInMinutes: 5 })
  })
})

describe('showBadge', () => {
  it('shows the text, the colour of its tone and its tooltip', async () => {
    await chromePorts.showBadge({ text: '5m', tone: 'ok', title: 'Signed in: 5 minutes left' })
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5m')
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x13, 0x73, 0x33, 255])
    expect(await fakeBrowser.action.getTitle({})).toBe('Signed in: 5 minutes left')
  })

  it('clears the text and puts the extension name back as tooltip when there is no badge', async () => {
    await chromePorts.showBadge({ text: '5m', tone: 'urgent', title: 'x' })
    await chromePorts.showBadge(undefined)
    expect(await fakeBrowser.action.getBadgeText({})).toBe('')
    expect(await fakeBrowser.action.getTitle({})).toBe('BILL Sandbox Companion')
  })
})

describe('notifications', () => {
  it('shows one notification per kind under a fixed id, and clears both', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create')
    await chromePorts.notify('warning', 'Session ends soon', 'In 2 minutes')
    await chromePorts.notify('warning', 'Session ends soon', 'In 1 minute')
    await chromePorts.notify('expired', 'Session ended', 'Sign in again')
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual([
      'session-expired',
      'session-warning',
    ])
    expect(create.mock.calls[1]).toEqual([
      'session-warning',
      {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('icons/icon-128.png'),
        title: 'Session ends soon',
        message: 'In 1 minute',
      },
    ])
    expect(create.mock.calls[2]?.[1]).toMatchObject({ title: 'Session ended', message: 'Sign in again' })
    await chromePorts.clearNotifications()
    expect(await fakeBrowser.notifications.getAll()).toEqual({})
  })
})

describe('broadcast', () => {
  it('sends open pages the sessionChanged event', async () => {
    const heard = new Promise((resolve) => fakeBrowser.runtime.onMessage.addListener(resolve))
    const view = { status: 'signed-out' } as never
    chromePorts.broadcast(view)
    expect(await heard).toMatchObject({ event: 'sessionChanged', payload: view })
  })

  it('is quiet when no page is open to hear it', async () => {
    const failures: unknown[] = []
    const onUnhandled = (e: unknown) => failures.push(e)
    process.on('unhandledRejection', onUnhandled)
    try {
      const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      chromePorts.broadcast({ status: 'signed-out' } as never)
      await expect(sent.mock.results[0]?.value).rejects.toThrow('No listeners')
      // A rejection nobody handles is reported after the microtasks that follow it: let them run.
      await new Promise((done) => setImmediate(done))
      expect(failures).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})

describe('clientFor', () => {
  it('builds a BILL client for the profile: its hosts, its dev key, its host check', async () => {
    const seen: { url: string; devKey: string | null }[] = []
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      seen.push({ url: String(url), devKey: new Headers(init.headers).get('devKey') })
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
    })
    const asked: string[] = []
    const client = chromePorts.clientFor({
      api: 'v3',
      devKey: 'dev-key-1',
      baseUrls: { v2: 'https://v2.example/api/v2', v3: 'https://v3.example/connect' },
      hostAllowed: async (url) => {
        asked.push(url)
        return true
      },
    })
    await client.logout('sess-1')
    expect(asked[0]).toMatch(/^https:\/\/v3\.example\/connect\//)
    expect(seen[0]?.url).toMatch(/^https:\/\/v3\.example\/connect\//)
    expect(seen[0]?.devKey).toBe('dev-key-1')
  })
})

describe('openPopupFromNotification', () => {
  it('opens the popup window where the browser will not open the popup itself', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('not allowed'))
    const opened = new Promise((resolve) =>
      vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async (options) => {
        resolve(options)
        return {} as never
      }),
    )
    openPopupFromNotification()
    expect(await opened).toEqual({
      url: fakeBrowser.runtime.getURL('src/popup/index.html'),
      type: 'popup',
      width: 380,
      height: 600,
    })
  })

  it('opens no window when the popup opened', async () => {
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined)
    const create = vi.spyOn(fakeBrowser.windows, 'create')
    openPopupFromNotification()
    await popup.mock.results[0]?.value
    await new Promise((done) => setImmediate(done))
    expect(create).not.toHaveBeenCalled()
  })
})
