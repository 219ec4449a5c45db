import fc from 'fast-check'
import type { Entry } from 'har-format'
import { describe, expect, it, vi } from 'vitest'
import { indentedEntry, redactedEntryText } from '../../../../src/devtools/export/entry-text.ts'
import { warmExport } from '../../../../src/devtools/export/export-warmup.ts'
import { harDocument } from '../../../../src/devtools/export/har.ts'
import { harBlob } from '../../../../src/devtools/export/har-blob.ts'
import {
  collectSecrets,
  type KnownSecrets,
  NO_SECRETS,
  redactHarEntry,
} from '../../../../src/shared/redact/index.ts'
import { billTraffic } from '../../../fixtures/panel/traffic.ts'

// Counted, so a test can tell a row's text reused from the same text written again.
vi.mock('../../../../src/shared/redact/index.ts', async (original) => {
  const actual = await original<typeof import('../../../../src/shared/redact/index.ts')>()
  return { ...actual, redactHarEntry: vi.fn(actual.redactHarEntry) }
})

// Rows written ahead while the panel is idle, with the secrets known then, must export exactly as rows
// redacted at export time with everything learned since: no secret learned later may survive.

const now = async () => {}
const wholeDocument = (entries: readonly Entry[], known: KnownSecrets) =>
  `${JSON.stringify(harDocument(entries, 'redacted', '1.0.0', known), null, 2)}\n`
const exported = async (entries: readonly Entry[], known: KnownSecrets) =>
  (await harBlob(entries, 'redacted', '1.0.0', known, { nextSlice: now })).text()

/** A row that mentions a value nowhere under a secret's name (so it does not reveal it). */
function mentioning(value: string, at: number): Entry {
  const entry = structuredClone(billTraffic()[at % 10] as Entry)
  entry.comment = `trace ${value}`
  entry.response.content = { size: 0, mimeType: 'application/json', text: JSON.stringify({ note: value }) }
  return entry
}

/** A row that reveals the value as its session id (a header read by name). */
function revealing(value: string, at: number): Entry {
  const entry = structuredClone(billTraffic()[at % 10] as Entry)
  entry.request.headers.push({ name: 'sessionId', value })
  return entry
}

describe('rows written ahead of "Export HAR"', () => {
  it('mask a secret learned after the row was written', async () => {
    const secret = 'sess-learned-later-0042'
    const early = mentioning(secret, 0)
    let known = NO_SECRETS.with(collectSecrets(early))
    await warmExport([early], known, { nextSlice: now }, () => false)
    // Written ahead, the row shows the value: nothing had named it a secret yet.
    expect(redactedEntryText(early, known)).toContain(secret)
    const later = revealing(secret, 1)
    known = known.with(collectSecrets(later))
    const text = await exported([early, later], known)
    expect(text).not.toContain(secret)
    expect(text).toBe(wholeDocument([early, later], known))
  })

  it('reuse the text written ahead when nothing learned since is in the row', async () => {
    const row = mentioning('nothing secret here', 2)
    const first = NO_SECRETS.with(collectSecrets(row))
    const text = redactedEntryText(row, first)
    const grown = first.with(['sess-unrelated-000001'])
    vi.mocked(redactHarEntry).mockClear()
    expect(redactedEntryText(row, grown)).toBe(text)
    // Not redacted again (equal strings compare equal, so the text alone cannot tell).
    expect(redactHarEntry).not.toHaveBeenCalled()
    expect(indentedEntry(row)).toContain('nothing secret here')
  })

  it('export exactly as rows redacted at export time, whenever each row was written (property)', async () => {
    // Values with characters that change under percent, form, JSON and XML encoding; short ones are tokens.
    const value = fc
      .array(fc.constantFrom(...'ABCDEFGHJKabcdefghjk23456789+/=&?% "\\é-_<'), {
        minLength: 4,
        maxLength: 14,
      })
      .map((chars) => `Q${chars.join('')}Z`)
    const row = fc.record({
      reveals: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
      mentions: fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
      burstEnds: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { minLength: 6, maxLength: 6 }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        async (values, specs) => {
          const entries = specs.map((spec, i) => {
            const entry =
              spec.reveals === undefined ? mentioning('-', i) : revealing(values[spec.reveals] as string, i)
            for (const m of spec.mentions) {
              const v = values[m] as string
              entry.request.url += `${entry.request.url.includes('?') ? '&' : '?'}q${i}=${encodeURIComponent(v)}`
              entry.response.content.text = JSON.stringify({
                note: `seen ${v}`,
                inner: JSON.stringify({ v }),
              })
              entry.request.headers.push({ name: 'X-Trace', value: v })
            }
            return entry
          })
          // The panel writes rows ahead after each burst, with the secrets known then.
          let known = NO_SECRETS
          let from = 0
          for (let i = 0; i < entries.length; i++) {
            if (!specs[i]?.burstEnds && i + 1 < entries.length) continue
            known = known.with(entries.slice(from, i + 1).flatMap(collectSecrets))
            await warmExport(entries.slice(0, i + 1), known, { nextSlice: now }, () => false)
            from = i + 1
          }
          expect(await exported(entries, known)).toBe(wholeDocument(entries, known))
        },
      ),
      { numRuns: 300 },
    )
  })
})
