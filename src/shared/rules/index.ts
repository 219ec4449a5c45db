// The rules engine's public API, shared by the CLI, the DevTools panel and the background.

export { ALL_RULES, RULE_IDS, RULES } from './catalogue.ts'

export { evaluate } from './evaluate.ts'
export { excerpt, locatedText } from './excerpt.ts'

export { type ParsedBody, parseBody } from './parse-body.ts'
export {
  buildReport,
  type LintReport,
  reportToMarkdown,
  toReportFinding,
} from './report.ts'

export { reportToSarif } from './sarif.ts'
export type { SequenceRequest } from './sequence/call.ts'
export { EVERY_TAB_SEQUENCE_ROLES, EVERY_TAB_SEQUENCE_RULES, SEQUENCE_RULES } from './sequence/catalogue.ts'
export { evaluateSequence, type SequenceFinding } from './sequence/evaluate-sequence.ts'
export { harEntryToSequenceRequest, withHarTiming } from './sequence/har-timing.ts'

export { SequenceStream } from './sequence/stream.ts'
export { type SeverityCounts, summarize } from './summary.ts'
export { billTarget } from './target.ts'
export type { BillTarget, Finding, FindingLocation, Severity } from './types.ts'
