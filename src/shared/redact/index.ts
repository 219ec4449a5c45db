// Redaction of captured BILL traffic for display, exports and cURL (docs/panel.md lists what is hidden).
// Entry points, all pure: redactHar (a whole HAR: secrets one entry reveals are masked in all),
// redactHarEntry (one entry, with the capture's known secrets), redactText (any text, its shape sniffed),
// secretSpans (where the secrets are, for views that mask in place).

export { REDACTED } from '../bill/redact.ts'
export { bodyShape } from './body-shape.ts'
export { KnownSecrets, NO_SECRETS } from './known-secrets.ts'
export { collectSecrets, knownSecretsOf, redactHar, redactHarEntry } from './redact-har.ts'
export { redactUrl } from './redact-url.ts'
export {
  isSecretName,
  isSecretValue,
  looksLikePhone,
} from './secret-names.ts'
export type { SecretSpan } from './spans.ts'
export { redactText, secretSpans, valueSpans } from './text-spans.ts'

import { redactText } from './text-spans.ts'
/** A body redacted by its real shape; the declared content type is not trusted, so it is not needed. */
export const redactBodyText = (text: string, _declaredType?: string) => redactText(text)
