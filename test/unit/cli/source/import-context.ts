import type { ImportContext } from '../../../../src/cli/source/imports/context.ts'

/** What a scanned tree tells one file: nothing unless told (no BILL, no endpoints, no constants). */
export const importContext = (over: Partial<ImportContext> = {}): ImportContext => ({
  constants: new Map(),
  sentKinds: () => new Map(),
  kinds: [],
  evidence: false,
  borrowed: false,
  setup: false,
  ...over,
})
