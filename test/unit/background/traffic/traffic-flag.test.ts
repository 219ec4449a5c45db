import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flagRequest } from '../../../../src/background/traffic/flag.ts'
import {
  addFlagged,
  EMPTY_LIST,
  markSeen,
  normalizeList,
} from '../../../../src/background/traffic/flagged-list.ts'
import { observedToRequest, pageOriginOf } from '../../../../src/background/traffic/observed-request.ts'
import { checkObserved } from '../../../../src/background/traffic/observer.ts'
import { lintHar } from '../../../../src/cli/lint-har.ts'
import { FLAGGED_LIMIT, type FlaggedRequest } from '../../../../src/shared/protocol/traffic.ts'

const V3 = 'https://gateway.stage.bill.com/connect/v3'
const V2 = 'https://api-stage.bill.com/api/v2'
const T = Date.parse('2026-05-01T10:00:00Z')
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const ctx = { hosts: [], now: new Date(T), idPrefix: 'r1' }

describe('observed requests', () => {
  it('reads raw JSON bytes (split in parts) and form data', () => {
    const json = observedToRequest({
      method: 'POST',
      url: `${V3}/mfa/challenge`,
      timeStamp: T,
      requestBody: { raw: [{ bytes: bytes('{"useBa') }, { bytes: bytes('ckup":true}') }] },
    })
    expect(json.body).toEqual({ text: '{"useBackup":true}' })
    const form = observedToRequest({
      method: 'POST',
      url: `${V2}/MFAChallenge.json`,
      timeStamp: T,
      requestBody: { formData: { data: ['{"useBackup":true}'], sessionId: ['s'] } },
    })
    expect(form.body?.params).toEqual([
      { name: 'data', value: '{"useBackup":true}' },
      { name: 'sessionId', value: 's' },
    ])
  })

  it('keeps only the page origin', () => {
    const base = { method: 'POST', url: V3, timeStamp: T }
    expect(pageOriginOf({ ...base, initiator: 'https://app.example.com' })).toBe('https://app.example.com')
    expect(pageOriginOf({ ...base, originUrl: 'https://qa.example/path?token=x#y' })).toBe(
      'https://qa.example',
    )
    expect(pageOriginOf({ ...base, initiator: 'null' })).toBeUndefined()
    expect(pageOriginOf(base)).toBeUndefined()
  })
})

describe('flagRequest', () => {
  it('flags v3 and v2 backup-phone calls with the endpoint names the popup shows', () => {
    const v3 = flagRequest(
      { method: 'POST', url: `${V3}/mfa/challenge`, headers: [], body: { text: '{"useBackup":true}' } },
      { ...ctx, pageOrigin: 'https://app.example' },
    )
    expect(v3).toEqual([
      expect.objectContaining({
        ruleId: 'mfa-challenge-backup-phone',
        severity: 'error',
        endpoint: 'v3/mfa/challenge',
        field: 'useBackup',
        pageOrigin: 'https://app.example',
        time: T,
      }),
    ])
    const v2 = flagRequest(
      {
        method: 'POST',
        url: `${V2}/MFAChallenge.json`,
        headers: [],
        body: { params: [{ name: 'data', value: '{"useBackup":"true"}' }] },
      },
      ctx,
    )
    expect(v2.map((f) => f.endpoint)).toEqual(['v2/MFAChallenge.json'])
    const setup = flagRequest(
      { method: 'POST', url: `${V3}/mfa/setup`, headers: [], body: { text: '{"primary":false}' } },
      ctx,
    )
    expect(setup.map((f) => [f.ruleId, f.endpoint])).toEqual([['mfa-setup-secondary-phone', 'v3/mfa/setup']])
  })

  it('has the same rule id and message as the CLI reading the same request from a HAR', () => {
    const url = `${V3}/mfa/challenge`
    const text = '{"phoneId":"x","useBackup":true}'
    const [flag] = flagRequest({ method: 'POST', url, headers: [], body: { text } }, ctx)
    const har = {
      log: {
        entries: [
          { request: { method: 'POST', url, headers: [], postData: { mimeType: 'application/json', text } } },
        ],
      },
    }
    const [cli] = lintHar(har as never, 'x.har', { hosts: [], now: new Date(T) }).findings
    expect([flag?.ruleId, flag?.message, flag?.fix]).toEqual([
      cli?.report.ruleId,
      cli?.report.message,
      cli?.report.fix,
    ])
  })

  it('stores nothing secret and skips info findings and other hosts', () => {
    const found = flagRequest(
      {
        method: 'POST',
        url: `${V2}/MFAChallenge.json?sessionId=SECRET-SID`,
        headers: [],
        body: {
          params: [
            { name: 'data', value: '{"useBackup":true}' },
            { name: 'sessionId', value: 'SECRET-SID' },
          ],
        },
      },
      ctx,
    )
    expect(found.length).toBeGreaterThan(0)
    expect(JSON.stringify(found)).not.toContain('SECRET-SID')
    const optional = flagRequest(
      { method: 'POST', url: `${V3}/mfa/challenge`, headers: [], body: { text: '{"useBackup":false}' } },
      ctx,
    )
    expect(optional).toEqual([])
    const other = flagRequest(
      {
        method: 'POST',
        url: 'https://example.com/v3/mfa/challenge',
        headers: [],
        body: { text: '{"useBackup":true}' },
      },
      ctx,
    )
    expect(other).toEqual([])
  })

  it('checks observed requests, ignoring the extension’s own calls', async () => {
    const seen: FlaggedRequest[][] = []
    const deps = {
      extensionBaseUrl: 'chrome-extension://abc/',
      extraHosts: async () => ['127.0.0.1'],
      onFlagged: async (f: FlaggedRequest[]) => void seen.push(f),
      onError: () => undefined,
    }
    const d = {
      requestId: '7',
      method: 'POST',
      url: 'http://127.0.0.1:4010/connect/v3/mfa/challenge',
      timeStamp: T,
      initiator: 'http://127.0.0.1:4010',
      requestBody: { raw: [{ bytes: bytes('{"useBackup":true}') }] },
    }
    await checkObserved(d, deps)
    await checkObserved({ ...d, initiator: 'chrome-extension://abc' }, deps)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.[0]).toMatchObject({ endpoint: 'v3/mfa/challenge', pageOrigin: 'http://127.0.0.1:4010' })
  })
})

const item = (time: number, id = String(time)): FlaggedRequest => ({
  id,
  ruleId: 'mfa-challenge-backup-phone',
  severity: 'error',
  message: 'm',
  api: 'v3',
  method: 'POST',
  endpoint: 'v3/mfa/challenge',
  time,
})

describe('the flagged list', () => {
  it('keeps the newest first, at most the limit, and counts unseen ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 1e6 }), { maxLength: 5 }), { maxLength: 40 }),
        (batches) => {
          let list = EMPTY_LIST
          let added = 0
          batches.forEach((times, b) => {
            list = addFlagged(
              list,
              times.map((t, i) => item(t, `${b}-${i}`)),
            )
            added += times.length
          })
          expect(list.items.length).toBe(Math.min(added, FLAGGED_LIMIT))
          const times = list.items.map((i) => i.time)
          expect(times).toEqual([...times].sort((a, b) => b - a))
          expect(list.unseen).toBe(list.items.length)
          expect(markSeen(list).unseen).toBe(0)
        },
      ),
    )
  })

  it('reads damaged storage as an empty list', () => {
    expect(normalizeList(undefined)).toEqual(EMPTY_LIST)
    expect(normalizeList({ items: 'x' })).toEqual(EMPTY_LIST)
    expect(normalizeList({ items: [item(1)], unseen: 9 })).toEqual({ items: [item(1)], unseen: 1 })
  })
})
