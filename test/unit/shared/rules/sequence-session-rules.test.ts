import { describe, expect, it } from 'vitest'
import { evaluateSequence } from '../../../../src/shared/rules/index.ts'
import {
  foundBy,
  requests,
  untrusted,
  v2Call,
  v2Error,
  v2Login,
  v3Call,
  v3Error,
  v3Login,
} from './sequence-fixtures.ts'

const found = foundBy

describe('untrusted-session-relogin', () => {
  const id = 'untrusted-session-relogin'

  it('flags the second sign-in after a v3 403 BDC_1361, with what BILL does and the fix', () => {
    const calls = [v3Login(0, 'S1'), untrusted(1_000, 'S1'), v3Login(2_000, 'S2'), untrusted(3_000, 'S2')]
    const all = evaluateSequence(requests(calls)).filter((f) => f.finding.ruleId === id)
    expect(all.map((f) => f.index)).toEqual([2])
    const f = all[0]?.finding
    expect(f?.severity).toBe('error')
    expect(f?.message).toContain('BDC_1361')
    expect(f?.fix).toContain('/v3/mfa/challenge')
    // Secrets never reach a finding.
    expect(JSON.stringify(f)).not.toMatch(/S1|S2|01ABCDEFGH|pw/)
  })

  it('flags a v2 Login.json after a BDC_1361 envelope', () => {
    const calls = [
      v2Login(0, 'S1'),
      v2Call(1_000, 'PayBills.json', 'S1', v2Error('BDC_1361', 'Untrusted session.')),
      v2Login(2_000, 'S2'),
    ]
    expect(found(calls, id)).toEqual([2])
    expect(evaluateSequence(requests(calls))[0]?.finding.fix).toContain('MFAChallenge.json')
  })

  it('flags a relogin when the refused session was opened before the capture started', () => {
    expect(found([untrusted(0, 'S0'), v3Login(5_000, 'S1')], id)).toEqual([0 + 1])
  })

  it('stays quiet when BDC_1361 is answered with MFA, a step-up, or a remembered device', () => {
    const challenge = [
      v3Login(0, 'S1'),
      untrusted(1_000, 'S1'),
      v3Call(2_000, '/mfa/challenge', 'S1'),
      v3Call(30_000, '/mfa/challenge/validate', 'S1'),
      v3Login(40_000, 'S2'),
    ]
    const stepUp = [
      v3Login(0, 'S1'),
      untrusted(1_000, 'S1'),
      v3Call(2_000, '/mfa/step-up', 'S1'),
      v3Login(9_000, 'S2'),
    ]
    const remembered = [
      v3Login(0, 'S1'),
      untrusted(1_000, 'S1'),
      v3Login(2_000, 'S2', { rememberMeId: 'R1', device: 'laptop' }),
    ]
    const v2 = [
      v2Login(0, 'S1'),
      v2Call(1_000, 'PayBills.json', 'S1', v2Error('BDC_1361', 'Untrusted session.')),
      v2Call(2_000, 'MFAChallenge.json', 'S1'),
      v2Login(3_000, 'S2'),
    ]
    for (const flow of [challenge, stepUp, remembered, v2]) expect(found(flow, id)).toEqual([])
  })

  it('stays quiet for another user, and for a sign-in sent before the refusal was answered', () => {
    const other = [v3Login(0, 'S1'), untrusted(1_000, 'S1'), v3Login(2_000, 'S2', {}, 'other@example.com')]
    expect(found(other, id)).toEqual([])
    const racing = [v3Login(0, 'S1'), { ...untrusted(1_000, 'S1'), ms: 900 }, v3Login(1_500, 'S2')]
    expect(found(racing, id)).toEqual([])
  })
})

describe('expired-session-reused', () => {
  const id = 'expired-session-reused'
  const expired = (at: number, sessionId: string) =>
    v3Call(at, '/vendors', sessionId, {
      method: 'GET',
      status: 401,
      answer: v3Error('BDC_1109', 'Session is invalid.  Please log in.'),
    })

  it('flags each call that reuses a session after BDC_1109 (v3 and v2)', () => {
    const v3 = [
      v3Login(0, 'S1'),
      expired(60_000, 'S1'),
      v3Call(61_000, '/bills', 'S1'),
      v3Call(62_000, '/bills', 'S1'),
    ]
    expect(found(v3, id)).toEqual([2, 3])
    const v2 = [
      v2Call(0, 'List/Vendor.json', 'S1', v2Error('BDC_1109', 'Session is invalid. Please log in.')),
      v2Call(1_000, 'List/Bill.json', 'S1'),
    ]
    expect(found(v2, id)).toEqual([1])
    const f = evaluateSequence(requests(v2)).find((x) => x.finding.ruleId === id)?.finding
    expect(f?.severity).toBe('warning')
    expect(f?.message).toContain('BDC_1109')
    expect(JSON.stringify(f)).not.toContain('S1')
  })

  it('stays quiet when the client signs in again and uses the new session', () => {
    const calls = [
      v3Login(0, 'S1'),
      expired(60_000, 'S1'),
      v3Login(61_000, 'S2'),
      v3Call(62_000, '/bills', 'S2'),
    ]
    expect(found(calls, id)).toEqual([])
  })

  it('does not flag a call sent before the BDC_1109 answer arrived, nor other sessions', () => {
    const calls = [
      { ...expired(0, 'S1'), ms: 500 },
      v3Call(200, '/bills', 'S1'),
      v3Call(1_000, '/bills', 'S9'),
    ]
    expect(found(calls, id)).toEqual([])
  })
})
