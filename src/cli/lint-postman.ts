import type { CliFinding, FileResult, LintSettings } from './cli-finding.ts'
import { evaluationUrl } from './client-scripts/evaluation-url.ts'
import { jsonLines } from './client-scripts/json-lines.ts'
import { ClientLinter } from './client-scripts/request-findings.ts'
import { indexScripts } from './client-scripts/script-index.ts'
import { walkCollection } from './postman/collection.ts'
import { bodyLines } from './postman/lines.ts'
import { toRequest } from './postman/request.ts'
import { collectionScripts } from './postman/scripts.ts'
import { resolver, type Variables, withValues } from './postman/variables.ts'

/** Defects of a malformed collection, in one line: the first, and how many more. */
function describeDefects(defects: readonly string[]): string | undefined {
  if (defects.length === 0) return undefined
  const more = defects.length > 1 ? ` (and ${defects.length - 1} more)` : ''
  return `malformed Postman collection: ${defects[0]}${more}`
}

/**
 * Lints every request of a Postman collection (v2.0 or v2.1, nested folders) after resolving
 * {{variables}} (collection, folders, then the environment's, which win as in Postman, then literal
 * values its scripts set). Pre-request scripts that write the body, and scripts that set a variable the
 * body reads, are analysed as JavaScript going to that request. Findings carry the line of the file
 * (`text`) that holds the body, URL or script line. Malformed parts are skipped and described in
 * `problem`; the rest is still linted.
 */
export function lintPostman(
  doc: object,
  file: string,
  settings: LintSettings,
  env: Variables = {},
  text?: string,
): FileResult {
  const walk = walkCollection(doc as Record<string, unknown>, env)
  const defects = walk.defects
  const lines = jsonLines(text)
  const scripts = collectionScripts(doc, lines)
  const chains = walk.items.map((item) => scripts.chain(item.pointer))
  const index = indexScripts(scripts.all)
  const linter = new ClientLinter(file, settings, index)
  const findings: CliFinding[] = []
  let requests = 0
  for (const [i, item] of walk.items.entries()) {
    const resolve = resolver(withValues(item.values, index.literals))
    const read = toRequest(item.request, (reason) => defects.push(`item "${item.path}": ${reason}`), resolve)
    if (!read) continue
    requests++
    const url = evaluationUrl(read.writtenUrl, read.request.url, settings, resolve)
    const request = url === read.request.url ? read.request : { ...read.request, url }
    const client = {
      request,
      shownUrl: read.request.url,
      location: { item: item.path },
      ...bodyLines(item.request, [...item.pointer, 'request'], lines),
      before: chains[i] ?? [],
    }
    for (const f of linter.engine(client))
      findings.push(f.report.field ? { ...f, fixTarget: { itemPath: item.pointer } } : f)
    findings.push(...linter.scripted(client))
  }
  findings.push(...linter.sentByScripts())
  const problem = describeDefects(defects)
  return { requests, findings, ...(problem ? { problem } : {}) }
}
