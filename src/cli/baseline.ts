import { hash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { describeLocation } from '../shared/rules/report.ts'
import type { CliFinding } from './cli-finding.ts'
import { readRegularFile } from './input/read-file.ts'

// Fingerprints that survive edits elsewhere in a file: what a finding is (rule, file, request, field,
// value, the offending text), not where it is (line numbers and HAR entry indexes move). Identical
// findings in one file are told apart by their order. Used by --baseline and SARIF partialFingerprints.

export const FINGERPRINT_KEY = 'billMfaLint/v1'

const BASELINE_LIMIT = 64 * 1024 * 1024

function identity(f: CliFinding): string {
  const r = f.report
  const request = r.request ? `${r.request.method} ${r.request.url}` : ''
  const text = (f.excerpt ?? '').replace(/\s+/g, ' ').trim()
  return JSON.stringify([
    r.ruleId,
    r.file,
    r.location.item ?? '',
    request,
    r.field ?? '',
    r.value ?? null,
    text,
  ])
}

/** One fingerprint per finding, in the order given. */
export function fingerprints(findings: readonly CliFinding[]): string[] {
  const seen = new Map<string, number>()
  return findings.map((f) => {
    const id = identity(f)
    const n = seen.get(id) ?? 0
    seen.set(id, n + 1)
    return hash('sha256', `${id}#${n}`).slice(0, 32)
  })
}

interface BaselineEntry {
  fingerprint: string
  ruleId: string
  file: string
  where: string
}

export function writeBaseline(
  path: string,
  findings: readonly CliFinding[],
  prints: readonly string[],
): void {
  const entries: BaselineEntry[] = findings.map((f, i) => ({
    fingerprint: prints[i] ?? '',
    ruleId: f.report.ruleId,
    file: f.report.file,
    where: describeLocation(f.report.location),
  }))
  entries.sort((a, b) =>
    a.file === b.file ? a.fingerprint.localeCompare(b.fingerprint) : a.file.localeCompare(b.file),
  )
  writeFileSync(
    path,
    `${JSON.stringify({ version: 1, tool: 'bill-mfa-lint', findings: entries }, null, 2)}\n`,
  )
}

/** The fingerprints recorded in a baseline file, or why it cannot be used. */
export function readBaseline(path: string): Set<string> | string {
  const read = readRegularFile(path, BASELINE_LIMIT)
  if (!read.ok)
    return `${read.reason}${read.reason === 'no such file or directory' ? ' (create it with --write-baseline)' : ''}`
  let doc: unknown
  try {
    doc = JSON.parse(read.text)
  } catch (e) {
    return `broken JSON: ${(e as Error).message}`
  }
  const list = (doc as { findings?: unknown } | null)?.findings
  if (!Array.isArray(list)) return 'not a bill-mfa-lint baseline (no "findings" list)'
  const prints = new Set<string>()
  for (const e of list) {
    const fp = (e as { fingerprint?: unknown } | null)?.fingerprint
    if (typeof fp === 'string') prints.add(fp)
  }
  return prints
}
