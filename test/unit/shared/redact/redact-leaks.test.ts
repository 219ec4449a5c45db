import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runs } from '../../property-runs.ts'
import { captureOf, leakCase, leakingCases } from '../../redact-leak-cases.ts'
import { analyze, curlText, harText, panelViews, panelViewText, reportText } from './redact-leak-outputs.ts'
import { overMasks, visibleCaptureOf, visibleCase } from './redact-visible-cases.ts'

// Placements × name spellings × encodings × how the secret is known (by its name, or by value from a login
// answer, an MFA answer or a header elsewhere in the capture): no spelling of the secret may reach any export
// or the panel's text. Cases come from fixed seeds so a run is reproducible, and every leaking case is
// counted (not only the first): run on the code before the fix, this test reports how many leak.

// A tenth under Stryker (runs()), so that a mutation run can include the leak sample.
const CASES = runs(20_000).numRuns

/** Each case is checked in one output, in turn, so each output gets a quarter of the cases. */
const OUTPUTS = {
  har: harText,
  curl: curlText,
  report: reportText,
  panel: panelViewText,
}

const sample = (numRuns: number, seed: number) => fc.sample(leakCase, { numRuns, seed })

describe('redaction: no planted secret reaches an export or the panel', () => {
  it(`HAR, cURL, findings report and panel views (${CASES} cases)`, { timeout: 300_000 }, () => {
    const names = Object.keys(OUTPUTS) as (keyof typeof OUTPUTS)[]
    const result = leakingCases(sample(CASES, 20260330), (c, i) => {
      const name = names[i % names.length] as keyof typeof OUTPUTS
      return [name, OUTPUTS[name](analyze(captureOf(c)))]
    })
    expect(result).toEqual({ cases: CASES, count: 0, byPlace: {} })
  })
})

const VISIBLE_CASES = runs(4_000).numRuns

describe('redaction: what QA needs stays readable', () => {
  it(`BILL codes, messages, ids and timestamps in HAR, cURL and panel views (${VISIBLE_CASES} cases)`, {
    timeout: 300_000,
  }, () => {
    const cases = fc.sample(visibleCase, { numRuns: VISIBLE_CASES, seed: 20260331 })
    const result = overMasks(cases, (c) => {
      const a = analyze(visibleCaptureOf(c))
      return [
        ['har', harText(a, 'raw'), harText(a)],
        ['curl', curlText(a, 'raw'), curlText(a)],
        ['panel', panelViews(a, true), panelViews(a)],
      ]
    })
    expect(result).toEqual({ cases: VISIBLE_CASES, count: 0, leaks: 0, byPlace: {} })
  })
})
