import type { NormalizedResponse } from '../har/request.ts'
import { responseText } from '../har/response-text.ts'
import { tryJson } from './parse-body.ts'

export interface BillError {
  code: string
  message?: string
}

const asError = (v: unknown): BillError | undefined => {
  if (typeof v !== 'object' || v === null) return undefined
  const o = v as Record<string, unknown>
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
  if (!json.ok) return []
  const doc = json.value
  if (Array.isArray(doc)) return doc.map(asError).filter((e): e is BillError => e !== undefined)
  if (typeof doc !== 'object' || doc === null) return []
  const envelope = doc as Record<string, unknown>
  if ('response_status' in envelope) {
    const data = envelope.response_data
    return envelope.response_status !== 0
      ? [asError(data)].filter((e): e is BillError => e !== undefined)
      : []
  }
  const single = asError(doc)
  return single ? [single] : []
}
