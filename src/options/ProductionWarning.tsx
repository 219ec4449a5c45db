import { t } from '../ui/i18n/t.ts'

/** Shown while a production profile is being edited: real money moves there. */
export function ProductionWarning() {
  return (
    <div class="banner warn" role="note" data-testid="profile-production-warning">
      <strong>{t('productionTitle')}</strong> {t('productionWarning')}
    </div>
  )
}
