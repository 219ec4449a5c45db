import type { MfaKind } from '../source/evidence.ts'
import type { OffsetFinding } from '../source/judge.ts'
import { scanCode } from '../source/scan-code.ts'

// A request script is JavaScript whose body-building code goes to the request it runs with. It is read
// by the source analysis as a block guarded by a call that names that request's endpoint (a block, not a
// function: a function naming nothing would hide the endpoint), so the analysis ties its fields, literal
// or computed, to that endpoint, unless the script itself names another one nearer.

const ENDPOINT_PATH: Partial<Record<MfaKind, string>> = {
  'challenge-v3': '/v3/mfa/challenge',
  'challenge-v2': '/api/v2/MFAChallenge.json',
  setup: '/v3/mfa/setup',
}

/** Findings of a script run with a request to the MFA endpoint `kind`, at offsets in the script. */
export function scanScript(text: string, kind: MfaKind, now: Date): OffsetFinding[] {
  const path = ENDPOINT_PATH[kind]
  if (!path) return []
  const head = `if (sendsTo(${JSON.stringify(path)})) {\n`
  const wrapped = `${head}${text}\n}\n`
  return scanCode(wrapped, 'javascript', { now, evidence: true })
    .filter((f) => f.start >= head.length && f.start < head.length + text.length)
    .map((f) => ({ ...f, start: f.start - head.length, end: f.end - head.length }))
}
