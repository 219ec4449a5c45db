/** Requests every page may make, whatever the feature. */
export interface CoreProtocol {
  /** Liveness and identity of the background; workerStartedAt changes when the worker restarts. */
  ping: {
    params: undefined
    result: { version: string; workerStartedAt: number; browser: 'chrome' | 'firefox'; local: boolean }
  }
}
