import type { BaseUrls, BillApi } from '../bill/hosts.ts'
import { type ShellCommand, shellCommand } from '../shell/shell-command.ts'

// The live session handed to other tools: a Postman environment for BILL's own collection, and a curl command
// that asks BILL about the session. Pure: the background fills in the secrets it holds.

export interface HandOffSession {
  api: BillApi
  baseUrls: BaseUrls
  devKey: string
  sessionId: string
  organizationId: string
  username: string
  profileName: string
}

interface PostmanVariable {
  key: string
  value: string
  type: 'default' | 'secret'
  enabled: boolean
}

/** Postman's environment export format (what "Import" in Postman reads). */
export interface PostmanEnvironment {
  id: string
  name: string
  values: PostmanVariable[]
  _postman_variable_scope: 'environment'
  _postman_exported_at: string
  _postman_exported_using: string
}

/**
 * The variable names are those of BILL's v3 collection (`{{baseUrl}}/v3/...`, headers `{{session_id}}` and
 * `{{developer_key}}`). `api_token` is the Spend & Expense token, which the extension never holds: it is
 * present, empty and disabled, so the user sees where theirs goes.
 */
export function postmanEnvironment(s: HandOffSession, id: string, now: Date): PostmanEnvironment {
  const v = (key: string, value: string, type: PostmanVariable['type'], enabled = true) => ({
    key,
    value,
    type,
    enabled,
  })
  return {
    id,
    name: `BILL ${s.api} session: ${s.profileName}`,
    values: [
      v('baseUrl', s.api === 'v3' ? s.baseUrls.v3 : s.baseUrls.v2, 'default'),
      v('developer_key', s.devKey, 'secret'),
      v('session_id', s.sessionId, 'secret'),
      v('organization_id', s.organizationId, 'default'),
      v('username', s.username, 'default'),
      v('api_token', '', 'secret', false),
    ],
    _postman_variable_scope: 'environment',
    _postman_exported_at: now.toISOString(),
    _postman_exported_using: 'BILL Sandbox Companion',
  }
}

/** `GET /v3/login/session` (v3) or `POST GetSessionInfo.json` (v2) with the session, as one curl command. */
export function sessionInfoCurl(s: HandOffSession): ShellCommand {
  if (s.api === 'v3') {
    return shellCommand([
      ['curl', `${s.baseUrls.v3}/v3/login/session`],
      ['-H', `sessionId: ${s.sessionId}`],
      ['-H', `devKey: ${s.devKey}`],
      ['-H', 'Accept: application/json'],
    ])
  }
  return shellCommand([
    ['curl', `${s.baseUrls.v2}/GetSessionInfo.json`],
    ['--data-urlencode', `devKey=${s.devKey}`],
    ['--data-urlencode', `sessionId=${s.sessionId}`],
  ])
}
