import { type EnvBlock, type Mapped, readWorkflow } from './workflow.ts'

// The shell a CI workflow runs, with its `env:` / `variables:` values put in, as one bash text whose
// lines are the workflow's own lines (every other line blank): the shell analysis then reads a literal
// `USE_BACKUP_PHONE: "true"` sent as `$USE_BACKUP_PHONE` as the literal it is, and a value that comes
// from outside the file (`${{ secrets.X }}`, `vars.`, `inputs.`, a variable set in the CI settings) as
// a shell variable, a value decided at run time. Each shell character keeps the file column it came from,
// so a finding points at the workflow's own column, not the script's.

/** GitHub Actions workflows and GitLab CI files, by name; other YAML is not a workflow. */
const WORKFLOW_PATH = /(?:^|[/\\])(?:\.github[/\\]workflows[/\\][^/\\]+|[^/\\]*gitlab-ci[^/\\]*)\.ya?ml$/i
/** Or by content: a YAML file with top-level `jobs:` (GitHub), or job `script:` lists (GitLab). */
const WORKFLOW_CONTENT = /^jobs:\s*$|^ {2,}(?:before_|after_)?script:/m

export const isWorkflow = (path: string, text: string): boolean =>
  WORKFLOW_PATH.test(path) || (/\.ya?ml$/i.test(path) && WORKFLOW_CONTENT.test(text))

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g
const MAX_DEPTH = 5

/**
 * The values in force at each script's line, scripts in line order: every block whose mapping holds the
 * line, the innermost winning. Mappings nest, so one sweep with a stack of open blocks answers them all.
 */
function valuesAtLines(blocks: readonly EnvBlock[], lines: readonly number[]): Map<string, string>[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || b.end - a.end)
  const open: EnvBlock[] = []
  let next = 0
  return lines.map((line) => {
    while (open.length > 0 && (open.at(-1) as EnvBlock).end <= line) open.pop()
    for (; next < sorted.length && (sorted[next] as EnvBlock).start <= line; next++) {
      const block = sorted[next] as EnvBlock
      while (open.length > 0 && (open.at(-1) as EnvBlock).end <= block.start) open.pop()
      if (block.end > line) open.push(block)
    }
    const values = new Map<string, string>()
    for (const block of open) for (const [k, v] of block.values) values.set(k, v)
    return values
  })
}

/** A variable's literal value, or undefined when it comes from outside the file (or from itself). */
function literal(values: ReadonlyMap<string, string>, name: string, depth = 0): string | undefined {
  const value = values.get(name)
  if (value === undefined || depth > MAX_DEPTH) return undefined
  if (!value.includes('${{')) return /\$\{?[A-Za-z_]/.test(value) ? undefined : value
  const env = /^\$\{\{\s*env\.([\w-]+)\s*\}\}$/.exec(value)?.[1]
  return env ? literal(values, env, depth + 1) : undefined
}

/** `text.replace(pattern, by)` where each character keeps its column: a replacement stands at its match's. */
function replaceMapped(line: Mapped, pattern: RegExp, by: (match: RegExpExecArray) => string): Mapped {
  let text = ''
  const columns: number[] = []
  let last = 0
  const keep = (to: number) => {
    text += line.text.slice(last, to)
    for (let i = last; i < to; i++) columns.push(line.columns[i] ?? 0)
  }
  for (const match of line.text.matchAll(pattern)) {
    keep(match.index)
    const put = by(match)
    text += put
    for (let i = 0; i < put.length; i++) columns.push(line.columns[match.index] ?? 0)
    last = match.index + match[0].length
  }
  keep(line.text.length)
  columns.push(line.columns[line.text.length] ?? 0)
  return { text, columns }
}

/** One shell line with the workflow's expressions and known variables replaced. */
function substitute(line: Mapped, values: ReadonlyMap<string, string>): Mapped {
  const expanded = replaceMapped(line, EXPRESSION, ([, expr = '']) => {
    const env = /^env\.([\w-]+)$/.exec(expr)?.[1]
    const known = env === undefined ? undefined : literal(values, env)
    // Unknown: a shell variable named after the expression (`$secrets_USE_BACKUP`), decided at run time.
    return known ?? `$${(env ?? expr).replace(/\W+/g, '_')}`
  })
  return replaceMapped(
    expanded,
    /\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g,
    ([whole, braced, bare]) => literal(values, braced ?? bare ?? '') ?? whole,
  )
}

/** The workflow's shell, and the file's 0-based column of each character of its script lines. */
export interface WorkflowShell {
  text: string
  columns: Map<number, number[]>
}

/** The file's 1-based column of a 1-based line and column of the shell (a line outside scripts is as is). */
export function fileColumn(shell: WorkflowShell, line: number, column: number): number {
  const columns = shell.columns.get(line - 1)
  return columns ? (columns[Math.min(column - 1, columns.length - 1)] ?? 0) + 1 : column
}

/** The workflow's shell as bash on the workflow's own lines. */
export function workflowShell(text: string): WorkflowShell {
  const workflow = readWorkflow(text)
  const out = text.split(/\r?\n/).map(() => '')
  const values = valuesAtLines(
    workflow.env,
    workflow.scripts.map((s) => s.line),
  )
  const columns = new Map<number, number[]>()
  for (const [i, script] of workflow.scripts.entries())
    for (const { line, ...shell } of script.lines) {
      const put = substitute(shell, values[i] ?? new Map())
      out[line] = put.text
      columns.set(line, put.columns)
    }
  return { text: out.join('\n'), columns }
}
