import type { ProfileInput } from '../../../src/shared/profiles/types.ts'
import type { Params, Reply, RequestName } from '../../../src/shared/protocol/index.ts'
import type { UiPage } from './ui-page.ts'

/** An extension page, as far as sending requests goes. */
type Sender = Pick<UiPage, 'evaluate'>

/** Sends one protocol request from an extension page, exactly as the UI does. */
export async function ask<N extends RequestName>(
  page: Sender,
  name: N,
  params: Params<N>,
): Promise<Reply<N>> {
  return page.evaluate(
    ([n, p]) =>
      new Promise<Reply<N>>((resolve) =>
        chrome.runtime.sendMessage(
          { source: 'bill-sandbox-companion', name: n, params: p, requestId: crypto.randomUUID() },
          resolve,
        ),
      ),
    [name, params] as const,
  )
}

export async function mustAsk<N extends RequestName>(page: Sender, name: N, params: Params<N>) {
  const reply = await ask(page, name, params)
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.kind}: ${reply.error.message}`)
  return reply.result
}

/** A profile for the local sandbox, saved and made active through the background. */
export async function createSandboxProfile(
  page: Sender,
  sandbox: { v2Base: string; v3Base: string },
  account: { username: string; organizationId: string; devKey: string },
  overrides: Partial<ProfileInput> = {},
): Promise<string> {
  const input: ProfileInput = {
    name: 'Local sandbox QA',
    environment: 'custom',
    customBaseUrls: { v2: sandbox.v2Base, v3: sandbox.v3Base },
    api: 'v3',
    organizationId: account.organizationId,
    devKey: account.devKey,
    username: account.username,
    authMethod: 'password',
    idleTimeoutSeconds: 1200,
    ...overrides,
  }
  const saved = await mustAsk(page, 'saveProfile', { input })
  await mustAsk(page, 'setActiveProfile', { id: saved.id })
  return saved.id
}

/** The newest text message the sandbox "sent", after `after` (epoch ms on the sandbox clock). */
export async function latestSms(
  origin: string,
  after = 0,
): Promise<{ code: string; sentAt: string } | undefined> {
  const texts = (await (await fetch(`${origin}/__sandbox/sms`)).json()) as { code: string; sentAt: string }[]
  return texts.filter((t) => Date.parse(t.sentAt) > after).at(-1)
}
