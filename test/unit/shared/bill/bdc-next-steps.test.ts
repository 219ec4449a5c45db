import { describe, expect, it } from 'vitest'
import { BDC_CODES, bdcNextStep, explainBillErrors } from '../../../../src/shared/bill/bdc-codes.ts'
import { billFailure } from '../../../../src/shared/bill/failure.ts'

// Issue 23: BDC_1361, BDC_1322 and BDC_1144 say what to do next, written once beside the codes, and every
// place that explains a BILL failure (the popup's messages, the panel's error table) says it.
describe('the next step after a BILL code', () => {
  it('answers BDC_1361 with MFA or a step-up, never a new sign-in', () => {
    const step = bdcNextStep('bdc_1361') ?? ''
    expect(step).toMatch(/complete MFA/)
    expect(step).toMatch(/step up with a remembered device/)
    expect(step).toMatch(/Never sign in again/)
    const popup = billFailure({
      api: 'v3',
      code: 'BDC_1361',
      httpStatus: 403,
      billMessage: 'Untrusted session.',
    })
    expect(popup.kind).toBe('untrusted-session')
    expect(popup.message).toContain(step)
  })

  it('tells the concurrency limit from the hourly one', () => {
    const concurrent = billFailure({ api: 'v3', code: 'BDC_1322', httpStatus: 429 })
    const hourly = billFailure({ api: 'v3', code: 'BDC_1144', httpStatus: 429 })
    expect(concurrent.message).toMatch(/at most 3 calls in flight/)
    expect(concurrent.message).not.toMatch(/hour turns/)
    expect(hourly.message).toMatch(/until the hour turns/)
    expect(hourly.message).not.toMatch(/in flight/)
    // A refusal without a code keeps the general advice.
    expect(billFailure({ api: 'v3', httpStatus: 429 }).message).toMatch(/Wait a minute, then try again\.$/)
  })

  it('is given for those three codes only, and the panel’s table carries it', () => {
    const withStep = Object.keys(BDC_CODES).filter((c) => bdcNextStep(c) !== undefined)
    expect(withStep.sort()).toEqual(['BDC_1144', 'BDC_1322', 'BDC_1361'])
    const [untrusted, invalid] = explainBillErrors([{ code: 'BDC_1361' }, { code: 'BDC_1109' }])
    expect(untrusted?.nextStep).toBe(bdcNextStep('BDC_1361'))
    expect(invalid).not.toHaveProperty('nextStep')
  })
})
