import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { ProfileChoice } from '../shared/profiles/summary.ts'
import type { EventName, Events, Params, Reply, RequestName } from '../shared/protocol/index.ts'
import type { SessionView } from '../shared/session/view.ts'
import type { AccessRequest } from './host-access.ts'
import type { Shortcut } from './shortcuts.ts'

/**
 * Everything a page component needs of the extension: typed requests to the background, the events it
 * pushes, and the few browser APIs pages use. Components get it from ClientContext, never `chrome.*` itself,
 * so each one can be rendered in a test with a fake (test/unit/ui/fake-client.ts).
 */
export interface BackgroundClient {
  call<N extends RequestName>(name: N, params: Params<N>): Promise<Reply<N>>
  /** Listens to one event; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  /**
   * The session as the background last stored it, read straight from storage.session with no message: what
   * the popup paints first, even while the worker is stopped. Undefined if the area cannot be read.
   */
  storedSession(): Promise<SessionView | undefined>
  /**
   * The profiles summary and the active profile as the background last stored them (storage.local), with no
   * message. Undefined if the area cannot be read or holds no summary yet.
   */
  storedProfiles(): Promise<ProfileChoice | undefined>
  /** Opens the settings page; `grant` scrolls it to the active profile's "Grant access" button. */
  openSettings(section?: 'grant'): void
  /**
   * Opens the side view beside the tabs and closes the popup; absent where the browser has no side view. Must
   * be called straight from a click handler, before any await (user gesture).
   */
  openSideView?: () => void
  /** The extension's keyboard commands and their current keys (commands.getAll). */
  shortcuts(): Promise<Shortcut[]>
  /** Opens the browser's page where the user sets the keys. */
  openShortcutSettings(): void
  hasHostAccess(origins: string[]): Promise<boolean>
  /** Must be called straight from a click or submit handler, before any await (user gesture). */
  requestHostAccess(origins: string[]): Promise<AccessRequest>
}

export const ClientContext = createContext<BackgroundClient | undefined>(undefined)

/** The client given by the nearest ClientContext provider (tests give a fake one). */
export function useClient(): BackgroundClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('No BackgroundClient: wrap the page in <ClientContext.Provider>.')
  return client
}
