import fc from 'fast-check'
import type { Entry } from 'har-format'
import { BDC_CODES } from '../../../../src/shared/bill/bdc-codes.ts'
import { emptyEntry } from '../../har-entry-fixture.ts'
import {
  anyCase,
  type LeakCase,
  leaksIn,
  PLACEMENTS,
  SOURCES,
  secretValue,
  spellingsOf,
  V3,
} from '../../redact-leak-cases.ts'

// The other direction of the leak property: what QA needs must stay readable. BILL's error codes and
// messages, org, user and object ids and timestamps, placed under their usual names in the same places and
// encodings as the secrets (redact-leak-cases.ts), in a capture whose login answer makes redaction by value
// active. A case over-masks when the redacted output shows the value fewer times than the raw one.

const upperAlnum = (n: number) =>
  fc
    .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), { minLength: n, maxLength: n })
    .map((c) => c.join(''))
const hex = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789ABCDEF'), { minLength: n, maxLength: n }).map((c) => c.join(''))
const epochSeconds = fc.integer({ min: 1_600_000_000, max: 1_900_000_000 })
const isoTime = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().replace('Z', '+00:00'))

/** Names and the kind of public value integrations put under them. */
const PUBLIC: Record<string, fc.Arbitrary<string>> = {
  code: fc.constantFrom(...Object.keys(BDC_CODES)),
  error_code: fc.constantFrom(...Object.keys(BDC_CODES)),
  message: fc.constantFrom(...Object.values(BDC_CODES).map((c) => c.message)),
  organizationId: upperAlnum(15).map((s) => `00801${s}`),
  orgId: upperAlnum(15).map((s) => `00801${s}`),
  userId: upperAlnum(15).map((s) => `00601${s}`),
  usersId: upperAlnum(15).map((s) => `00601${s}`),
  id: fc.tuple(fc.constantFrom('0pb', 'bac', '009', '00n'), hex(17)).map(([p, h]) => p + h),
  createdTime: fc.oneof(
    isoTime,
    epochSeconds.map(String),
    epochSeconds.map((s) => `${s}123`),
  ),
  timestamp: fc.oneof(isoTime, epochSeconds.map(String)),
}

export interface VisibleCase extends LeakCase {
  /** The public value placed (the case's `secret` is the login's session id, known by value). */
  visible: string
}

export const visibleCase: fc.Arbitrary<VisibleCase> = fc
  .constantFrom(...Object.keys(PLACEMENTS).filter((p) => p !== 'cookie'))
  .chain((placement) =>
    fc.constantFrom(...Object.keys(PUBLIC)).chain((name) =>
      fc.record({
        placement: fc.constant(placement),
        encoding: fc.constantFrom(...Object.keys(PLACEMENTS[placement]!.encodings)),
        name: anyCase(name),
        source: fc.constantFrom(...Object.keys(SOURCES)),
        secret: secretValue,
        visible: PUBLIC[name]!,
      }),
    ),
  )

/** The capture of a case: the login (its secret known by value), then the target with the public value. */
export function visibleCaptureOf(c: VisibleCase): Entry[] {
  const { place, encodings } = PLACEMENTS[c.placement]!
  const target = emptyEntry(`${V3}/mfa/challenge?devKey=DK-target-0000`)
  place(target, c.name, c.visible, encodings[c.encoding]!)
  return [SOURCES[c.source]!(c.secret), target]
}

/** How many times any spelling of the value shows in a text. */
const shows = (text: string, value: string) =>
  spellingsOf(value).reduce((n, s) => n + text.split(s).length - 1, 0)

/**
 * How many cases over-mask (an output shows the value less often redacted than raw) and how many leak the
 * capture's secret; each case is checked in every output that shows its value at all.
 */
export function overMasks(
  cases: readonly VisibleCase[],
  outputs: (c: VisibleCase) => [name: string, raw: string, redacted: string][],
) {
  const byPlace: Record<string, number> = {}
  let count = 0
  let leaks = 0
  let first: string | undefined
  for (const c of cases) {
    for (const [name, raw, redacted] of outputs(c)) {
      if (leaksIn(redacted, c.secret).length > 0) leaks++
      if (shows(redacted, c.visible) >= shows(raw, c.visible)) continue
      count++
      const place = `${name}: ${c.placement}`
      byPlace[place] = (byPlace[place] ?? 0) + 1
      first ??= `${c.placement}/${c.encoding}/${c.name}=${c.visible} in ${name}`
    }
  }
  return { cases: cases.length, count, leaks, byPlace, ...(first ? { first } : {}) }
}
