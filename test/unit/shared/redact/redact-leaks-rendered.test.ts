// @vitest-environment happy-dom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { captureOf, leakCase, leakingCases } from '../../redact-leak-cases.ts'
import { analyze, panelText } from './redact-leak-outputs.ts'

// The components themselves (row, tooltip, detail pane with headers, body and answer) before "Reveal": the
// many-case property (redact-leaks.test.ts) checks the views they are built from.

const CASES = 200

describe('redaction: the rendered panel', () => {
  it(`shows no planted secret in a row or the detail pane (${CASES} cases)`, { timeout: 120_000 }, () => {
    const container = document.createElement('div')
    document.body.append(container)
    const cases = fc.sample(leakCase, { numRuns: CASES, seed: 4 })
    const result = leakingCases(cases, (c) => ['rendered', panelText(analyze(captureOf(c)), container)])
    expect(result).toEqual({ cases: CASES, count: 0, byPlace: {} })
  })
})
