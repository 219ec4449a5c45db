import type { UpkeepTriggers } from '../upkeep-triggers.ts'

// Pruning reads the preferences and IndexedDB, so it runs when there can be something to prune: the browser
// starts, the extension is installed or updated, once a day on its alarm (a browser left open for weeks), and
// when the preferences are saved (a shorter history). Not at every wake. Meanwhile an expired remembered
// device is never sent or listed (findTrustedDevice and listTrustedDevices skip it).

export const PRUNE_ALARM = 'prune-expired-data'
const PRUNE_EVERY_MINUTES = 24 * 60

export interface PrunePorts {
  now(): number
  prune(now: number): Promise<unknown>
  /** Sets a repeating alarm, replacing one of the same name. */
  repeat(name: string, periodInMinutes: number): Promise<void>
}

/** Registers the triggers (synchronously, at the worker's top level); returns the pruning to run on demand. */
export function watchPruning(
  triggers: UpkeepTriggers,
  ports: PrunePorts,
  onError: (error: unknown) => void,
): () => Promise<void> {
  const prune = () =>
    ports.prune(ports.now()).then(
      () => undefined,
      (error: unknown) => onError(error),
    )
  const started = () => {
    void prune()
    // Alarms may not outlive the browser: set again at every start.
    ports.repeat(PRUNE_ALARM, PRUNE_EVERY_MINUTES).catch(onError)
  }
  triggers.onStartup.addListener(started)
  triggers.onInstalled.addListener(started)
  triggers.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune()
  })
  return prune
}
