import type { NameValue, RequestBody } from '../shared/har/request.ts'
import { readBru } from './bruno/read-bru.ts'
import type { FileResult, LintSettings } from './cli-finding.ts'
import { evaluationUrl } from './client-scripts/evaluation-url.ts'
import { ClientLinter } from './client-scripts/request-findings.ts'
import type { ClientScript } from './client-scripts/script-effects.ts'
import { indexScripts } from './client-scripts/script-index.ts'
import { type Resolve, resolver, withValues } from './postman/variables.ts'

/** A text block of the file as a script placed on the file's lines. */
const placed = (block: { text: string; line: number }): ClientScript => ({
  text: block.text,
  line(offset) {
    let line = block.line
    for (let i = block.text.indexOf('\n'); i !== -1 && i < offset; i = block.text.indexOf('\n', i + 1)) line++
    return line
  },
})

const resolvePairs = (list: readonly NameValue[], resolve: Resolve) =>
  list.map((p) => ({ name: resolve(p.name), value: resolve(p.value) }))

/**
 * Lints a Bruno request file (.bru): its method block's URL, headers and body (JSON or text, or a
 * urlencoded form) with `vars:pre-request` and the literal variables its scripts set resolved, and its
 * pre-request script (`req.setBody(…)`, `bru.setVar(…)`) read as JavaScript going to that request.
 * A .bru file without a request (collection.bru, an environment) has nothing to lint.
 */
export function lintBruno(text: string, file: string, settings: LintSettings): FileResult {
  const bru = readBru(text)
  if (!bru.method || !bru.url) return { requests: 0, findings: [] }
  const before = bru.preRequest ? [placed(bru.preRequest)] : []
  const scripts = [...before, ...bru.after.map(placed)]
  const index = indexScripts(scripts)
  const resolve = resolver(withValues(new Map(bru.vars.map((v) => [v.name, v.value])), index.literals))
  const mode = bru.bodyMode?.toLowerCase() ?? ''
  const raw = bru.bodies.get(mode) ?? (mode === '' ? [...bru.bodies.values()][0] : undefined)
  const body: RequestBody | undefined = mode.startsWith('formurlencoded')
    ? { mimeType: 'application/x-www-form-urlencoded', params: resolvePairs(bru.form, resolve) }
    : raw && { ...(mode === 'text' ? {} : { mimeType: 'application/json' }), text: resolve(raw.text) }
  const bodyLine = (field?: string) => {
    const pair = bru.form.find((p) => p.name === field || p.name === 'data')
    if (pair) return pair.line
    if (!raw) return undefined
    const at = field ? raw.text.indexOf(`"${field}"`) : -1
    return at < 0 ? raw.line : placed(raw).line(at)
  }
  const shownUrl = resolve(bru.url.value)
  const request = {
    method: bru.method,
    url: evaluationUrl(bru.url.value, shownUrl, settings, resolve),
    headers: resolvePairs(bru.headers, resolve),
    ...(body ? { body } : {}),
  }
  const linter = new ClientLinter(file, settings, index)
  const findings = linter.lint({ request, shownUrl, location: {}, bodyLine, urlLine: bru.url.line, before })
  findings.push(...linter.sentByScripts())
  return { requests: 1, findings }
}
