import type { Context } from 'hono'
import { FAILURES, invalidField, type Outcome, refuse, success } from '../domain/failures.ts'
import { type SignedIn, useSession } from '../domain/sessions.ts'
import { type Fields, isFields } from '../fields.ts'
import type { SandboxState } from '../state.ts'

/** v2 bodies are form-encoded (read as such whatever the content type says). */
export async function readForm(c: Context): Promise<URLSearchParams> {
  return new URLSearchParams(await c.req.text())
}

export function formField(form: URLSearchParams, name: string): string | undefined {
  return form.get(name) || undefined
}

/** The `data` field: a JSON object in a string. Missing reads as {} (a tested client sends data={}). */
export function readData(form: URLSearchParams): Outcome<Fields> {
  const raw = form.get('data')
  if (raw === null || raw.trim() === '') return success({})
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return refuse(FAILURES.badJson)
  }
  return isFields(parsed) ? success(parsed) : refuse(invalidField('data', 'a JSON object'))
}

export function formSession(state: SandboxState, form: URLSearchParams): Outcome<SignedIn> {
  return useSession(state, formField(form, 'sessionId'), formField(form, 'devKey'))
}
