import { describe, expect, it } from 'vitest'
import { evaluateSequence } from '../../../../src/shared/rules/index.ts'
import { foundBy, requests, v2Call, v2Login, v3Call, v3Error, v3Login } from './sequence-fixtures.ts'

const found = foundBy
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('login-per-call', () => {
  const id = 'login-per-call'

  it('flags the 11th sign-in within 10 minutes for one user and organization, once per burst', () => {
    const calls = range(15).map((i) => v3Login(i * 30_000, `S${i}`))
    expect(found(calls, id)).toEqual([10])
    const v2 = range(11).map((i) => v2Login(i * 50_000, `S${i}`))
    expect(found(v2, id)).toEqual([10])
  })

  it('stays quiet for 10 sign-ins, sign-ins hours apart, and different users', () => {
    expect(
      found(
        range(10).map((i) => v3Login(i * 1_000, `S${i}`)),
        id,
      ),
    ).toEqual([])
    expect(
      found(
        range(30).map((i) => v3Login(i * 3 * 3_600_000, `S${i}`)),
        id,
      ),
    ).toEqual([])
    // 11 sign-ins spread over just over 10 minutes: the window never holds 11.
    expect(
      found(
        range(11).map((i) => v3Login(i * 60_001, `S${i}`)),
        id,
      ),
    ).toEqual([])
    const users = range(20).map((i) => v3Login(i * 1_000, `S${i}`, {}, `user${i % 2}@example.com`))
    expect(found(users, id)).toEqual([])
  })
})

describe('mfa-text-rate', () => {
  const id = 'mfa-text-rate'
  const paths = ['/mfa/challenge', '/mfa/setup']

  it('flags the 6th text-sending MFA call within 60 seconds for one user (v3 challenge and setup, v2)', () => {
    const calls = [
      v3Login(0, 'S1'),
      ...range(7).map((i) => v3Call(1_000 + i * 5_000, paths[i % 2] as string, 'S1')),
    ]
    expect(found(calls, id)).toEqual([6])
    const v2 = [
      v2Login(0, 'S1'),
      ...range(6).map((i) => v2Call(1_000 + i * 2_000, 'MFAChallenge.json', 'S1')),
    ]
    expect(found(v2, id)).toEqual([6])
  })

  it('counts one user across sessions, and stays quiet for 5 a minute or a challenge validated', () => {
    const sessions = [
      ...range(6).flatMap((i) => [
        v3Login(i * 6_000, `S${i}`),
        v3Call(i * 6_000 + 1_000, '/mfa/challenge', `S${i}`),
      ]),
    ]
    expect(found(sessions, id)).toEqual([11])
    const paced = [
      v3Login(0, 'S1'),
      ...range(20).map((i) => v3Call(1_000 + i * 12_500, '/mfa/challenge', 'S1')),
    ]
    expect(found(paced, id)).toEqual([])
    const validates = [
      v3Login(0, 'S1'),
      ...range(10).map((i) => v3Call(1_000 + i * 1_000, '/mfa/challenge/validate', 'S1')),
    ]
    expect(found(validates, id)).toEqual([])
  })
})

describe('concurrent-requests-over-limit', () => {
  const id = 'concurrent-requests-over-limit'
  const get = (at: number, ms: number, sessionId = 'S1') =>
    v3Call(at, '/vendors', sessionId, { method: 'GET', ms })

  it('flags the fourth request in flight at once for one developer key and organization', () => {
    const calls = [
      v3Login(0, 'S1'),
      get(1_000, 800),
      get(1_010, 800),
      get(1_020, 800),
      get(1_030, 800),
      get(1_040, 800),
    ]
    expect(found(calls, id)).toEqual([4, 5])
    const f = evaluateSequence(requests(calls)).find((x) => x.finding.ruleId === id)?.finding
    expect(f?.message).toContain('BDC_1322')
    expect(f?.severity).toBe('warning')
  })

  it('flags any BDC_1322 answer, even when the capture shows no overlap', () => {
    const refused = get(5_000, 100)
    refused.status = 429
    refused.answer = v3Error('BDC_1322', 'Max number of concurrent requests per organization reached.')
    expect(found([v3Login(0, 'S1'), get(1_000, 100), refused], id)).toEqual([2])
  })

  it('stays quiet for sequential calls, 3 at once, and separate organizations', () => {
    expect(found([v3Login(0, 'S1'), ...range(20).map((i) => get(1_000 + i * 100, 100))], id)).toEqual([])
    expect(
      found([v3Login(0, 'S1'), ...range(12).map((i) => get(1_000 + Math.floor(i / 3) * 1_000, 900))], id),
    ).toEqual([])
    // Without a developer key BILL has nothing to count against (and refuses the call anyway).
    const keyless = range(6).map((i) => ({ ...get(1_000, 500), headers: { sessionId: 'S1' }, at: 1_000 + i }))
    expect(found([v3Login(0, 'S1'), ...keyless], id)).toEqual([])
    // Sessions opened outside the capture: each is its own organization as far as the capture tells.
    expect(
      found(
        range(6).map((i) => get(1_000, 500, `S${i}`)),
        id,
      ),
    ).toEqual([])
  })

  it('does not count time a request waited in the browser before it was sent', () => {
    const calls = requests([
      v3Login(0, 'S1'),
      get(1_000, 300),
      get(1_000, 300),
      get(1_000, 300),
      get(1_000, 600),
    ])
    // The fourth was queued behind the others for 300 ms (Chrome's "blocked").
    ;(calls[4] as { queuedMs?: number }).queuedMs = 300
    expect(evaluateSequence(calls).filter((f) => f.finding.ruleId === id)).toEqual([])
  })
})
