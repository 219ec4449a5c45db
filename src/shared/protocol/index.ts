import type { CoreProtocol } from './core.ts'
import type { AppError } from './errors.ts'
import type { PanelProtocol } from './panel.ts'
import type { ProfilesProtocol } from './profiles.ts'
import type { SessionProtocol } from './session.ts'
import type { TrafficProtocol } from './traffic.ts'

export type { AppError, AppErrorKind } from './errors.ts'
export { appError, isAppError } from './errors.ts'

/**
 * The one protocol between UI pages and the background: request name -> params -> result.
 * Each feature declares its requests in its own file and is merged here.
 */
export interface Protocol
  extends CoreProtocol,
    ProfilesProtocol,
    SessionProtocol,
    PanelProtocol,
    TrafficProtocol {}

export type RequestName = keyof Protocol
export type Params<N extends RequestName> = Protocol[N]['params']
export type Result<N extends RequestName> = Protocol[N]['result']

export const PROTOCOL_SOURCE = 'bill-sandbox-companion'

export interface RequestMessage<N extends RequestName = RequestName> {
  source: typeof PROTOCOL_SOURCE
  name: N
  params: Params<N>
}

export type Reply<N extends RequestName = RequestName> =
  | { ok: true; result: Result<N> }
  | { ok: false; error: AppError }

export function isRequestMessage(value: unknown): value is RequestMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Partial<RequestMessage>
  return m.source === PROTOCOL_SOURCE && typeof m.name === 'string'
}
