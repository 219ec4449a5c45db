// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { BillErrorTable } from '../../../../src/devtools/panel/ResponseView.tsx'
import { bdcNextStep, explainBillErrors } from '../../../../src/shared/bill/bdc-codes.ts'

afterEach(cleanup)

describe('the panel’s table of BILL errors', () => {
  it('shows the next step for BDC_1361, and none for a code without one', () => {
    const view = render(
      <BillErrorTable errors={explainBillErrors([{ code: 'BDC_1361' }, { code: 'BDC_1109' }])} />,
    )
    const steps = view.getAllByTestId('bill-error-next-step')
    expect(steps).toHaveLength(1)
    expect(steps[0]?.textContent).toBe(`Next step: ${bdcNextStep('BDC_1361')}`)
    expect(view.getByText(/Session is invalid|expired after 35 idle minutes/)).toBeTruthy()
  })
})
