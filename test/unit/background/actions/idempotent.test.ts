import { describe, expect, it } from 'vitest'
import { ACTIONS, idempotentActions } from '../../../../src/background/actions/idempotent.ts'
import type { ActionLedger } from '../../../../src/background/actions/ledger.ts'
import type { Handlers } from '../../../../src/background/router.ts'

describe('idempotent actions', () => {
  it('routes exactly the BILL-calling actions through the ledger and leaves every other handler as it is', async () => {
    const through: string[] = []
    const ledger: ActionLedger = {
      run: (requestId, name, action) => {
        through.push(`${name}:${requestId}`)
        return action()
      },
    }
    const ping = () => 'pong'
    const handlers = Object.fromEntries([
      ...ACTIONS.map((a) => [a, () => `${a} done`]),
      ['ping', ping],
    ]) as unknown as Handlers
    const wrapped = idempotentActions(handlers, ledger, {})
    expect(wrapped.ping).toBe(ping)
    const ctx = { sender: {}, requestId: 'r' }
    for (const a of ACTIONS) expect(await wrapped[a](undefined as never, ctx)).toBe(`${a} done`)
    expect(through).toEqual(ACTIONS.map((a) => `${a}:r`))
  })
})
