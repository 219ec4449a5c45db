import type { ExplainedBillError } from '../bill/bdc-codes.ts'
import type { BillApi } from '../bill/hosts.ts'

/** BILL's answer to a replayed request, as the DevTools panel shows it. */
export interface ReplayAnswer {
  status: number
  api: BillApi
  /** Where the request went: the session's own base URL and the endpoint's path. */
  url: string
  /** BILL's errors, each with its meaning when known; empty when BILL accepted the request. */
  errors: ExplainedBillError[]
  /** The answer's body with secrets replaced. */
  body: string
}

/** Requests of the DevTools panel ("BILL" tab). */
export interface PanelProtocol {
  /**
   * "Fix and replay": sends a corrected request with the active profile's own session and returns BILL's
   * answer. The target is an endpoint id from src/shared/bill/endpoints.ts (resolved against the session's
   * base URLs) or a URL under those base URLs. `body` is the JSON body (v3) or the `data` object (v2).
   * Fails with `not-signed-in` without a session, `permission-denied` for URLs outside the session's base
   * URLs, and `invalid-input` for a body that still carries `useBackup: true` or `primary: false`.
   */
  replayRequest: {
    params: { method: 'GET' | 'POST'; endpointId?: string; url?: string; body?: Record<string, unknown> }
    result: ReplayAnswer
  }
}
