import type { Finding } from '../../shared/rules/index.ts'
import { t } from '../../ui/i18n/t.ts'

const today = () => new Date().toISOString().slice(0, 10)

function Deadline({ date }: { date: string }) {
  const passed = date <= today()
  return (
    <span class="deadline">
      {t(passed ? 'deadlineSince' : 'deadlineFrom')} <time dateTime={date}>{date}</time>
    </span>
  )
}

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p class="muted">{t('findingsNone')}</p>
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li
          key={`${f.ruleId}:${f.location?.range.join('-') ?? ''}`}
          class={`finding ${f.severity}`}
          data-testid="finding"
          data-rule-id={f.ruleId}
          data-severity={f.severity}
        >
          <p class="finding-head">
            <span class={`badge ${f.severity}`}>{f.severity}</span> <code>{f.ruleId}</code>
            {f.deadline && <Deadline date={f.deadline} />}
          </p>
          <p>{f.message}</p>
          {f.fix && (
            <p class="fix">
              <strong>{t('fixLabel')}</strong> {f.fix}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
