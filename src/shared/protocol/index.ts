import type { CoreProtocol } from './core.ts'
import type { AppError } from './errors.ts'
import type { HandOffProtocol } from './handoff.ts'
import type { PanelProtocol } from './panel.ts'
import type { ProfilesProtocol } from './profiles.ts'
import type { SessionEvents, SessionProtocol } from './session.ts'
import type { TrafficEvents, TrafficProtocol } from './traffic.ts'

export type { AppError } from './errors.ts'
export { appError, isAppError } from './errors.ts'

/**
 * The one protocol between UI pages and the background: request name -> params -> result.
 * Each feature declares its requests in its own file and is merged here.
 */
interface Protocol
  extends CoreProtocol,
    ProfilesProtocol,
    SessionProtocol,
    PanelProtocol,
    HandOffProtocol,
    TrafficProtocol {}

/** Background -> pages: event name -> payload. Each feature declares its events beside its requests. */
export interface Events extends SessionEvents, TrafficEvents {}

export type RequestName = keyof Protocol
export type EventName = keyof Events
export type Params<N extends RequestName> = Protocol[N]['params']
export type Result<N extends RequestName> = Protocol[N]['result']

export const PROTOCOL_SOURCE = 'bill-sandbox-companion'

export interface RequestMessage<N extends RequestName = RequestName> {
  source: typeof PROTOCOL_SOURCE
  name: N
  params: Params<N>
  /**
   * Made by the page once per user action and kept across retries: the background runs an action (a request
   * that calls BILL) once per id, and answers a retry with the first result.
   */
  requestId?: string
}

export type Reply<N extends RequestName = RequestName> =
  | { ok: true; result: Result<N> }
  | { ok: false; error: AppError }

export function isRequestMessage(value: unknown): value is RequestMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Partial<RequestMessage>
  return m.source === PROTOCOL_SOURCE && typeof m.name === 'string'
}

export interface EventMessage<E extends EventName = EventName> {
  source: typeof PROTOCOL_SOURCE
  event: E
  payload: Events[E]
}

export function eventMessage<E extends EventName>(event: E, payload: Events[E]): EventMessage<E> {
  return { source: PROTOCOL_SOURCE, event, payload }
}

export function isEventMessage(value: unknown): value is EventMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Partial<EventMessage>
  return m.source === PROTOCOL_SOURCE && typeof m.event === 'string' && 'payload' in m
}
