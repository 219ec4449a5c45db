import { Command, CommanderError, Option } from 'commander'
import pc from 'picocolors'
import { RULES } from '../shared/rules/catalogue.ts'
import { buildReport } from '../shared/rules/report.ts'
import { reportToSarif } from '../shared/rules/sarif.ts'
import { atLeast } from '../shared/rules/summary.ts'
import { SEVERITIES, type Severity } from '../shared/rules/types.ts'
import { formatText } from './format-text.ts'
import { lintPaths } from './lint.ts'
import { loadEnvironment, type Variables } from './postman-env.ts'
import { packageVersion } from './version.ts'

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown }
  env: Record<string, string | undefined>
}

export const EXIT = { clean: 0, findings: 1, unusable: 2 } as const

type Format = 'text' | 'json' | 'sarif'
type FailOn = Severity | 'never'

interface CliOptions {
  format: Format
  failOn: FailOn
  host: string[]
  now?: string
  env?: string
}

const TOOL = { name: 'bill-mfa-lint', informationUri: 'https://developer.bill.com/changelog' }

function parseNow(value: string): Date {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(d.getTime()))
    throw new CommanderError(2, 'bill-mfa-lint.now', `invalid --now date: ${value}`)
  return d
}

/** NO_COLOR (any non-empty value) wins; FORCE_COLOR forces colour; otherwise only on a terminal. */
function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true
}

function program(io: CliIo): Command {
  return new Command('bill-mfa-lint')
    .description(
      'Finds deprecated BILL MFA fields (backup/secondary phone), credentials in URLs and shut-down hosts in HAR files, Postman collections and source code.',
    )
    .version(packageVersion(), '-v, --version')
    .argument('<paths...>', 'files or directories (HAR, Postman collection, source files)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices([...SEVERITIES, 'never'])
        .default('error'),
    )
    .option(
      '--host <host>',
      'extra host whose requests are BILL’s, e.g. 127.0.0.1:4010 (repeatable; without a port, any port)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--now <date>', 'evaluate the date-dependent rules at this date (YYYY-MM-DD or ISO 8601)')
    .option('--env <file>', 'Postman environment export whose values resolve {{variables}} in collections')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run bill-mfa-lint --help for usage)')
}

/** Runs the CLI and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const cmd = program(io)
  let paths: string[]
  let opts: CliOptions
  let now: Date
  try {
    cmd.parse([...argv], { from: 'user' })
    paths = cmd.args
    opts = cmd.opts<CliOptions>()
    now = opts.now === undefined ? new Date() : parseNow(opts.now)
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.clean
    if (e.code === 'bill-mfa-lint.now') io.stderr.write(`bill-mfa-lint: ${e.message}\n`)
    return EXIT.unusable
  }

  let env: Variables | undefined
  let envProblem: string | undefined
  if (opts.env !== undefined) {
    const loaded = await loadEnvironment(opts.env)
    if (typeof loaded === 'string') envProblem = `${opts.env}: ${loaded}`
    else env = loaded
  }

  const result = await lintPaths(paths, { hosts: opts.host, now, ...(env ? { env } : {}) })
  const report = buildReport({
    files: result.files,
    requests: result.requests,
    findings: result.findings.map((f) => f.report),
  })

  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else if (opts.format === 'sarif') {
    const sarif = reportToSarif(report, RULES, { ...TOOL, version: packageVersion() }, now)
    io.stdout.write(`${JSON.stringify(sarif, null, 2)}\n`)
  } else io.stdout.write(formatText(result.findings, report.summary, pc.createColors(useColor(io))))

  const problems = [
    ...(envProblem ? [envProblem] : []),
    ...result.problems.map((p) => `${p.file}: ${p.reason}`),
  ]
  for (const p of problems) io.stderr.write(`bill-mfa-lint: ${p}\n`)
  if (problems.length > 0) return EXIT.unusable
  const failOn = opts.failOn
  if (failOn !== 'never' && report.findings.some((f) => atLeast(f.severity, failOn))) return EXIT.findings
  return EXIT.clean
}
