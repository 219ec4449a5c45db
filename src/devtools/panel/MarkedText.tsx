import { t } from '../../ui/i18n/t.ts'
import type { MarkedView } from './marked-views.ts'
import { segments } from './text-marks.ts'

const MASK = '••••••'

/** Text with flagged ranges in <mark> and secrets masked (unless revealed). Text nodes only. */
export function MarkedText({ view, reveal }: { view: MarkedView; reveal: boolean }) {
  return (
    <>
      {segments(view.text, view.marks).map((s, i) => {
        const text =
          s.secret && !reveal ? (
            <span class="secret" title={t('secretHidden')}>
              {MASK}
            </span>
          ) : (
            s.text
          )
        return s.highlight ? (
          <mark key={i} class="flagged" data-testid="highlight">
            {text}
          </mark>
        ) : (
          <span key={i}>{text}</span>
        )
      })}
    </>
  )
}
