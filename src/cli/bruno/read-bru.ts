// Bruno's request files (.bru): top-level blocks `name {` … `}` (the closing brace alone at the start of
// a line). Dictionary blocks (meta, the method block, headers, vars, form bodies) hold `key: value`
// lines, `~` marking one disabled; text blocks (body:json, scripts, tests) hold text indented by two
// spaces. Read line by line, linear in the file; anything else is skipped.

interface BruPair {
  name: string
  value: string
  line: number
}

interface BruText {
  text: string
  /** The file's line of the text's first line. */
  line: number
}

export interface BruFile {
  method?: string
  url?: BruPair
  headers: BruPair[]
  /** The method block's `body:` mode (json, text, formUrlEncoded, none...). */
  bodyMode?: string
  /** `body:json`, `body:text`… by mode, as text; `body:form-urlencoded` as pairs. */
  bodies: Map<string, BruText>
  form: BruPair[]
  vars: BruPair[]
  /** `script:pre-request`, run before the request is sent. */
  preRequest?: BruText
  /** `script:post-response` and `tests`: they can set variables for later requests. */
  after: BruText[]
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'connect', 'trace'])
const TEXT_BLOCKS =
  /^(?:body:(?:json|text|xml|sparql|graphql)|script:(?:pre-request|post-response)|tests|docs)$/

function pairs(lines: readonly string[], first: number): BruPair[] {
  const out: BruPair[] = []
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim()
    const colon = line.indexOf(':')
    if (colon <= 0 || line.startsWith('~')) continue
    out.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), line: first + i })
  }
  return out
}

const dedent = (lines: readonly string[]) =>
  lines.map((l) => (l.startsWith('  ') ? l.slice(2) : l)).join('\n')

export function readBru(source: string): BruFile {
  const file: BruFile = { headers: [], bodies: new Map(), form: [], vars: [], after: [] }
  const lines = source.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const open = /^([\w:-]+)\s*\{\s*$/.exec(lines[i] ?? '')
    if (!open?.[1]) continue
    const name = open[1]
    let end = i + 1
    while (end < lines.length && !/^\}\s*$/.test(lines[end] ?? '')) end++
    const content = lines.slice(i + 1, end)
    const first = i + 2
    if (METHODS.has(name)) {
      file.method = name.toUpperCase()
      const dict = pairs(content, first)
      file.url = dict.find((p) => p.name === 'url')
      const mode = dict.find((p) => p.name === 'body')?.value
      if (mode) file.bodyMode = mode
    } else if (name === 'headers') file.headers = pairs(content, first)
    else if (name === 'vars:pre-request') file.vars = pairs(content, first)
    else if (name === 'body:form-urlencoded') file.form = pairs(content, first)
    else if (TEXT_BLOCKS.test(name)) {
      const text = { text: dedent(content), line: first }
      if (name === 'script:pre-request') file.preRequest = text
      else if (name === 'script:post-response' || name === 'tests') file.after.push(text)
      else if (name.startsWith('body:')) file.bodies.set(name.slice(5), text)
    }
    i = end
  }
  return file
}
