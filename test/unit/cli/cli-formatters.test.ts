import fc from 'fast-check'
import pc from 'picocolors'
import { describe, expect, it } from 'vitest'
import { formatCompact } from '../../../src/cli/formatters/compact.ts'
import { formatGithub } from '../../../src/cli/formatters/github.ts'
import { FORMATTERS } from '../../../src/cli/formatters/index.ts'
import { runReport } from '../../../src/cli/formatters/json.ts'
import { formatText } from '../../../src/cli/formatters/text.ts'
import type { FormatInput } from '../../../src/cli/formatters/types.ts'
import type { RunFinding } from '../../../src/cli/run-finding.ts'

// The formatters are pure: a run in, text out. Spawned-process tests cover them end to end
// (cli-formats.test.ts); these cover what a fixture cannot reach.

const colors = pc.createColors(false)
const now = new Date('2026-04-10T00:00:00Z')

function finding(over: Partial<RunFinding['report']> = {}, extra: Partial<RunFinding> = {}): RunFinding {
  return {
    report: {
      ruleId: 'mfa-challenge-backup-phone',
      severity: 'error',
      message: '"useBackup": true sends the MFA code to the backup phone.',
      file: 'src/a.ts',
      location: { line: 3, column: 7 },
      fix: 'Set "useBackup" to false.',
      ...over,
    },
    fingerprint: 'f',
    ...extra,
  }
}

const run = (findings: RunFinding[], unusable = 0): FormatInput => ({
  findings,
  report: runReport(1, 0, findings),
  now,
  unusable,
  colors,
})

/** GitHub's unescaping of a workflow command's message. */
const decodeCommand = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

describe('formatters', () => {
  it('are picked by name, one per format', () => {
    expect(Object.keys(FORMATTERS)).toEqual(['text', 'json', 'sarif', 'compact', 'github'])
  })

  it('github: any message and file name make one command line that unescapes to the original', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (message, file) => {
        const out = formatGithub(run([finding({ message, file, fix: undefined })]))
        expect(out.endsWith('\n')).toBe(true)
        const line = out.slice(0, -1)
        expect(line).not.toMatch(/[\r\n]/)
        const [, props = '', data = ''] = /^::error ([^:]*)::(.*)$/s.exec(line) ?? []
        expect(decodeCommand(data)).toBe(message)
        // Properties never carry a raw separator: the file name survives whole.
        const fileProp = props.split(',').find((p) => p.startsWith('file=')) ?? ''
        expect(decodeCommand(fileProp.slice(5).replace(/%3A/g, ':').replace(/%2C/g, ','))).toBe(file)
      }),
    )
  })

  it('text, compact and github show the findings that count and hide the others (both ways)', () => {
    const shown = finding({ message: 'counted' })
    const suppressed = finding({ message: 'silenced' }, { suppressed: { reason: 'kept' } })
    const baselined = finding({ message: 'known' }, { baselineState: 'unchanged' })
    const input = run([shown, suppressed, baselined])
    for (const format of [formatText, formatCompact, formatGithub]) {
      const out = format(input)
      expect(out).toContain('counted')
      expect(out).not.toContain('silenced')
      expect(out).not.toContain('known')
    }
    expect(formatText(input).trimEnd().split('\n').at(-1)).toBe(
      '✖ 1 error, 0 warnings, 0 infos in 1 file, 0 requests (2 more suppressed or in the baseline)',
    )
  })

  it('json: fixKind says safe or suggestion on rules whose fix rewrites a literal, nothing on advice', () => {
    const report = runReport(1, 0, [
      finding(),
      finding({ ruleId: 'mfa-setup-secondary-phone', fix: 'Set "primary" to true.' }),
      finding({ ruleId: 'credentials-in-query', fix: 'Move it.' }),
      finding({ ruleId: 'mfa-setup-secondary-phone', fix: undefined }),
    ])
    const kinds = report.findings.map((f) => (f as { fixKind?: string }).fixKind)
    expect(kinds).toEqual(['safe', 'suggestion', undefined, undefined])
    expect(report.tool).toBe('bill-mfa-lint')
  })

  it('text: no success mark when an input could not be used, a success mark otherwise', () => {
    expect(formatText(run([], 1)).trimEnd()).toBe(
      '✖ 0 errors, 0 warnings, 0 infos in 1 file, 0 requests; 1 input could not be used (see above)',
    )
    expect(formatText(run([])).trimEnd()).toBe('✔ 0 errors, 0 warnings, 0 infos in 1 file, 0 requests')
  })
})
