import { describe, expect, it } from 'vitest'
import { scanTree } from '../../../../../src/cli/source/imports/scan-tree.ts'
import { work } from '../../../../../src/cli/source/work.ts'
import { CHALLENGE, NOW, SETUP, treeFindings } from './tree-scan.ts'

const HOST = 'https://gateway.stage.bill.com/connect'

describe('bodies built in one module and sent in another', () => {
  const bodies = [
    "export const SECOND_PHONE = { phone: '+1555', primary: false }",
    "export const CONTACT = { name: 'AP', primary: false }",
    'export const UNUSED = { useBackup: true }',
  ].join('\n')
  const client = [
    "import { CONTACT, SECOND_PHONE } from './bodies'",
    `const API = '${HOST}'`,
    "post(API + '/v3/mfa/setup', SECOND_PHONE)",
    "post(API + '/v3/vendors/1/contacts', CONTACT)",
  ].join('\n')

  it('reports the body sent to /mfa/setup, in the module that builds it; not the one sent elsewhere', () => {
    expect(treeFindings({ 'src/bodies.ts': bodies, 'src/client.ts': client })).toEqual([
      `src/bodies.ts:1 ${SETUP}`,
    ])
  })

  it('says nothing of the bodies when no BILL module imports them', () => {
    const other = client.replace(HOST, 'https://api.acme.io')
    expect(treeFindings({ 'src/bodies.ts': bodies, 'src/client.ts': other })).toEqual([])
    expect(treeFindings({ 'src/bodies.ts': bodies })).toEqual([])
  })
})

describe('what the tree must not change', () => {
  it("another API's host in the imported constant keeps the call out of BILL's scope", () => {
    const files = {
      'a/config.ts': "export const MFA = 'https://auth.acme.io/v3/mfa/challenge'",
      'a/send.ts':
        "import { MFA } from './config'\nfetch(MFA, { body: JSON.stringify({ useBackup: true }) })",
    }
    expect(treeFindings(files)).toEqual([])
    // The same call with BILL's host is reported: the filter works both ways.
    const bill = { ...files, 'a/config.ts': `export const MFA = '${HOST}/v3/mfa/challenge'` }
    expect(treeFindings(bill)).toEqual([`a/send.ts:2 ${CHALLENGE}`])
  })

  it('an import that is not in the tree still matches the BILL suffix', () => {
    const files = {
      'b/send.js': "import { BASE } from '@acme/shared'\npost(BASE + '/v3/mfa/setup', { primary: false })",
    }
    expect(treeFindings(files)).toEqual([`b/send.js:2 ${SETUP}`])
  })

  it('modules that import each other (constants defined through each other) end, without a value', () => {
    const files = {
      'c/a.ts':
        "import { B } from './b'\nexport const A = B + '/mfa'\nexport const HOST = 'https://gateway.stage.bill.com'",
      'c/b.ts': "import { A } from './a'\nexport const B = A + '/v3'",
      'c/send.ts': "import { A, HOST } from './a'\npost(HOST + A + '/challenge', { useBackup: true })",
    }
    expect(treeFindings(files)).toEqual([`c/send.ts:2 ${CHALLENGE}`])
  })
})

describe('the tree costs linear work', () => {
  /** A config module, a body module, a barrel re-exporting the config, and n clients importing them. */
  function tree(n: number) {
    const files = [
      {
        path: 't/config.ts',
        text: `export const BASE = '${HOST}'\nexport const SETUP = BASE + '/v3/mfa/setup'`,
      },
      { path: 't/bodies.ts', text: 'export const SECOND = { primary: false }' },
      { path: 't/index.ts', text: "export * from './config'" },
    ]
    for (let i = 0; i < n; i++) {
      const text = [
        `import { SETUP } from '${i % 2 ? './config' : '.'}'`,
        "import { SECOND } from './bodies'",
        `export const send${i} = () => post(SETUP, { phone: '${i}', primary: false })`,
        `export const again${i} = () => post(SETUP, SECOND)`,
      ].join('\n')
      files.push({ path: `t/c${i}.ts`, text })
    }
    work.steps = 0
    const findings = scanTree(files, { now: NOW }).reduce((sum, r) => sum + r.findings.length, 0)
    return { steps: work.steps, findings }
  }

  it('10x the modules cost about 10x the steps', () => {
    const small = tree(16)
    const large = tree(160)
    expect(small.findings).toBe(17)
    expect(large.findings).toBe(161)
    expect(large.steps / small.steps).toBeLessThan(11)
  })
})
