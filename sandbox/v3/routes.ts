import { type Context, Hono } from 'hono'
import { type Outcome, refuse, success } from '../domain/failures.ts'
import {
  listPhones,
  setupPhone,
  startChallenge,
  stepUp,
  validateChallenge,
  validatePhone,
} from '../domain/mfa.ts'
import { protectedOperation, untrustedRefusal } from '../domain/protected.ts'
import { MFA_RESET, PROTECTED_OPERATIONS, type ProtectedOperation } from '../domain/protected-operations.ts'
import { endSession, mfaBypassed, mfaStatusOf, type SignedIn, signIn } from '../domain/sessions.ts'
import { type Fields, text } from '../fields.ts'
import type { SandboxState } from '../state.ts'
import { headerSession, readJsonObject, readJsonValue } from './request.ts'
import { v3Failure } from './respond.ts'

// The v3 API under /connect: JSON bodies, devKey + sessionId headers, unwrapped answers.
export function v3Routes(state: SandboxState): Hono {
  const r = new Hono()
  const fail = (c: Context, o: Outcome<unknown> & { ok: false }) => v3Failure(c, o.failure, state.clock.now())
  const reply = (c: Context, o: Outcome<unknown>) => (o.ok ? c.json(o.value as object) : fail(c, o))

  /** An authenticated call with a JSON object body. */
  const authed =
    (fn: (s: SignedIn, body: Fields) => Outcome<unknown>) =>
    async (c: Context): Promise<Response> => {
      const signed = headerSession(state, c)
      if (!signed.ok) return fail(c, signed)
      const body = await readJsonObject(c)
      if (!body.ok) return fail(c, body)
      return reply(c, fn(signed.value, body.value))
    }

  /** A protected create or update: any JSON body (bulk takes an array), answered with ids. */
  const protectedRoute = (op: ProtectedOperation & { idPrefix: string }) => async (c: Context) => {
    const signed = headerSession(state, c)
    if (!signed.ok) return fail(c, signed)
    const body = await readJsonValue(c)
    if (!body.ok) return fail(c, body)
    return reply(c, protectedOperation(state, signed.value, op, body.value, c.req.param('id')))
  }

  r.post('/v3/login', async (c) => {
    const body = await readJsonObject(c)
    if (!body.ok) return fail(c, body)
    const b = body.value
    const id = text(b, 'rememberMeId')
    const device = text(b, 'device')
    const signed = signIn(state, {
      username: text(b, 'username'),
      password: text(b, 'password'),
      organizationId: text(b, 'organizationId'),
      devKey: text(b, 'devKey'),
      remembered: id && device ? { id, device } : undefined,
    })
    if (!signed.ok) return fail(c, signed)
    const { session, account } = signed.value
    return c.json({
      organizationId: account.seed.organizationId,
      sessionId: session.id,
      trusted: session.trusted,
      userId: account.seed.userId,
    })
  })

  r.get('/v3/login/session', (c) => {
    const signed = headerSession(state, c)
    if (!signed.ok) return fail(c, signed)
    const { account, session } = signed.value
    return c.json({
      organizationId: account.seed.organizationId,
      userId: account.seed.userId,
      mfaStatus: mfaStatusOf(account),
      mfaBypass: mfaBypassed(state, session),
    })
  })

  r.post('/v3/logout', (c) => {
    const signed = headerSession(state, c)
    if (!signed.ok) return fail(c, signed)
    endSession(state, signed.value.session)
    return c.body(null, 200)
  })

  r.post(
    '/v3/mfa/setup',
    authed((signed, b) => {
      const refusal = untrustedRefusal(state, signed, MFA_RESET, b)
      if (refusal) return refuse(refusal)
      return setupPhone(state, signed.account, { phone: text(b, 'phone'), type: b.type, primary: b.primary })
    }),
  )
  // The docs say /v3/mfa/validate, BILL's Postman collection /v3/mfa/setup/validate: both are served.
  const validate = authed(({ account }, b) =>
    validatePhone(state, account, { setupId: text(b, 'setupId'), type: b.type, token: text(b, 'token') }),
  )
  r.post('/v3/mfa/setup/validate', validate)
  r.post('/v3/mfa/validate', validate)

  r.get('/v3/mfa/phones', (c) => {
    const signed = headerSession(state, c)
    return signed.ok ? c.json(listPhones(signed.value.account)) : fail(c, signed)
  })

  r.post(
    '/v3/mfa/challenge',
    authed(({ account }, b) => startChallenge(state, account, b.useBackup)),
  )
  r.post(
    '/v3/mfa/challenge/validate',
    authed(({ session }, b) => {
      const answer = validateChallenge(
        state,
        session,
        {
          challengeId: text(b, 'challengeId'),
          token: text(b, 'token'),
          device: text(b, 'device'),
          rememberMe: b.rememberMe,
        },
        'device',
      )
      if (!answer.ok) return answer
      const { rememberedId } = answer.value
      return success(rememberedId ? { rememberMeId: rememberedId } : {})
    }),
  )
  r.post(
    '/v3/mfa/step-up',
    authed(({ session, account }, b) =>
      stepUp(state, session, account, { id: text(b, 'rememberMeId'), device: text(b, 'device') }),
    ),
  )

  for (const op of PROTECTED_OPERATIONS) {
    if (op.api === 'v3' && op.idPrefix)
      r.on(op.method, op.path, protectedRoute({ ...op, idPrefix: op.idPrefix }))
  }
  return r
}
