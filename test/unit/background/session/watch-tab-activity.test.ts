import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, expect, it, vi } from 'vitest'
import { createRequestEvents, type WebRequestApi } from '../../../../src/background/request-events.ts'
import { watchTabActivity } from '../../../../src/background/session/tab-activity.ts'

// The webRequest wiring of tab activity: which events are listened to, with which details, only while a
// session is active, and that a tab's v2 form or v3 header carrying the session reaches the session as activity.

type Listener = (details: Record<string, unknown>) => unknown
interface Registered {
  listener: Listener
  filter: { urls: string[] }
  extra?: string[]
}

const URLS = ['https://gateway.stage.bill.com/*', 'http://127.0.0.1/*']

function fakeWebRequest() {
  const events: Record<string, Registered[]> = {}
  const event = (name: string) => ({
    addListener: (listener: Listener, filter: { urls: string[] }, extra?: string[]) => {
      events[name] = [...(events[name] ?? []), { listener, filter, ...(extra ? { extra } : {}) }]
    },
    removeListener: (listener: Listener) => {
      events[name] = (events[name] ?? []).filter((r) => r.listener !== listener)
    },
  })
  const webRequest = Object.fromEntries(
    ['onBeforeRequest', 'onSendHeaders', 'onCompleted', 'onErrorOccurred'].map((n) => [n, event(n)]),
  )
  vi.stubGlobal('chrome', { ...fakeBrowser, webRequest })
  const requests = createRequestEvents(webRequest as unknown as WebRequestApi, URLS, (error) => {
    throw error
  })
  const fire = (name: string, details: Record<string, unknown>) =>
    (events[name] ?? []).map((r) => r.listener(details))
  return { events, fire, requests }
}

afterEach(() => vi.unstubAllGlobals())

const V3 = 'http://127.0.0.1:4010/connect'
const V2 = 'http://127.0.0.1:4010/api/v2'
/** A session that records what it is told; `heard()` resolves at the next answer it is told of. */
function session() {
  const noted: unknown[][] = []
  let wake = () => {}
  return {
    noted,
    heard: () => new Promise<void>((done) => (wake = done)),
    ready: Promise.resolve(),
    current: () => ({ sessionId: 'sess-1', status: 'active' as const, baseUrls: { v2: V2, v3: V3 } }),
    noteTabAnswer: async (...args: unknown[]) => {
      noted.push(args)
      wake()
    },
  }
}

it('listens to the watched hosts, asking for bodies and headers, until the session is read', () => {
  const { events, requests } = fakeWebRequest()
  watchTabActivity(session(), requests)
  const urls = URLS
  expect(events.onBeforeRequest).toEqual([
    { listener: expect.any(Function), filter: { urls }, extra: ['requestBody'] },
  ])
  expect(events.onSendHeaders).toEqual([
    { listener: expect.any(Function), filter: { urls }, extra: ['requestHeaders'] },
  ])
  expect(events.onCompleted).toEqual([{ listener: expect.any(Function), filter: { urls } }])
  expect(events.onErrorOccurred).toEqual([{ listener: expect.any(Function), filter: { urls } }])
})

it('a v3 request with the session header, answered 200, is activity at its time', async () => {
  const { fire, requests } = fakeWebRequest()
  const s = session()
  watchTabActivity(s, requests)
  const url = `${V3}/v3/login/session`
  expect(fire('onBeforeRequest', { requestId: 'r1', tabId: 3, url, method: 'GET' })).toEqual([undefined])
  fire('onSendHeaders', {
    requestId: 'r1',
    tabId: 3,
    url,
    requestHeaders: [{ name: 'sessionId', value: 'sess-1' }],
  })
  const heard = s.heard()
  expect(fire('onCompleted', { requestId: 'r1', tabId: 3, statusCode: 200, timeStamp: 1234 })).toEqual([
    undefined,
  ])
  await heard
  expect(s.noted).toEqual([['sess-1', 'activity', 1234]])
})

it('a v2 logout with the session in its form body ends the session', async () => {
  const { fire, requests } = fakeWebRequest()
  const s = session()
  watchTabActivity(s, requests)
  const url = `${V2}/Logout.json`
  fire('onBeforeRequest', {
    requestId: 'r2',
    tabId: 3,
    url,
    method: 'POST',
    requestBody: { formData: { sessionId: ['sess-1'] } },
  })
  fire('onSendHeaders', { requestId: 'r2', tabId: 3, url })
  const heard = s.heard()
  fire('onCompleted', { requestId: 'r2', tabId: 3, statusCode: 200, timeStamp: 5 })
  await heard
  expect(s.noted).toEqual([['sess-1', 'logged-out-elsewhere', 5]])
})

it('a request that failed, or carried no session, tells the session nothing', async () => {
  const { fire, requests } = fakeWebRequest()
  const s = session()
  watchTabActivity(s, requests)
  const url = `${V3}/v3/login/session`
  fire('onBeforeRequest', { requestId: 'r3', tabId: 3, url, method: 'GET' })
  fire('onSendHeaders', {
    requestId: 'r3',
    tabId: 3,
    url,
    requestHeaders: [{ name: 'sessionId', value: 'sess-1' }],
  })
  fire('onErrorOccurred', { requestId: 'r3' })
  fire('onCompleted', { requestId: 'r3', statusCode: 200, timeStamp: 1 })
  fire('onBeforeRequest', { requestId: 'r4', tabId: 3, url: `${V2}/Login.json`, method: 'POST' })
  fire('onCompleted', { requestId: 'r4', statusCode: 200, timeStamp: 2 })
  // The last request carries the session: once it is heard, the ones before it were handled too.
  fire('onSendHeaders', {
    requestId: 'r5',
    tabId: 3,
    url,
    requestHeaders: [{ name: 'sessionid', value: 'sess-1' }],
  })
  const heard = s.heard()
  fire('onCompleted', { requestId: 'r5', statusCode: 200, timeStamp: 3 })
  await heard
  expect(s.noted).toEqual([['sess-1', 'activity', 3]])
})

it('signed out, only the observer hears tab requests (one body listener); active again, all four kinds', async () => {
  const { events, fire, requests } = fakeWebRequest()
  const bodies: unknown[] = []
  requests.subscribe('onBeforeRequest', (d) => bodies.push(d.requestId))
  const s = session()
  const watch = watchTabActivity(s, requests)
  const kinds = () => Object.entries(events).map(([name, listeners]) => [name, listeners.length])
  expect(kinds()).toEqual([
    ['onBeforeRequest', 1],
    ['onSendHeaders', 1],
    ['onCompleted', 1],
    ['onErrorOccurred', 1],
  ])
  watch.follow({ state: 'signed-out' })
  expect(kinds()).toEqual([
    ['onBeforeRequest', 1],
    ['onSendHeaders', 0],
    ['onCompleted', 0],
    ['onErrorOccurred', 0],
  ])
  fire('onBeforeRequest', { requestId: 'r6', tabId: 3, url: `${V3}/v3/login/session`, method: 'GET' })
  expect(bodies).toEqual(['r6'])

  watch.follow({ state: 'active' } as never)
  watch.follow({ state: 'active' } as never)
  expect(kinds().map(([, n]) => n)).toEqual([1, 1, 1, 1])
  const url = `${V3}/v3/login/session`
  fire('onBeforeRequest', { requestId: 'r7', tabId: 3, url, method: 'GET' })
  fire('onSendHeaders', {
    requestId: 'r7',
    tabId: 3,
    url,
    requestHeaders: [{ name: 'sessionId', value: 'sess-1' }],
  })
  const heard = s.heard()
  fire('onCompleted', { requestId: 'r7', tabId: 3, statusCode: 200, timeStamp: 9 })
  await heard
  expect(bodies).toEqual(['r6', 'r7'])
  expect(s.noted).toEqual([['sess-1', 'activity', 9]])
})
