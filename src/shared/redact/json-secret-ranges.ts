import { isSecretName, looksLikePhone } from './secret-names.ts'

// Where secrets sit in a JSON text, so the panel can mask them in place and still highlight findings by
// their ranges. One linear pass; total on any input (stops at the first thing that is not JSON).

export type TextRange = [number, number]

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\uFEFF'

function decodeString(raw: string): string {
  try {
    const s: unknown = JSON.parse(raw)
    return typeof s === 'string' ? s : raw
  } catch {
    return raw
  }
}

/** [start, end) of every secret value (by member name, any depth) and of every phone-like string. */
export function jsonSecretRanges(text: string): TextRange[] {
  const ranges: TextRange[] = []
  const ws = (i: number) => {
    while (i < text.length && isSpace(text[i])) i++
    return i
  }
  const skipString = (i: number) => {
    i++
    while (i < text.length) {
      if (text[i] === '\\') i += 2
      else if (text[i] === '"') return i + 1
      else i++
    }
    return text.length
  }
  // Returns the index after the value starting at i (after spaces), recording ranges into `into`.
  const value = (from: number, into: TextRange[]): number => {
    const i = ws(from)
    const c = text[i]
    if (c === '"') {
      const end = skipString(i)
      if (looksLikePhone(decodeString(text.slice(i, end)))) into.push([i, end])
      return end
    }
    if (c === '{' || c === '[') return container(i, into)
    let end = i
    while (end < text.length && !/[\s,}\]]/.test(text[end] ?? '')) end++
    return end
  }
  const container = (start: number, into: TextRange[]): number => {
    const isObject = text[start] === '{'
    const close = isObject ? '}' : ']'
    let i = ws(start + 1)
    if (text[i] === close) return i + 1
    while (i < text.length) {
      let secret = false
      if (isObject) {
        if (text[i] !== '"') return i
        const keyEnd = skipString(i)
        secret = isSecretName(decodeString(text.slice(i, keyEnd)))
        i = ws(keyEnd)
        if (text[i] !== ':') return i
        i++
      }
      const valueStart = ws(i)
      const valueEnd = value(valueStart, secret ? [] : into)
      if (valueEnd <= valueStart) return valueEnd
      if (secret) into.push([valueStart, valueEnd])
      i = ws(valueEnd)
      if (text[i] === ',') i = ws(i + 1)
      else return text[i] === close ? i + 1 : i
    }
    return i
  }
  value(0, ranges)
  return ranges
}
