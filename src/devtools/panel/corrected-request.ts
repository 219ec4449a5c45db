import { DEPRECATIONS } from '../../shared/bill/deprecations.ts'
import type { ParsedBody } from '../../shared/rules/index.ts'
import { parseBody } from '../../shared/rules/index.ts'
import type { AnalyzedRequest } from './analyze.ts'

// The rules whose fix is "remove the field": the deprecations, whose values BILL refuses.
const REMOVABLE: ReadonlySet<string> = new Set(DEPRECATIONS.map((d) => d.ruleId))

/** What "Fix and replay" sends: the endpoint and its body without the refused fields. */
export interface CorrectedRequest {
  endpointId: string
  method: 'GET' | 'POST'
  /** v3: the JSON body; v2: the `data` object. */
  body: Record<string, unknown>
  removed: string[]
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function bodyObject(body: ParsedBody): Record<string, unknown> | undefined {
  if (body.kind === 'json') return isObject(body.value) ? body.value : undefined
  if (body.kind === 'form') return isObject(body.dataJson) ? body.dataJson : undefined
  return undefined
}

/** The engine's fix applied (the flagged fields removed), or undefined when the row has nothing to fix. */
export function correctedRequest(row: AnalyzedRequest): CorrectedRequest | undefined {
  const endpoint = row.target?.endpoint
  const removed = [
    ...new Set(row.findings.filter((f) => REMOVABLE.has(f.ruleId) && f.field).map((f) => f.field as string)),
  ]
  if (!endpoint || removed.length === 0) return undefined
  const original = bodyObject(parseBody(row.captured.request))
  if (!original) return undefined
  const body = Object.fromEntries(Object.entries(original).filter(([key]) => !removed.includes(key)))
  return { endpointId: endpoint.id, method: endpoint.method, body, removed }
}
