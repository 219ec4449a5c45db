import { isAbsolute, normalize, relative, sep } from 'node:path'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import type { Excluder } from './exclude.ts'
import { collectFiles } from './files.ts'
import { lintInsomniaYaml } from './insomnia/export-v5.ts'
import { lintBruno } from './lint-bruno.ts'
import { lintHarEntries } from './lint-har.ts'
import { lintInsomnia } from './lint-insomnia.ts'
import { lintPostman } from './lint-postman.ts'
import type { SourceTreeLint } from './lint-source-tree.ts'
import type { Variables } from './postman/variables.ts'
import { readInput } from './read-input.ts'

export interface LintOptions extends LintSettings {
  /** Values of the Postman environment given with --env. */
  env?: Variables
  /** --exclude and the config file's "excludes". */
  exclude?: Excluder
}

interface Problem {
  file: string
  reason: string
  /** A note about a path the user named (its own report, skipped): said even without --verbose. */
  named?: boolean
}

export interface LintResult {
  files: number
  requests: number
  findings: CliFinding[]
  /** Inputs the user named that could not be used (missing, unreadable, broken JSON): exit code 2. */
  problems: Problem[]
  /** Files skipped or partly read while walking directories (binary, huge, malformed): --verbose. */
  notes: Problem[]
  /** Parser packages that files of the run needed and did not find (each once, in the order met). */
  missingParsers: string[]
}

/** Paths under the working directory are shown relative to it, others as given. */
function shown(path: string): string {
  // A relative path is below the working directory unless it climbs out: no need to resolve it.
  if (!isAbsolute(path)) {
    const n = normalize(path)
    if (n !== '..' && !n.startsWith(`..${sep}`)) return n === '.' ? path : n
  }
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith(`..${sep}`) && rel !== '..' ? rel : path
}

/** Lints files and directories; unusable inputs are collected as problems, never thrown. */
export async function lintPaths(paths: readonly string[], options: LintOptions): Promise<LintResult> {
  const problems: Problem[] = []
  const notes: Problem[] = []
  const files = collectFiles(paths, {
    problem: (file, reason) => problems.push({ file, reason }),
    note: (file, reason) => notes.push({ file: shown(file), reason }),
    exclude: options.exclude,
  })
  const result: LintResult = { files: 0, requests: 0, findings: [], problems, notes, missingParsers: [] }
  const missing = new Set<string>()
  // Findings per file in walk order: source files may be answered at the end, once the tree is known.
  const perFile: CliFinding[][] = []
  const record = (linted: FileResult, file: string, explicit: boolean, slot = perFile.length) => {
    if (linted.problem) (explicit ? problems : notes).push({ file, reason: linted.problem })
    if (linted.missingParser) {
      missing.add(linted.missingParser)
      notes.push({ file, reason: `read by the line matcher: ${linted.missingParser} is not installed` })
    }
    result.requests += linted.requests
    perFile[slot] = linted.findings
  }
  let sources: Promise<SourceTreeLint> | undefined
  for (const { path, explicit } of files) {
    const file = shown(path)
    const input = readInput(path, explicit)
    if (input.kind === 'skipped') {
      notes.push({ file, reason: input.reason, ...(explicit ? { named: true } : {}) })
      continue
    }
    if (input.kind === 'unusable') {
      problems.push({ file, reason: input.reason })
      continue
    }
    result.files++
    if (input.kind === 'har') record(lintHarEntries(input.entries, file, options), file, explicit)
    else if (input.kind === 'bruno') record(lintBruno(input.text, file, options), file, explicit)
    else if (input.kind === 'insomnia')
      record(lintInsomnia(input.doc, file, options, input.text), file, explicit)
    else if (input.kind === 'insomnia-yaml')
      record(lintInsomniaYaml(input.text, file, options), file, explicit)
    else if (input.kind === 'postman')
      record(lintPostman(input.doc, file, options, options.env, input.text), file, explicit)
    else {
      if (input.note) notes.push({ file, reason: input.note })
      // The source analyser (and its native parsers) loads only when source files are met; its cheap
      // pre-filter then spares the parsers most files of a tree.
      sources ??= Promise.all([import('./source/index.ts'), import('./lint-source-tree.ts')]).then(
        ([source, { SourceTreeLint }]) => {
          // Parsers are registered once per process: those of the run's languages, and no others.
          source.expectLanguages(source.languagesOfPaths(files.map((f) => f.path)))
          return new SourceTreeLint(options)
        },
      )
      const slot = perFile.push([]) - 1
      ;(await sources).add(file, input.source, (linted) => record(linted, file, explicit, slot))
    }
  }
  if (sources) (await sources).finish()
  result.findings = perFile.flat()
  result.missingParsers = [...missing]
  return result
}
