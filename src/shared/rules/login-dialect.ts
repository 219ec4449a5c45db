import { V2_NAME_OF_V3_LOGIN_FIELD, V3_NAME_OF_V2_LOGIN_FIELD } from '../bill/login-fields.ts'
import { formDecode } from '../har/form-value.ts'
import { fieldOccurrences, pointerOf } from './body-fields.ts'
import type { FindingDraft, Rule, RuleContext } from './rule.ts'

/** Each top-level form field of a body with its [start, end) range in the text, e.g. "orgId=123". */
function formFields(text: string): { name: string; range: [number, number] }[] {
  let start = 0
  return text.split('&').map((part) => {
    const eq = part.indexOf('=')
    // An empty part or "=value" has the empty name, which no sign-in field has.
    // Stryker disable next-line EqualityOperator: "=value" read as the name "=value" is no sign-in field either
    const name = formDecode(eq < 0 ? part : part.slice(0, eq))
    const range: [number, number] = [start, start + part.length]
    start += part.length + 1
    return { name, range }
  })
}

function draft(sent: string, expected: string, endpoint: string, other: string): FindingDraft {
  return {
    field: sent,
    message: `"${sent}" is the ${other} name of this sign-in field; ${endpoint} reads "${expected}", so BILL does not see the value (the sign-in fails, or is not MFA-trusted for a remembered device).`,
    fix: `Rename "${sent}" to "${expected}".`,
  }
}

function v3Findings(ctx: RuleContext): FindingDraft[] {
  const fields = ctx.fields()
  return Object.entries(V3_NAME_OF_V2_LOGIN_FIELD).flatMap(([v2, v3]) =>
    fieldOccurrences(fields, v2).map((o) => ({
      ...draft(v2, v3, 'POST /v3/login', 'v2 (Login.json)'),
      location: o.location,
    })),
  )
}

function v2Findings(ctx: RuleContext): FindingDraft[] {
  const body = ctx.body()
  if (body.kind !== 'form') return []
  const renames: Readonly<Record<string, string>> = V2_NAME_OF_V3_LOGIN_FIELD
  return formFields(body.text).flatMap(({ name, range }) => {
    const v2 = Object.hasOwn(renames, name) ? renames[name] : undefined
    if (!v2) return []
    return [
      {
        ...draft(name, v2, 'Login.json', 'v3 (/v3/login)'),
        location: { in: 'body' as const, pointer: pointerOf(name), range },
      },
    ]
  })
}

export const V3_LOGIN_V2_FIELDS: Rule = {
  id: 'v3-login-v2-fields',
  title: 'Sign-in sent with the field names of the other API version',
  help: 'v3 renamed the sign-in fields: userName → username, orgId → organizationId, mfaId → rememberMeId, deviceId → device. /v3/login does not read the v2 names and Login.json does not read the v3 ones, so the sign-in fails or a remembered device is ignored. Each name maps to exactly one other: rename it.',
  severity: 'error',
  check(ctx) {
    const id = ctx.target.endpoint?.id
    if (id === 'v3.login') return v3Findings(ctx)
    if (id === 'v2.login') return v2Findings(ctx)
    return []
  },
}
