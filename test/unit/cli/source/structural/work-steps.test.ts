import { describe, expect, it } from 'vitest'
import { foldedAddresses } from '../../../../../src/cli/source/structural/addresses.ts'
import { EndpointIndex } from '../../../../../src/cli/source/structural/endpoints.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { snippet } from './snippet.ts'

// The walks up the tree share their paths: the steps they count (work.steps, which the linearity test of
// the whole scan reads) grow with the nodes walked, not with uses × depth.
const DEPTH = 60
const USES = 120

function steps(run: () => void): number {
  work.steps = 0
  run()
  return work.steps
}

describe('walks up the tree are shared', () => {
  it('EndpointIndex.resolve: many uses deep in one call are answered from their common ancestors', () => {
    const uses = Array.from({ length: USES }, () => '{ primary: false }').join(', ')
    const text = `function f() { post('/v3/mfa/setup', ${'['.repeat(DEPTH)}${uses}${']'.repeat(DEPTH)}) }`
    const { root, grammar } = snippet('typescript', text)
    const index = new EndpointIndex(root, grammar)
    const anchors = root.findAll({ rule: { kind: 'property_identifier', regex: '^primary$' } })
    expect(anchors).toHaveLength(USES)
    const answers: string[] = []
    const taken = steps(() => {
      for (const a of anchors) answers.push([...(index.resolve(a) as Set<string>)].join())
    })
    expect(new Set(answers)).toEqual(new Set(['setup']))
    // One walk of the depth, then one step per use: far below uses × depth.
    expect(taken).toBeGreaterThanOrEqual(DEPTH)
    expect(taken).toBeLessThan(3 * (DEPTH + USES))
  })

  it('foldedAddresses: the pieces of one long concatenation climb it once', () => {
    const text = `const URL = ${Array.from({ length: USES }, (_, i) => `'/p${i}'`).join(' + ')} + '/v3/mfa/setup'`
    const { root, grammar } = snippet('typescript', text)
    let found: string[] = []
    const taken = steps(() => {
      found = foldedAddresses(root, grammar).map((a) => `${a.name}:${a.kinds.join()}`)
    })
    expect(found).toEqual(['URL:setup', 'undefined:setup'])
    expect(taken).toBeGreaterThanOrEqual(USES)
    expect(taken).toBeLessThan(8 * USES)
  })
})
