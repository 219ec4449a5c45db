import { bdcHasOwnCause, bdcKind, codeOfKind } from '../bill/bdc-codes.ts'
import type { BillErrorKind } from '../bill/error-kinds.ts'
import { reached } from './dates.ts'
import { showValue } from './field-rule.ts'
import { MFA_CHALLENGE_BACKUP_PHONE, MFA_PHONE_DEADLINE, MFA_SETUP_SECONDARY_PHONE } from './mfa-rules.ts'
import type { BillError } from './response-errors.ts'
import type { FindingDraft, Rule, RuleContext } from './rule.ts'

const describeError = (e: BillError) => (e.message ? `${e.code} "${e.message}"` : e.code)

function ofKind(ctx: RuleContext, kind: BillErrorKind): BillError | undefined {
  return ctx.errors().find((e) => bdcKind(e.code) === kind)
}

const SESSION_INVALID = codeOfKind('session-expired')
const UNTRUSTED = codeOfKind('untrusted-session')

export const SESSION_EXPIRED: Rule = {
  id: 'session-expired',
  title: `BILL answered: session is invalid (${SESSION_INVALID})`,
  help: `${SESSION_INVALID} means the session expired after 35 idle minutes, was logged out, or belongs to the other environment (sandbox vs production). Sign in again; any call within 35 minutes keeps a session alive.`,
  severity: 'warning',
  check(ctx) {
    const e = ofKind(ctx, 'session-expired')
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
  title: `BILL answered: untrusted session (${UNTRUSTED}), MFA needed`,
  help: `${UNTRUSTED} (HTTP 403 on v3) means the operation needs an MFA-trusted session. Run the MFA challenge and validate it (or step up with a rememberMeId) before calling it. BILL enforces this in the sandbox too.`,
  severity: 'warning',
  check(ctx) {
    const e = ofKind(ctx, 'untrusted-session')
    if (!e) return []
    const endpoint = ctx.target.endpoint
    // The catalogue's list of protected operations is incomplete (BILL's own lists differ), so any
    // such code is reported; the message says when the operation is a documented protected one.
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

/**
 * How BILL refused the request (v3: HTTP 400; v2: HTTP 200 with an error envelope), when the refusal can
 * be the deprecated value's doing: answered on or after the deadline and not explained by another code.
 * BILL has not published the code it uses, so an unknown or missing code counts.
 */
function refusal(ctx: RuleContext): string | undefined {
  if (!reached(MFA_PHONE_DEADLINE, ctx.request.time ?? ctx.now)) return undefined
  const errors = ctx.errors()
  if (errors.length > 0 && errors.every((e) => bdcHasOwnCause(e.code))) return undefined
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
