import type { Badge } from './badge.ts'

// How the session badge and the "deprecated calls seen" mark share the one toolbar badge:
// - The session keeps the text (minutes left, "on", "!", "…"); unseen findings add FLAGGED_MARK after it
//   ("34m•"), or show the mark alone when the session shows nothing (signed out, warning-only format).
// - The colour turns purple for findings, except when the session itself needs action now (urgent or
//   expired stay red: the session ends first, the findings wait).
// - The tooltip gets one more line with the count.
// - With the badge turned off in the preferences nothing is shown; opening the popup marks findings seen.

export const FLAGGED_MARK = '•'

export function badgeWithFindings(
  session: Badge | undefined,
  unseen: number,
  badgeEnabled: boolean,
): Badge | undefined {
  if (!badgeEnabled) return undefined
  if (unseen <= 0) return session
  const line = `${unseen} deprecated BILL call${unseen === 1 ? '' : 's'} seen: open to review`
  if (!session || session.text === '') {
    return { text: FLAGGED_MARK, tone: 'flagged', title: `BILL Sandbox Companion: ${line}` }
  }
  const keepsTone = session.tone === 'urgent' || session.tone === 'expired'
  return {
    text: `${session.text}${FLAGGED_MARK}`,
    tone: keepsTone ? session.tone : 'flagged',
    title: `${session.title}\n${line}`,
  }
}
