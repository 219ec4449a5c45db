// BILL hosts and base URLs (shared/reference/bill-api.md §1).
export type BillApi = 'v2' | 'v3'
export type BillEnvironment = 'sandbox' | 'production'

export interface BaseUrls {
  /** v3 base, paths are appended as /v3/... (e.g. https://gateway.stage.bill.com/connect) */
  v3: string
  /** v2 base, paths are appended as /Login.json (e.g. https://api-stage.bill.com/api/v2) */
  v2: string
}

export const BASE_URLS: Record<BillEnvironment, BaseUrls> = {
  // DOC development-environments; DOC changelog 2024-07-08 (v2 stage host)
  sandbox: { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' },
  // DOC get-started-in-production
  production: { v3: 'https://gateway.prod.bill.com/connect', v2: 'https://api.bill.com/api/v2' },
}

export interface KnownHost {
  host: string
  api: BillApi
  environment: BillEnvironment
  /** Set for hosts BILL has shut down. */
  sunset?: { on: string; replacement: string }
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  { host: 'gateway.stage.bill.com', api: 'v3', environment: 'sandbox' },
  { host: 'api-stage.bill.com', api: 'v2', environment: 'sandbox' },
  { host: 'gateway.prod.bill.com', api: 'v3', environment: 'production' },
  { host: 'api.bill.com', api: 'v2', environment: 'production' },
  // DOC changelog 2024-07-08: the old v2 sandbox, shut down on 2024-08-31 (test data was not migrated).
  {
    host: 'api-sandbox.bill.com',
    api: 'v2',
    environment: 'sandbox',
    sunset: { on: '2024-08-31', replacement: 'api-stage.bill.com' },
  },
]

export function knownHost(hostname: string): KnownHost | undefined {
  const h = hostname.toLowerCase()
  return KNOWN_HOSTS.find((k) => k.host === h)
}

/** The origins a base URL needs as a host permission, e.g. https://api-stage.bill.com/* */
export function originPattern(baseUrl: string): string {
  const u = new URL(baseUrl)
  return `${u.protocol}//${u.hostname}/*`
}
