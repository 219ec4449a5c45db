import {
  type AppError,
  appError,
  isAppError,
  isRequestMessage,
  type Params,
  type Reply,
  type RequestName,
  type Result,
} from '../shared/protocol/index.ts'

export interface SenderInfo {
  id?: string
  url?: string
  origin?: string
}

/** What a handler knows about who asked. */
interface RequestContext {
  sender: SenderInfo
  /** The page's id for this action, the same on every retry (see RequestMessage.requestId). */
  requestId?: string
}

export type Handler<N extends RequestName> = (
  params: Params<N>,
  ctx: RequestContext,
) => Promise<Result<N>> | Result<N>
export type Handlers = { [N in RequestName]: Handler<N> }

export interface RouterOptions {
  extensionId: string
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBaseUrl: string
  onError?: (name: string, error: unknown) => void
}

/** Only this extension's own pages may talk to the background: no content scripts, no other extensions. */
export function isOwnPage(sender: SenderInfo, opts: RouterOptions): boolean {
  if (sender.id !== opts.extensionId) return false
  const where = sender.url ?? sender.origin
  // Stryker disable next-line ConditionalExpression: equivalent, new URL(undefined) throws and the catch refuses
  if (typeof where !== 'string') return false
  try {
    // Compare whole origins: a prefix test would let chrome-extension://abcd pass for chrome-extension://abc.
    // (URL.origin is "null" for chrome-extension: and moz-extension:, so protocol and host are compared.)
    return originOf(where) === originOf(opts.extensionBaseUrl)
  } catch {
    return false
  }
}

function originOf(url: string): string {
  const u = new URL(url)
  return `${u.protocol}//${u.host}`
}

/**
 * Dispatches one message to its handler. Never throws: every failure becomes an AppError value.
 * Returns undefined for messages that are not ours, so other listeners may answer them.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply | undefined> {
    if (!isRequestMessage(message)) return undefined
    if (!isOwnPage(sender, opts)) {
      return {
        ok: false,
        error: appError('forbidden-sender', 'Only the extension’s own pages may call the background.'),
      }
    }
    const handler = handlers[message.name as RequestName] as Handler<RequestName> | undefined
    if (typeof handler !== 'function' || !Object.hasOwn(handlers, message.name)) {
      return { ok: false, error: appError('unknown-request', `Unknown request “${message.name}”.`) }
    }
    try {
      const requestId = typeof message.requestId === 'string' ? message.requestId : undefined
      const result = await handler(message.params as never, { sender, ...(requestId ? { requestId } : {}) })
      return { ok: true, result } as Reply
    } catch (error) {
      opts.onError?.(message.name, error)
      return { ok: false, error: toAppError(error) }
    }
  }
}

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return { ...error }
  if (typeof error === 'object' && error !== null && isAppError((error as { appError?: unknown }).appError)) {
    return { ...(error as { appError: AppError }).appError }
  }
  const message = error instanceof Error ? error.message : String(error)
  return appError('internal', message || 'Something went wrong in the background.')
}
