import { reached } from './dates.ts'
import { showValue } from './field-rule.ts'
import { MFA_CHALLENGE_BACKUP_PHONE, MFA_PHONE_DEADLINE, MFA_SETUP_SECONDARY_PHONE } from './mfa-rules.ts'
import { type BillError, billErrors } from './response-errors.ts'
import type { FindingDraft, Rule, RuleContext } from './rule.ts'

const describeError = (e: BillError) => (e.message ? `${e.code} "${e.message}"` : e.code)

function withCode(ctx: RuleContext, code: string): BillError | undefined {
  return billErrors(ctx.request.response).find((e) => e.code === code)
}

export const SESSION_EXPIRED: Rule = {
  id: 'session-expired',
  title: 'BILL answered: session is invalid (BDC_1109)',
  help: 'BDC_1109 means the session expired after 35 idle minutes, was logged out, or belongs to the other environment (sandbox vs production). Sign in again; any call within 35 minutes keeps a session alive.',
  severity: 'warning',
  check(ctx) {
    const e = withCode(ctx, 'BDC_1109')
    if (!e) return []
    return [
      {
        message: `BILL answered ${describeError(e)}: the session expired (35 idle minutes), was logged out, or is from the other environment.`,
        fix: 'Sign in again and retry; make a call at least every 35 minutes to keep the session alive.',
      },
    ]
  },
}

export const UNTRUSTED_SESSION: Rule = {
  id: 'untrusted-session',
  title: 'BILL answered: untrusted session (BDC_1361), MFA needed',
  help: 'BDC_1361 (HTTP 403 on v3) means the operation needs an MFA-trusted session. Run the MFA challenge and validate it (or step up with a rememberMeId) before calling it. BILL enforces this in the sandbox too.',
  severity: 'warning',
  check(ctx) {
    const e = withCode(ctx, 'BDC_1361')
    if (!e) return []
    const endpoint = ctx.target.endpoint
    // The catalogue's list of protected operations is incomplete (BILL's own lists differ), so any
    // BDC_1361 is reported; the message says when the operation is a documented protected one.
    const what = endpoint?.mfaProtected
      ? `${endpoint.name} is an MFA-protected operation`
      : 'this operation needs an MFA-trusted session'
    return [
      {
        message: `BILL answered ${describeError(e)}: ${what}.`,
        fix:
          ctx.target.api === 'v2'
            ? 'Trust the session first: MFAChallenge.json then MFAAuthenticate.json (or sign in with a remembered mfaId + deviceId).'
            : 'Trust the session first: POST /v3/mfa/challenge then /v3/mfa/challenge/validate (or /v3/mfa/step-up with a rememberMeId).',
      },
    ]
  },
}

const BREAKING_RULES = [MFA_SETUP_SECONDARY_PHONE.id, MFA_CHALLENGE_BACKUP_PHONE.id]

// Codes with a known cause of their own (session, trust, keys, limits, enrolment): a refusal carrying
// only these is not blamed on the deprecated value (shared/reference/bill-api.md §12).
const UNRELATED_CODES = new Set([
  'BDC_1101',
  'BDC_1102',
  'BDC_1103',
  'BDC_1107',
  'BDC_1109',
  'BDC_1110',
  'BDC_1144',
  'BDC_1322',
  'BDC_1354',
  'BDC_1356',
  'BDC_1358',
  'BDC_1361',
  'BDC_1374',
  'BDC_1570',
  'BDC_5324',
])

/**
 * How BILL refused the request (v3: HTTP 400; v2: HTTP 200 with an error envelope), when the refusal can
 * be the deprecated value's doing: answered on or after the deadline and not explained by another code.
 * BILL has not published the code it uses, so an unknown or missing code counts.
 */
function refusal(ctx: RuleContext): string | undefined {
  if (!reached(MFA_PHONE_DEADLINE, ctx.request.time ?? ctx.now)) return undefined
  const errors = billErrors(ctx.request.response)
  if (errors.length > 0 && errors.every((e) => UNRELATED_CODES.has(e.code))) return undefined
  const codes = errors.map(describeError).join(', ')
  if (ctx.target.api === 'v3') {
    return ctx.request.response?.status === 400 ? ['HTTP 400', codes].filter(Boolean).join(' ') : undefined
  }
  return codes || undefined
}

/**
 * A separate rule rather than a reworded breaking finding: "BILL did reject it" is a fact from the
 * response (always an error), while the breaking rules predict from the request alone.
 */
export const DEPRECATED_FIELD_REJECTED: Rule = {
  id: 'deprecated-field-rejected',
  title: 'BILL rejected the request because of a removed MFA value',
  help: `Since ${MFA_PHONE_DEADLINE} BILL rejects "primary": false on MFA setup and "useBackup": true on MFA challenges. The response shows BILL did reject this request; fix the field and retry.`,
  severity: 'error',
  check(ctx) {
    const cause = ctx.earlier.find((f) => BREAKING_RULES.includes(f.ruleId))
    if (!cause) return []
    const answer = refusal(ctx)
    if (!answer) return []
    const draft: FindingDraft = {
      message: `BILL rejected this request (${answer}) because of "${cause.field}": ${showValue(cause.value)}; backup (secondary) MFA phones were removed on ${MFA_PHONE_DEADLINE}.`,
      field: cause.field,
      value: cause.value,
      deadline: MFA_PHONE_DEADLINE,
    }
    if (cause.fix) draft.fix = cause.fix
    if (cause.location) draft.location = cause.location
    return [draft]
  },
}
