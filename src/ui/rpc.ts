import {
  appError,
  type Params,
  PROTOCOL_SOURCE,
  type Reply,
  type RequestMessage,
  type RequestName,
} from '../shared/protocol/index.ts'

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
  // One id for all attempts: a retry after a worker restart is the same action, never a second BILL call.
  const message: RequestMessage<N> = { source: PROTOCOL_SOURCE, name, params, requestId: crypto.randomUUID() }
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
