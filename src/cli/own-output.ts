import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// What this tool wrote itself is never read back as input: its reports (JSON, SARIF), its baselines and
// its own package. Otherwise a CI job that keeps `bill-mfa.sarif` in the repository finds every finding
// again, quoted in the report, on the next run.

export const PACKAGE_NAME = 'bill-mfa-lint'

/**
 * A JSON report or baseline of this tool (`"version": 1, "tool": "bill-mfa-lint"`), a report of schema
 * version 1 written before the `tool` field (it starts with its findings' `ruleId`), or a SARIF log
 * whose first run's driver is this tool. Read from the first bytes of a file, as Latin-1.
 */
const OWN_OUTPUT = [
  /^\s*\{\s*"version"\s*:\s*1\s*,\s*"tool"\s*:\s*"bill-mfa-lint"/,
  /^\s*\{\s*"version"\s*:\s*1\s*,\s*"findings"\s*:\s*\[\s*(?:\]|\{\s*"ruleId"\s*:)/,
  /^\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"bill-mfa-lint"/,
]

export const isOwnOutput = (head: string): boolean => OWN_OUTPUT.some((re) => re.test(head))

/** A directory holding this tool's package (installed under node_modules, or its source here). */
export function isOwnPackage(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }
    return manifest?.name === PACKAGE_NAME
  } catch {
    return false
  }
}
