import { expect, it } from 'vitest'
import {
  createRequestEvents,
  type RequestEventKind,
  type WebRequestApi,
} from '../../../src/background/request-events.ts'

// One browser listener per webRequest event kind, whoever subscribes: each request to a watched host costs
// the worker one event per kind, with the watched hosts' patterns given to the browser.

type Listener = (details: unknown) => unknown
const KINDS: RequestEventKind[] = ['onBeforeRequest', 'onSendHeaders', 'onCompleted', 'onErrorOccurred']

function fakeApi() {
  const added: { kind: RequestEventKind; filter: unknown; extra?: string[] }[] = []
  const live = new Map<RequestEventKind, Listener[]>()
  const api = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        addListener(listener: Listener, filter: unknown, extra?: string[]) {
          added.push({ kind, filter, ...(extra ? { extra } : {}) })
          live.set(kind, [...(live.get(kind) ?? []), listener])
        },
        removeListener(listener: Listener) {
          live.set(
            kind,
            (live.get(kind) ?? []).filter((l) => l !== listener),
          )
        },
      },
    ]),
  ) as unknown as WebRequestApi
  const fire = (kind: RequestEventKind, details: unknown) => (live.get(kind) ?? []).map((l) => l(details))
  return { api, added, live, fire }
}

const URLS = ['https://gateway.stage.bill.com/*', 'http://127.0.0.1/*']

it('registers one listener per kind for all subscribers, with the patterns and only the details it needs', () => {
  const { api, added, fire } = fakeApi()
  const errors: unknown[] = []
  const events = createRequestEvents(api, URLS, (e) => errors.push(e))
  const heard: string[] = []
  events.subscribe('onBeforeRequest', (d) => heard.push(`observer ${d.requestId}`))
  events.subscribe('onBeforeRequest', (d) => heard.push(`activity ${d.requestId}`))
  events.subscribe('onSendHeaders', (d) => heard.push(`headers ${d.requestId}`))
  events.subscribe('onCompleted', (d) => heard.push(`done ${d.requestId}`))
  expect(added).toEqual([
    { kind: 'onBeforeRequest', filter: { urls: URLS }, extra: ['requestBody'] },
    { kind: 'onSendHeaders', filter: { urls: URLS }, extra: ['requestHeaders'] },
    { kind: 'onCompleted', filter: { urls: URLS } },
  ])
  // Observe only: the listener answers nothing, so the request goes on untouched.
  expect(fire('onBeforeRequest', { requestId: 'r1' })).toEqual([undefined])
  fire('onSendHeaders', { requestId: 'r1' })
  fire('onCompleted', { requestId: 'r1' })
  expect(heard).toEqual(['observer r1', 'activity r1', 'headers r1', 'done r1'])
  expect(errors).toEqual([])
})

it('a failing subscriber is reported and the others still hear the request', () => {
  const { api, fire } = fakeApi()
  const errors: unknown[] = []
  const events = createRequestEvents(api, URLS, (e) => errors.push(e))
  const heard: string[] = []
  events.subscribe('onCompleted', () => {
    throw new Error('boom')
  })
  events.subscribe('onCompleted', (d) => heard.push(d.requestId))
  fire('onCompleted', { requestId: 'r2' })
  expect(heard).toEqual(['r2'])
  expect(errors).toEqual([new Error('boom')])
})

it('the last unsubscribe removes the browser listener; the next subscribe adds it again', () => {
  const { api, added, live, fire } = fakeApi()
  const events = createRequestEvents(api, URLS, () => undefined)
  const heard: string[] = []
  const first = events.subscribe('onErrorOccurred', (d) => heard.push(`a ${d.requestId}`))
  const second = events.subscribe('onErrorOccurred', (d) => heard.push(`b ${d.requestId}`))
  first()
  first()
  expect(live.get('onErrorOccurred')).toHaveLength(1)
  fire('onErrorOccurred', { requestId: 'r3' })
  second()
  expect(live.get('onErrorOccurred')).toHaveLength(0)
  fire('onErrorOccurred', { requestId: 'r4' })
  events.subscribe('onErrorOccurred', (d) => heard.push(`c ${d.requestId}`))
  fire('onErrorOccurred', { requestId: 'r5' })
  expect(heard).toEqual(['b r3', 'c r5'])
  expect(added.filter((a) => a.kind === 'onErrorOccurred')).toHaveLength(2)
})
