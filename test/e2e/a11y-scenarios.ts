import type { RunningSandbox } from '../../sandbox/server.ts'
import { type AxeViolation, axeViolations } from './harness/axe.ts'
import { pollUntil } from './harness/poll.ts'
import { ask, createSandboxProfile, latestSms } from './harness/protocol.ts'
import type { UiPage } from './harness/ui-page.ts'
import { freshOptions } from './options-steps.ts'

// The states axe checks, the same in Chromium and Firefox: popup (signed out, each error, MFA code, trusted,
// hand-off question, expired), options page (empty, form with errors, with profiles), panel (empty).
// The panel with rows and details open needs the devtools API and is added per browser.

export type Page = UiPage & { page: { evaluate(expression: string): Promise<unknown> } }
export type Results = Record<string, AxeViolation[]>

const waitState = (p: UiPage, s: string) =>
  pollUntil(async () => (await p.attr('session-state', 'data-state')) === s, { what: `state ${s}` })

export async function checkAllStates(
  open: (path: string) => Promise<Page>,
  sandbox: RunningSandbox,
): Promise<Results> {
  const results: Results = {}
  const check = async (name: string, page: Page) => {
    results[name] = await axeViolations(page.page)
  }
  const qa = sandbox.accounts[0]!
  await fetch(`${sandbox.origin}/__sandbox/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
  })

  const options = (await freshOptions(open)) as Page
  await check('options: empty', options)
  await options.click('profile-new')
  await options.waitForTestId('profile-form')
  await options.click('profile-save')
  await options.waitForTestId('profile-form-error')
  await check('options: form with errors', options)
  await options.click('profile-cancel')
  await createSandboxProfile(options, sandbox, sandbox.accounts[1]!, { name: 'No phone', api: 'v2' })
  const profileId = await createSandboxProfile(options, sandbox, qa) // the active one
  await options.reload()
  await options.waitForTestId('profile-list')
  await check('options: with profiles', options)

  const popup = await open('src/popup/index.html')
  await waitState(popup, 'signed-out')
  await popup.select('profile-select', profileId)
  await check('popup: signed out', popup)
  await popup.fill('signin-secret', 'wrong password')
  await popup.click('signin-submit')
  await popup.waitForTestId('error')
  await check('popup: sign-in error', popup)
  await popup.fill('signin-secret', qa.password)
  await popup.click('signin-submit')
  await waitState(popup, 'active').catch(async (e) => {
    throw new Error(`${e.message}: ${await popup.evaluate(() => document.body.innerText)}`)
  })
  await check('popup: signed in', popup)
  const sentAfter = Date.now() - 1000
  await popup.click('mfa-send')
  await popup.waitForTestId('mfa-code')
  await check('popup: MFA code', popup)
  const sms = await pollUntil(() => latestSms(sandbox.origin, sentAfter), { what: 'an SMS' })
  await popup.fill('mfa-code', sms.code === '000000' ? '111111' : '000000')
  await popup.waitForTestId('mfa-error')
  await check('popup: wrong MFA code', popup)
  await popup.fill('mfa-code', sms.code)
  await pollUntil(async () => (await popup.attr('session-trusted', 'data-trusted')) === 'true')
  await check('popup: trusted', popup)
  await popup.click('copy-curl')
  await popup.waitForTestId('handoff-ask')
  await check('popup: hand-off question', popup)
  await popup.click('handoff-cancel')

  // BILL ends the session (35 idle minutes on its clock); the next call finds out.
  await fetch(`${sandbox.origin}/__sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: 2_200_000 }),
  })
  // A replay from the panel is a call with the session: BILL answers BDC_1109 and the session is expired.
  await ask(options, 'replayRequest', { method: 'POST', endpointId: 'v3.mfa.challenge', body: {} })
  await waitState(popup, 'expired')
  await popup.reload()
  // axe on the reloaded page before it has painted sees an empty document (no main, no heading): wait for it.
  await waitState(popup, 'expired')
  await check('popup: expired', popup)

  const panel = await open('src/devtools/panel.html')
  // Outside DevTools the page is the HAR inspector: axe runs once its empty grid has rendered.
  await panel.waitForTestId('empty-log')
  await check('panel: empty', panel)
  return results
}
