import { describe, expect, it } from 'vitest'
import { applySuppressions } from '../../../../src/cli/source/suppress.ts'
import type { SourceFinding } from '../../../../src/cli/source/types.ts'

// The marker read on its own: each comment opener, the rule ids it names, the reason, and the line it covers.

const RULE = 'mfa-challenge-backup-phone'
const at = (line: number, ruleId = RULE): SourceFinding => ({
  ruleId,
  severity: 'error',
  message: 'm',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  analysis: 'text',
})
const reasons = (text: string, findings: SourceFinding[]) =>
  applySuppressions(text, findings).map((f) => f.suppressed?.reason ?? null)

describe('applySuppressions', () => {
  it.each([
    '// bill-mfa-lint-disable-next-line -- why',
    '# bill-mfa-lint-disable-next-line -- why',
    '/* bill-mfa-lint-disable-next-line -- why */',
    '<!-- bill-mfa-lint-disable-next-line -- why -->',
    '-- bill-mfa-lint-disable-next-line -- why',
    '; bill-mfa-lint-disable-next-line -- why',
    '% bill-mfa-lint-disable-next-line -- why',
    "' bill-mfa-lint-disable-next-line -- why",
    'REM bill-mfa-lint-disable-next-line -- why',
    '  //bill-mfa-lint-disable-next-line   --   why   \r',
  ])('%s covers the next line only', (marker) => {
    expect(reasons(`${marker}\ncode\ncode`, [at(1), at(2), at(3)])).toEqual([null, 'why', null])
  })

  it('is not a marker without a comment opener, or with more after it', () => {
    expect(reasons('say bill-mfa-lint-disable-next-line\ncode', [at(2)])).toEqual([null])
    expect(reasons('// bill-mfa-lint-disable-next-line mfa-x(1)\ncode', [at(2)])).toEqual([null])
    expect(reasons('REMARK bill-mfa-lint-disable-next-line\ncode', [at(2)])).toEqual([null])
  })

  it('covers only the rules it names, split by spaces or commas', () => {
    const text = [
      `// bill-mfa-lint-disable-next-line other-rule,${RULE} -- a`,
      'code',
      `// bill-mfa-lint-disable-next-line other-rule  ${RULE}`,
      'code',
      '// bill-mfa-lint-disable-next-line other-rule',
      'code',
    ].join('\n')
    expect(reasons(text, [at(2), at(4), at(6), at(6, 'other-rule')])).toEqual(['a', '', null, ''])
  })

  it('leaves a file without markers as it is', () => {
    const findings = [at(1), at(2)]
    expect(applySuppressions('code\ncode', findings)).toEqual(findings)
  })
})
