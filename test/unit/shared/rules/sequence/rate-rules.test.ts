import { describe, expect, it } from 'vitest'
import { evaluateSequence, type SequenceRequest } from '../../../../../src/shared/rules/index.ts'
import { type Call, requests, v3Call, v3Error, v3Login } from '../sequence-fixtures.ts'

// The edges of the three rate rules: the exact window and overlap boundaries, and what each counts per.
const range = (n: number) => Array.from({ length: n }, (_, i) => i)
const findings = (list: SequenceRequest[], ruleId: string) =>
  evaluateSequence(list).filter((f) => f.finding.ruleId === ruleId)
const found = (calls: Call[], ruleId: string) => findings(requests(calls), ruleId).map((f) => f.index)
/** The requests with exact times: start at `at`, sent `queued` later, answered `ms` after the start. */
function timed(list: { call: Call; queued?: number; ms: number }[]): SequenceRequest[] {
  return list.map(({ call, queued, ms }) => {
    const [r] = requests([call])
    const out = { ...(r as SequenceRequest), durationMs: ms }
    if (queued === undefined) delete out.queuedMs
    else out.queuedMs = queued
    return out
  })
}
const untimed = (list: SequenceRequest[]) =>
  list.map((r) => {
    const { time: _time, ...rest } = r
    return rest
  })

describe('login-per-call', () => {
  const id = 'login-per-call'

  it('names the organization when the sign-in gives one', () => {
    const [f] = findings(requests(range(11).map((i) => v3Login(i * 1_000, `S${i}`))), id)
    expect(f?.finding).toMatchObject({ severity: 'warning' })
    expect(f?.finding.message).toBe(
      'Sign-in number 11 within 10 minutes for one user for organization 00802ABCDEFGHIJKLMNO: the client signs in per call instead of reusing its session (BILL allows 200 sign-ins an hour per developer key).',
    )
    expect(f?.finding.fix).toBe(
      'Sign in once and reuse the sessionId for every call; sign in again only when BILL answers BDC_1109.',
    )
    const noOrg = range(11).map((i) => ({
      ...v3Login(i * 1_000, `S${i}`),
      body: { username: 'u@example.com' },
    }))
    expect(findings(requests(noOrg), id)[0]?.finding.message).toContain('for one user: the client')
  })

  it('cannot place sign-ins without a time', () => {
    const list = untimed(requests(range(12).map((i) => v3Login(i * 1_000, `S${i}`))))
    expect(findings(list, id)).toEqual([])
  })
})

describe('mfa-text-rate', () => {
  const id = 'mfa-text-rate'

  it('counts one user across organizations', () => {
    const calls = range(6).flatMap((i) => [
      v3Login(i * 5_000, `S${i}`, { organizationId: `ORG${i}` }),
      v3Call(i * 5_000 + 1_000, '/mfa/challenge', `S${i}`),
    ])
    expect(found(calls, id)).toEqual([11])
    const [f] = findings(requests(calls), id)
    expect(f?.finding.message).toBe(
      'Text-sending MFA call number 6 within 60 seconds for one user: BILL allows 5 a minute and refuses the rest.',
    )
  })

  it('counts each known user apart, and says how to stop', () => {
    const calls = ['a', 'b'].flatMap((u, n) => [
      v3Login(n, `S${u}`, {}, `${u}@example.com`),
      ...range(3).map((i) => v3Call(1_000 + i * 1_000 + n, '/mfa/challenge', `S${u}`)),
    ])
    expect(found(calls, id)).toEqual([])
    const one = range(6).map((i) => v3Call(i * 1_000, '/mfa/challenge', 'S1'))
    expect(findings(requests(one), id)[0]?.finding.fix).toBe(
      'Send one challenge and wait for its code (codes last minutes); back off before asking again, and use rememberMe so later sign-ins need no text.',
    )
  })

  it('counts each session apart when no sign-in tells the user, and skips calls without a time', () => {
    const apart = range(6).map((i) => v3Call(i * 1_000, '/mfa/challenge', `S${i}`))
    expect(found(apart, id)).toEqual([])
    const same = range(6).map((i) => v3Call(i * 1_000, '/mfa/challenge', 'S1'))
    expect(found(same, id)).toEqual([5])
    expect(findings(untimed(requests(same)), id)).toEqual([])
  })
})

describe('concurrent-requests-over-limit', () => {
  const id = 'concurrent-requests-over-limit'
  const get = (at: number, session = 'S1') => v3Call(at, '/vendors', session, { method: 'GET' })

  it('counts a request answered exactly when the next was sent as done', () => {
    const three = range(3).map(() => ({ call: get(1_000), queued: 0, ms: 500 }))
    expect(findings(timed([...three, { call: get(1_500), queued: 0, ms: 10 }]), id)).toEqual([])
    expect(
      findings(timed([...three, { call: get(1_499), queued: 0, ms: 10 }]), id).map((f) => f.index),
    ).toEqual([3])
    // The time a request waited in the browser counts: sent at 1,500, it no longer overlaps.
    expect(findings(timed([...three, { call: get(1_499), queued: 1, ms: 10 }]), id)).toEqual([])
  })

  it('remembers the latest answers, whatever order the requests end in', () => {
    const list = timed([
      { call: get(1_000), queued: 0, ms: 500 },
      { call: get(1_001), queued: 0, ms: 9_000 },
      { call: get(1_002), queued: 0, ms: 600 },
      { call: get(1_003), queued: 0, ms: 9_000 },
      // At 2,000 only the two long ones are still running.
      { call: get(2_000), queued: 0, ms: 10 },
      { call: get(2_100), queued: 0, ms: 9_000 },
      // Now three long ones run: the fourth is over the limit.
      { call: get(3_000), queued: 0, ms: 10 },
    ])
    expect(findings(list, id).map((f) => f.index)).toEqual([3, 6])
    const [first] = findings(list, id)
    expect(first?.finding.message).toBe(
      'This request started while at least 3 others for the same developer key and organization were still running: BILL allows 3 at once and refuses the rest with BDC_1322.',
    )
    expect(first?.finding.fix).toBe(
      'Send BILL calls one after another or through a queue of at most 3; retry BDC_1322 with exponential backoff.',
    )
  })

  it('keeps the latest answers first, even when a later request ends after the earlier ones', () => {
    const list = timed([
      ...[500, 600, 8_000, 8_000].map((ms, i) => ({ call: get(1_000 + i), queued: 0, ms })),
      // At 2,000 the two short ones are done: two run, not three.
      { call: get(2_000), queued: 0, ms: 10 },
    ])
    expect(findings(list, id).map((f) => f.index)).toEqual([3])
  })

  it('keeps only the three latest answers, which decide whether the next is over', () => {
    const list = timed([
      ...[9_000, 8_000, 7_000, 500, 400].map((ms, i) => ({ call: get(1_000 + i), queued: 0, ms })),
      { call: get(2_000), queued: 0, ms: 10 },
    ])
    expect(findings(list, id).map((f) => f.index)).toEqual([3, 4, 5])
    // Five run at once, but only three are remembered: "at least 3".
    expect(findings(list, id)[1]?.finding.message).toContain('while at least 3 others')
  })

  it('counts each organization of a developer key apart', () => {
    const calls = [
      v3Login(0, 'A', { organizationId: 'ORG_A' }),
      v3Login(10, 'B', { organizationId: 'ORG_B' }),
      ...['A', 'B', 'A', 'B'].map((s, i) => get(1_000 + i, s)),
    ]
    const list = timed(calls.map((call, i) => ({ call, queued: 0, ms: i < 2 ? 5 : 800 })))
    expect(findings(list, id)).toEqual([])
  })

  it('counts the sessions of one organization together once a sign-in tells it', () => {
    const calls = [
      v3Login(0, 'A'),
      v3Login(10, 'B'),
      ...['A', 'B', 'A', 'B'].map((s, i) => get(1_000 + i, s)),
    ]
    const list = timed(calls.map((call, i) => ({ call, queued: 0, ms: i < 2 ? 5 : 800 })))
    expect(findings(list, id).map((f) => f.index)).toEqual([5])
  })

  it('says BILL refused the request when it answered BDC_1322 without an overlap in the capture', () => {
    const refused = {
      ...get(1_000),
      status: 429,
      answer: v3Error('bdc_1322', 'BDC_1322: max number of concurrent requests.'),
    }
    const [f] = findings(requests([refused]), id)
    expect(f?.finding.message).toBe(
      'BILL answered BDC_1322: more than 3 requests were running at once for this developer key and organization.',
    )
    // Without a time the call cannot be placed, but BILL's refusal still counts.
    expect(findings(untimed(requests([refused])), id)).toHaveLength(1)
  })
})
