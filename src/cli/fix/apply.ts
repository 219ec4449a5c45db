import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import type { CliFinding } from '../cli-finding.ts'
import { readRegularFile } from '../input/read-file.ts'
import { MAX_BYTES } from '../read-input.ts'
import { locator } from '../source/position.ts'
import { isSafeFix, SAFE_REWRITES } from './fix-kinds.ts'
import { type Change, fixPostman } from './fix-postman.ts'
import { fixJsonLiteral } from './json-literal.ts'

// --fix: rewrites the deprecated literals that are safe to change, file by file. HAR captures are
// records of what was sent and are never rewritten; values decided at run time are never touched.

export interface FileFix {
  file: string
  changes: Change[]
  /** Unified diff of the file (for --dry-run). */
  diff: string
}

const JSON_DATA = new Set(['.json', '.jsonc'])

/** A JSON data file (a saved request body): the flagged fields on the lines the findings name. */
function fixJsonData(text: string, findings: readonly CliFinding[]): { text: string; changes: Change[] } {
  let out = text
  const changes: Change[] = []
  for (const [ruleId, fix] of Object.entries(SAFE_REWRITES)) {
    const lines = new Set(
      findings.filter((f) => f.report.ruleId === ruleId && !f.suppressed).map((f) => f.report.location.line),
    )
    if (lines.size === 0) continue
    const locate = locator(out)
    const lineOf = (offset: number) => locate(offset).line
    const fixed = fixJsonLiteral(out, fix.field, fix.bad, (offset) => lines.has(lineOf(offset)))
    out = fixed.text
    for (const c of fixed.changes)
      changes.push({
        where: `line ${lineOf(c.offset)}`,
        from: `${c.field}: ${c.from}`,
        to: `${c.field}: ${c.to}`,
      })
  }
  return { text: out, changes }
}

export type SourceFixer = (
  file: { path: string; text: string },
  findings: readonly CliFinding[],
) => { text: string; changes: Change[] } | undefined

/** Computes the fixes of every file with findings; writes them unless `dryRun`. */
export function applyFixes(
  findings: readonly CliFinding[],
  dryRun: boolean,
  fixSource?: SourceFixer,
): FileFix[] {
  const byFile = new Map<string, CliFinding[]>()
  for (const f of findings) {
    if (!isSafeFix(f.report.ruleId) || f.suppressed) continue
    const list = byFile.get(f.report.file)
    if (list) list.push(f)
    else byFile.set(f.report.file, [f])
  }
  const fixes: FileFix[] = []
  for (const [file, list] of byFile) {
    // HAR findings have an entry, never a line or a fix target: they are left alone.
    if (list.every((f) => f.report.location.entry !== undefined)) continue
    const read = readRegularFile(file, MAX_BYTES)
    if (!read.ok) continue
    const before = read.text
    const fixed = list.some((f) => f.fixTarget)
      ? fixPostman(before, list)
      : JSON_DATA.has(extname(file).toLowerCase())
        ? fixJsonData(before, list)
        : fixSource?.({ path: file, text: before }, list)
    if (!fixed || fixed.text === before) continue
    if (!dryRun) writeFileSync(file, fixed.text)
    fixes.push({
      file,
      changes: fixed.changes,
      diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, before, fixed.text),
    })
  }
  return fixes
}
