import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, expect, it, vi } from 'vitest'
import { watchTabActivity } from '../../../../src/background/session/tab-activity.ts'
import { hostPatterns, LOCAL_SANDBOX_ORIGINS } from '../../../../src/shared/bill/hosts.ts'

// The webRequest wiring of tab activity: which events are listened to, for which hosts, with which details,
// and that a tab's v2 form or v3 header carrying the session reaches the session as activity.

type Listener = (details: Record<string, unknown>) => unknown
interface Registered {
  listener: Listener
  filter: { urls: string[] }
  extra?: string[]
}

function fakeWebRequest() {
  const events: Record<string, Registered[]> = {}
  const event = (name: string) => ({
    addListener: (listener: Listener, filter: { urls: string[] }, extra?: string[]) => {
      events[name] = [...(events[name] ?? []), { listener, filter, ...(extra ? { extra } : {}) }]
    },
  })
  vi.stubGlobal('chrome', {
    ...fakeBrowser,
    webRequest: Object.fromEntries(
      ['onBeforeRequest', 'onSendHeaders', 'onCompleted', 'onErrorOccurred'].map((n) => [n, event(n)]),
    ),
  })
  const fire = (name: string, details: Record<string, unknown>) =>
    (events[name] ?? []).map((r) => r.listener(details))
  return { events, fire }
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

it("listens to BILL's hosts and the local sandbox, asking for bodies and headers", () => {
  const { events } = fakeWebRequest()
  watchTabActivity(session())
  const urls = [...hostPatterns('required', 'optional'), ...LOCAL_SANDBOX_ORIGINS]
  expect(urls.length).toBeGreaterThan(2)
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
  const { fire } = fakeWebRequest()
  const s = session()
  watchTabActivity(s)
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
  const { fire } = fakeWebRequest()
  const s = session()
  watchTabActivity(s)
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
  const { fire } = fakeWebRequest()
  const s = session()
  watchTabActivity(s)
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
