import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanTree } from '../../../../src/cli/source/imports/scan-tree.ts'

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
const FLOOR = { precision: 0.97, recall: 0.97 }

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

describe('evaluation corpus (issue 22)', () => {
  const language = new Map<string, string>()
  // Each class folder is one tree, as the CLI walks a repository: imports between its files are followed.
  const found: Case[] = [...new Set(table.files.map(classOf))].flatMap((folder) => {
    const files = table.files
      .filter((file) => classOf(file) === folder)
      .map((path) => ({ path, text: readFileSync(join(EVAL, path), 'utf8') }))
    const results = scanTree(files, { now: new Date(table.now) })
    return files.flatMap(({ path: file }, i) => {
      const result = results[i]
      if (!result) return []
      language.set(file, result.language)
      return result.findings
        .filter((f) => f.ruleId.startsWith('mfa-'))
        .map((f) => ({ file, line: f.line, ruleId: f.ruleId }))
    })
  })

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
