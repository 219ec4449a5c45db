// BILL's hosts and base URLs (docs/bill-api.md §1): the one code file that names them. The manifests' host
// permissions (scripts/flavours.ts), the tab watcher's filter, the base URLs and the lint's sunset check all
// derive from KNOWN_HOSTS.
export type BillApi = 'v2' | 'v3'
export type BillEnvironment = 'sandbox' | 'production'

export interface BaseUrls {
  /** v3 base, paths are appended as /v3/... (the gateway host, then /connect) */
  v3: string
  /** v2 base, paths are appended as /Login.json (the API host, then /api/v2) */
  v2: string
}

export interface KnownHost {
  host: string
  api: BillApi
  environment: BillEnvironment
  /**
   * How the extension asks for it: `required` at install (the sandbox, the tool's purpose), `optional` when a
   * production profile is saved, `none` for hosts that are gone.
   */
  permission: 'required' | 'optional' | 'none'
  /** Set for hosts BILL has shut down. */
  sunset?: { on: string; replacement: string }
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  // DOC development-environments; DOC changelog 2024-07-08 (the v2 stage host).
  { host: 'gateway.stage.bill.com', api: 'v3', environment: 'sandbox', permission: 'required' },
  { host: 'api-stage.bill.com', api: 'v2', environment: 'sandbox', permission: 'required' },
  // DOC get-started-in-production.
  { host: 'gateway.prod.bill.com', api: 'v3', environment: 'production', permission: 'optional' },
  { host: 'api.bill.com', api: 'v2', environment: 'production', permission: 'optional' },
  // DOC changelog 2024-07-08: the old v2 sandbox, shut down on 2024-08-31 (test data was not migrated).
  {
    host: 'api-sandbox.bill.com',
    api: 'v2',
    environment: 'sandbox',
    permission: 'none',
    sunset: { on: '2024-08-31', replacement: 'api-stage.bill.com' },
  },
]

/** Where each API lives below its host. */
const BASE_PATH: Record<BillApi, string> = { v3: '/connect', v2: '/api/v2' }

function baseUrl(environment: BillEnvironment, api: BillApi): string {
  const found = KNOWN_HOSTS.find((k) => k.environment === environment && k.api === api && !k.sunset)
  if (!found) throw new Error(`No ${environment} host for ${api}`)
  return `https://${found.host}${BASE_PATH[api]}`
}

export const BASE_URLS: Record<BillEnvironment, BaseUrls> = {
  sandbox: { v3: baseUrl('sandbox', 'v3'), v2: baseUrl('sandbox', 'v2') },
  production: { v3: baseUrl('production', 'v3'), v2: baseUrl('production', 'v2') },
}

/** The local BILL sandbox's origins (any port), granted only by the "local" builds. */
export const LOCAL_SANDBOX_ORIGINS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*']

const BY_HOST = new Map(KNOWN_HOSTS.map((k) => [k.host, k]))

export function knownHost(hostname: string): KnownHost | undefined {
  return BY_HOST.get(hostname.toLowerCase())
}

/** The origins a base URL needs as a host permission, e.g. https://api-stage.bill.com/* */
export function originPattern(baseUrl: string): string {
  const u = new URL(baseUrl)
  return `${u.protocol}//${u.hostname}/*`
}

/** Match patterns of the live BILL hosts with the given permission, for the manifest and webRequest filters. */
export function hostPatterns(...permissions: KnownHost['permission'][]): string[] {
  return KNOWN_HOSTS.filter((k) => permissions.includes(k.permission)).map((k) => `https://${k.host}/*`)
}
