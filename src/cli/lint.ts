import { isAbsolute, normalize, relative, sep } from 'node:path'
import type { FileResult } from './cli-finding.ts'
import { collectFiles, type InputFile } from './files.ts'
import { lintHarEntries } from './lint-har.ts'
import { lintPostman } from './lint-postman.ts'
import type { Helper } from './parallel/helper.ts'
import type { FilesPart, LintJobOptions } from './parallel/jobs.ts'
import { readInput } from './read-input.ts'

export type { Problem } from './parallel/jobs.ts'
export type LintOptions = LintJobOptions
export type LintResult = FilesPart

/** Below this many files a tree is linted on one thread: a helper thread costs more than it saves. */
const SPLIT_FILES = 1000
/** Files handed out at a time, alternately to each thread, so that both get a share of the big ones. */
const RUN = 64

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

function merge(into: FilesPart, part: FilesPart): void {
  into.files += part.files
  into.requests += part.requests
  for (const f of part.findings) into.findings.push(f)
  for (const p of part.problems) into.problems.push(p)
  for (const n of part.notes) into.notes.push(n)
}

/** Lints files in order; unusable inputs are collected as problems, never thrown. */
export async function lintFiles(files: readonly InputFile[], options: LintOptions) {
  const result: FilesPart = { files: 0, requests: 0, findings: [], problems: [], notes: [] }
  let source: Promise<[typeof import('./source/index.ts'), typeof import('./lint-source.ts')]> | undefined
  for (const { path, explicit } of files) {
    const file = shown(path)
    const input = readInput(path, explicit)
    if (input.kind === 'skipped') {
      result.notes.push({ file, reason: input.reason })
      continue
    }
    if (input.kind === 'unusable') {
      result.problems.push({ file, reason: input.reason })
      continue
    }
    result.files++
    let linted: FileResult
    if (input.kind === 'har') linted = lintHarEntries(input.entries, file, options)
    else if (input.kind === 'postman') linted = lintPostman(input.doc, file, options, options.env)
    else {
      if (input.note) result.notes.push({ file, reason: input.note })
      // The source analyser (and its native parsers) loads only when source files are met; its cheap
      // pre-filter then spares the parsers most files of a tree.
      source ??= Promise.all([import('./source/index.ts'), import('./lint-source.ts')])
      const [{ candidateBytes }, { lintSource }] = await source
      linted = candidateBytes(input.source.latin1)
        ? lintSource(input.source.text(), file, options)
        : { requests: 0, findings: [] }
    }
    if (linted.problem) (explicit ? result.problems : result.notes).push({ file, reason: linted.problem })
    result.requests += linted.requests
    for (const f of linted.findings) result.findings.push(f)
  }
  return result
}

/**
 * Lints files and directories. With a helper thread, a big tree is shared out in runs of files; the parts
 * are merged in file order, so the result is the same either way.
 */
export async function lintPaths(
  paths: readonly string[],
  options: LintOptions,
  helper?: Helper,
): Promise<LintResult> {
  const result: LintResult = { files: 0, requests: 0, findings: [], problems: [], notes: [] }
  const files = collectFiles(paths, {
    problem: (file, reason) => result.problems.push({ file, reason }),
    note: (file, reason) => result.notes.push({ file: shown(file), reason }),
  })
  if (!helper || files.length < SPLIT_FILES) {
    merge(result, await lintFiles(files, options))
    return result
  }
  const runs: InputFile[][] = []
  for (let i = 0; i < files.length; i += RUN) runs.push(files.slice(i, i + RUN))
  const theirs = helper.run({ runs: runs.filter((_, i) => i % 2 === 1), options })
  const mine: FilesPart[] = []
  for (let i = 0; i < runs.length; i += 2) mine.push(await lintFiles(runs[i] as InputFile[], options))
  const other = await theirs
  mine.forEach((part, i) => {
    merge(result, part)
    const next = other[i]
    if (next) merge(result, next)
  })
  return result
}
