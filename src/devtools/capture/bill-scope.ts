// Which captured requests have their response body read: those that may be BILL's (src/shared/bill/scope.ts
// decides what is BILL traffic, for the panel and every other reader alike).
import { knownHost } from '../../shared/bill/hosts.ts'
import { MAY_BE_BILL } from '../../shared/har/entries.ts'

export { mayBeBillUrl as mayBeBill } from '../../shared/bill/scope.ts'

/**
 * True when a request to `url` cannot be BILL's, told without parsing it: it holds none of BILL_URL_TERMS
 * (as bill-mfa-lint skips such entries) and the extra hosts are BILL's own (whose names are among those
 * terms). With any other extra host it is false: only the scope decision (billTarget) tells.
 */
export function cannotBeBill(url: string, extraHosts: readonly string[]): boolean {
  return extraHosts.every((h) => knownHost(h) !== undefined) && !MAY_BE_BILL.test(url)
}

/** The host of a base URL, e.g. "127.0.0.1:4010", or undefined for a malformed one. */
export function hostOf(baseUrl: string): string | undefined {
  try {
    return new URL(baseUrl).host
  } catch {
    return undefined
  }
}
