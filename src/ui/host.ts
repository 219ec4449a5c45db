import { createContext } from 'preact'
import { useContext } from 'preact/hooks'

/**
 * Where the one app is shown: the toolbar popup, or the side view (Chrome's side panel, Firefox's sidebar) that
 * stays open beside every tab. The few differences (width, the "Open in side panel" button) read this.
 */
export type AppHost = 'popup' | 'side'

export const HostContext = createContext<AppHost>('popup')

export const useHost = (): AppHost => useContext(HostContext)

/** The host a page names on its root element (`<html data-host="side">`); the popup by default. */
export const hostOf = (root: HTMLElement): AppHost => (root.dataset.host === 'side' ? 'side' : 'popup')
