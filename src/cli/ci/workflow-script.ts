import { type EnvBlock, readWorkflow } from './workflow.ts'

// The shell a CI workflow runs, with its `env:` / `variables:` values put in, as one bash text whose
// lines are the workflow's own lines (every other line blank): the shell analysis then reads a literal
// `USE_BACKUP_PHONE: "true"` sent as `$USE_BACKUP_PHONE` as the literal it is, and a value that comes
// from outside the file (`${{ secrets.X }}`, `vars.`, `inputs.`, a variable set in the CI settings) as
// a shell variable, a value decided at run time.

/** GitHub Actions workflows and GitLab CI files, by name; other YAML is not a workflow. */
const WORKFLOW_PATH = /(?:^|[/\\])(?:\.github[/\\]workflows[/\\][^/\\]+|[^/\\]*gitlab-ci[^/\\]*)\.ya?ml$/i
/** Or by content: a YAML file with top-level `jobs:` (GitHub), or job `script:` lists (GitLab). */
const WORKFLOW_CONTENT = /^jobs:\s*$|^ {2,}(?:before_|after_)?script:/m

export const isWorkflow = (path: string, text: string): boolean =>
  WORKFLOW_PATH.test(path) || (/\.ya?ml$/i.test(path) && WORKFLOW_CONTENT.test(text))

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g
const MAX_DEPTH = 5

/** The values in force on a line: every block whose mapping holds it, the innermost winning. */
function valuesAt(blocks: readonly EnvBlock[], line: number): Map<string, string> {
  const out = new Map<string, string>()
  const holding = blocks.filter((b) => b.start <= line && line < b.end).sort((a, b) => a.column - b.column)
  for (const block of holding) for (const [k, v] of block.values) out.set(k, v)
  return out
}

/** A variable's literal value, or undefined when it comes from outside the file (or from itself). */
function literal(values: ReadonlyMap<string, string>, name: string, depth = 0): string | undefined {
  const value = values.get(name)
  if (value === undefined || depth > MAX_DEPTH) return undefined
  if (!value.includes('${{')) return /\$\{?[A-Za-z_]/.test(value) ? undefined : value
  const env = /^\$\{\{\s*env\.([\w-]+)\s*\}\}$/.exec(value)?.[1]
  return env ? literal(values, env, depth + 1) : undefined
}

/** One shell line with the workflow's expressions and known variables replaced. */
function substitute(text: string, values: ReadonlyMap<string, string>): string {
  const expanded = text.replace(EXPRESSION, (_, expr: string) => {
    const env = /^env\.([\w-]+)$/.exec(expr)?.[1]
    const known = env === undefined ? undefined : literal(values, env)
    // Unknown: a shell variable named after the expression (`$secrets_USE_BACKUP`), decided at run time.
    return known ?? `$${(env ?? expr).replace(/\W+/g, '_')}`
  })
  return expanded.replace(
    /\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g,
    (whole, braced?: string, bare?: string) => {
      const name = braced ?? bare ?? ''
      return literal(values, name) ?? whole
    },
  )
}

/** The workflow's shell as bash on the workflow's own lines. */
export function workflowShell(text: string): string {
  const workflow = readWorkflow(text)
  const out = text.split(/\r?\n/).map(() => '')
  for (const script of workflow.scripts) {
    const values = valuesAt(workflow.env, script.line)
    for (const { line, text: shell } of script.lines) out[line] = substitute(shell, values)
  }
  return out.join('\n')
}
