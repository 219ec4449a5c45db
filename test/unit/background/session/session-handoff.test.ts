import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSandbox, startSandbox } from '../../../../sandbox/server.ts'
import {
  type HandOffSession,
  postmanEnvironment,
  sessionInfoCurl,
} from '../../../../src/shared/handoff/session-handoff.ts'
import type { ShellCommand } from '../../../../src/shared/shell/shell-command.ts'

// The popup's "Copy for Postman" and "Copy as curl": checked against BILL's own collection and the sandbox.

const COLLECTION = JSON.parse(
  readFileSync(new URL('../../../fixtures/bill-v3-postman-collection.json', import.meta.url), 'utf8'),
)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const session = (over: Partial<HandOffSession> = {}): HandOffSession => ({
  api: 'v3',
  baseUrls: { v3: 'https://gateway.stage.bill.com/connect', v2: 'https://api-stage.bill.com/api/v2' },
  devKey: 'dev-key-123',
  sessionId: 'session-abc',
  organizationId: '00801ORG',
  username: 'qa@example.com',
  profileName: 'Sandbox QA',
  ...over,
})

type PmItem = { name: string; item?: PmItem[]; request?: PmRequest }
type PmRequest = { url: { raw: string }; header?: { key: string; value: string }[] }

/** Every request of a collection (v2.1 format), depth first. */
const requests = (items: PmItem[]): PmItem[] =>
  items.flatMap((i) => (i.item ? requests(i.item) : i.request ? [i] : []))

/** Postman's substitution: each {{name}} of an enabled variable becomes its value. */
function resolve<T>(value: T, env: { values: { key: string; value: string; enabled: boolean }[] }): T {
  const vars = new Map(env.values.filter((v) => v.enabled).map((v) => [v.key, v.value]))
  const text = JSON.stringify(value).replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) =>
    vars.has(name) ? JSON.stringify(vars.get(name)).slice(1, -1) : whole,
  )
  return JSON.parse(text) as T
}

describe('Copy for Postman', () => {
  const env = postmanEnvironment(session(), crypto.randomUUID(), new Date('2026-11-23T10:00:00Z'))

  it('is a Postman environment export with the secrets typed secret', () => {
    expect(env).toMatchObject({
      name: 'BILL v3 session: Sandbox QA',
      _postman_variable_scope: 'environment',
      _postman_exported_at: '2026-11-23T10:00:00.000Z',
    })
    expect(env.id).toMatch(UUID)
    for (const v of env.values) {
      expect(Object.keys(v).sort()).toEqual(['enabled', 'key', 'type', 'value'])
      expect(typeof v.value).toBe('string')
      expect(['default', 'secret']).toContain(v.type)
    }
    const byKey = Object.fromEntries(env.values.map((v) => [v.key, v]))
    expect(byKey.baseUrl).toMatchObject({ value: 'https://gateway.stage.bill.com/connect', type: 'default' })
    expect(byKey.session_id).toMatchObject({ value: 'session-abc', type: 'secret', enabled: true })
    expect(byKey.developer_key).toMatchObject({ value: 'dev-key-123', type: 'secret', enabled: true })
    expect(byKey.api_token).toMatchObject({ value: '', type: 'secret', enabled: false })
  })

  it('resolves every {{baseUrl}}, {{developer_key}} and {{session_id}} of BILL’s v3 collection', () => {
    const items = requests(COLLECTION.item)
    expect(items.length).toBe(302)
    const used = { baseUrl: 0, developer_key: 0, session_id: 0 }
    for (const item of items) {
      const raw = JSON.stringify(item.request)
      for (const key of Object.keys(used) as (keyof typeof used)[])
        if (raw.includes(`{{${key}}}`)) used[key]++
      expect(JSON.stringify(resolve(item.request, env)), item.name).not.toMatch(
        /\{\{(baseUrl|developer_key|session_id)\}\}/,
      )
    }
    // The rest call {{webhookBaseUrl}} (BILL's webhook host), which is not the session's.
    expect(used.baseUrl).toBe(291)
    expect(used.session_id).toBeGreaterThan(200)
    expect(used.developer_key).toBeGreaterThan(200)
    const info = items.find((i) => i.request?.url.raw === '{{baseUrl}}/v3/login/session')!
    const request = resolve(info.request!, env)
    expect(request.url.raw).toBe('https://gateway.stage.bill.com/connect/v3/login/session')
    const header = (name: string) => request.header?.find((h) => h.key === name)?.value
    expect(header('sessionId')).toBe('session-abc')
    expect(header('devKey')).toBe('dev-key-123')
  })

  it('uses the v2 base URL for a v2 profile', () => {
    const v2 = postmanEnvironment(session({ api: 'v2' }), crypto.randomUUID(), new Date())
    expect(v2.values.find((v) => v.key === 'baseUrl')?.value).toBe('https://api-stage.bill.com/api/v2')
  })
})

describe('Copy as curl', () => {
  describe('against the sandbox over HTTP', () => {
    let sandbox: RunningSandbox
    beforeAll(async () => {
      sandbox = await startSandbox({ quiet: true })
    })
    afterAll(() => sandbox.close())

    // Asynchronous: the sandbox answers from this same process.
    const run = async (curl: ShellCommand) => {
      if (!curl.ok) throw new Error(curl.reason)
      return JSON.parse((await promisify(execFile)('sh', ['-c', `${curl.command} -s --max-time 10`])).stdout)
    }

    it('asks BILL about the live v3 and v2 sessions', async () => {
      const qa = sandbox.accounts[0]!
      const v3 = (await (
        await fetch(`${sandbox.v3Base}/v3/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            username: qa.username,
            password: qa.password,
            organizationId: qa.organizationId,
            devKey: qa.devKey,
          }),
        })
      ).json()) as { sessionId: string }
      const base = { baseUrls: { v3: sandbox.v3Base, v2: sandbox.v2Base }, devKey: qa.devKey }
      const answer = await run(sessionInfoCurl(session({ ...base, sessionId: v3.sessionId })))
      expect(answer).toMatchObject({ organizationId: qa.organizationId, userId: qa.userId })

      const v2 = (await (
        await fetch(`${sandbox.v2Base}/Login.json`, {
          method: 'POST',
          body: new URLSearchParams({
            userName: qa.username,
            password: qa.password,
            orgId: qa.organizationId,
            devKey: qa.devKey,
          }),
        })
      ).json()) as { response_data: { sessionId: string } }
      const command = sessionInfoCurl(session({ ...base, api: 'v2', sessionId: v2.response_data.sessionId }))
      expect(await run(command)).toMatchObject({ response_status: 0, response_data: { userId: qa.userId } })
    })
  })
})
