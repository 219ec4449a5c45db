import { isRecord } from '../bill/shapes.ts'
import type { NormalizedResponse } from '../har/request.ts'
import { responseText } from '../har/response-text.ts'
import { tryJson } from './parse-body.ts'

export interface BillError {
  code: string
  message?: string
}

const asError = (o: unknown): BillError | undefined => {
  if (!isRecord(o)) return undefined
  const code = o.code ?? o.error_code
  if (typeof code !== 'string') return undefined
  const message = o.message ?? o.error_message
  return typeof message === 'string' ? { code, message } : { code }
}

/**
 * The BILL errors in a response: v2's envelope (HTTP 200, response_status 1, response_data.error_code)
 * or v3's array of problems. Bodies without "BDC_" are skipped unparsed, which keeps big HARs cheap.
 */
export function billErrors(response: NormalizedResponse | undefined): BillError[] {
  const text = responseText(response)
  if (!text?.includes('BDC_')) return []
  const json = tryJson(text)
  // Stryker disable next-line ConditionalExpression: a failed parse has no value, which the tests below refuse too
  if (!json.ok) return []
  const doc = json.value
  if (Array.isArray(doc)) return doc.map(asError).filter((e): e is BillError => e !== undefined)
  if (!isRecord(doc)) return []
  if ('response_status' in doc) {
    return doc.response_status !== 0
      ? [asError(doc.response_data)].filter((e): e is BillError => e !== undefined)
      : []
  }
  const single = asError(doc)
  return single ? [single] : []
}
