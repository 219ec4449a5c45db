import {
  type HandOffSession,
  postmanEnvironment,
  sessionInfoCurl,
} from '../../shared/handoff/session-handoff.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { Handlers } from '../router.ts'
import type { SessionService } from '../session/service.ts'

/** The background builds the hand-off text: it alone holds the session id and the dev key. */
export function handOffHandlers(session: SessionService): Pick<Handlers, 'sessionHandOff'> {
  return {
    sessionHandOff: async (params) => {
      const format = params?.format
      if (format !== 'postman' && format !== 'curl') throw appError('bad-request', 'Choose postman or curl.')
      const secrets = await session.handOffSecrets()
      const view = await session.getView()
      if (view.state !== 'active') throw appError('not-signed-in', 'Sign in first.')
      const s: HandOffSession = {
        ...secrets,
        organizationId: view.organizationId,
        username: view.username,
        profileName: view.profileName,
      }
      if (format === 'postman')
        return { text: JSON.stringify(postmanEnvironment(s, crypto.randomUUID(), new Date()), null, 2) }
      const curl = sessionInfoCurl(s)
      if (!curl.ok) throw appError('invalid-input', curl.reason)
      return { text: curl.command }
    },
  }
}
