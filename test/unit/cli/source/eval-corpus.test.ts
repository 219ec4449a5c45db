import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintPaths } from '../../../../src/cli/lint.ts'
import { readInput } from '../../../../src/cli/read-input.ts'
import { SourceTree } from '../../../../src/cli/source/imports/tree.ts'
import { scanSource } from '../../../../src/cli/source/index.ts'

// The evaluation corpus of issue 22: integration code shaped like public BILL clients, one folder per
// class of mistake (per-request, built-endpoints, types, not-bill...). Its ground truth, expected.json,
// was written with the files (each expected line also carries an `expect:` comment).
const EVAL = join(import.meta.dirname, '../../../fixtures/lint/eval')

interface Case {
  file: string
  line: number
  ruleId: string
}
interface Table {
  now: string
  files: string[]
  findings: Case[]
}
// The root table plus one per class folder (`<class>/expected.json`), so classes grow without touching
// each other's ground truth. Every path is relative to the corpus root.
const tables: Table[] = readdirSync(EVAL, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name === 'expected.json')
  .map((d) => JSON.parse(readFileSync(join(d.parentPath, d.name), 'utf8')) as Table)
const table: Table = {
  now: tables.find((t) => t.now)?.now ?? '',
  files: tables.flatMap((t) => t.files),
  findings: tables.flatMap((t) => t.findings),
}

// What the analysis reaches today; raised with each class fixed, never lowered.
const FLOOR = { precision: 1, recall: 1 }

const key = (f: Case) => `${f.file}:${f.line} ${f.ruleId}`
const classOf = (file: string) => file.split('/')[0] ?? ''

interface Score {
  precision: number
  recall: number
  found: number
  expected: number
}

function score(found: readonly Case[], expected: readonly Case[]): Score {
  const truth = new Set(expected.map(key))
  const hits = found.filter((f) => truth.has(key(f))).length
  return {
    precision: found.length === 0 ? 1 : hits / found.length,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    found: found.length,
    expected: truth.size,
  }
}

const row = (name: string, s: Score) =>
  `${name.padEnd(18)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  (${s.found} found, ${s.expected} expected)`

// Each class folder is one tree, as the CLI walks a repository: imports between its files are followed.
const trees = new Map<string, SourceTree>()
for (const file of table.files) {
  const tree = trees.get(classOf(file)) ?? new SourceTree()
  tree.add(file, readFileSync(join(EVAL, file), 'utf8'))
  trees.set(classOf(file), tree)
}

/**
 * One file's findings, read the way the CLI reads it: source text through the source analysis, and the
 * file kinds it reads otherwise (Postman collections, Insomnia exports, Bruno files) through the CLI's
 * own entry, their findings placed on the file's lines. The language column is that kind.
 */
async function findingsOf(file: string): Promise<{ language: string; found: Case[] }> {
  const path = join(EVAL, file)
  const now = new Date(table.now)
  const input = readInput(path, true)
  if (input.kind !== 'source') {
    const run = await lintPaths([path], { hosts: [], now })
    const found = run.findings.map((f) => ({
      file,
      line: f.report.location.line ?? 0,
      ruleId: f.report.ruleId,
    }))
    return { language: input.kind, found: found.filter((f) => f.ruleId.startsWith('mfa-')) }
  }
  const imports = trees.get(classOf(file))?.context(file)
  const result = scanSource(
    { path: file, text: readFileSync(path, 'utf8') },
    { now, ...(imports ? { imports } : {}) },
  )
  const found = result.findings.map((f) => ({ file, line: f.line, ruleId: f.ruleId }))
  return { language: result.language, found: found.filter((f) => f.ruleId.startsWith('mfa-')) }
}

const results = await Promise.all(table.files.map(async (file) => [file, await findingsOf(file)] as const))

describe('evaluation corpus (issue 22)', () => {
  const language = new Map(results.map(([file, r]) => [file, r.language]))
  const found: Case[] = results.flatMap(([, r]) => r.found)

  it('lists every corpus file in the table', () => {
    const onDisk = readdirSync(EVAL, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name !== 'expected.json')
      .map((d) => relative(EVAL, join(d.parentPath, d.name)))
    expect(onDisk.sort()).toEqual([...table.files].sort())
  })

  it('holds the precision and recall floor (per class and per language printed for the closing note)', () => {
    const groups = (by: (file: string) => string) => [...new Set(table.files.map(by))].sort()
    const lines: string[] = []
    for (const [title, by] of [
      ['class', classOf],
      ['language', (file: string) => language.get(file) ?? ''],
    ] as const) {
      for (const name of groups(by)) {
        const pick = (list: readonly Case[]) => list.filter((f) => by(f.file) === name)
        lines.push(row(`${title} ${name}`, score(pick(found), pick(table.findings))))
      }
    }
    const total = score(found, table.findings)
    console.info(`evaluation corpus:\n${lines.join('\n')}\n${row('all', total)}`)
    expect(total.precision).toBeGreaterThanOrEqual(FLOOR.precision)
    expect(total.recall).toBeGreaterThanOrEqual(FLOOR.recall)
  })
})
