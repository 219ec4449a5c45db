import { EndpointIndex } from '../../../../../src/cli/source/structural/endpoints.ts'
import { lines } from '../mfa-findings.ts'
import { snippet } from './snippet.ts'

/** Where each use of a field name goes, in the order they are written: kinds (sorted) or where the search stopped. */
export function resolved(language: string, field: string, ...source: string[]): (string | string[])[] {
  const { root, grammar } = snippet(language, lines(...source))
  const index = new EndpointIndex(root, grammar)
  return root
    .findAll({ rule: { regex: `^${field}$` } })
    .filter((n) => n.isNamedLeaf())
    .map((n) => {
      const r = index.resolve(n)
      return typeof r === 'string' ? r : [...r].sort()
    })
}
