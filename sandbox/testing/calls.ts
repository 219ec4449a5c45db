import { SEED_ACCOUNTS, type SeedAccount } from '../accounts.ts'
import { createSandboxApp, type SandboxApp } from '../app.ts'
import type { SandboxOptions } from '../options.ts'

// Calls for the sandbox's own tests, in-process: sign in, call v3 with the session headers, use the control API.

export const [QA, NO_PHONE, SYNC] = SEED_ACCOUNTS as [SeedAccount, SeedAccount, SeedAccount]

export interface TestSandbox {
  s: SandboxApp
  /** A v3 call; headers carry the session when one is given. */
  v3(method: string, path: string, body?: unknown, session?: V3Session): Promise<Response>
  signIn(account: SeedAccount, devKey?: string): Promise<V3Session>
  /** A v2 form POST. */
  v2(path: string, fields: Record<string, string>): Promise<Response>
  /** v2 Login.json with the account's credentials. */
  v2SignIn(account: SeedAccount): Promise<Response>
  control(path: string, body?: unknown): Promise<Response>
  /** The BILL code of a v3 error answer. */
  codeOf(res: Response): Promise<string | undefined>
}

export interface V3Session {
  sessionId: string
  devKey: string
}

export function testSandbox(opts: SandboxOptions = {}): TestSandbox {
  const s = createSandboxApp({ quiet: true, ...opts })
  const v3: TestSandbox['v3'] = async (method, path, body, session) =>
    s.app.request(`/connect${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(session ?? {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return {
    s,
    v3,
    async signIn(account, devKey = account.devKey) {
      const res = await v3('POST', '/v3/login', {
        username: account.username,
        password: account.password,
        organizationId: account.organizationId,
        devKey,
      })
      const { sessionId } = (await res.json()) as { sessionId: string }
      return { sessionId, devKey }
    },
    v2: async (path, fields) =>
      s.app.request(`/api/v2${path}`, { method: 'POST', body: new URLSearchParams(fields).toString() }),
    v2SignIn: async (account) =>
      s.app.request('/api/v2/Login.json', {
        method: 'POST',
        body: new URLSearchParams({
          userName: account.username,
          password: account.password,
          orgId: account.organizationId,
          devKey: account.devKey,
        }).toString(),
      }),
    control: async (path, body) =>
      s.app.request(
        `/__sandbox${path}`,
        body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      ),
    async codeOf(res) {
      const body = (await res.json()) as { code?: string }[] | { response_data?: { error_code?: string } }
      return Array.isArray(body) ? body[0]?.code : body.response_data?.error_code
    },
  }
}
