import { t } from '../ui/i18n/t.ts'

/** "1 profile", "3 profiles". */
export const profileCount = (n: number): string => (n === 1 ? t('oneProfile') : t('profiles', { count: n }))

/** What an import did, in one sentence: added or updated, skipped, and how many still need host access. */
export function importSummary(added: number, updated: number, skipped: number, needAccess: number): string {
  const merged = updated ? t('importUpdated', { count: updated }) : ''
  const left = skipped ? t('importSkipped', { count: skipped }) : ''
  const access =
    needAccess === 0
      ? ''
      : needAccess === 1
        ? t('importNeedsAccess')
        : t('importNeedAccess', { count: needAccess })
  return `${t('imported', { profiles: profileCount(added + updated) })}${merged}${left}.${access}`
}
