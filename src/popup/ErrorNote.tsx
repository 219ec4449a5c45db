import type { AppError } from '../shared/protocol/index.ts'

/** One failed action: BILL's code when there is one, and the message that says what to do next. */
export function ErrorNote({ error, testId = 'error' }: { error: AppError; testId?: string }) {
  return (
    <div class="note note-error" role="alert" data-testid={testId} data-kind={error.kind}>
      <p>{error.message}</p>
      {error.bill?.code ? <p class="muted small">BILL said {error.bill.code}</p> : null}
    </div>
  )
}
