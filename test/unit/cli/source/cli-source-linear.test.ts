import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../src/cli/source/index.ts'
import { work } from '../../../../src/cli/source/work.ts'

// Issue 10: a 3 MB file took over 15 s (a window check per line against every /mfa/setup line). The
// work done on a 3 MB file must stay about 10x the work on a 300 KB one: counted, never timed.
const NOW = { now: new Date('2026-04-10') }

const tsUnit = (i: number) => `export async function addPhone${i}(http, phone, useBackup) {
  const body = { phone, primary: false, n: ${i} }
  await http.post(ADD_PHONE, body)
  await http.post('https://gateway.stage.bill.com/connect/v3/mfa/challenge', { useBackup })
}
`
const textUnit = (
  i: number,
) => `  def add_phone_${i}(s), do: post(s, "/v3/mfa/setup", %{primary: false, n: ${i}})
  def other_${i}(s), do: get(s, "/v3/vendors", %{primary: false})
`

function measure(path: string, unit: (i: number) => string, size: number) {
  const parts = ["const ADD_PHONE = '/v3/mfa/setup'\n"]
  let length = 0
  for (let i = 0; length < size; i++) {
    const part = unit(i)
    parts.push(part)
    length += part.length
  }
  work.steps = 0
  const { findings } = scanSource({ path, text: parts.join('') }, NOW)
  return { steps: work.steps, findings: findings.length }
}

describe('source analysis grows linearly with the file', () => {
  it.each([
    ['structural (TypeScript)', 'big.ts', tsUnit],
    ['text matcher (Elixir)', 'big.ex', textUnit],
  ])(
    '%s: 3 MB costs about 10x 300 KB',
    (_name, path, unit) => {
      const small = measure(path, unit, 300_000)
      const large = measure(path, unit, 3_000_000)
      expect(small.findings).toBeGreaterThan(1000)
      // The findings grow 10x, and so does the work; a quadratic scan would do ~100x.
      expect(large.findings / small.findings).toBeGreaterThan(9)
      expect(large.steps / small.steps).toBeLessThan(12)
    },
    180_000,
  )
})
