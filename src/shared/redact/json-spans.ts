import { type JsonNode, members } from '../json/tree.ts'
import { isCredentialName, isSecretName, isSecretValue, looksLikePhone } from './secret-names.ts'
import type { SecretSpan } from './spans.ts'

/** Redacts a text found inside another (a JSON string holding JSON, a form, XML): the text's own shape. */
export type NestedRedact = (text: string) => string

const JSON_REDACTED = '"[redacted]"'
// Members of {name, value} pairs (HAR headers, Postman's {key, value}, custom field lists).
const PAIR_NAMES = ['name', 'key', 'field', 'header', 'param']

const stringOf = (node: JsonNode | undefined) =>
  node?.type === 'string' ? (node.value as string) : undefined

function secretSpan(text: string, node: JsonNode, name: string): SecretSpan {
  const raw = text.slice(node.offset, node.offset + node.length)
  const value = node.type === 'string' ? (node.value as string) : node.type === 'number' ? raw : undefined
  return {
    start: node.offset,
    end: node.offset + node.length,
    replacement: JSON_REDACTED,
    ...(value !== undefined && isCredentialName(name) ? { value } : {}),
  }
}

/**
 * Secrets in a JSON text: values under a secret name at any depth, `value` of a {name, value} pair naming
 * a secret, phone-like strings, and strings that hold a redactable text of their own (JSON in a string).
 */
export function jsonSpans(text: string, nested: NestedRedact, root: JsonNode): SecretSpan[] {
  const spans: SecretSpan[] = []
  const visit = (node: JsonNode): void => {
    if (node.type === 'object') {
      const pairs = members(node)
      // Any of the pair's names may be the one that says what it holds ({"name": "Dev key", "key": "devKey"}).
      const pairName = pairs
        .map(([k, v]) => (PAIR_NAMES.includes(k.value) ? stringOf(v) : undefined))
        .find((n) => n !== undefined && isSecretName(n))
      for (const [key, value] of pairs) {
        const name = key.value as string
        if (isSecretValue(name, stringOf(value))) spans.push(secretSpan(text, value, name))
        else if (name === 'value' && pairName && isSecretValue(pairName, stringOf(value)))
          spans.push(secretSpan(text, value, pairName))
        else visit(value)
      }
    } else if (node.type === 'array') {
      for (const child of node.children ?? []) visit(child)
    } else if (node.type === 'string') {
      const value = node.value as string
      const end = node.offset + node.length
      if (looksLikePhone(value)) spans.push({ start: node.offset, end, replacement: JSON_REDACTED })
      else {
        const redacted = nested(value)
        if (redacted !== value) spans.push({ start: node.offset, end, replacement: JSON.stringify(redacted) })
      }
    }
  }
  visit(root)
  return spans
}
