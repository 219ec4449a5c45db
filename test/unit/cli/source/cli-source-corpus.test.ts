import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { candidate, candidateBytes, scanSource } from '../../../../src/cli/source/index.ts'

// The corpus: realistic integration files per language, and files that use the same words without BILL.
// Its ground truth is one table, expected.json.
const CORPUS = join(import.meta.dirname, '../../../fixtures/lint/corpus')

interface Expected {
  file: string
  line: number
  ruleId: string
  knownMiss?: string
}
const table: { now: string; files: string[]; findings: Expected[] } = JSON.parse(
  readFileSync(join(CORPUS, 'expected.json'), 'utf8'),
)

const key = (f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`

function scanAll() {
  return table.files.flatMap((file) => {
    const result = scanSource(
      { path: file, text: readFileSync(join(CORPUS, file), 'utf8') },
      { now: new Date(table.now) },
    )
    return result.findings.map((f) => ({ ...f, file, language: result.language }))
  })
}

describe('source corpus', () => {
  const found = scanAll()
  const mfa = found.filter((f) => f.ruleId.startsWith('mfa-'))

  it('lists every corpus file in the table', () => {
    const onDisk = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name !== 'expected.json')
      .map((d) => relative(CORPUS, join(d.parentPath, d.name)))
    expect(onDisk.sort()).toEqual([...table.files].sort())
  })

  it('finds exactly the table’s findings, by file, line and rule (known misses listed in the table)', () => {
    const expected = table.findings.filter((f) => !f.knownMiss).map(key)
    expect(mfa.map(key).sort()).toEqual(expected.sort())
  })

  it('lets every file with a finding through the walker’s pre-filter, and stops the others', () => {
    const withFindings = new Set(found.map((f) => f.file))
    // The walker gives it the Latin-1 view of the bytes; the decoded text must pass as well.
    const pass = (file: string) => {
      const bytes = readFileSync(join(CORPUS, file))
      const views = [candidate(bytes.toString('utf8')), candidateBytes(bytes.toString('latin1'))]
      expect(views[0], file).toBe(views[1])
      return views[0]
    }
    for (const file of withFindings) expect(pass(file), file).toBe(true)
    // Files that use the words without BILL are not even parsed (bill-sync.ts is BILL code, with no finding).
    const silent = table.files.filter((file) => !withFindings.has(file) && !/bill/i.test(file))
    expect(silent.length).toBe(6)
    for (const file of silent) expect(pass(file), file).toBe(false)
  })

  it('has no finding at all in files without BILL', () => {
    const silent = table.files.filter((file) => !table.findings.some((f) => f.file === file))
    expect(silent.length).toBeGreaterThanOrEqual(7)
    expect(found.filter((f) => silent.includes(f.file))).toEqual([])
  })

  it('marks what the text matcher found, and only for languages that are not parsed', () => {
    // Markdown mixes both: fenced code in a parsed language is parsed, JSON and indented code are not.
    const plain = mfa.filter((f) => f.language !== 'markdown')
    for (const f of plain) expect(f.analysis, key(f)).toBe(f.language === 'text' ? 'text' : 'structural')
    expect(mfa.some((f) => f.analysis === 'text')).toBe(true)
  })

  it('reaches full precision and the recall the table allows (printed for the closing note)', () => {
    const truth = new Set(table.findings.map(key))
    const hits = mfa.filter((f) => truth.has(key(f))).length
    const precision = hits / mfa.length
    const recall = hits / truth.size
    console.info(
      `source corpus: ${table.files.length} files, ${truth.size} expected findings, ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    )
    expect(precision).toBe(1)
    expect(recall).toBe(table.findings.filter((f) => !f.knownMiss).length / truth.size)
  })

  it('reports every deprecated literal as an error after the deadline and run-time values as warnings', () => {
    const severity = Object.fromEntries(mfa.map((f) => [f.ruleId, f.severity]))
    expect(severity).toEqual({
      'mfa-challenge-backup-phone': 'error',
      'mfa-setup-secondary-phone': 'error',
      'mfa-optional-field': 'info',
      'mfa-field-runtime-value': 'warning',
    })
  })
})
