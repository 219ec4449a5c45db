import type { Context } from 'hono'
import type { Failure } from '../domain/failures.ts'

// v2 answers HTTP 200 every time, with the outcome inside the envelope (DOC api-response-format).
export function v2Success(c: Context, data: unknown): Response {
  return c.json({ response_status: 0, response_message: 'Success', response_data: data })
}

export function v2Failure(c: Context, failure: Failure): Response {
  return c.json({
    response_status: 1,
    response_message: 'Error',
    response_data: { error_code: failure.code, error_message: failure.message },
  })
}
