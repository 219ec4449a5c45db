import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'
import type { LintReport } from '../../src/shared/rules/report.ts'

// Each test starts the real CLI as a process; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })

export const REPO = fileURLToPath(new URL('../../', import.meta.url))
export const FIXTURES = 'test/fixtures/lint'

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the real CLI as a child process from the repo root (or `cwd`), colours off unless env says
 * otherwise.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  cwd = REPO,
): CliRun {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...base } = process.env
  const r = spawnSync(process.execPath, [join(REPO, 'bin/bill-mfa-lint.js'), ...args], {
    cwd,
    env: { ...base, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

export function runJson(args: readonly string[]): CliRun & { report: LintReport } {
  const run = runCli(['--format', 'json', ...args])
  return { ...run, report: JSON.parse(run.stdout) as LintReport }
}

/** "entry:rule:severity" (or item/line) keys, for comparing findings as a set. */
export const keys = (report: LintReport) =>
  report.findings.map((f) => {
    const l = f.location
    const where = l.entry ?? l.item ?? `${l.line}:${l.column}`
    return `${where} ${f.ruleId} ${f.severity}`
  })

/** A repository (a `.git` directory) at `dir` holding `files` (path → text). */
export function tempRepo(dir: string, files: Record<string, string>): string {
  mkdirSync(join(dir, '.git'), { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
