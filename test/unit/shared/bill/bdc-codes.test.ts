import { describe, expect, it } from 'vitest'
import {
  BDC_CODES,
  bdcHasOwnCause,
  bdcKind,
  bdcMeaning,
  codeOf,
  codeOfKind,
  explainBillErrors,
  isBdcCode,
} from '../../../../src/shared/bill/bdc-codes.ts'

// The one table of BILL's error codes, read by code in any case; unknown codes decide nothing.

describe('reading the table', () => {
  it('by code, in either case', () => {
    expect(bdcKind('BDC_1109')).toBe('session-expired')
    expect(bdcKind('bdc_1109')).toBe('session-expired')
    expect(bdcMeaning('bdc_1109')).toBe(BDC_CODES.BDC_1109.meaning)
  })

  it('a code without a kind of its own, and an unknown code', () => {
    expect(bdcKind('BDC_1001')).toBeUndefined()
    expect(bdcKind('BDC_9999')).toBeUndefined()
    expect(bdcMeaning('BDC_9999')).toBeUndefined()
  })

  it('own cause: true for session and limit codes, false for a bad body or an unknown code', () => {
    expect(bdcHasOwnCause('BDC_1109')).toBe(true)
    expect(bdcHasOwnCause('BDC_1322')).toBe(true)
    expect(bdcHasOwnCause('BDC_1001')).toBe(false)
    expect(bdcHasOwnCause('BDC_9999')).toBe(false)
  })

  it('the first code of a kind, and the code of an entry; neither invents one', () => {
    expect(codeOfKind('session-expired')).toBe('BDC_1109')
    expect(() => codeOfKind('network')).toThrow('No BILL code of kind network')
    expect(codeOf(BDC_CODES.BDC_1322)).toBe('BDC_1322')
    expect(() => codeOf({ ...BDC_CODES.BDC_1322 })).toThrow('Not an entry of BDC_CODES')
  })
})

describe('isBdcCode', () => {
  it.each([
    ['BDC_123', true],
    ['BDC_12345', true],
    ['BDC_12', false],
    ['BDC_123456', false],
    ['xBDC_1109', false],
    ['BDC_1109x', false],
    ['BDC_ABCD', false],
  ])('%s: %s', (text, shaped) => {
    expect(isBdcCode(text)).toBe(shaped)
  })
})

it("explainBillErrors adds the meaning of a known code and keeps BILL's own words", () => {
  expect(
    explainBillErrors([
      { code: 'BDC_1109', message: 'Session is invalid. Please log in.' },
      { code: 'BDC_9999', message: 'Something new' },
    ]),
  ).toEqual([
    { code: 'BDC_1109', message: 'Session is invalid. Please log in.', meaning: BDC_CODES.BDC_1109.meaning },
    { code: 'BDC_9999', message: 'Something new' },
  ])
})
