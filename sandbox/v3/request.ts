import type { Context } from 'hono'
import { FAILURES, invalidField, type Outcome, refuse, success } from '../domain/failures.ts'
import { type SignedIn, useSession } from '../domain/sessions.ts'
import { type Fields, isFields } from '../fields.ts'
import type { SandboxState } from '../state.ts'

/** The JSON object body; an empty body reads as {} (clients send {} or nothing to /v3/mfa/challenge). */
export async function readJsonObject(c: Context): Promise<Outcome<Fields>> {
  const raw = await c.req.text()
  if (raw.trim() === '') return success({})
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return refuse(FAILURES.badJson)
  }
  return isFields(parsed) ? success(parsed) : refuse(invalidField('body', 'a JSON object'))
}

/** Any JSON value (bulk operations take arrays). */
export async function readJsonValue(c: Context): Promise<Outcome<unknown>> {
  const raw = await c.req.text()
  if (raw.trim() === '') return success({})
  try {
    return success(JSON.parse(raw))
  } catch {
    return refuse(FAILURES.badJson)
  }
}

/** The session named by the devKey and sessionId headers (header names are case-insensitive). */
export function headerSession(state: SandboxState, c: Context): Outcome<SignedIn> {
  return useSession(state, c.req.header('sessionId'), c.req.header('devKey'))
}
