import { atLeast } from '../shared/rules/summary.ts'
import { fingerprints, readBaseline, writeBaseline } from './baseline.ts'
import { type CliIo, EXIT, UsageError } from './cli-io.ts'
import type { Format } from './formatters/index.ts'
import { type LintOptions, type LintResult, lintPaths } from './lint.ts'
import { runSettings, type SettingsOptions } from './lint-settings.ts'
import { writeReport } from './output.ts'
import { parserHint } from './parser-hint.ts'
import { loadEnvironment } from './postman-env.ts'
import { counts, type RunFinding } from './run-finding.ts'
import { parserVersions } from './version.ts'

export interface LintCommandOptions extends SettingsOptions {
  format: Format
  now?: string
  env?: string
  baseline?: string
  writeBaseline?: boolean
  fix?: boolean
  dryRun?: boolean
  verbose?: boolean
}

export function parseNow(value: string): Date {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(d.getTime())) throw new UsageError(`invalid --now date: ${value}`)
  return d
}

/** The lint command: 0 clean, 1 findings at or above --fail-on, 2 unusable input (2 wins over 1). */
export async function runLint(paths: string[], opts: LintCommandOptions, io: CliIo): Promise<number> {
  const now = opts.now === undefined ? new Date() : parseNow(opts.now)
  if (opts.writeBaseline && !opts.baseline) throw new UsageError('--write-baseline needs --baseline <file>')
  if (opts.dryRun && !opts.fix) throw new UsageError('--dry-run goes with --fix')
  const say = (line: string) => io.stderr.write(`bill-mfa-lint: ${line}\n`)
  const problems: string[] = []

  const run = runSettings(opts)
  const settings: LintOptions = { ...run.lint, now }
  if (opts.env !== undefined) {
    const loaded = loadEnvironment(opts.env)
    if (typeof loaded === 'string') problems.push(`${opts.env}: ${loaded}`)
    else settings.env = loaded
  }
  let baseline: Set<string> | undefined
  if (opts.baseline !== undefined && !opts.writeBaseline) {
    const read = readBaseline(opts.baseline)
    if (typeof read === 'string') problems.push(`${opts.baseline}: ${read}`)
    else baseline = read
  }

  // Only the findings of the rules asked for exist for the rest of the run: fixes, baseline, report.
  const lint = async (): Promise<LintResult> => {
    const all = await lintPaths(paths, settings)
    return { ...all, findings: all.findings.filter((f) => run.keep(f.report.ruleId, f.report.severity)) }
  }
  let result = await lint()
  if (opts.fix) {
    // Loaded on use: the source fixer pulls in the source analysis and its native parsers.
    const { runFix } = await import('./fix/run-fix.ts')
    const fixed = runFix(result.findings, { dryRun: opts.dryRun === true, now }, say)
    for (const diff of fixed.diffs) io.stdout.write(diff)
    // What is left after the fixes is what the report tells.
    if (fixed.written) result = await lint()
  }

  const prints = fingerprints(result.findings)
  const findings: RunFinding[] = result.findings.map((f, i) => ({
    ...f,
    fingerprint: prints[i] ?? '',
    ...(baseline ? { baselineState: baseline.has(prints[i] ?? '') ? 'unchanged' : 'new' } : {}),
  }))
  if (opts.writeBaseline && opts.baseline) {
    const recorded = findings.filter((f) => !f.suppressed)
    writeBaseline(
      opts.baseline,
      recorded,
      recorded.map((f) => f.fingerprint),
    )
    say(`recorded ${recorded.length} finding${recorded.length === 1 ? '' : 's'} in ${opts.baseline}`)
  }
  // Notes and unusable inputs first: the report's last line is then the verdict, never a success mark
  // followed by an error.
  for (const n of result.notes) if (opts.verbose || n.named) say(`note: ${n.file}: ${n.reason}`)
  const unusable = [...problems, ...result.problems.map((p) => `${p.file}: ${p.reason}`)]
  for (const p of unusable) say(p)
  if (!opts.dryRun)
    writeReport(io, opts.format, {
      files: result.files,
      requests: result.requests,
      findings,
      now,
      unusable: unusable.length,
    })
  // Advice for the next run, after the verdict (stderr: json and sarif stay clean); --quiet keeps only errors.
  const hint = opts.quiet ? undefined : parserHint(result.missingParsers, parserVersions())
  if (hint) say(`note: ${hint}`)
  if (unusable.length > 0) return EXIT.unusable
  if (opts.writeBaseline) return EXIT.clean
  const failOn = run.failOn
  if (failOn !== 'never' && findings.some((f) => counts(f) && atLeast(f.report.severity, failOn)))
    return EXIT.findings
  return EXIT.clean
}
