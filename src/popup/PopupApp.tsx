import { useState } from 'preact/hooks'
import { useClient } from '../ui/client.ts'
import { useHost } from '../ui/host.ts'
import { t } from '../ui/i18n/t.ts'
import { EndedNote } from './EndedNote.tsx'
import { ErrorNote } from './ErrorNote.tsx'
import { FlaggedRequests } from './FlaggedRequests.tsx'
import { HandOff } from './HandOff.tsx'
import { MfaPanel } from './MfaPanel.tsx'
import { OpenSideView } from './OpenSideView.tsx'
import { SessionCard } from './SessionCard.tsx'
import { SignInForm } from './SignInForm.tsx'
import { useNow } from './useNow.ts'
import { type ProfileList, useProfiles } from './useProfiles.ts'
import { useSession } from './useSession.ts'

export function PopupApp() {
  const client = useClient()
  const host = useHost()
  const session = useSession()
  const openSettings = () => client.openSettings()
  const now = useNow()
  const profiles = useProfiles()
  // The user's choice lives here, not in the form: the form remounts with every state change (sign-in
  // attempt, sign-out), and the choice must survive those.
  const [picked, setPicked] = useState<string>()

  const view = session.view
  // The popup's own clock may pass expiresAt before the background's alarm fires: show "expired" at once.
  const shownState =
    view?.state === 'active' && view.expiresAt !== undefined && view.expiresAt <= now
      ? 'expired'
      : view?.state

  return (
    <main>
      <header class="row spread header">
        <h1>{t('appTitle')}</h1>
        <div class="row header-actions">
          {host === 'popup' && client.openSideView ? <OpenSideView onOpen={client.openSideView} /> : null}
          <button type="button" class="link" onClick={openSettings}>
            {t('settings')}
          </button>
        </div>
      </header>
      <section data-testid="session-state" data-state={shownState ?? 'loading'} aria-live="polite">
        {!view || (!profiles && view.state !== 'active') ? <p class="muted">{t('loading')}</p> : null}
        {view && profiles && (view.state === 'signed-out' || shownState === 'expired') ? (
          <>
            {shownState === 'expired' && view.state !== 'signed-out' ? <EndedNote view={view} /> : null}
            <SignInForm
              profiles={profiles.profiles}
              activeProfileId={profiles.activeProfileId}
              profileId={profileToShow(
                profiles,
                picked,
                view.state !== 'signed-out' ? view.profileId : undefined,
              )}
              onPick={setPicked}
              session={session}
            />
          </>
        ) : null}
        {view?.state === 'signing-in' ? <p>{t('signingInTo', { profile: view.profileName })}</p> : null}
        {view?.state === 'active' && shownState === 'active' ? (
          <>
            <SessionCard view={view} session={session} now={now} />
            <HandOff username={view.username} />
            {!view.trusted ? <MfaPanel mfa={view.mfa} session={session} now={now} /> : null}
          </>
        ) : null}
      </section>
      {/* An action that found the session gone: the ended note above already says so, once. */}
      {session.error && !(session.error.kind === 'session-expired' && shownState === 'expired') ? (
        <ErrorNote
          error={session.error}
          onGrantAccess={() => client.openSettings('grant')}
          onOpenSettings={openSettings}
        />
      ) : null}
      <FlaggedRequests />
      <p class="muted har-link">
        <a href="/src/devtools/panel.html" target="_blank" rel="noopener" data-testid="open-har-inspector">
          {t('openHarFile')}
        </a>
      </p>
    </main>
  )
}

/** The user's pick while it exists; else the expired session's profile, the active one, or the first. */
function profileToShow(list: ProfileList, picked: string | undefined, expiredProfileId: string | undefined) {
  const exists = (id: string | null | undefined): id is string =>
    !!id && list.profiles.some((p) => p.id === id)
  return [picked, expiredProfileId, list.activeProfileId].find(exists) ?? list.profiles[0]?.id ?? ''
}
