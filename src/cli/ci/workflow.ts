// A line-based reader for CI workflow files (GitHub Actions, GitLab CI): their `env:` / `variables:`
// maps and the shell they run (`run:`, `script:`, `before_script:`, `after_script:`). Workflow files
// are regular YAML: keys at an indentation, list items `- `, block scalars `|` and `>`. One pass to
// index the lines, then each map and script is read in time linear in its lines.

interface ScriptLine {
  /** 0-based line of the file. */
  line: number
  text: string
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

/** A YAML scalar as written on one line: quotes removed, a trailing comment dropped. */
function scalar(raw: string): string {
  const text = raw.trim()
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'")).replace(/''/g, "'")
  if (text.startsWith('"')) {
    const body = text.slice(1, text.lastIndexOf('"'))
    return body.replace(/\\(["\\/])/g, '$1')
  }
  return text.replace(/\s+#.*$/, '')
}

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
    out.push({ line: end, text: (source[end] ?? '').slice(Math.max(indent, 0)) })
  }
  // YAML folds the lines into one: a shell line continuation keeps them one command on their own lines.
  if (folded) for (const l of out.slice(0, -1)) if (l.text.trim()) l.text = `${l.text} \\`
  return { lines: out, end }
}

/** The script of a `run:` / `script:` key: one line, a block scalar, or a list of them (GitLab). */
function scriptAt(source: readonly string[], lines: readonly Line[], at: number): ScriptLine[] {
  const key = lines[at] as Line
  const value = key.value.trim()
  if (/^[|>]/.test(value)) return blockScalar(source, lines, at, key.column, value.startsWith('>')).lines
  if (value) return [{ line: at, text: scalar(value) }]
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
    } else out.push({ line: i, text: scalar(text) })
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
