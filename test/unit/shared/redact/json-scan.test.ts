import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../../../../src/shared/json/tree.ts'
import { type JsonValue, scanJson } from '../../../../src/shared/redact/json-scan.ts'

// The redaction's JSON reader must accept exactly what JSON.parse accepts, and say where each value stands.

/** The value a scanned node stands for, rebuilt from the text at its offsets. */
function rebuilt(text: string, node: JsonValue): unknown {
  const raw = text.slice(node.start, node.end)
  if (node.kind === 'string') {
    expect(JSON.parse(raw)).toBe(node.value)
    return node.value
  }
  if (node.kind === 'array') return (node.items ?? []).map((item) => rebuilt(text, item))
  if (node.kind === 'object')
    return Object.fromEntries(
      (node.keys ?? []).map((k, i) => [k, rebuilt(text, node.items?.[i] as JsonValue)]),
    )
  return JSON.parse(raw)
}

const accepts = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

// JSON texts, pretty or not, with a character dropped, doubled or replaced here and there.
const jsonText = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.boolean())
  .map(([json, pretty]) => (pretty ? JSON.stringify(JSON.parse(json), null, 2) : json))
const damaged = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom('', '"', '\\', ',', '}', ']', ':', '\u0001', ' ', '0', '-', 'e', 'x'),
  )
  .map(([text, at, c]) => {
    const i = at % (text.length + 1)
    return text.slice(0, i) + c + text.slice(i + 1)
  })

describe('scanJson', () => {
  it('accepts what JSON.parse accepts, with each value at its place', () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, damaged), (text) => {
        const root = scanJson(text)
        expect(root !== undefined, text).toBe(accepts(text))
        if (root) expect(rebuilt(text, root)).toEqual(JSON.parse(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads a leading BOM as space, and no text nested deeper than the trees of the code base', () => {
    expect(scanJson('\uFEFF{"a": 1}')?.items?.[0]).toMatchObject({ kind: 'number', start: 7, end: 8 })
    expect(scanJson(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)?.kind).toBe('array')
    expect(scanJson(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)).toBeUndefined()
    expect(scanJson('{"a": "\\u00e9\\n", "b": [true, false, null, -1.5e+3]}')).toMatchObject({
      keys: ['a', 'b'],
      items: [
        { kind: 'string', value: 'é\n', start: 6, end: 16 },
        { kind: 'array', start: 23 },
      ],
    })
  })
})
