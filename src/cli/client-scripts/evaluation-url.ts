import { ENDPOINTS } from '../../shared/bill/endpoints.ts'
import { billTarget } from '../../shared/rules/target.ts'
import type { LintSettings } from '../cli-finding.ts'

const V2_FILES = new Map(ENDPOINTS.filter((e) => e.api === 'v2').map((e) => [e.path.toLowerCase(), e.path]))
/** A URL whose host is a {{variable}}: group 1 is the rest (path, query, fragment). */
const VARIABLE_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?\{\{[^{}]+\}\}[^/?#]*(.*)$/is

/**
 * The URL the engine evaluates. A request of an API client file (Postman, Insomnia, Bruno) written against
 * a variable host (`{{url}}/MFAChallenge.json`) is BILL's by its path, whatever the variable holds: a
 * team environment may point it at a proxy, or not be at hand. A v2 request is then recognised by its
 * BILL file name alone.
 */
export function evaluationUrl(
  written: string,
  resolved: string,
  settings: LintSettings,
  resolve: (s: string) => string,
) {
  if (billTarget('POST', resolved, settings.hosts)) return resolved
  const rest = VARIABLE_HOST.exec(written)?.[1]
  if (rest === undefined) return resolved
  const tail = resolve(rest)
  const cut = tail.search(/[?#]/)
  const path = cut < 0 ? tail : tail.slice(0, cut)
  const file = V2_FILES.get(path.slice(path.lastIndexOf('/') + 1).toLowerCase())
  return `{{bill}}${file ? `/api/v2/${file}` : path}${cut < 0 ? '' : tail.slice(cut)}`
}
