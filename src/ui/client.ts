import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import {
  type EventName,
  type Events,
  isEventMessage,
  type Params,
  type Reply,
  type RequestName,
} from '../shared/protocol/index.ts'
import { call } from './rpc.ts'

/** What a page needs of the background: typed requests, and the events it pushes. */
export interface BackgroundClient {
  call<N extends RequestName>(name: N, params: Params<N>): Promise<Reply<N>>
  /** Listens to one event; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

/** The real client: runtime messaging. Pages create it in main.tsx; components get it from the context. */
export const runtimeClient: BackgroundClient = {
  call: (name, params) => call(name, params),
  on(event, listener) {
    const onMessage = (message: unknown) => {
      if (isEventMessage(message) && message.event === event) listener(message.payload as never)
    }
    chrome.runtime.onMessage.addListener(onMessage)
    return () => chrome.runtime.onMessage.removeListener(onMessage)
  },
}

export const ClientContext = createContext<BackgroundClient | undefined>(undefined)

/** The client given by the nearest ClientContext provider (tests give a fake one). */
export function useClient(): BackgroundClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('No BackgroundClient: wrap the page in <ClientContext.Provider>.')
  return client
}
