import { t } from '../ui/i18n/t.ts'

/**
 * "Open in side panel" as a side-panel icon: the words would push the popup's header onto two lines at its
 * 360 px. They stay its accessible name and its tooltip.
 */
export function OpenSideView({ onOpen }: { onOpen: () => void }) {
  const label = t('openSideView')
  return (
    <button
      type="button"
      class="link icon"
      data-testid="open-side-view"
      aria-label={label}
      title={label}
      onClick={onOpen}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" />
        <rect x="9.5" y="3" width="4.5" height="10" fill="currentColor" />
      </svg>
    </button>
  )
}
