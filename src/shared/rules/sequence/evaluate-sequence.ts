import type { Call, SequenceRequest } from './call.ts'
import { SequenceStream } from './stream.ts'
import type { SequenceFinding, SequenceOptions } from './types.ts'

export type { SequenceFinding, SequenceOptions } from './types.ts'

/**
 * Runs the sequence rules over a capture (HAR entries, the panel's requests): BILL's calls in the order they
 * reached the network, read by one SequenceStream. Linear after one sort; state is bounded per rule. Never
 * throws. Findings come by input index.
 */
export function evaluateSequence(
  requests: readonly SequenceRequest[],
  options: SequenceOptions = {},
): SequenceFinding[] {
  const stream = new SequenceStream(options)
  const calls: Call[] = []
  requests.forEach((request, index) => {
    const call = stream.read(request, index)
    if (call) calls.push(call)
  })
  // NaN (no time at all yet) sorts first. The sort is stable and the calls are in input order, so calls sent
  // at the same moment keep it.
  const at = (c: Call) => (Number.isNaN(c.sent) ? Number.NEGATIVE_INFINITY : c.sent)
  calls.sort((a, b) => at(a) - at(b))
  const out = calls.flatMap((call) => stream.check(call))
  return out.sort((a, b) => a.index - b.index)
}
