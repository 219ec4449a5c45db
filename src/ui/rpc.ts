import {
  type AppError,
  appError,
  type Params,
  PROTOCOL_SOURCE,
  type Reply,
  type RequestMessage,
  type RequestName,
  type Result,
} from '../shared/protocol/index.ts'

/** Thrown by request(); carries the typed error that crossed the protocol. */
export class RequestFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'RequestFailed'
  }
}

export type Transport = (message: RequestMessage) => Promise<unknown>

const chromeTransport: Transport = (message) =>
  new Promise((resolve, reject) => {
    chrome.runtime.sendMessage(message, (reply: unknown) => {
      const err = chrome.runtime.lastError
      if (err) reject(new Error(err.message))
      else resolve(reply)
    })
  })

// The worker may be starting (or restarting after being stopped): the first send can find no receiver.
const RETRIES = 3

/** Sends one request and returns the reply as a value; never throws. */
export async function call<N extends RequestName>(
  name: N,
  params: Params<N>,
  transport: Transport = chromeTransport,
): Promise<Reply<N>> {
  const message: RequestMessage<N> = { source: PROTOCOL_SOURCE, name, params }
  let lastError = ''
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const reply = await transport(message as RequestMessage)
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Reply<N>
      lastError = 'The background gave no answer.'
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
    }
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)))
  }
  return { ok: false, error: appError('internal', `Could not reach the background: ${lastError}`) }
}

/** Like call(), but returns the result or throws RequestFailed. */
export async function request<N extends RequestName>(
  name: N,
  params: Params<N>,
  transport?: Transport,
): Promise<Result<N>> {
  const reply = await call(name, params, transport)
  if (reply.ok) return reply.result
  throw new RequestFailed(reply.error)
}
