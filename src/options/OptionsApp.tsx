import { useCallback, useState } from 'preact/hooks'
import { BackgroundStatusLine } from '../ui/BackgroundStatusLine.tsx'
import { t } from '../ui/i18n/t.ts'
import { useBackgroundStatus } from '../ui/useBackground.ts'
import { DeleteAllData } from './DeleteAllData.tsx'
import { DevicesSection } from './DevicesSection.tsx'
import { ExportProfiles } from './ExportProfiles.tsx'
import { ImportProfiles } from './ImportProfiles.tsx'
import { PreferencesSection } from './PreferencesSection.tsx'
import { ProfilesSection } from './ProfilesSection.tsx'
import { ShortcutsSection } from './ShortcutsSection.tsx'
import { useProfiles } from './useProfiles.ts'

export function OptionsApp({ localBuild }: { localBuild: boolean }) {
  const status = useBackgroundStatus()
  const [profiles, reloadProfiles] = useProfiles()
  // Sections that load their own data remount when it may have changed elsewhere (profiles deleted, data wiped).
  const [profilesRevision, setProfilesRevision] = useState(0)
  const [wipes, setWipes] = useState(0)
  const [message, setMessage] = useState('')
  const announce = useCallback((text: string) => setMessage(text), [])
  const reload = useCallback(async () => {
    await reloadProfiles()
    setProfilesRevision((r) => r + 1)
  }, [reloadProfiles])

  return (
    <>
      <main>
        <h1>{t('optionsTitle')}</h1>
        <p class="status-message" role="status" data-testid="options-status">
          {message}
        </p>
        <ProfilesSection profiles={profiles} reload={reload} announce={announce} localBuild={localBuild} />
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{t('shareProfiles')}</h2>
          <div class="exchange-grid">
            <ExportProfiles announce={announce} />
            <ImportProfiles announce={announce} onImported={reload} />
          </div>
        </section>
        <DevicesSection key={`devices-${profilesRevision}`} announce={announce} />
        <PreferencesSection key={`preferences-${wipes}`} announce={announce} />
        <ShortcutsSection />
        <DeleteAllData
          announce={announce}
          onDeleted={() => {
            setWipes((w) => w + 1)
            void reload()
          }}
        />
      </main>
      <footer>
        <p>
          <a href="/src/devtools/panel.html" target="_blank" rel="noopener" data-testid="open-har-inspector">
            {t('openHarFile')}
          </a>{' '}
          {t('openHarFileWhat')}
        </p>
        <BackgroundStatusLine status={status} />
      </footer>
    </>
  )
}
