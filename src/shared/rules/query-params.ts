import { formDecode } from '../har/form-value.ts'

export interface QueryParam {
  name: string
  /** [start, end) of "name=value" in the URL string. */
  range: [number, number]
}

/** The query parameters of a URL string with their positions; works on unresolved URLs ({{baseUrl}}) too. */
export function queryParams(url: string): QueryParam[] {
  const q = url.indexOf('?')
  if (q < 0) return []
  const hash = url.indexOf('#', q)
  // Stryker disable next-line EqualityOperator: the "#" comes after the "?", never at 0
  const end = hash < 0 ? url.length : hash
  const params: QueryParam[] = []
  let start = q + 1
  // Stryker disable next-line EqualityOperator: at start === end the part is empty and adds nothing
  while (start <= end) {
    const amp = url.indexOf('&', start)
    // Stryker disable next-line EqualityOperator: an "&" is after the "?" (never at 0) and never where the end is ("#" or past the URL)
    const stop = amp < 0 || amp > end ? end : amp
    if (stop > start) {
      const part = url.slice(start, stop)
      const eq = part.indexOf('=')
      params.push({ name: formDecode(eq < 0 ? part : part.slice(0, eq)), range: [start, stop] })
    }
    start = stop + 1
  }
  return params
}

/** Query names that carry BILL credentials, compared case-insensitively (BILL refuses them in a URL). */
const CREDENTIAL_PARAMS = ['devkey', 'sessionid', 'username', 'password']

export const isBillCredentialParam = (name: string) => CREDENTIAL_PARAMS.includes(name.toLowerCase())
