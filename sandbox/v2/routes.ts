import { type Context, Hono } from 'hono'
import { type Outcome, success } from '../domain/failures.ts'
import { rememberedStatus, startChallenge, validateChallenge } from '../domain/mfa.ts'
import { protectedOperation } from '../domain/protected.ts'
import { PROTECTED_OPERATIONS } from '../domain/protected-operations.ts'
import { endSession, type SignedIn, signIn } from '../domain/sessions.ts'
import { type Fields, text } from '../fields.ts'
import type { SandboxState } from '../state.ts'
import { v2Failure, v2Success } from './envelope.ts'
import { formField, formSession, readData, readForm } from './request.ts'

// The v2 API under /api/v2: every call a form POST, answers always HTTP 200 in an envelope.
export function v2Routes(state: SandboxState): Hono {
  const r = new Hono()
  const reply = (c: Context, o: Outcome<unknown>) => (o.ok ? v2Success(c, o.value) : v2Failure(c, o.failure))

  /** An authenticated call: devKey + sessionId form fields and a `data` JSON string. */
  const authed =
    (fn: (s: SignedIn, data: Fields) => Outcome<unknown>) =>
    async (c: Context): Promise<Response> => {
      const form = await readForm(c)
      const signed = formSession(state, form)
      if (!signed.ok) return v2Failure(c, signed.failure)
      const data = readData(form)
      if (!data.ok) return v2Failure(c, data.failure)
      return reply(c, fn(signed.value, data.value))
    }

  // Login.json takes top-level fields, not `data`.
  r.post('/Login.json', async (c) => {
    const form = await readForm(c)
    const mfaId = formField(form, 'mfaId')
    const deviceId = formField(form, 'deviceId')
    const signed = signIn(state, {
      username: formField(form, 'userName'),
      password: formField(form, 'password'),
      organizationId: formField(form, 'orgId'),
      devKey: formField(form, 'devKey'),
      remembered: mfaId && deviceId ? { id: mfaId, device: deviceId } : undefined,
    })
    if (!signed.ok) return v2Failure(c, signed.failure)
    const { session, account } = signed.value
    return v2Success(c, {
      sessionId: session.id,
      orgId: account.seed.organizationId,
      apiEndPoint: `${new URL(c.req.url).origin}/api/v2`,
      usersId: account.seed.userId,
    })
  })

  r.post(
    '/GetSessionInfo.json',
    authed(({ account }) =>
      success({ organizationId: account.seed.organizationId, userId: account.seed.userId }),
    ),
  )
  r.post(
    '/Logout.json',
    authed(({ session }) => {
      endSession(state, session)
      return success({})
    }),
  )

  r.post(
    '/MFAChallenge.json',
    authed(({ account }, data) => startChallenge(state, account, data.useBackup)),
  )
  r.post(
    '/MFAAuthenticate.json',
    authed(({ session }, data) => {
      const answer = validateChallenge(
        state,
        session,
        {
          challengeId: text(data, 'challengeId'),
          token: text(data, 'token'),
          device: text(data, 'deviceId'),
          rememberMe: data.rememberMe,
        },
        'deviceId',
      )
      if (!answer.ok) return answer
      const { rememberedId } = answer.value
      // DOC: mfaId comes back only when rememberMe is true.
      return success(rememberedId ? { mfaId: rememberedId } : {})
    }),
  )
  r.post(
    '/MFAStatus.json',
    authed(({ account }, data) =>
      rememberedStatus(state, account, { id: text(data, 'mfaId'), device: text(data, 'deviceId') }),
    ),
  )

  // DOC: v2's four MFA-protected endpoints (VendorBankAccount also as the Crud path, INF).
  for (const op of PROTECTED_OPERATIONS) {
    const { idPrefix } = op
    if (op.api !== 'v2' || !idPrefix) continue
    r.post(
      op.path,
      authed((signed, data) => protectedOperation(state, signed, { ...op, idPrefix }, data, undefined)),
    )
  }
  return r
}
