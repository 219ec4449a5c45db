import type { CliFinding, LintSettings } from '../cli-finding.ts'
import type { InputFile } from '../files.ts'
import type { Variables } from '../postman/variables.ts'

// Work a helper thread can take over from the main thread, and its results: plain data only, as it
// crosses threads by structured clone. The same functions run a job on either thread, so a helper
// that cannot start, or fails, costs time and never a finding.

export interface Problem {
  file: string
  reason: string
}

/** What linting some of the files found, merged in file order with the other parts. */
export interface FilesPart {
  files: number
  requests: number
  findings: CliFinding[]
  /** Inputs the user named that could not be used (missing, unreadable, broken JSON): exit code 2. */
  problems: Problem[]
  /** Files skipped or partly read while walking directories (binary, huge, malformed): --verbose. */
  notes: Problem[]
}

export interface LintJobOptions extends LintSettings {
  /** Values of the Postman environment given with --env. */
  env?: Variables
}

/** Runs of consecutive files, linted in order; their parts come back in the same order. */
export interface FilesJob {
  runs: InputFile[][]
  options: LintJobOptions
}

/** Runs a job on the current thread (the helper's, or the main thread's when no helper is at hand). */
export async function runJob(job: FilesJob): Promise<FilesPart[]> {
  const { lintFiles } = await import('../lint.ts')
  const parts: FilesPart[] = []
  for (const run of job.runs) parts.push(await lintFiles(run, job.options))
  return parts
}
