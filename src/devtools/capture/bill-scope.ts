// Which captured requests have their response body read: those that may be BILL's (src/shared/bill/scope.ts
// decides what is BILL traffic, for the panel and every other reader alike).
export { mayBeBillUrl as mayBeBill } from '../../shared/bill/scope.ts'

/** The host of a base URL, e.g. "127.0.0.1:4010", or undefined for a malformed one. */
export function hostOf(baseUrl: string): string | undefined {
  try {
    return new URL(baseUrl).host
  } catch {
    return undefined
  }
}
