import { billBoolean } from '../../src/shared/bill/deprecated-fields.ts'
import { isFields } from '../fields.ts'
import type { Account } from '../state.ts'

// BILL's MFA-protected operations, written once: the v2 and v3 routes are built from this list.
// v3 is the union of the two doc lists (docs/bill-api.md §8): the validate-challenge and setup pages name
// vendor autoPay, recurring-bill autoPayment, payments, bulk payments, creating a bank account and MFA reset;
// the generate-challenge page adds updating a bank account and inviting a vendor in the BILL network.

export interface ProtectedOperation {
  api: 'v2' | 'v3'
  method: 'POST' | 'PATCH'
  /** The route: v3 from /v3 on, v2 the path under /api/v2. `:id` is the object the call changes. */
  path: string
  what: string
  /**
   * Also enforced in `sandbox` parity. The v3 docs say "in the production environment", but BILL's stage
   * sandbox was seen refusing payments (OBS); the v2 docs name their four without that caveat.
   */
  inSandbox: boolean
  /** Protected only when the body turns something on (autoPay); absent: always. */
  when?: (body: unknown, account: Account) => boolean
  /** The prefix of the ids the sandbox gives what it creates; absent when a route of its own answers. */
  idPrefix?: string
}

const field = (body: unknown, name: string): unknown => (isFields(body) ? body[name] : undefined)

/** INF: BILL's vendor field is `autoPay`; read as a boolean or an object with `enabled`. */
function turnsOnAutoPay(body: unknown): boolean {
  const autoPay = field(body, 'autoPay')
  return billBoolean(isFields(autoPay) ? autoPay.enabled : autoPay) === true
}

/** PM: a recurring bill's `processingOptions.autoPayment`. */
const turnsOnAutoPayment = (body: unknown) =>
  billBoolean(field(field(body, 'processingOptions'), 'autoPayment')) === true

/** INF: "Reset MFA (complete MFA setup … again)" read as a phone setup for a user who already has one. */
export const MFA_RESET: ProtectedOperation = {
  api: 'v3',
  method: 'POST',
  path: '/v3/mfa/setup',
  what: 'reset MFA (set up a phone again)',
  inSandbox: false,
  when: (_body, account) => account.phones.length > 0,
}

const v3 = (method: 'POST' | 'PATCH', path: string, what: string, idPrefix: string, extra = {}) =>
  ({ api: 'v3', method, path, what, idPrefix, inSandbox: false, ...extra }) satisfies ProtectedOperation
const v2 = (path: string, what: string, idPrefix: string) =>
  ({ api: 'v2', method: 'POST', path, what, idPrefix, inSandbox: true }) satisfies ProtectedOperation
const OBSERVED = { inSandbox: true }

export const PROTECTED_OPERATIONS: readonly ProtectedOperation[] = [
  v3('POST', '/v3/payments', 'create a payment', '0pb', OBSERVED),
  v3('POST', '/v3/payments/bulk', 'create a bulk payment', '0pb', OBSERVED),
  v3('POST', '/v3/funding-accounts/banks', 'create a bank account', 'bac', OBSERVED),
  v3('PATCH', '/v3/funding-accounts/banks/:id', 'update a bank account', 'bac'),
  v3('POST', '/v3/vendors', 'create a vendor with autoPay on', '009', { when: turnsOnAutoPay }),
  v3('PATCH', '/v3/vendors/:id', 'turn on a vendor’s autoPay', '009', { when: turnsOnAutoPay }),
  v3('POST', '/v3/recurringbills', 'create a recurring bill with autoPayment on', '00r', {
    when: turnsOnAutoPayment,
  }),
  v3('PATCH', '/v3/recurringbills/:id', 'turn on a recurring bill’s autoPayment', '00r', {
    when: turnsOnAutoPayment,
  }),
  v3('POST', '/v3/network/invitation/vendor/:id', 'invite a vendor in the BILL network', 'inv'),
  MFA_RESET,
  v2('/SendVendorInvite.json', 'invite a vendor', 'inv'),
  v2('/SendInvite.json', 'invite a customer in the BILL network', 'inv'),
  v2('/VendorBankAccount.json', 'add a vendor bank account', 'bac'),
  v2('/Crud/Create/VendorBankAccount.json', 'add a vendor bank account', 'bac'),
  v2('/PayBills.json', 'pay bills', '0pb'),
]
