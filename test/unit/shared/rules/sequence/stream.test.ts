import { describe, expect, it } from 'vitest'
import { evaluateSequence, SequenceStream } from '../../../../../src/shared/rules/index.ts'
import type { Call, SequenceRequest } from '../../../../../src/shared/rules/sequence/call.ts'
import type { SequenceRule } from '../../../../../src/shared/rules/sequence/sequence-rule.ts'
import type { Who } from '../../../../../src/shared/rules/sequence/sessions.ts'
import { requests, V3, v3Call, v3Login } from '../sequence-fixtures.ts'

// A rule that flags every call it sees and records what it saw: the order, the times, who the call was.
function recorder(seen: { index: number; start: number; sent: number; who: Who }[]): SequenceRule {
  return {
    id: 'recorder',
    title: 'records',
    help: 'records',
    severity: { before: 'info', from: '2026-06-01', onwards: 'error' },
    start: () => (call: Call, sessions) => {
      seen.push({ index: call.index, start: call.start, sent: call.sent, who: sessions.who(call) })
      return { message: `call ${call.index}` }
    },
  }
}

const get = (url: string, time?: string): SequenceRequest => ({
  method: 'GET',
  url,
  headers: [],
  ...(time !== undefined ? { time } : {}),
})

describe('SequenceStream.read', () => {
  it('gives a request without a usable time the start of the one before it', () => {
    const stream = new SequenceStream()
    const first = stream.read(get(`${V3}/vendors`))
    expect(first?.start).toBeNaN()
    expect(stream.read(get(`${V3}/vendors`, '2026-12-01T09:00:00Z'))?.start).toBe(
      Date.parse('2026-12-01T09:00:00Z'),
    )
    expect(stream.read(get(`${V3}/vendors`, 'not a time'))?.start).toBe(Date.parse('2026-12-01T09:00:00Z'))
    expect(stream.read(get(`${V3}/vendors`))?.start).toBe(Date.parse('2026-12-01T09:00:00Z'))
  })

  it('numbers the requests it reads, BILL or not, and reads nothing from a request that is not BILL', () => {
    const stream = new SequenceStream()
    expect(stream.read(get('https://example.com/'))).toBeUndefined()
    expect(stream.read(get(`${V3}/vendors`))?.index).toBe(1)
    expect(stream.read(get(`${V3}/vendors`), 40)?.index).toBe(40)
    expect(stream.read(get('::not a url::'))).toBeUndefined()
    expect(stream.read(get(undefined as never))).toBeUndefined()
  })

  it('counts extra hosts as BILL, the ones given to the stream or to one request', () => {
    const local = get('http://localhost:4010/v3/vendors')
    expect(new SequenceStream().read(local, 0, ['localhost:4010'])).toBeDefined()
    expect(new SequenceStream({ hosts: ['localhost:4010'] }).read(local)).toBeDefined()
    expect(
      new SequenceStream({ hosts: ['localhost:4010'] }).read(get('http://mock.test:4010/v3/vendors')),
    ).toBeUndefined()
    expect(
      new SequenceStream().read(get('http://mock.test:4010/v3/vendors'), 0, ['mock.test:4010']),
    ).toBeDefined()
  })
})

describe('SequenceStream.add and check', () => {
  it('stamps each finding with its rule, the severity at the stream date and the call index', () => {
    const before = new SequenceStream({ rules: [recorder([])], now: '2026-05-31T23:00:00Z' })
    const after = new SequenceStream({ rules: [recorder([])], now: '2026-06-01T00:00:00Z' })
    const [r] = requests([v3Call(0, '/vendors', 'S1')])
    expect(before.add(r as SequenceRequest)).toEqual([
      { index: 0, finding: { ruleId: 'recorder', severity: 'info', message: 'call 0' } },
    ])
    expect(after.add(r as SequenceRequest)[0]?.finding.severity).toBe('error')
    expect(after.add(get('https://example.com/'))).toEqual([])
    expect(after.add(r as SequenceRequest)[0]?.index).toBe(2)
  })

  it('runs the other rules, and later calls, when one rule throws', () => {
    const broken: SequenceRule = {
      id: 'broken',
      title: 'throws',
      help: 'throws',
      severity: 'warning',
      start: () => () => {
        throw new Error('odd input')
      },
    }
    const stream = new SequenceStream({ rules: [broken, recorder([])] })
    const [a, b] = requests([v3Call(0, '/vendors', 'S1'), v3Call(10, '/vendors', 'S1')])
    expect(stream.add(a as SequenceRequest).map((f) => f.finding.ruleId)).toEqual(['recorder'])
    expect(stream.add(b as SequenceRequest).map((f) => f.finding.ruleId)).toEqual(['recorder'])
  })

  it('knows who a session belongs to from the sign-in that opened it, from the next call on', () => {
    const seen: { who: Who }[] = []
    const stream = new SequenceStream({ rules: [recorder(seen as never)] })
    for (const r of requests([v3Login(0, 'S1'), v3Call(10, '/vendors', 'S1'), v3Call(20, '/vendors', 'S9')]))
      stream.add(r)
    expect(seen.map((s) => s.who)).toEqual([
      { user: 'dev@example.com', org: '00802ABCDEFGHIJKLMNO', remembered: false, sessionId: 'S1' },
      { user: 'dev@example.com', org: '00802ABCDEFGHIJKLMNO' },
      {},
    ])
  })

  it('runs every sequence rule by default', () => {
    const calls = requests(Array.from({ length: 11 }, (_, i) => v3Login(i * 1_000, `S${i}`)))
    const stream = new SequenceStream()
    const found = calls.flatMap((r) => stream.add(r))
    expect(found.map((f) => [f.index, f.finding.ruleId])).toEqual([[10, 'login-per-call']])
  })
})

describe('evaluateSequence', () => {
  it('checks calls in the order they were sent, calls without a time first, ties in input order', () => {
    const seen: { index: number; start: number; sent: number; who: Who }[] = []
    const reqs = requests([v3Call(3_000, '/a', 'S'), v3Call(1_000, '/b', 'S'), v3Call(2_000, '/c', 'S')])
    const queued = { ...(reqs[0] as SequenceRequest), queuedMs: 0 }
    const late = { ...(reqs[1] as SequenceRequest), queuedMs: 2_500 }
    const input = [queued, late, reqs[2] as SequenceRequest, reqs[2] as SequenceRequest, get(`${V3}/x`)]
    // The last has no time: it takes the start of the one before it in the input.
    const out = evaluateSequence(input, { rules: [recorder(seen)] })
    expect(seen.map((s) => s.index)).toEqual([4, 2, 3, 0, 1])
    // Findings come back in input order whatever order the calls were checked in.
    expect(out.map((f) => f.index)).toEqual([0, 1, 2, 3, 4])
    // Untimed requests at the start have no time at all: they are checked first, as the input had them.
    const [a, b] = requests([v3Call(5_000, '/a', 'S'), v3Call(1_000, '/b', 'S')])
    const seen2: typeof seen = []
    const untimed = [get(`${V3}/x`), get(`${V3}/y`), a as SequenceRequest, b as SequenceRequest]
    evaluateSequence(untimed, { rules: [recorder(seen2)] })
    expect(seen2.map((s) => s.index)).toEqual([0, 1, 3, 2])
  })

  it('skips requests that are not BILL, keeping the indexes of the input', () => {
    const reqs = requests(Array.from({ length: 11 }, (_, i) => v3Login(i * 1_000, `S${i}`)))
    const found = evaluateSequence([get('https://example.com/'), ...reqs])
    expect(found.map((f) => f.index)).toEqual([11])
  })
})
