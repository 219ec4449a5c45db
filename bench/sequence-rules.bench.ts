import { BASE_URLS } from '../src/shared/bill/hosts.ts'
import type { SequenceRequest } from '../src/shared/rules/index.ts'
import { evaluate, evaluateSequence } from '../src/shared/rules/index.ts'
import { type Benchmark, median, ms, timeRuns } from './bench.ts'

const RUNS = 5
const BASE = `${BASE_URLS.sandbox.v3}/v3`
const T0 = Date.parse('2026-12-01T09:00:00.000Z')

/**
 * n BILL calls: sign-ins with their answers, MFA texts, untrusted and expired answers, calls in bursts of 6
 * at once, over more sessions than the rules remember (so forgetting is exercised too).
 */
function capture(n: number, spreadMs: number): SequenceRequest[] {
  return Array.from({ length: n }, (_, i) => {
    const session = `S${Math.floor(i / 8)}`
    const time = new Date(T0 + Math.floor((i * spreadMs) / n)).toISOString()
    const headers = [
      { name: 'devKey', value: 'K' },
      { name: 'sessionId', value: session },
    ]
    const kind = i % 8
    if (kind === 0)
      return {
        method: 'POST',
        url: `${BASE}/login`,
        headers: [],
        time,
        durationMs: 200,
        body: { text: `{"username":"u${i % 50}","password":"p","organizationId":"O","devKey":"K"}` },
        response: { status: 200, body: { text: `{"sessionId":"${session}","organizationId":"O"}` } },
      }
    const path = kind === 1 ? '/mfa/challenge' : kind === 2 ? '/payments' : '/vendors'
    const error = kind === 2 ? 'BDC_1361' : kind === 7 ? 'BDC_1109' : undefined
    return {
      method: 'POST',
      url: `${BASE}${path}`,
      headers,
      time,
      durationMs: 500,
      body: { text: '{}' },
      response: { status: error ? 403 : 200, body: { text: error ? `[{"code":"${error}"}]` : '{}' } },
    }
  })
}

/** evaluateSequence against the single-request engine over the same calls, at n and 8n calls. */
const benchmark: Benchmark = {
  name: 'sequence-rules',
  async run() {
    const now = new Date('2026-12-07')
    for (const n of [20_000, 160_000]) {
      // Dense (every call overlaps others) and sparse (calls minutes apart) timings.
      for (const [label, spread] of [
        ['dense', n],
        ['sparse', n * 60_000],
      ] as const) {
        const requests = capture(n, spread)
        const single = median(await timeRuns(RUNS, () => requests.map((r) => evaluate(r, { now }))))
        const sequence = median(await timeRuns(RUNS, () => evaluateSequence(requests, { now })))
        console.log(
          `  ${String(n).padStart(7)} calls, ${label.padEnd(6)}: evaluate each ${ms(single)}, evaluateSequence ${ms(sequence)}   ${(sequence / single).toFixed(2)}× single-request engine`,
        )
      }
    }
  },
}

export default benchmark
