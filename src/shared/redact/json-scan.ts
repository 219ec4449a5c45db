import { MAX_JSON_DEPTH } from '../json/tree.ts'

// A strict JSON reader that keeps where each value stands in the text, made for redaction: one pass over the
// characters, one small object per value, string values decoded only when they hold escapes. It accepts what
// JSON.parse accepts (plus a leading BOM) and nothing else. jsonc-parser's syntax tree, built through
// callbacks for every token of every body, took about a third of a redacted export (docs/panel.md).

export interface JsonValue {
  kind: 'object' | 'array' | 'string' | 'number' | 'literal'
  /** [start, end) in the text; a string's quotes included. */
  start: number
  end: number
  /** A string's value. */
  value?: string
  /** An object's member names, in order; `items` holds their values. */
  keys?: string[]
  /** An object's member values or an array's items. */
  items?: JsonValue[]
}

class NotJson extends Error {}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const LITERALS = ['true', 'false', 'null']

class Reader {
  at = 0
  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.at = 1
  }

  private fail(): never {
    throw new NotJson()
  }

  skipSpaces(): void {
    let c = this.text.charCodeAt(this.at)
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = this.text.charCodeAt(++this.at)
  }

  get done(): boolean {
    return this.at >= this.text.length
  }

  value(depth: number): JsonValue {
    this.skipSpaces()
    const c = this.text.charCodeAt(this.at)
    if (c === QUOTE) return this.string()
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_JSON_DEPTH) this.fail()
      return c === 0x7b ? this.object(depth + 1) : this.array(depth + 1)
    }
    const start = this.at
    for (const word of LITERALS)
      if (this.text.startsWith(word, start)) {
        this.at += word.length
        return { kind: 'literal', start, end: this.at }
      }
    this.number()
    return { kind: 'number', start, end: this.at }
  }

  private digits(): void {
    if (!isDigit(this.text.charCodeAt(this.at))) this.fail()
    while (isDigit(this.text.charCodeAt(this.at))) this.at++
  }

  private number(): void {
    if (this.text.charCodeAt(this.at) === 0x2d) this.at++
    if (this.text.charCodeAt(this.at) === 0x30) this.at++
    else this.digits()
    if (this.text.charCodeAt(this.at) === 0x2e) {
      this.at++
      this.digits()
    }
    const e = this.text.charCodeAt(this.at)
    if (e === 0x65 || e === 0x45) {
      const sign = this.text.charCodeAt(++this.at)
      if (sign === 0x2b || sign === 0x2d) this.at++
      this.digits()
    }
  }

  string(): JsonValue {
    const start = this.at
    // Stryker disable next-line BooleanLiteral: decoding a string without escapes gives its raw text (slower)
    let escaped = false
    // Stryker disable next-line EqualityOperator: at the end charCodeAt is NaN, no quote: the loop fails the same
    for (let i = start + 1; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i)
      if (c === QUOTE) {
        this.at = i + 1
        const raw = this.text.slice(start, this.at)
        return { kind: 'string', start, end: this.at, value: escaped ? this.decode(raw) : raw.slice(1, -1) }
      }
      if (c < 0x20) this.fail()
      if (c === BACKSLASH) {
        escaped = true
        i++
      }
    }
    return this.fail()
  }

  private decode(raw: string): string {
    try {
      return JSON.parse(raw) as string
    } catch {
      return this.fail()
    }
  }

  private expect(code: number): void {
    this.skipSpaces()
    if (this.text.charCodeAt(this.at) !== code) this.fail()
    this.at++
  }

  /** True (and consumed) when the next character is `code`. */
  private next(code: number): boolean {
    this.skipSpaces()
    if (this.text.charCodeAt(this.at) !== code) return false
    this.at++
    return true
  }

  private object(depth: number): JsonValue {
    const start = this.at++
    const keys: string[] = []
    const items: JsonValue[] = []
    if (!this.next(0x7d)) {
      do {
        this.skipSpaces()
        if (this.text.charCodeAt(this.at) !== QUOTE) this.fail()
        keys.push(this.string().value as string)
        this.expect(0x3a)
        items.push(this.value(depth))
      } while (this.next(0x2c))
      this.expect(0x7d)
    }
    return { kind: 'object', start, end: this.at, keys, items }
  }

  private array(depth: number): JsonValue {
    const start = this.at++
    const items: JsonValue[] = []
    if (!this.next(0x5d)) {
      do items.push(this.value(depth))
      while (this.next(0x2c))
      this.expect(0x5d)
    }
    return { kind: 'array', start, end: this.at, items }
  }
}

/** The values of a JSON text with their places, or undefined when it is not strict JSON or nests too deep. */
export function scanJson(text: string): JsonValue | undefined {
  const reader = new Reader(text)
  try {
    const root = reader.value(0)
    reader.skipSpaces()
    return reader.done ? root : undefined
    // Stryker disable next-line BlockStatement: only NotJson is thrown here (decode catches JSON.parse's)
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: as above, every error here is a NotJson
    if (error instanceof NotJson) return undefined
    throw error
  }
}
