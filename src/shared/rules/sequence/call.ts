import type { NormalizedRequest } from '../../har/request.ts'
import { responseText } from '../../har/response-text.ts'
import { parseBody, tryJson } from '../parse-body.ts'
import { type BillError, billErrors } from '../response-errors.ts'
import type { BillTarget } from '../types.ts'
import { boundedKey } from './bounded.ts'

/** A request with its timing, as a HAR entry records it. */
export interface SequenceRequest extends NormalizedRequest {
  /** From the start to the last byte of the answer (HAR `time`), in milliseconds. */
  durationMs?: number
  /** Time spent before the request left the browser (HAR timings blocked + dns + connect). */
  queuedMs?: number
}

/** Who a sign-in is for, from its body (and its answer for the session it opened). */
interface SignIn {
  user?: string
  org?: string
  /** A remembered device was sent (v3 rememberMeId + device, v2 mfaId + deviceId): the session is trusted. */
  remembered: boolean
  /** The session BILL opened, from the answer. */
  sessionId?: string
}

/** One BILL call as the sequence rules read it. Times are milliseconds since the epoch. */
export interface Call {
  /** Position in the input list. */
  index: number
  request: SequenceRequest
  target: BillTarget
  start: number
  /** When the request reached the network (start + queued time). */
  sent: number
  /** When the answer arrived (start without a duration). */
  answered: number
  sessionId?: string
  devKey?: string
  /** Set on sign-in calls. */
  signIn?: SignIn
  errors(): readonly BillError[]
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)
const record = (v: unknown) =>
  // Stryker disable next-line ConditionalExpression,LogicalOperator: callers read named string fields with ?.: a string, number, array or null has none, so letting one through changes nothing
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined

/** The top-level values of a v3 JSON body or a v2 form (its plain fields, not `data`). */
function bodyValues(request: NormalizedRequest): (name: string) => string | undefined {
  const body = parseBody(request)
  if (body.kind === 'json') {
    const o = record(body.value)
    return (name) => str(o?.[name])
  }
  if (body.kind === 'form') return (name) => str(body.value.find((f) => f.name === name)?.value)
  return () => undefined
}

function header(request: NormalizedRequest, name: string): string | undefined {
  const lower = name.toLowerCase()
  return str(request.headers.find((h) => h.name.toLowerCase() === lower)?.value)
}

/** The session a sign-in answer opened: v3 `sessionId`, v2 `response_data.sessionId`. */
function openedSession(request: NormalizedRequest): string | undefined {
  const text = responseText(request.response)
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut: an answer without the word has no sessionId once parsed either
  if (!text?.includes('sessionId')) return undefined
  const json = tryJson(text)
  const doc = json.ok ? record(json.value) : undefined
  return str(doc?.sessionId) ?? str(record(doc?.response_data)?.sessionId)
}

function signIn(value: (name: string) => string | undefined, request: NormalizedRequest): SignIn {
  // Either API's names: a sign-in in the wrong dialect is still a sign-in for that user.
  // Kept per session by Sessions and quoted in messages: bounded like the keys.
  const user = boundedKey((value('username') ?? value('userName'))?.toLowerCase() ?? '')
  const org = boundedKey(value('organizationId') ?? value('orgId') ?? '')
  const remembered =
    (value('rememberMeId') !== undefined && value('device') !== undefined) ||
    (value('mfaId') !== undefined && value('deviceId') !== undefined)
  const sessionId = openedSession(request)
  return {
    remembered,
    ...(user ? { user } : {}),
    ...(org ? { org } : {}),
    ...(sessionId ? { sessionId } : {}),
  }
}

// Stryker disable next-line ConditionalExpression,EqualityOperator: Number.isFinite(undefined) is false already, and 0 maps to 0 with > or >=
const nonNegative = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : 0)

/** A live capture is read again when it grows (the panel): each answer is parsed for errors once. */
const readErrors = new WeakMap<SequenceRequest, readonly BillError[]>()

/** The call behind the Call interface: the response is read for BILL errors at most once, when a rule asks. */
class ReadCall implements Call {
  sessionId?: string
  devKey?: string
  signIn?: SignIn
  readonly sent: number
  readonly answered: number
  private errorList: readonly BillError[] | undefined

  constructor(
    readonly index: number,
    readonly request: SequenceRequest,
    readonly target: BillTarget,
    readonly start: number,
  ) {
    this.sent = start + nonNegative(request.queuedMs)
    this.answered = start + nonNegative(request.durationMs)
  }

  errors(): readonly BillError[] {
    // Stryker disable next-line ConditionalExpression: reading again finds the same list in readErrors
    if (!this.errorList) {
      this.errorList = readErrors.get(this.request) ?? billErrors(this.request.response)
      readErrors.set(this.request, this.errorList)
    }
    return this.errorList
  }
}

/** Reads what the sequence rules need of one BILL request; `start` comes from the caller (see evaluateSequence). */
export function readCall(index: number, request: SequenceRequest, target: BillTarget, start: number): Call {
  // The body is read only for v2 calls and sign-ins.
  let values: ((name: string) => string | undefined) | undefined
  const value = (name: string) => {
    values ??= bodyValues(request)
    return values(name)
  }
  const call = new ReadCall(index, request, target, start)
  // v3 sends both in headers, except the sign-in's devKey: other v3 bodies are never parsed here.
  const inBody = target.api === 'v2' || target.endpoint?.role === 'sign-in'
  const sessionId = header(request, 'sessionId') ?? (inBody ? value('sessionId') : undefined)
  const devKey = header(request, 'devKey') ?? (inBody ? value('devKey') : undefined)
  // Stryker disable next-line ConditionalExpression: header() and value() give a non-empty string or undefined, and the field is undefined already
  if (sessionId) call.sessionId = sessionId
  // Stryker disable next-line ConditionalExpression: as above
  if (devKey) call.devKey = devKey
  if (target.endpoint?.role === 'sign-in') call.signIn = signIn(value, request)
  return call
}
