// A line-based reader for CI workflow files (GitHub Actions, GitLab CI): their `env:` / `variables:`
// maps and the shell they run (`run:`, `script:`, `before_script:`, `after_script:`). Workflow files
// are regular YAML: keys at an indentation, list items `- `, block scalars `|` and `>`. One pass to
// index the lines, then each map and script is read in time linear in its lines.

/** Shell text and, for each of its characters and its end, the 0-based column of the file it came from. */
export interface Mapped {
  text: string
  columns: number[]
}

interface ScriptLine extends Mapped {
  /** 0-based line of the file. */
  line: number
}

export interface EnvBlock {
  /** Lines [start, end) the values apply to: the mapping (workflow, job, step) that holds the block. */
  start: number
  end: number
  column: number
  values: Map<string, string>
}

export interface Workflow {
  env: EnvBlock[]
  scripts: { line: number; lines: ScriptLine[] }[]
}

interface Line {
  /** Column of the first character (the dash of a list item). */
  level: number
  /** Column of the key, after any `- `. */
  column: number
  key?: string
  value: string
  blank: boolean
}

const KEY = /^(-\s+)?([\w.-]+|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/
const ENV_KEYS = new Set(['env', 'variables'])
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script'])

/** Columns `from`, `from + 1`… for `length` characters and their end. */
const span = (from: number, length: number) => Array.from({ length: length + 1 }, (_, i) => from + i)

/**
 * A YAML scalar as written on one line, starting at column `from`: quotes removed (`''` and `\"` are one
 * character), a trailing comment dropped; each character keeps the column it is written at.
 */
function mappedScalar(raw: string, from: number): Mapped {
  const start = from + raw.length - raw.trimStart().length
  const body = raw.trim()
  const quote = body[0]
  if (quote !== "'" && quote !== '"') {
    const text = body.replace(/\s+#.*$/, '')
    return { text, columns: span(start, text.length) }
  }
  const end = body.lastIndexOf(quote)
  const escaped = quote === "'" ? /^''/ : /^\\["\\/]/
  let text = ''
  const columns: number[] = []
  for (let i = 1; i < end; i++) {
    columns.push(start + i)
    if (escaped.test(body.slice(i, i + 2))) i++
    text += body[i]
  }
  columns.push(start + end)
  return { text, columns }
}

const scalar = (raw: string) => mappedScalar(raw, 0).text

function indexLines(source: readonly string[]): Line[] {
  return source.map((raw) => {
    const level = raw.length - raw.trimStart().length
    const rest = raw.trim()
    if (rest === '' || rest.startsWith('#')) return { level, column: level, value: '', blank: true }
    const m = KEY.exec(rest)
    const dash = /^-\s+/.exec(rest)?.[0].length ?? 0
    const key = m?.[2]?.replace(/^["']|["']$/g, '')
    return {
      level,
      column: level + dash,
      ...(key ? { key } : {}),
      value: m ? (m[3] ?? '') : rest,
      blank: false,
    }
  })
}

/** The lines of a block scalar (`|`, `>-`…) after line `at`, dedented; folded ones end in `\`. */
function blockScalar(
  source: readonly string[],
  lines: readonly Line[],
  at: number,
  parent: number,
  folded: boolean,
) {
  const out: ScriptLine[] = []
  let indent = -1
  let end = at + 1
  for (; end < lines.length; end++) {
    const l = lines[end] as Line
    if (!l.blank && l.level <= parent) break
    if (!l.blank && indent < 0) indent = l.level
    const text = (source[end] ?? '').slice(Math.max(indent, 0))
    out.push({ line: end, text, columns: span(Math.max(indent, 0), text.length) })
  }
  // YAML folds the lines into one: a shell line continuation keeps them one command on their own lines.
  for (const l of folded ? out.slice(0, -1) : [])
    if (l.text.trim()) {
      l.text = `${l.text} \\`
      const end = l.columns.at(-1) ?? 0
      l.columns.push(end, end)
    }
  return { lines: out, end }
}

/** The script of a `run:` / `script:` key: one line, a block scalar, or a list of them (GitLab). */
function scriptAt(source: readonly string[], lines: readonly Line[], at: number): ScriptLine[] {
  const key = lines[at] as Line
  const value = key.value.trim()
  if (/^[|>]/.test(value)) return blockScalar(source, lines, at, key.column, value.startsWith('>')).lines
  // The value ends its line: it starts that many characters before the line's end.
  if (value) return [{ line: at, ...mappedScalar(value, (source[at] ?? '').trimEnd().length - value.length) }]
  const out: ScriptLine[] = []
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i] as Line
    if (l.blank) continue
    if (l.level < key.column || (l.level === key.column && !(source[i] ?? '').trim().startsWith('-'))) break
    const item = /^(\s*)-\s+(.*)$/.exec(source[i] ?? '')
    if (!item) continue
    const text = item[2] ?? ''
    const dash = item[1]?.length ?? 0
    if (/^[|>]/.test(text)) {
      const block = blockScalar(source, lines, i, dash, text.startsWith('>'))
      out.push(...block.lines)
      i = block.end - 1
    } else out.push({ line: i, ...mappedScalar(text, (source[i] ?? '').length - text.length) })
  }
  return out
}

/** The lines a key at `at` belongs with: its mapping, up to the first line less indented. */
function scopeOf(lines: readonly Line[], at: number): { start: number; end: number } {
  const column = (lines[at] as Line).column
  let start = at
  while (start > 0) {
    const l = lines[start - 1] as Line
    if (!l.blank && l.level < column) {
      // The list item that opens this mapping (`- name: …`) belongs to it.
      if (l.column === column) start--
      break
    }
    start--
  }
  let end = at + 1
  while (end < lines.length && ((lines[end] as Line).blank || (lines[end] as Line).level >= column)) end++
  return { start, end }
}

export function readWorkflow(text: string): Workflow {
  const source = text.split(/\r?\n/)
  const lines = indexLines(source)
  const workflow: Workflow = { env: [], scripts: [] }
  // Lines of a script already read are shell, not keys.
  let shell = -1
  for (const [i, l] of lines.entries()) {
    if (!l.key || i <= shell) continue
    if (SCRIPT_KEYS.has(l.key)) {
      const script = scriptAt(source, lines, i)
      workflow.scripts.push({ line: i, lines: script })
      shell = script.at(-1)?.line ?? i
    }
    if (!ENV_KEYS.has(l.key) || l.value.trim()) continue
    const values = new Map<string, string>()
    let child = -1
    for (let j = i + 1; j < lines.length; j++) {
      const c = lines[j] as Line
      if (c.blank) continue
      if (c.level <= l.column) break
      if (child < 0) child = c.column
      if (c.column === child && c.key) values.set(c.key, scalar(c.value))
    }
    workflow.env.push({ ...scopeOf(lines, i), column: l.column, values })
  }
  return workflow
}
