import type { Context } from 'hono'
import type { Failure } from '../domain/failures.ts'

// v3 errors are a JSON array of problem objects (DOC common-api-error-codes; PM; OBS).
export function v3Failure(c: Context, failure: Failure, now: number): Response {
  return c.json(
    [
      {
        timestamp: new Date(now).toISOString().replace('Z', '+00:00'),
        code: failure.code,
        severity: 'ERROR',
        category: failure.status === 403 ? 'DOWNSTREAM' : 'REQUEST',
        message: failure.message,
        params: {},
      },
    ],
    failure.status,
  )
}
