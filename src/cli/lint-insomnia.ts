import type { NameValue, RequestBody } from '../shared/har/request.ts'
import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import { evaluationUrl } from './client-scripts/evaluation-url.ts'
import { jsonLines } from './client-scripts/json-lines.ts'
import { ClientLinter } from './client-scripts/request-findings.ts'
import type { ClientScript } from './client-scripts/script-effects.ts'
import { indexScripts } from './client-scripts/script-index.ts'
import { ancestors, environmentValues, type Resource } from './insomnia/export.ts'
import { type Resolve, resolver, withValues } from './postman/variables.ts'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** Enabled `{name, value}` pairs (headers, form fields), resolved. */
function pairs(list: unknown, resolve: Resolve): NameValue[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((p) =>
    isObject(p) && p.disabled !== true && typeof p.name === 'string'
      ? [{ name: resolve(p.name), value: resolve(text(p.value)) }]
      : [],
  )
}

function bodyOf(raw: unknown, resolve: Resolve): RequestBody | undefined {
  if (!isObject(raw)) return undefined
  const mimeType = text(raw.mimeType)
  if (Array.isArray(raw.params)) return { mimeType, params: pairs(raw.params, resolve) }
  return typeof raw.text === 'string' ? { mimeType, text: resolve(raw.text) } : undefined
}

/**
 * Lints the requests of an Insomnia v4 export: URL, headers and body with the environments' values
 * (`{{ _.name }}`, base environment first, then sub-environments and folder environments) and the
 * literal variables scripts set; `preRequestScript` of the request and its folders, and scripts that
 * set a variable the body reads, analysed as JavaScript going to that request.
 */
export function lintInsomnia(
  doc: { resources: unknown[] },
  file: string,
  settings: LintSettings,
  source?: string,
): FileResult {
  const lines = jsonLines(source)
  const at = new Map<Resource, number>()
  for (const [i, r] of doc.resources.entries()) if (isObject(r)) at.set(r as Resource, i)
  const resources = [...at.keys()]
  const byId = new Map(resources.map((r) => [r._id, r]))
  const scripts = new Map<Resource, { pre?: ClientScript; after?: ClientScript }>()
  for (const r of resources) {
    const place = (key: string) =>
      text(r[key]).trim() ? lines.script(['resources', at.get(r) ?? 0, key], text(r[key])) : undefined
    const pre = place('preRequestScript')
    const after = place('afterResponseScript')
    if (pre || after) scripts.set(r, { ...(pre ? { pre } : {}), ...(after ? { after } : {}) })
  }
  const all = [...scripts.values()].flatMap((s) => [s.pre, s.after].filter((x) => x !== undefined))
  const index = indexScripts(all)
  const base = new Map<string, string>()
  for (const r of resources) if (r._type === 'environment') environmentValues(r.data, base)
  const linter = new ClientLinter(file, settings, index)
  const findings: CliFinding[] = []
  let requests = 0
  for (const r of resources) {
    if (r._type !== 'request' || typeof r.url !== 'string') continue
    requests++
    const chain = ancestors(r, byId).reverse()
    const values = new Map(base)
    for (const folder of chain) environmentValues(folder.environment, values)
    const resolve = resolver(withValues(values, index.literals))
    const body = bodyOf(r.body, resolve)
    const shownUrl = resolve(r.url)
    const path = ['resources', at.get(r) ?? 0]
    const bodyLine = () => lines.lineOf([...path, 'body', 'text']) ?? lines.lineOf([...path, 'body'])
    const names = [...chain.filter((f) => f._type === 'request_group'), r].map((x) => text(x.name))
    findings.push(
      ...linter.lint({
        request: {
          method: text(r.method).toUpperCase() || 'GET',
          url: evaluationUrl(r.url, shownUrl, settings, resolve),
          headers: pairs(r.headers, resolve),
          ...(body ? { body } : {}),
        },
        shownUrl,
        location: { item: names.join(' / ') },
        bodyLine,
        urlLine: lines.lineOf([...path, 'url']),
        before: [...chain, r].flatMap((x) => scripts.get(x)?.pre ?? []),
      }),
    )
  }
  findings.push(...linter.sentByScripts())
  return { requests, findings }
}
