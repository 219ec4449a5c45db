// The one request shape the rules engine reads, whatever it came from (HAR, Postman, webRequest, own calls).

export interface NameValue {
  name: string
  value: string
}

export interface RequestBody {
  /** Content type as sent, e.g. "application/x-www-form-urlencoded; charset=UTF-8". */
  mimeType?: string
  /** The body exactly as shown to the user; finding ranges point into it. */
  text?: string
  /** Already-decoded form fields, used only when there is no text (HAR params, webRequest formData). */
  params?: readonly NameValue[]
}

interface ResponseBody {
  text: string
  /** HAR's content.encoding: "base64" means text still has to be decoded. */
  encoding?: string
}

export interface NormalizedResponse {
  status: number
  body?: ResponseBody
}

export interface NormalizedRequest {
  method: string
  url: string
  headers: readonly NameValue[]
  body?: RequestBody
  /** When the request started (ISO 8601), if known. */
  time?: string
  response?: NormalizedResponse
}
