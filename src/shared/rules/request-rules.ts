import { BASE_URLS, type BillApi, KNOWN_HOSTS, type KnownHost } from '../bill/hosts.ts'
import { isBillCredentialParam, queryParams } from './query-params.ts'
import type { FindingDraft, Rule } from './rule.ts'

// DOC /docs/safeguarding-your-pii-in-api-requests: BILL stopped accepting these in query strings.
const CREDENTIALS_DEADLINE = '2022-10-15'

const CREDENTIAL_FIX: Record<BillApi | 'unknown', (name: string) => string> = {
  v2: (name) => `Move "${name}" into the form body.`,
  v3: (name) => `Send "${name}" in the JSON body (/v3/login) or as a header (devKey, sessionId).`,
  unknown: (name) =>
    `Send "${name}" in the body (v2 form, /v3/login JSON) or as a v3 header (devKey, sessionId).`,
}

/** Message and fix for a credential found in a query string. */
export function describeCredential(name: string, api: BillApi | undefined): FindingDraft {
  return {
    field: name,
    message: `"${name}" is in the URL query; BILL rejects credentials there since ${CREDENTIALS_DEADLINE}, and URLs get logged.`,
    fix: CREDENTIAL_FIX[api ?? 'unknown'](name),
    deadline: CREDENTIALS_DEADLINE,
  }
}

export const CREDENTIALS_IN_QUERY: Rule = {
  id: 'credentials-in-query',
  title: 'Credentials in the URL query string',
  help: `BILL has rejected devKey, sessionId, userName and password in query strings since ${CREDENTIALS_DEADLINE}, and URLs end up in logs and browser history. Send them in the body (v2 form fields, v3 /v3/login JSON) or as the v3 devKey/sessionId headers.`,
  severity: 'error',
  deadline: CREDENTIALS_DEADLINE,
  check(ctx) {
    // Any spelling: a password in a URL leaks whatever its case, even if BILL would not read it.
    return queryParams(ctx.request.url)
      .filter((p) => isBillCredentialParam(p.name))
      .map((p) => ({
        ...describeCredential(p.name, ctx.target.api),
        location: { in: 'url', range: p.range },
      }))
  },
}

/** Message and fix for a request to a host BILL shut down. */
export function describeSunset(host: KnownHost & { sunset: NonNullable<KnownHost['sunset']> }): FindingDraft {
  return {
    message: `${host.host} was shut down on ${host.sunset.on} (its test data was not migrated).`,
    fix: `Use ${host.sunset.replacement} instead.`,
    deadline: host.sunset.on,
  }
}

export const SUNSET_HOST: Rule = {
  id: 'sunset-host',
  title: 'Request to a BILL host that was shut down',
  help: KNOWN_HOSTS.flatMap((h) =>
    h.sunset
      ? [
          `The old ${h.api} ${h.environment} ${h.host} was shut down on ${h.sunset.on} and its test data was not migrated. Use the current ${h.api} ${h.environment} ${BASE_URLS[h.environment][h.api]}.`,
        ]
      : [],
  ).join(' '),
  severity: 'warning',
  check(ctx) {
    const host = ctx.target.host
    if (!host?.sunset) return []
    const finding = describeSunset({ ...host, sunset: host.sunset })
    const start = ctx.request.url.toLowerCase().indexOf(host.host)
    // Stryker disable next-line EqualityOperator: a URL starts with its scheme, so the host is never at 0
    if (start >= 0) finding.location = { in: 'url', range: [start, start + host.host.length] }
    return [finding]
  },
}
