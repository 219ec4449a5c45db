import pc from 'picocolors'
import type { LintReport } from '../shared/rules/report.ts'
import type { CliIo } from './cli-io.ts'
import { FORMATTERS, type Format } from './formatters/index.ts'
import { runReport } from './formatters/json.ts'
import type { RunFinding } from './run-finding.ts'

/** NO_COLOR (any non-empty value) wins; FORCE_COLOR forces colour; otherwise only on a terminal. */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true
}

/** Writes the run in the chosen format on stdout; returns its JSON report. */
export function writeReport(
  io: CliIo,
  format: Format,
  run: { files: number; requests: number; findings: readonly RunFinding[]; now: Date; unusable: number },
): LintReport {
  const report = runReport(run.files, run.requests, run.findings)
  const colors = pc.createColors(useColor(io))
  io.stdout.write(FORMATTERS[format]({ ...run, report, colors }))
  return report
}
