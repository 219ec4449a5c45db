import { relative, sep } from 'node:path'
import type { CliFinding, LintSettings } from './cli-finding.ts'
import { collectFiles } from './files.ts'
import { lintHar } from './lint-har.ts'
import { lintSource } from './lint-source.ts'
import type { Variables } from './postman-env.ts'
import { readInput } from './read-input.ts'

export interface LintOptions extends LintSettings {
  /** Values of the Postman environment given with --env. */
  env?: Variables
}

export interface Problem {
  file: string
  reason: string
}

export interface LintResult {
  files: number
  requests: number
  findings: CliFinding[]
  /** Inputs that could not be used (missing, unreadable, broken JSON): exit code 2. */
  problems: Problem[]
}

/** Paths under the working directory are shown relative to it, others as given. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith(`..${sep}`) && rel !== '..' ? rel : path
}

/** Lints files and directories; unusable inputs are collected as problems, never thrown. */
export async function lintPaths(paths: readonly string[], options: LintOptions): Promise<LintResult> {
  const problems: Problem[] = []
  const files = await collectFiles(paths, (file, reason) => problems.push({ file, reason }))
  const result: LintResult = { files: 0, requests: 0, findings: [], problems }
  for (const { path, explicit } of files) {
    const file = shown(path)
    const input = await readInput(path, explicit)
    if (input.kind === 'skipped') continue
    if (input.kind === 'unusable') {
      problems.push({ file, reason: input.reason })
      continue
    }
    result.files++
    const linted =
      input.kind === 'har'
        ? lintHar(input.doc, file, options)
        : input.kind === 'postman'
          ? // Postman's SDK takes a while to load: only when a collection is met.
            (await import('./lint-postman.ts')).lintPostman(input.doc, file, options, options.env)
          : lintSource(input.text, file, options)
    result.requests += linted.requests
    for (const f of linted.findings) result.findings.push(f)
  }
  return result
}
