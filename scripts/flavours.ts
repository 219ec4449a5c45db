import { hostPatterns, LOCAL_SANDBOX_ORIGINS } from '../src/shared/bill/hosts.ts'
import { COMMANDS } from '../src/shared/commands.ts'

// The four builds: {chrome, firefox} x {store, local}. "local" may also talk to the local BILL sandbox.
// manifest.json is the template: the host permissions come from the hosts table (src/shared/bill/hosts.ts).
export interface Flavour {
  browser: 'chrome' | 'firefox'
  local: boolean
}

export const FLAVOURS: readonly Flavour[] = [
  { browser: 'chrome', local: false },
  { browser: 'firefox', local: false },
  { browser: 'chrome', local: true },
  { browser: 'firefox', local: true },
]

export const GECKO_ID = 'bill-sandbox-companion@sandbox-companion.dev'

export function flavourFromEnv(env: Record<string, string | undefined>): Flavour {
  const browser = env.TARGET === 'firefox' ? 'firefox' : 'chrome'
  return { browser, local: env.FLAVOUR === 'local' }
}

export function outDirFor(f: Flavour): string {
  return `dist/${f.local ? 'local-' : ''}${f.browser}`
}

type Manifest = Record<string, unknown> & {
  background: { service_worker: string; type?: string }
  side_panel: { default_path: string }
  permissions: string[]
  commands: Record<string, unknown>
  icons: Record<string, string>
}

export function manifestFor(source: object, f: Flavour): Record<string, unknown> {
  const m = structuredClone(source) as Manifest
  const entry = m.background.service_worker
  m.host_permissions = [...hostPatterns('required'), ...(f.local ? LOCAL_SANDBOX_ORIGINS : [])]
  m.optional_host_permissions = hostPatterns('optional')
  if (f.local) m.name = '__MSG_extNameLocal__'
  if (f.browser === 'firefox') firefoxSideView(m)
  if (f.browser === 'firefox') {
    // Firefox MV3 runs the background as an event page; crxjs reads scripts[0].
    m.background = { scripts: [entry], type: 'module' } as unknown as Manifest['background']
    delete m.minimum_chrome_version
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    }
  }
  return m
}

/** Chrome's side_panel becomes Firefox's sidebar_action: the same page, opened and toggled by Firefox itself. */
function firefoxSideView(m: Manifest): void {
  m.sidebar_action = {
    default_panel: m.side_panel.default_path,
    default_title: '__MSG_sideViewTitle__',
    default_icon: m.icons,
    open_at_install: false,
  }
  delete (m as Partial<Manifest>).side_panel
  m.permissions = m.permissions.filter((p) => p !== 'sidePanel')
  // Chrome's command is ours (src/background/commands.ts); Firefox toggles its sidebar itself.
  const { [COMMANDS.toggleSideView]: toggle, ...others } = m.commands
  m.commands = { ...others, _execute_sidebar_action: toggle }
}
