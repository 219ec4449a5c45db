// The YAML that Insomnia writes for its v5 export: block mappings and sequences, block scalars (`|`,
// `>`, with `-`/`+`), plain and quoted scalars, empty `{}` / `[]`. Not a YAML parser for everything
// (no anchors, tags, flow collections with content, multi-line plain scalars): what it does not know
// becomes a string. Each mapping remembers the line of each key (1-based). Linear in the lines, and
// nesting is bounded, so no input can exhaust the stack.

export type Yaml = string | Yaml[] | { [key: string]: Yaml }

/** The line of each key of the mappings read. */
export const keyLines = new WeakMap<object, Map<string, number>>()

interface Line {
  indent: number
  text: string
  /** 0-based line of the file. */
  at: number
}

const MAX_DEPTH = 64
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[][^:#]*?)\s*:(?:\s+(.*))?$/

function scalar(raw: string): string {
  const text = raw.trim()
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'")).replace(/''/g, "'")
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text.slice(0, text.lastIndexOf('"') + 1)) as string
    } catch {
      return text.slice(1, text.lastIndexOf('"'))
    }
  }
  return text.replace(/\s+#.*$/, '')
}

class Reader {
  private next = 0

  constructor(
    private readonly lines: Line[],
    private readonly source: readonly string[],
  ) {}

  /** A block scalar after `header` (`|-`, `>`…), its content lines more indented than `parent`. */
  private blockScalar(header: string, parent: number, from: number): string {
    const out: string[] = []
    let indent = -1
    let end = from + 1
    for (; end < this.source.length; end++) {
      const raw = this.source[end] ?? ''
      if (raw.trim() === '') {
        out.push('')
        continue
      }
      const level = raw.length - raw.trimStart().length
      if (level <= parent) break
      if (indent < 0) indent = level
      out.push(raw.slice(indent))
    }
    while (this.next < this.lines.length && (this.lines[this.next] as Line).at < end) this.next++
    while (out.length > 0 && out.at(-1) === '') out.pop()
    const text = header.startsWith('>') ? out.join(' ') : out.join('\n')
    return header.includes('+') || header.includes('-') ? text : `${text}\n`
  }

  /** The value after `key:` on line `line` (the rest of the line, or the block below it). */
  private value(rest: string, line: Line, depth: number): Yaml {
    const text = rest.trim()
    if (/^[|>][-+]?\d*\s*(?:#.*)?$/.test(text)) return this.blockScalar(text, line.indent, line.at)
    if (text === '{}') return {}
    if (text === '[]') return []
    if (text !== '' && !text.startsWith('#')) return scalar(text)
    const below = this.lines[this.next]
    if (!below) return ''
    // A sequence may sit at its key's own indentation (`key:\n- a`).
    if (below.indent > line.indent || (below.indent === line.indent && below.text.startsWith('- ')))
      return this.block(below.indent, depth + 1)
    return ''
  }

  /** The mapping or sequence whose entries start at `indent`. */
  block(indent: number, depth = 0): Yaml {
    const first = this.lines[this.next]
    if (!first || depth > MAX_DEPTH) return ''
    if (first.text === '-' || first.text.startsWith('- ')) return this.sequence(indent, depth)
    return this.mapping(indent, depth)
  }

  private sequence(indent: number, depth: number): Yaml[] {
    const out: Yaml[] = []
    for (let line = this.lines[this.next]; line && line.indent === indent; line = this.lines[this.next]) {
      if (!(line.text === '-' || line.text.startsWith('- '))) break
      const item = line.text.slice(1).trimStart()
      const column = indent + (line.text.length - item.length)
      if (item === '') {
        this.next++
        out.push(
          this.lines[this.next] && (this.lines[this.next] as Line).indent > indent
            ? this.block((this.lines[this.next] as Line).indent, depth + 1)
            : '',
        )
      } else if (KEY.test(item)) {
        // `- key: value` opens a mapping whose keys sit at the item's column.
        this.lines[this.next] = { ...line, indent: column, text: item }
        out.push(this.mapping(column, depth + 1))
      } else {
        this.next++
        out.push(this.value(item, { ...line, indent: column }, depth))
      }
    }
    return out
  }

  private mapping(indent: number, depth: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {}
    const lines = new Map<string, number>()
    keyLines.set(out, lines)
    for (let line = this.lines[this.next]; line && line.indent >= indent; line = this.lines[this.next]) {
      const m = line.indent === indent ? KEY.exec(line.text) : null
      if (!m) {
        if (line.indent === indent && line.text.startsWith('-')) break
        // A line this reader does not understand is skipped, never looped on.
        this.next++
        continue
      }
      this.next++
      const key = scalar(m[1] ?? '')
      lines.set(key, line.at + 1)
      out[key] = this.value(m[2] ?? '', line, depth)
    }
    return out
  }
}

/** The document as values, or undefined when it is not a block mapping or sequence at its root. */
export function readYaml(text: string): Yaml | undefined {
  const source = text.split(/\r?\n/)
  const lines: Line[] = []
  for (const [at, raw] of source.entries()) {
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---') continue
    lines.push({ indent: raw.length - raw.trimStart().length, text: trimmed, at })
  }
  const reader = new Reader(lines, source)
  const root = reader.block(0)
  return typeof root === 'string' ? undefined : root
}
