import { tryJson } from '../../shared/rules/parse-body.ts'

/** Pretty-printed JSON and where each character of the original text went, so ranges can follow. */
export interface PrettyText {
  text: string
  /**
   * map[i] = where the output for original offset i begins (length + 1 entries). A closing bracket's output
   * begins with its line break, so a range ending at it ends right after the value; dropped whitespace maps
   * to the next output.
   */
  map: Int32Array
}

const INDENT = '  '

/**
 * Re-indents valid JSON without re-serializing it: every token is kept as written (string escapes, number
 * spellings, duplicate keys), so the engine's character ranges stay meaningful. Undefined for non-JSON.
 */
export function prettyJson(source: string): PrettyText | undefined {
  if (!tryJson(source).ok) return undefined
  const map = new Int32Array(source.length + 1)
  let out = ''
  let depth = 0
  const nextSignificant = (from: number) => {
    let j = from
    while (j < source.length && /\s|\uFEFF/.test(source[j] ?? '')) j++
    return source[j]
  }
  for (let i = 0; i < source.length; i++) {
    map[i] = out.length
    const c = source[i] as string
    if (c === '"') {
      let j = i + 1
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1
      for (let k = i; k <= j && k < source.length; k++) map[k] = out.length + (k - i)
      out += source.slice(i, j + 1)
      i = j
    } else if (/\s|\uFEFF/.test(c)) {
      // dropped: the layout is ours
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      if (nextSignificant(i + 1) === close) out += c
      else out += `${c}\n${INDENT.repeat(++depth)}`
    } else if (c === '}' || c === ']') {
      const previous = out.trimEnd().at(-1)
      if (previous === '{' || previous === '[') out += c
      else out += `\n${INDENT.repeat(--depth)}${c}`
    } else if (c === ',') {
      out += `,\n${INDENT.repeat(depth)}`
    } else if (c === ':') {
      out += ': '
    } else {
      out += c
    }
  }
  map[source.length] = out.length
  return { text: out, map }
}

/** A range of the original text in the pretty text. */
export function mapRange(pretty: PrettyText, [start, end]: readonly [number, number]): [number, number] {
  const last = pretty.map.length - 1
  return [pretty.map[Math.min(start, last)] ?? 0, pretty.map[Math.min(end, last)] ?? 0]
}
