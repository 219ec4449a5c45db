import { describe, expect, it, vi } from 'vitest'
import { SourceTree } from '../../../../../src/cli/source/imports/tree.ts'

// A module of the tree whose parser is not installed (the run reports it as a missing parser): its imports
// are still followed, and it is never parsed.
vi.mock('../../../../../src/cli/source/structural/registry.ts', async (original) => {
  const actual = await original<typeof import('../../../../../src/cli/source/structural/registry.ts')>()
  return {
    ...actual,
    parserFor: (language: string) => (language === 'python' ? undefined : actual.parserFor(language)),
  }
})

const HOST = 'https://gateway.stage.bill.com/connect'

describe('SourceTree without a parser for a language', () => {
  it('ties the module to BILL through its importer, and leaves it unparsed', () => {
    const tree = new SourceTree()
    tree.add('app/bodies.py', "PHONE = {'primary': False}\n")
    tree.add('app/send.py', `from .bodies import PHONE\nrequests.post('${HOST}/v3/mfa/setup', json=PHONE)\n`)
    const context = tree.context('app/bodies.py')
    expect(context).toMatchObject({ evidence: true, setup: true })
    expect(context?.root).toBeUndefined()
    expect(context?.sentKinds(['PHONE']).size).toBe(0)
  })
})
