import type { JsonValue } from './json-scan.ts'
import { isCredentialName, isSecretName, isSecretValue, looksLikePhone } from './secret-names.ts'
import type { SecretSpan } from './spans.ts'

/**
 * Redacts a text found inside another (a JSON string holding JSON, a form, XML): the text's own shape.
 * `verbatim`: the text stands as is in the outer one, whose search for known secrets covers it already.
 */
export type NestedRedact = (text: string, verbatim?: boolean) => string

const JSON_REDACTED = '"[redacted]"'
// Members of {name, value} pairs (HAR headers, Postman's {key, value}, custom field lists).
const PAIR_NAMES = ['name', 'key', 'field', 'header', 'param']

// Stryker disable next-line ConditionalExpression,OptionalChaining: only strings have a value; nodes are never missing
const stringOf = (node: JsonValue | undefined) => (node?.kind === 'string' ? node.value : undefined)

function secretSpan(text: string, node: JsonValue, name: string): SecretSpan {
  const value =
    node.kind === 'string'
      ? node.value
      : node.kind === 'number'
        ? text.slice(node.start, node.end)
        : undefined
  return {
    start: node.start,
    end: node.end,
    replacement: JSON_REDACTED,
    ...(value !== undefined && isCredentialName(name) ? { value } : {}),
  }
}

/** Any of a pair's names may be the one that says what it holds ({"name": "Dev key", "key": "devKey"}). */
function pairNameOf(keys: readonly string[], items: readonly JsonValue[]): string | undefined {
  // Stryker disable next-line EqualityOperator: keys[keys.length] is undefined, never a pair's name
  for (let i = 0; i < keys.length; i++) {
    if (!PAIR_NAMES.includes(keys[i] as string)) continue
    const name = stringOf(items[i])
    if (name !== undefined && isSecretName(name)) return name
  }
  return undefined
}

/**
 * Secrets in a JSON text: values under a secret name at any depth, `value` of a {name, value} pair naming
 * a secret, phone-like strings, and strings that hold a redactable text of their own (JSON in a string).
 */
export function jsonSpans(text: string, nested: NestedRedact, root: JsonValue): SecretSpan[] {
  // Stryker disable next-line ArrayDeclaration: a stray element has no start, end or value: every reader drops it
  const spans: SecretSpan[] = []
  visit(text, nested, root, spans)
  return spans
}

function visit(text: string, nested: NestedRedact, node: JsonValue, spans: SecretSpan[]): void {
  // Stryker disable next-line ArrayDeclaration: only objects and arrays read `items`, and they always have them
  const items = node.items ?? []
  if (node.keys) {
    const pairName = pairNameOf(node.keys, items)
    for (let i = 0; i < items.length; i++) {
      const name = node.keys[i] as string
      const value = items[i] as JsonValue
      if (isSecretValue(name, stringOf(value))) spans.push(secretSpan(text, value, name))
      else if (name === 'value' && pairName && isSecretValue(pairName, stringOf(value)))
        spans.push(secretSpan(text, value, pairName))
      else visit(text, nested, value, spans)
    }
  } else if (node.kind === 'array') for (const child of items) visit(text, nested, child, spans)
  else if (node.kind === 'string') {
    const value = node.value as string
    if (looksLikePhone(value)) spans.push({ start: node.start, end: node.end, replacement: JSON_REDACTED })
    else {
      // Written without escapes, the string reads as it is written: the outer text's search covers it.
      // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: `verbatim` only spares a second search of the same characters
      const redacted = nested(value, node.end - node.start === value.length + 2)
      if (redacted !== value)
        spans.push({ start: node.start, end: node.end, replacement: JSON.stringify(redacted) })
    }
  }
}
