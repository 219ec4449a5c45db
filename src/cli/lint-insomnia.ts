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

/** Where a resource's parts sit in the file: its URL, its body (the line holding `field` if known), a script. */
export interface ResourceLines {
  url(resource: Resource): number | undefined
  body(resource: Resource, field?: string): number | undefined
  script(resource: Resource, key: string, text: string): ClientScript
}

/** Lines of a v4 export (JSON): its `resources[]` entries by index. */
function jsonResourceLines(resources: readonly unknown[], source: string | undefined): ResourceLines {
  const lines = jsonLines(source)
  const at = new Map<unknown, number>()
  for (const [i, r] of resources.entries()) at.set(r, i)
  const path = (r: Resource) => ['resources', at.get(r) ?? 0]
  return {
    url: (r) => lines.lineOf([...path(r), 'url']),
    // A JSON string is one line: the body's line, whatever field is asked for.
    body: (r) => lines.lineOf([...path(r), 'body', 'text']) ?? lines.lineOf([...path(r), 'body']),
    script: (r, key, text) => lines.script([...path(r), key], text),
  }
}

/** Lints an Insomnia v4 export (JSON). */
export function lintInsomnia(
  doc: { resources: unknown[] },
  file: string,
  settings: LintSettings,
  source?: string,
): FileResult {
  const resources = doc.resources.filter(isObject) as Resource[]
  return lintResources(resources, jsonResourceLines(doc.resources, source), file, settings)
}

/**
 * Lints Insomnia's requests (v4 resources, or v5 items brought to that shape): URL, headers and body
 * with the environments' values (`{{ _.name }}`, base environment first, then sub-environments and
 * folder environments) and the literal variables scripts set; the pre-request scripts of the request and
 * its folders, and scripts that set a variable the body reads, analysed as JavaScript going to it.
 */
export function lintResources(
  resources: readonly Resource[],
  where: ResourceLines,
  file: string,
  settings: LintSettings,
): FileResult {
  const byId = new Map(resources.map((r) => [r._id, r]))
  const scripts = new Map<Resource, { pre?: ClientScript; after?: ClientScript }>()
  for (const r of resources) {
    const place = (key: string) => (text(r[key]).trim() ? where.script(r, key, text(r[key])) : undefined)
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
        bodyLine: (field?: string) => where.body(r, field),
        urlLine: where.url(r),
        before: [...chain, r].flatMap((x) => scripts.get(x)?.pre ?? []),
      }),
    )
  }
  findings.push(...linter.sentByScripts())
  return { requests, findings }
}
