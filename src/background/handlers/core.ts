import type { Handlers } from '../router.ts'

export interface CoreDeps {
  version: string
  browser: 'chrome' | 'firefox'
  workerStartedAt: number
  local: boolean
}

export function coreHandlers(deps: CoreDeps): Pick<Handlers, 'ping'> {
  return {
    ping: () => ({
      version: deps.version,
      workerStartedAt: deps.workerStartedAt,
      browser: deps.browser,
      local: deps.local,
    }),
  }
}
