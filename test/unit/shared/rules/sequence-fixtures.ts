import type { Entry } from 'har-format'
import { BASE_URLS } from '../../../../src/shared/bill/hosts.ts'
import {
  evaluateSequence,
  harEntryToSequenceRequest,
  type SequenceRequest,
} from '../../../../src/shared/rules/index.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'

// HAR entries shaped like a Chrome recording of a client talking to BILL's sandbox.
export const V3 = `${BASE_URLS.sandbox.v3}/v3`
export const V2 = BASE_URLS.sandbox.v2
const T0 = Date.parse('2026-12-01T09:00:00.000Z')
const DEV_KEY = '01ABCDEFGHIJKLMNOPQR'
const ORG = '00802ABCDEFGHIJKLMNO'

export interface Call {
  /** Start, in ms after T0. */
  at: number
  /** HAR `time`: the whole duration. */
  ms?: number
  method?: string
  url: string
  headers?: Record<string, string>
  /** A JSON body, or a form body string. */
  body?: unknown
  status?: number
  answer?: unknown
}

export function entry(c: Call): Entry {
  const e = emptyEntry(c.url)
  e.startedDateTime = new Date(T0 + c.at).toISOString()
  e.time = c.ms ?? 120
  e.timings = { blocked: 1, dns: -1, connect: -1, send: 0, wait: e.time - 3, receive: 2 }
  e.request.method = c.method ?? 'POST'
  e.request.headers = Object.entries(c.headers ?? {}).map(([name, value]) => ({ name, value }))
  if (c.body !== undefined) {
    const form = typeof c.body === 'string'
    e.request.postData = {
      mimeType: form ? 'application/x-www-form-urlencoded' : 'application/json',
      text: form ? (c.body as string) : JSON.stringify(c.body),
    }
  }
  e.response.status = c.status ?? 200
  e.response.content.text = JSON.stringify(c.answer ?? {})
  return e
}

/** The entries as the CLI and the panel give them to evaluateSequence. */
export const requests = (calls: readonly Call[]): SequenceRequest[] =>
  calls.map((c) => harEntryToSequenceRequest(entry(c)) as SequenceRequest)

/** The input indexes of one rule's findings over the calls. */
export const foundBy = (calls: readonly Call[], ruleId: string): number[] =>
  evaluateSequence(requests(calls))
    .filter((f) => f.finding.ruleId === ruleId)
    .map((f) => f.index)

const headers = (sessionId: string) => ({ devKey: DEV_KEY, sessionId, 'Content-Type': 'application/json' })

export function v3Login(
  at: number,
  sessionId: string,
  extra: Record<string, string> = {},
  user = 'dev@example.com',
): Call {
  return {
    at,
    url: `${V3}/login`,
    body: { username: user, password: 'pw', organizationId: ORG, devKey: DEV_KEY, ...extra },
    answer: { sessionId, organizationId: ORG, userId: '00601USER', trusted: 'rememberMeId' in extra },
  }
}

export function v3Call(at: number, path: string, sessionId: string, more: Partial<Call> = {}): Call {
  return { at, url: `${V3}${path}`, headers: headers(sessionId), body: {}, ...more }
}

export const v3Error = (code: string, message: string) => [
  { timestamp: '2026-12-01T09:00:00.000+0000', code, severity: 'ERROR', category: 'DOWNSTREAM', message },
]

export const untrusted = (at: number, sessionId: string) =>
  v3Call(at, '/payments', sessionId, { status: 403, answer: v3Error('BDC_1361', 'Untrusted session.') })

export function v2Login(at: number, sessionId: string, extra = ''): Call {
  return {
    at,
    url: `${V2}/Login.json`,
    body: `userName=dev%40example.com&password=pw&orgId=${ORG}&devKey=${DEV_KEY}${extra}`,
    answer: {
      response_status: 0,
      response_message: 'Success',
      response_data: { sessionId, orgId: ORG, usersId: '006U' },
    },
  }
}

export function v2Call(
  at: number,
  file: string,
  sessionId: string,
  answer: unknown = { response_status: 0, response_data: {} },
): Call {
  return { at, url: `${V2}/${file}`, body: `devKey=${DEV_KEY}&sessionId=${sessionId}&data=%7B%7D`, answer }
}

export const v2Error = (code: string, message: string) => ({
  response_status: 1,
  response_message: 'Error',
  response_data: { error_code: code, error_message: message },
})
