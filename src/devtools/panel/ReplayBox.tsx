import { useState } from 'preact/hooks'
import type { AppError } from '../../shared/protocol/index.ts'
import type { ReplayAnswer } from '../../shared/protocol/panel.ts'
import { useClient } from '../../ui/client.ts'
import { t } from '../../ui/i18n/t.ts'
import type { CorrectedRequest } from './corrected-request.ts'
import { BillErrorTable } from './ResponseView.tsx'

type State =
  | { step: 'closed' }
  | { step: 'confirm' }
  | { step: 'sending' }
  | { step: 'answered'; answer: ReplayAnswer }
  | { step: 'failed'; error: AppError }

/** "Fix and replay": shows the corrected body, and on confirmation sends it with the user's own session. */
export function ReplayBox({ corrected }: { corrected: CorrectedRequest }) {
  const client = useClient()
  const [state, setState] = useState<State>({ step: 'closed' })
  if (state.step === 'closed')
    return (
      <button type="button" data-testid="fix-replay" onClick={() => setState({ step: 'confirm' })}>
        {t('fixAndReplay')}
      </button>
    )
  const send = async () => {
    setState({ step: 'sending' })
    const reply = await client.call('replayRequest', {
      method: corrected.method,
      endpointId: corrected.endpointId,
      body: corrected.body,
    })
    setState(reply.ok ? { step: 'answered', answer: reply.result } : { step: 'failed', error: reply.error })
  }
  return (
    <div class="replay" data-testid="replay">
      <p>{t('correctedBody', { removed: corrected.removed.map((f) => `“${f}”`).join(', ') })}</p>
      <pre class="code" data-testid="corrected-body">
        {JSON.stringify(corrected.body, null, 2)}
      </pre>
      {state.step === 'confirm' || state.step === 'sending' ? (
        <p class="actions">
          <button
            type="button"
            class="primary"
            data-testid="replay-confirm"
            disabled={state.step === 'sending'}
            onClick={() => void send()}
          >
            {t(state.step === 'sending' ? 'sending' : 'sendToBill')}
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'closed' })}>
            {t('cancel')}
          </button>
        </p>
      ) : (
        <div data-testid="replay-result" data-state={state.step}>
          {state.step === 'failed' ? (
            <p class="error-text" data-kind={state.error.kind}>
              {state.error.message}
            </p>
          ) : (
            <>
              <p>
                {t('billAnsweredHttp')} <strong>{state.answer.status}</strong>
                {t(state.answer.errors.length === 0 ? 'accepted' : 'fullStop')}
              </p>
              {state.answer.errors.length > 0 && <BillErrorTable errors={state.answer.errors} />}
              <pre class="code">{state.answer.body}</pre>
            </>
          )}
          <button type="button" onClick={() => setState({ step: 'confirm' })}>
            {t('sendAgain')}
          </button>
        </div>
      )}
    </div>
  )
}
