// QA demo page served by the sandbox (same origin, so no CORS). It signs in with the seeded MFA account and
// makes MFA calls, including the deprecated ones. A DevTools-panel test drives the buttons by id.
const log = document.getElementById('log')
const status = document.getElementById('status')
const session = { account: undefined, v3: undefined, v2: undefined }

function write(id, method, path, httpStatus, ok, summary) {
  const item = document.createElement('li')
  item.dataset.call = id
  item.dataset.status = String(httpStatus)
  item.dataset.ok = String(ok)
  item.textContent = `${id}: ${method} ${path} → HTTP ${httpStatus} ${summary}`
  log.append(item)
}

async function account() {
  if (!session.account) {
    const all = await (await fetch('/__sandbox/accounts')).json()
    session.account = all.find((a) => a.phone)
  }
  return session.account
}

async function readJson(res) {
  const text = await res.text()
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return text
  }
}

async function callV3(id, method, path, body, signedIn = true) {
  const a = await account()
  const headers = { 'content-type': 'application/json', accept: 'application/json' }
  if (signedIn) Object.assign(headers, { devKey: a.devKey, sessionId: session.v3 })
  const url = `/connect${path}`
  // no-store: the browser would otherwise hold identical GETs sent at once behind one another (cache lock).
  const res = await fetch(url, {
    method,
    headers,
    cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const parsed = await readJson(res)
  const summary = Array.isArray(parsed) ? `${parsed[0]?.code}: ${parsed[0]?.message}` : 'OK'
  write(id, method, url, res.status, res.ok, summary)
  return parsed
}

async function callV2(id, file, fields) {
  const url = `/api/v2/${file}`
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(fields),
  })
  const json = await readJson(res)
  const ok = json?.response_status === 0
  const summary = ok ? 'OK' : `${json?.response_data?.error_code}: ${json?.response_data?.error_message}`
  write(id, 'POST', url, res.status, ok, summary)
  return json
}

async function v3Login() {
  const a = await account()
  const credentials = {
    username: a.username,
    password: a.password,
    organizationId: a.organizationId,
    devKey: a.devKey,
  }
  session.v3 = (await callV3('v3-login', 'POST', '/v3/login', credentials, false))?.sessionId
}

async function v2Login() {
  const a = await account()
  const credentials = {
    userName: a.username,
    password: a.password,
    orgId: a.organizationId,
    devKey: a.devKey,
  }
  session.v2 = (await callV2('v2-login', 'Login.json', credentials))?.response_data?.sessionId
}

const ensureV3 = async () => session.v3 ?? v3Login()
const ensureV2 = async () => session.v2 ?? v2Login()

const actions = {
  'v3-login': v3Login,
  'v2-login': v2Login,
  'v3-setup-secondary': async () => {
    await ensureV3()
    const a = await account()
    await callV3('v3-setup-secondary', 'POST', '/v3/mfa/setup', {
      phone: a.phone,
      type: 'TEXT',
      primary: false,
    })
  },
  'v3-challenge-backup': async () => {
    await ensureV3()
    await callV3('v3-challenge-backup', 'POST', '/v3/mfa/challenge', { useBackup: true })
  },
  'v2-challenge-backup': async () => {
    await ensureV2()
    const a = await account()
    const data = JSON.stringify({ useBackup: true })
    await callV2('v2-challenge-backup', 'MFAChallenge.json', {
      devKey: a.devKey,
      sessionId: session.v2,
      data,
    })
  },
  'v3-challenge': async () => {
    await ensureV3()
    await callV3('v3-challenge', 'POST', '/v3/mfa/challenge', {})
  },
}

// One button per pattern the contract rules catch in a sequence of calls (docs/lint.md), plus v2 names on
// /v3/login. Each makes the whole pattern itself, from a fresh sign-in where it needs one.

async function freshV3Login(id = 'v3-login') {
  session.v3 = undefined
  const a = await account()
  const credentials = {
    username: a.username,
    password: a.password,
    organizationId: a.organizationId,
    devKey: a.devKey,
  }
  session.v3 = (await callV3(id, 'POST', '/v3/login', credentials, false))?.sessionId
}

/** Plants a sandbox fault (the control API takes JSON from its own pages only). */
async function fault(body) {
  const res = await fetch('/__sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`fault refused: HTTP ${res.status}`)
}

const CONCURRENT = 4
const TEXTS = 6
const SIGN_INS = 11

const contractActions = {
  // BDC_1361 on an MFA-protected operation, answered by signing in again (untrusted-session-relogin).
  'relogin-after-untrusted': async () => {
    await freshV3Login()
    await callV3('payment', 'POST', '/v3/payments', { vendorId: '00901DEMOVENDOR', amount: 1 })
    await freshV3Login('v3-login-again')
  },
  // BDC_1109 for a signed-out session, which is then used again (expired-session-reused).
  'reuse-after-invalid': async () => {
    await freshV3Login()
    await callV3('v3-logout', 'POST', '/v3/logout', {})
    await callV3('session-after-logout', 'GET', '/v3/login/session')
    await callV3('session-reused', 'GET', '/v3/login/session')
    session.v3 = undefined
  },
  // A sign-in before every call (login-per-call).
  'login-burst': async () => {
    for (let i = 0; i < SIGN_INS; i++) await freshV3Login(`v3-login-${i + 1}`)
  },
  // Four calls at once, each held by the sandbox's delay fault (concurrent-requests-over-limit).
  'concurrent-calls': async () => {
    await ensureV3()
    await fault({ path: '/connect/v3/mfa/phones', mode: 'delay', delayMs: 1500, count: CONCURRENT })
    const calls = Array.from({ length: CONCURRENT }, (_, i) =>
      callV3(`phones-${i + 1}`, 'GET', '/v3/mfa/phones'),
    )
    await Promise.all(calls)
  },
  // Six texts within a minute (mfa-text-rate); the sandbox refuses the sixth.
  'text-burst': async () => {
    await ensureV3()
    for (let i = 0; i < TEXTS; i++) await callV3(`text-${i + 1}`, 'POST', '/v3/mfa/challenge', {})
  },
  // v2's field names sent to /v3/login (v3-login-v2-fields).
  'v2-fields-on-v3-login': async () => {
    const a = await account()
    const v2Names = { userName: a.username, password: a.password, orgId: a.organizationId, devKey: a.devKey }
    await callV3('v3-login-v2-names', 'POST', '/v3/login', v2Names, false)
  },
}
Object.assign(actions, contractActions)

async function run(names) {
  status.textContent = 'running'
  try {
    for (const name of names) await actions[name]()
    status.textContent = 'done'
  } catch (error) {
    status.textContent = `failed: ${error}`
  }
}

for (const name of Object.keys(actions)) {
  document.getElementById(name).addEventListener('click', () => run([name]))
}
// "Run all" is the MFA walk-through; each contract pattern runs from its own button.
const walkThrough = Object.keys(actions).filter((name) => !(name in contractActions))
document.getElementById('run-all').addEventListener('click', () => run(walkThrough))
