import { harEntryToRequest } from '../../har/normalize.ts'
import type { NormalizedRequest } from '../../har/request.ts'
import type { SequenceRequest } from './call.ts'

const record = (v: unknown) =>
  // Stryker disable next-line ConditionalExpression,LogicalOperator: callers read fields with ?. and phase() takes only finite numbers
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined
/** HAR writes -1 for a phase that does not apply. */
// Stryker disable next-line ConditionalExpression,EqualityOperator: Number.isFinite is false for a non-number, and 0 maps to 0 with > or >=
const phase = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0)

/** A HAR entry with its timing: `time` is the whole duration; blocked + dns + connect passed before sending. */
export function harEntryToSequenceRequest(entry: unknown): SequenceRequest | undefined {
  const request = harEntryToRequest(entry)
  return request ? withHarTiming(request, entry) : undefined
}

/** The request (already read from `entry`) with the entry's timing, for the sequence rules. */
export function withHarTiming(normalized: NormalizedRequest, entry: unknown): SequenceRequest {
  const request: SequenceRequest = { ...normalized }
  const e = record(entry)
  const duration = phase(e?.time)
  if (duration > 0) request.durationMs = duration
  const t = record(e?.timings)
  const queued = phase(t?.blocked) + phase(t?.dns) + phase(t?.connect)
  if (queued > 0) request.queuedMs = Math.min(queued, duration)
  return request
}
