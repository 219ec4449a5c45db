// What npm start tells the user to do next, with or without a browser window of its own.
interface Where {
  origin: string
  password: string
  /** Where the headless run saved its screenshots; undefined when a Chromium window is open. */
  screenshots?: string
}

const LINT = 'npm run bill-mfa-lint -- test/fixtures/bill-v3-postman-collection.json'

export function nextSteps({ origin, password, screenshots }: Where): string {
  if (screenshots === undefined)
    return `start: three things to try:
  1. In the popup tab (or the toolbar button), sign in with ${password}, press "Send code by SMS", and type
     the code from ${origin}/__sandbox/sms: the session becomes MFA-trusted and the countdown runs.
  2. On the demo tab, open DevTools (F12), choose the "BILL" tab, and press "Run all" on the page: the v2 and v3
     backup-phone calls are flagged; click one for BILL's answer and the corrected request.
  3. Lint files in CI style: ${LINT}`
  return `start: three things to try:
  1. Open the screenshots in ${screenshots}: the popup's sign-in, MFA and expiry warning, the flagged calls,
     the options page and the DevTools "BILL" panel with a finding open.
  2. Where there is a display, run npm start again for a Chromium window with the extension and the sandbox; or
     run npm run sandbox, load dist/local-chrome in your browser (chrome://extensions, "Load unpacked"), and add
     a profile with "New local sandbox profile" in its options: it reads the sandbox's accounts.
  3. Lint files in CI style: ${LINT}`
}
