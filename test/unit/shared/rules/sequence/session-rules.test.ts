import { describe, expect, it } from 'vitest'
import { evaluateSequence } from '../../../../../src/shared/rules/index.ts'
import { foundBy, requests, untrusted, v3Call, v3Error, v3Login } from '../sequence-fixtures.ts'

// The edges of the two session rules: the exact moment an answer counts, what clears it, who it is for.
const found = foundBy

describe('untrusted-session-relogin', () => {
  const id = 'untrusted-session-relogin'
  const refused = (at: number, session: string) => ({ ...untrusted(at, session), ms: 100 })

  it('counts the refusal from the moment its answer arrived', () => {
    expect(found([v3Login(0, 'S1'), refused(1_000, 'S1'), v3Login(1_100, 'S2')], id)).toEqual([2])
    expect(found([v3Login(0, 'S1'), refused(1_000, 'S1'), v3Login(1_099, 'S2')], id)).toEqual([])
  })

  it('flags one sign-in per refusal, and again after a new refusal', () => {
    const calls = [
      v3Login(0, 'S1'),
      refused(1_000, 'S1'),
      v3Login(2_000, 'S2'),
      v3Login(3_000, 'S3'),
      refused(4_000, 'S3'),
      v3Login(5_000, 'S4'),
    ]
    expect(found(calls, id)).toEqual([2, 5])
  })

  it('keeps the refusal pending across a remembered sign-in, which is fine on its own', () => {
    const calls = [
      v3Login(0, 'S1'),
      refused(1_000, 'S1'),
      v3Login(2_000, 'S2', { rememberMeId: 'R', device: 'D' }),
      v3Login(3_000, 'S3'),
    ]
    expect(found(calls, id)).toEqual([3])
  })

  it('is cleared by an MFA text or verify call of the same user', () => {
    for (const path of ['/mfa/challenge', '/mfa/challenge/validate', '/mfa/step-up', '/mfa/setup'])
      expect(
        found([v3Login(0, 'S1'), refused(1_000, 'S1'), v3Call(2_000, path, 'S1'), v3Login(3_000, 'S2')], id),
        path,
      ).toEqual([])
  })

  it('takes BDC_1361 from any call, one the catalogue does not know included', () => {
    const unknown = {
      ...v3Call(1_000, '/not-in-the-catalogue', 'S1'),
      answer: v3Error('BDC_1361', 'Untrusted session.'),
      ms: 100,
    }
    expect(found([v3Login(0, 'S1'), unknown, v3Login(2_000, 'S2')], id)).toEqual([2])
  })

  it('ignores the calls of other endpoints that BILL answered without BDC_1361', () => {
    const calls = [
      v3Login(0, 'S1'),
      refused(1_000, 'S1'),
      v3Call(2_000, '/vendors', 'S1', { answer: v3Error('BDC_1109', 'Session is invalid.') }),
      v3Login(3_000, 'S2'),
    ]
    expect(found(calls, id)).toEqual([3])
  })

  it('matches a known user by the developer key only when the refused session was not known', () => {
    // S0 is known (signed in as another user): its refusal is that user's, not this developer key's.
    const other = [v3Login(0, 'S0', {}, 'other@example.com'), refused(1_000, 'S0'), v3Login(2_000, 'S1')]
    expect(found(other, id)).toEqual([])
    // S9 was opened before the capture: the developer key stands in for whoever it was.
    expect(found([refused(1_000, 'S9'), v3Login(2_000, 'S1')], id)).toEqual([1])
  })
})

describe('expired-session-reused', () => {
  const id = 'expired-session-reused'
  const expired = (at: number, session: string) => ({
    ...v3Call(at, '/vendors', session, {
      method: 'GET',
      status: 401,
      answer: v3Error('BDC_1109', 'Session is invalid.'),
    }),
    ms: 100,
  })

  it('counts the expiry from the moment its answer arrived', () => {
    expect(found([expired(1_000, 'S1'), v3Call(1_100, '/bills', 'S1')], id)).toEqual([1])
    expect(found([expired(1_000, 'S1'), v3Call(1_099, '/bills', 'S1')], id)).toEqual([])
  })

  it('keeps the expiry that was read first, even when a later-read one was answered sooner', () => {
    const slow = { ...expired(1_000, 'S1'), ms: 500 }
    const quick = expired(1_100, 'S1')
    // The quick one was sent before the slow answer arrived (1,500): its own answer (1,200) does not count.
    expect(found([slow, quick, v3Call(1_300, '/bills', 'S1')], id)).toEqual([])
    const f = evaluateSequence(requests([expired(0, 'S1'), v3Call(1_000, '/bills', 'S1')]))[0]?.finding
    expect(f?.fix).toBe(
      'On BDC_1109, sign in again and send the new sessionId; make any call at least every 35 minutes to keep a session alive.',
    )
    expect(f?.message).toBe(
      'BILL answered BDC_1109 for this session earlier, and the call reuses it: BILL refuses it again.',
    )
  })

  it('keeps the first expiry of a session: a later BDC_1109 does not move it', () => {
    const calls = [expired(1_000, 'S1'), expired(5_000, 'S1'), v3Call(2_000, '/bills', 'S1')]
    expect(found(calls, id)).toEqual([1, 2])
  })

  it('never flags a sign-in or a call without a session', () => {
    const calls = [expired(1_000, 'S1'), { ...v3Login(2_000, 'S2'), headers: { sessionId: 'S1' } }]
    expect(found(calls, id)).toEqual([])
    const noSession = { ...v3Call(3_000, '/bills', ''), headers: { devKey: 'k' } }
    expect(found([expired(1_000, 'S1'), noSession], id)).toEqual([])
  })
})
