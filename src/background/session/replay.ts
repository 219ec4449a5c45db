import { bdcKind, explainBillErrors } from '../../shared/bill/bdc-codes.ts'
import { billErrorToAppError } from '../../shared/bill/errors.ts'
import { billFailure } from '../../shared/bill/failure.ts'
import { appError } from '../../shared/protocol/errors.ts'
import type { PanelProtocol, ReplayAnswer } from '../../shared/protocol/panel.ts'
import { redactBodyText } from '../../shared/redact/index.ts'
import { billErrors } from '../../shared/rules/response-errors.ts'
import { activeSession } from './active.ts'
import type { createIdleClock } from './idle.ts'
import type { Owner } from './owner.ts'
import { refuseDeprecated, resolveTarget } from './replay-target.ts'

// "Fix and replay" from the DevTools panel: one allowed MFA call with the live session, through the BILL
// client, with the same bookkeeping as the session's own calls (activity, or expiry when BILL ended it).

export function createReplay(owner: Owner, idle: ReturnType<typeof createIdleClock>) {
  return {
    async replay(params: PanelProtocol['replayRequest']['params']): Promise<ReplayAnswer> {
      const { r, sessionId, client } = activeSession(owner)
      const { url, api, endpoint } = resolveTarget(params, r.baseUrls)
      if (api !== r.api)
        throw appError('invalid-input', `The session is a ${r.api} session: it cannot call the ${api} API.`)
      refuseDeprecated(params.body)
      const sent = await client.replay(sessionId, endpoint, params.body ?? {})
      if (!sent.ok) throw billErrorToAppError(sent.error)
      const { status, text, contentType } = sent.response
      const errors = explainBillErrors(billErrors({ status, body: { text } }))
      const ended = errors.find((e) => bdcKind(e.code) === 'session-expired')
      await idle.afterCall(
        r,
        status < 400 && errors.length === 0,
        ended
          ? billFailure({ api, code: ended.code, billMessage: ended.message, httpStatus: status })
          : undefined,
      )
      return { status, api, url, errors, body: redactBodyText(text, contentType) }
    },
  }
}
