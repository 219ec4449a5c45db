// Redaction of captured BILL traffic for display, exports and cURL (docs/panel.md lists what is hidden).

export { REDACTED } from '../bill/redact.ts'
export { jsonSecretRanges, type TextRange } from './json-secret-ranges.ts'
export { redactBodyText } from './redact-body.ts'
export { redactFieldValue, redactFormText } from './redact-form.ts'
export {
  type ExportedHarEntry,
  type HarNameValuePair,
  redactHarEntry,
  redactHeaders,
} from './redact-har.ts'
export { redactJsonText, redactJsonValue, redactOpaque } from './redact-json.ts'
export { redactUrl } from './redact-url.ts'
export { isSecretName, isSecretValue, looksLikePhone } from './secret-names.ts'
