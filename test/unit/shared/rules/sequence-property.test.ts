import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateSequence, type SequenceRequest } from '../../../../src/shared/rules/index.ts'
import { runs } from '../../property-runs.ts'
import { type Call, requests, untrusted, V2, V3, v3Call, v3Error, v3Login } from './sequence-fixtures.ts'

/** One session of a well-behaved client: each call waits for the answer of the one before. */
const sessionArb = fc.record({
  gaps: fc.array(fc.integer({ min: 0, max: 40 * 60_000 }), { maxLength: 12 }),
  durations: fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 12, maxLength: 12 }),
  mfa: fc.constantFrom('none', 'challenge', 'step-up'),
  expires: fc.boolean(),
})

/** Sign-ins at least a minute apart, a BDC_1361 answered with MFA, a BDC_1109 answered with a sign-in. */
type Session = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never

function correctFlow(sessions: Session[]): Call[] {
  const calls: Call[] = []
  let t = 0
  sessions.forEach((s, n) => {
    const id = `S${n}`
    const next = (call: Call, ms: number) => {
      calls.push({ ...call, at: t, ms })
      t += ms
    }
    next(v3Login(t, id), 200)
    if (s.mfa !== 'none') {
      next(untrusted(t, id), 150)
      if (s.mfa === 'challenge') {
        next(v3Call(t, '/mfa/challenge', id), 300)
        next(v3Call(t, '/mfa/challenge/validate', id), 300)
      } else next(v3Call(t, '/mfa/step-up', id), 300)
      next(v3Call(t, '/payments', id), 400)
    }
    s.gaps.forEach((gap, i) => {
      t += gap
      next(v3Call(t, '/vendors', id, { method: 'GET' }), s.durations[i] ?? 1)
    })
    if (s.expires)
      next(v3Call(t, '/bills', id, { status: 401, answer: v3Error('BDC_1109', 'Session is invalid.') }), 90)
    t += 60_000
  })
  return calls
}

describe('sequence rules, properties', () => {
  it('a correct sequential flow with MFA gives no finding whatever the timing', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 1, maxLength: 8 }), (sessions) => {
        expect(evaluateSequence(requests(correctFlow(sessions)))).toEqual([])
      }),
      runs(),
    )
  })

  it('the same calls in any input order give the same findings, none with a secret', () => {
    const burst = fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 120_000 }),
        ms: fc.integer({ min: 1, max: 5_000 }),
        kind: fc.nat(3),
      }),
      {
        maxLength: 40,
      },
    )
    fc.assert(
      fc.property(burst, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (raw, keys) => {
        // Distinct start times: input order only breaks ties.
        const calls = raw.map((r, i): Call => {
          const at = r.at * 64 + i
          const session = `S${r.kind % 2}`
          if (r.kind === 0) return v3Login(at, session)
          if (r.kind === 1) return { ...v3Call(at, '/mfa/challenge', session), ms: r.ms }
          return { ...(r.kind === 2 ? untrusted(at, session) : v3Call(at, '/vendors', session)), ms: r.ms }
        })
        const reqs = requests(calls)
        const order = reqs.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b)
        const shuffled = order.map((i) => reqs[i] as SequenceRequest)
        const byRequest = (list: SequenceRequest[]) =>
          evaluateSequence(list)
            .map((f) => `${reqs.indexOf(list[f.index] as SequenceRequest)} ${f.finding.ruleId}`)
            .sort()
        expect(byRequest(shuffled)).toEqual(byRequest(reqs))
        // Secrets (session ids, the developer key, the user name, the password) never reach a finding.
        for (const f of evaluateSequence(reqs))
          expect(JSON.stringify(f.finding)).not.toMatch(/\bS[01]\b|01ABCDEFGH|dev@example|"pw"/)
      }),
      runs(60),
    )
  })

  it('never throws on odd requests', () => {
    const odd = fc.record({
      method: fc.constantFrom('GET', 'POST', ''),
      url: fc.constantFrom(`${V3}/login`, `${V2}/Login.json`, 'not a url', ''),
      headers: fc.array(
        fc.record({ name: fc.constantFrom('sessionId', 'devKey', 'x'), value: fc.string() }),
        { maxLength: 3 },
      ),
      time: fc.option(fc.string(), { nil: undefined }),
      durationMs: fc.option(fc.double(), { nil: undefined }),
      body: fc.option(fc.record({ text: fc.string() }), { nil: undefined }),
      response: fc.option(fc.record({ status: fc.integer(), body: fc.record({ text: fc.string() }) }), {
        nil: undefined,
      }),
    })
    fc.assert(
      fc.property(fc.array(odd, { maxLength: 20 }), (list) => {
        expect(Array.isArray(evaluateSequence(list as SequenceRequest[]))).toBe(true)
      }),
      runs(),
    )
  })
})
