// The part of HAR 1.2 that Chrome and Firefox both export and that the linter reads. Every field is
// optional because exports in the wild omit fields the spec calls required.

export interface HarNameValue {
  name?: unknown
  value?: unknown
}

export interface HarPostData {
  mimeType?: unknown
  text?: unknown
  params?: unknown
}

export interface HarRequest {
  method?: unknown
  url?: unknown
  headers?: unknown
  postData?: HarPostData
}

export interface HarResponse {
  status?: unknown
  content?: { text?: unknown; encoding?: unknown }
}

export interface HarEntry {
  startedDateTime?: unknown
  request?: HarRequest
  response?: HarResponse
}

export interface HarLog {
  log: { entries: unknown[] }
}

/** True for a parsed JSON document that has HAR's log.entries array. */
export function isHar(doc: unknown): doc is HarLog {
  if (typeof doc !== 'object' || doc === null) return false
  const log = (doc as { log?: unknown }).log
  return typeof log === 'object' && log !== null && Array.isArray((log as { entries?: unknown }).entries)
}
