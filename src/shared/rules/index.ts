// The rules engine's public API, shared by the CLI, the DevTools panel and the background.
export { billBoolean } from '../bill/deprecated-fields.ts'
export { ALL_RULES, RULE_IDS, RULES, type RuleInfo, ruleById } from './catalogue.ts'
export { type DatedSeverity, type DateInput, type RuleSeverity, severityAt } from './dates.ts'
export { type EvaluateOptions, type Evaluation, evaluate } from './evaluate.ts'
export { excerpt, locatedText } from './excerpt.ts'
export type { FieldRule } from './field-rule.ts'
export { MFA_FIELD_RULES, MFA_PHONE_DEADLINE } from './mfa-rules.ts'
export { type BodyKind, type ParsedBody, parseBody } from './parse-body.ts'
export {
  buildReport,
  describeLocation,
  type FindingPlace,
  type LintReport,
  type ReportFinding,
  type ReportLocation,
  type ReportRequest,
  type ReportSummary,
  reportToMarkdown,
  toReportFinding,
} from './report.ts'
export type { Rule, RuleContext } from './rule.ts'
export { reportToSarif, type SarifLevel, type SarifLocation, type SarifTool } from './sarif.ts'
export type { Call, SequenceRequest, SignIn } from './sequence/call.ts'
export { EVERY_TAB_SEQUENCE_ROLES, EVERY_TAB_SEQUENCE_RULES, SEQUENCE_RULES } from './sequence/catalogue.ts'
export { evaluateSequence, type SequenceFinding, type SequenceOptions } from './sequence/evaluate-sequence.ts'
export { harEntryToSequenceRequest, withHarTiming } from './sequence/har-timing.ts'
export type { SequenceCheck, SequenceRule } from './sequence/sequence-rule.ts'
export { SequenceStream } from './sequence/stream.ts'
export { atLeast, type SeverityCounts, summarize } from './summary.ts'
export { billTarget } from './target.ts'
export { type BillTarget, type Finding, type FindingLocation, SEVERITIES, type Severity } from './types.ts'
