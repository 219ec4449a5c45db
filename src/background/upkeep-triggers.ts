// The browser events that run the background's upkeep (device expiry warnings, pruning) instead of every
// wake: the worker wakes for every message, alarm and watched request.

interface Event<L> {
  addListener(listener: L): void
}

export interface UpkeepTriggers {
  onStartup: Event<() => void>
  onInstalled: Event<() => void>
  onAlarm: Event<(alarm: { name: string }) => void>
}
