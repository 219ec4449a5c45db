import type { BillApi } from './hosts.ts'

// The BILL endpoints the extension knows by name (docs/bill-api.md §3–§8).
export interface Endpoint {
  id: string
  api: BillApi
  method: 'GET' | 'POST'
  /** v3: the path from /v3 on; v2: the file name, e.g. MFAChallenge.json */
  path: string
  name: string
  /** Needs an MFA-trusted session (403 / BDC_1361 otherwise). */
  mfaProtected?: boolean
  /**
   * What the call does to a session, for the rules that read a sequence of calls (docs/bill-api.md §15):
   * `sign-in` starts one, `mfa-text` texts a code (5 a minute per user), `mfa-verify` checks a code or steps up (MFA done).
   */
  role?: EndpointRole
}

export type EndpointRole = 'sign-in' | 'mfa-text' | 'mfa-verify'

type Extra = Pick<Endpoint, 'mfaProtected' | 'role'>

const v3 = (id: string, method: 'GET' | 'POST', path: string, name: string, extra: Extra = {}): Endpoint => ({
  id,
  api: 'v3',
  method,
  path,
  name: `${name} (v3)`,
  ...extra,
})
const v2 = (id: string, file: string, name: string, extra: Extra = {}): Endpoint => ({
  id,
  api: 'v2',
  method: 'POST',
  path: file,
  name: `${name} (v2)`,
  ...extra,
})
const PROTECTED: Extra = { mfaProtected: true }

export const ENDPOINTS: readonly Endpoint[] = [
  v3('v3.login', 'POST', '/v3/login', 'Sign in', { role: 'sign-in' }),
  v3('v3.session', 'GET', '/v3/login/session', 'Session details'),
  v3('v3.organizations', 'GET', '/v3/login/organizations', 'Organizations'),
  v3('v3.logout', 'POST', '/v3/logout', 'Sign out'),
  v3('v3.mfa.setup', 'POST', '/v3/mfa/setup', 'MFA phone setup', { role: 'mfa-text' }),
  // The docs say /v3/mfa/validate, BILL's Postman collection /v3/mfa/setup/validate: both are known.
  v3('v3.mfa.setup.validate', 'POST', '/v3/mfa/setup/validate', 'MFA phone validation', {
    role: 'mfa-verify',
  }),
  v3('v3.mfa.validate', 'POST', '/v3/mfa/validate', 'MFA phone validation', { role: 'mfa-verify' }),
  v3('v3.mfa.phones', 'GET', '/v3/mfa/phones', 'MFA phones'),
  v3('v3.mfa.challenge', 'POST', '/v3/mfa/challenge', 'MFA challenge', { role: 'mfa-text' }),
  v3('v3.mfa.challenge.validate', 'POST', '/v3/mfa/challenge/validate', 'MFA challenge validation', {
    role: 'mfa-verify',
  }),
  v3('v3.mfa.stepup', 'POST', '/v3/mfa/step-up', 'MFA step-up', { role: 'mfa-verify' }),
  v3('v3.payments', 'POST', '/v3/payments', 'Create payment', PROTECTED),
  v3('v3.payments.bulk', 'POST', '/v3/payments/bulk', 'Create bulk payment', PROTECTED),
  v3('v3.funding.banks', 'POST', '/v3/funding-accounts/banks', 'Create bank account', PROTECTED),
  v2('v2.login', 'Login.json', 'Sign in', { role: 'sign-in' }),
  v2('v2.listorgs', 'ListOrgs.json', 'List organizations'),
  v2('v2.logout', 'Logout.json', 'Sign out'),
  v2('v2.session', 'GetSessionInfo.json', 'Session details'),
  v2('v2.mfa.challenge', 'MFAChallenge.json', 'MFA challenge', { role: 'mfa-text' }),
  v2('v2.mfa.authenticate', 'MFAAuthenticate.json', 'MFA authenticate', { role: 'mfa-verify' }),
  v2('v2.mfa.status', 'MFAStatus.json', 'MFA status'),
  v2('v2.sendvendorinvite', 'SendVendorInvite.json', 'Send vendor invite', PROTECTED),
  v2('v2.sendinvite', 'SendInvite.json', 'Send invite', PROTECTED),
  v2('v2.vendorbankaccount', 'VendorBankAccount.json', 'Vendor bank account', PROTECTED),
  v2('v2.paybills', 'PayBills.json', 'Pay bills', PROTECTED),
]

/** The API and the BILL-relative path of a URL path, or undefined when it does not look like BILL's. */
export function billPath(pathname: string): { api: BillApi; path: string } | undefined {
  const v3 = /\/(v3\/[^?#]*)$/i.exec(pathname) ?? /^(v3\/[^?#]*)$/i.exec(pathname)
  if (v3?.[1]) return { api: 'v3', path: `/${v3[1].replace(/\/+$/, '')}` }
  const v2 = /(?:^|\/)(?:api\/)?v2\/([A-Za-z/]+\.json)$/i.exec(pathname)
  if (v2?.[1]) return { api: 'v2', path: v2[1] }
  return undefined
}

const endpointKey = (api: BillApi, method: string, path: string) => `${api} ${method} ${path.toLowerCase()}`
const BY_KEY = new Map(ENDPOINTS.map((e) => [endpointKey(e.api, e.method, e.path), e]))

/** The endpoint at a BILL-relative path (from billPath): v3 by its whole path, v2 by its file name. */
export function endpointAt(method: string, where: { api: BillApi; path: string }): Endpoint | undefined {
  const m = method.toUpperCase()
  if (where.api === 'v3') return BY_KEY.get(endpointKey('v3', m, where.path))
  // v2 paths may carry folders before the file name (api/v2/Crud/Read/Vendor.json).
  return BY_KEY.get(endpointKey('v2', m, where.path.slice(where.path.lastIndexOf('/') + 1)))
}

/** Finds the endpoint a request goes to, by method and URL path (case-insensitive, trailing slash ignored). */
export function matchEndpoint(method: string, pathname: string): Endpoint | undefined {
  const where = billPath(pathname)
  return where && endpointAt(method, where)
}
