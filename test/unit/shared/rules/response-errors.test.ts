import { describe, expect, it } from 'vitest'
import { billErrors } from '../../../../src/shared/rules/response-errors.ts'

const answer = (doc: unknown, encoding?: string) => {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc)
  return {
    status: 200,
    body: encoding ? { text: Buffer.from(text).toString('base64'), encoding } : { text },
  }
}

describe('billErrors', () => {
  it('reads v3 problem arrays, keeping only entries with a code, with their message when it is text', () => {
    expect(
      billErrors(
        answer([
          { code: 'BDC_1109', message: 'Session is invalid.' },
          { code: 'BDC_1361' },
          { code: 'BDC_1', message: 5 },
          { message: 'no code' },
          { code: 7 },
          null,
          'BDC_2',
        ]),
      ),
    ).toEqual([{ code: 'BDC_1109', message: 'Session is invalid.' }, { code: 'BDC_1361' }, { code: 'BDC_1' }])
  })

  it('reads the v2 envelope only when its status is not 0', () => {
    const env = (status: unknown) => ({
      response_status: status,
      response_data: { error_code: 'BDC_1109', error_message: 'Session is invalid.' },
    })
    expect(billErrors(answer(env(1)))).toEqual([{ code: 'BDC_1109', message: 'Session is invalid.' }])
    expect(billErrors(answer(env(0)))).toEqual([])
    expect(billErrors(answer({ response_status: 1, response_data: 'BDC_1109' }))).toEqual([])
  })

  it('reads a single error object, and base64 content', () => {
    expect(billErrors(answer({ error_code: 'BDC_1322', error_message: 'Too many.' }))).toEqual([
      { code: 'BDC_1322', message: 'Too many.' },
    ])
    expect(billErrors(answer([{ code: 'BDC_1109' }], 'base64'))).toEqual([{ code: 'BDC_1109' }])
    expect(billErrors(answer({ code: 'BDC_1109', error_message: 'from v2 name' }))).toEqual([
      { code: 'BDC_1109', message: 'from v2 name' },
    ])
  })

  it('finds nothing without a response, without "BDC_", in text that is not JSON, or in a bare value', () => {
    expect(billErrors(undefined)).toEqual([])
    expect(billErrors({ status: 500 })).toEqual([])
    expect(billErrors(answer([{ code: 'E1' }]))).toEqual([])
    expect(billErrors(answer('BDC_1109 is not JSON'))).toEqual([])
    expect(billErrors(answer('"BDC_1109"'))).toEqual([])
    expect(billErrors(answer('null BDC_'))).toEqual([])
    expect(billErrors(answer({ note: 'BDC_1109' }))).toEqual([])
  })
})
