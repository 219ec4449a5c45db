import { expect, it } from 'vitest'
import { endedBecause } from '../../../../src/shared/session/end-reason.ts'

// One clause per reason a session ended, with BILL's code (not a secret) when there is one.

it.each([
  ['idle', undefined, 'after the idle timeout'],
  [undefined, undefined, 'after the idle timeout'],
  ['rejected-by-bill', 'BDC_1109', 'BILL no longer accepts it (it answered BDC_1109: session invalid)'],
  ['rejected-by-bill', undefined, 'BILL no longer accepts it'],
  [
    'rejected-in-tab',
    undefined,
    'BILL refused a call a tab made with it (HTTP 401): it was ended outside the extension',
  ],
  ['logged-out-elsewhere', undefined, 'a tab signed it out (a logout call with its session id)'],
] as const)('%s (%s)', (reason, code, clause) => {
  expect(endedBecause(reason, code)).toBe(clause)
})
