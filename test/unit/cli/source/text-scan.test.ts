import { describe, expect, it } from 'vitest'
import { textScan } from '../../../../src/cli/source/text-scan.ts'
import { work } from '../../../../src/cli/source/work.ts'

// The line matcher: literal fields at their offsets in the file, and `primary` tied to an /mfa/setup
// reference at most 15 lines away on either side.

const primaryKinds = (text: string) =>
  textScan(text)
    .filter((u) => u.field === 'primary')
    .map((u) => [...(u.kinds ?? ['none'])])
const blank = (n: number) => Array<string>(n).fill('')

describe('textScan', () => {
  it('gives each use its offset in the whole text, over lines of any length', () => {
    const text = ['abc', '', '  useBackup: true', 'x useBackup=FALSE'].join('\n')
    expect(textScan(text).map((u) => text.slice(u.start, u.end))).toEqual([
      'useBackup: true',
      'useBackup=FALSE',
    ])
    expect(textScan(text).map((u) => [u.analysis, u.kinds])).toEqual([
      ['text', undefined],
      ['text', undefined],
    ])
  })

  it('primary within 15 lines after or before an /mfa/setup reference is setup’s, further away nowhere', () => {
    const below = (n: number) => ['post("/v3/mfa/setup")', ...blank(n - 1), 'primary: false'].join('\n')
    expect(primaryKinds(below(15))).toEqual([['setup']])
    expect(primaryKinds(below(16))).toEqual([[]])
    const above = (n: number) => ['primary: false', ...blank(n - 1), 'post("/v3/mfa/setup")'].join('\n')
    expect(primaryKinds(above(15))).toEqual([['setup']])
    expect(primaryKinds(above(16))).toEqual([[]])
    expect(primaryKinds('post("/v3/mfa/setup", { primary: false })')).toEqual([['setup']])
  })

  it('the nearest of several references counts, on either side', () => {
    const text = [
      'post("/v3/mfa/setup")',
      ...blank(40),
      'primary: false',
      ...blank(10),
      'again("/v3/mfa/setup")',
      ...blank(40),
      'primary: true',
    ].join('\n')
    expect(primaryKinds(text)).toEqual([['setup'], []])
    const both = ['/v3/mfa/setup', ...blank(20), 'primary: false', ...blank(10), '/v3/mfa/setup'].join('\n')
    expect(primaryKinds(both)).toEqual([['setup']])
  })

  it('the nearest reference wins even when a farther one comes after', () => {
    const text = ['/v3/mfa/setup', ...blank(9), 'primary: false', ...blank(29), '/v3/mfa/setup'].join('\n')
    expect(primaryKinds(text)).toEqual([['setup']])
  })

  it('literal values only, and one step a line for the linearity check', () => {
    expect(textScan('useBackup=%s\nprimary: $p')).toEqual([])
    const before = work.steps
    textScan('a\nb\nc')
    expect(work.steps - before).toBe(3)
  })

  it('a /validate path or another API’s setup is no reference', () => {
    expect(primaryKinds('post("/v3/mfa/setup/validate", { primary: false })')).toEqual([[]])
    expect(primaryKinds('post("https://auth.acme.io/v3/mfa/setup", { primary: false })')).toEqual([[]])
    expect(primaryKinds('primary: false')).toEqual([[]])
  })
})
