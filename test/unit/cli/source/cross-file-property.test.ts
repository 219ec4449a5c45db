import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanTree } from '../../../../src/cli/source/imports/scan-tree.ts'
import { runs } from '../../property-runs.ts'

// Issue 22's property: reordering the functions of a file, or moving its constants to another module of
// the tree (and importing them), never changes the findings: the same rules on the same requests.
const NOW = { now: new Date('2026-04-10') }
const BASE = 'https://gateway.stage.bill.com/connect'
const PATHS = ['/v3/mfa/challenge', '/v3/mfa/setup', '/v3/vendors', '/v3/mfa', '/v3/mfa/challenge/validate']

type Lang = 'ts' | 'py'
interface Request {
  path: number
  field: 'useBackup' | 'primary'
  value: 'true' | 'false' | 'computed'
}
interface Program {
  requests: Request[]
  /** The order the functions are written in, as a permutation of the requests. */
  order: number[]
  /** Which constants live in the config module (the others stay in the client). */
  moved: boolean[]
}

const constant = (i: number) => `P${i}`
const literal = (value: 'true' | 'false', lang: Lang) =>
  lang === 'py' ? (value === 'true' ? 'True' : 'False') : value

function fn(r: Request, i: number, lang: Lang): string {
  const value = r.value === 'computed' ? 'flag' : literal(r.value, lang)
  const url = `BASE + ${constant(r.path)}`
  return lang === 'py'
    ? `def send${i}(http, flag):\n    return http.post(${url}, json={"phone": "1", "${r.field}": ${value}})\n`
    : `export async function send${i}(http, flag) {\n  return http.post(${url}, { phone: '1', ${r.field}: ${value} })\n}\n`
}

const declare = (name: string, value: string, lang: Lang) =>
  lang === 'py' ? `${name} = "${value}"` : `export const ${name} = '${value}'`

/** The tree of a program: the client (and its config module when constants moved), in its order. */
function tree(p: Program, lang: Lang, reorder: boolean, move: boolean) {
  const names = ['BASE', ...PATHS.map((_, i) => constant(i))]
  const values = [BASE, ...PATHS]
  const away = names.filter((_, i) => move && (i === 0 || p.moved[i - 1]))
  const own = names.flatMap((n, i) => (away.includes(n) ? [] : [declare(n, values[i] ?? '', lang)]))
  const config = names.flatMap((n, i) => (away.includes(n) ? [declare(n, values[i] ?? '', lang)] : []))
  const order = reorder ? p.order : p.requests.map((_, i) => i)
  const imports =
    away.length === 0
      ? []
      : [
          lang === 'py'
            ? `from .config import ${away.join(', ')}`
            : `import { ${away.join(', ')} } from './config'`,
        ]
  const client = [...imports, ...own, '', ...order.map((i) => fn(p.requests[i] as Request, i, lang))].join(
    '\n',
  )
  const ext = lang === 'py' ? 'py' : 'ts'
  return [
    { path: `app/client.${ext}`, text: client },
    ...(config.length > 0 ? [{ path: `app/config.${ext}`, text: `${config.join('\n')}\n` }] : []),
  ]
}

/** Each finding as its rule and the function (the request) it is in. */
function findings(p: Program, lang: Lang, reorder: boolean, move: boolean): string[] {
  const files = tree(p, lang, reorder, move)
  const [client] = scanTree(files, NOW)
  const lines = files[0]?.text.split('\n') ?? []
  return (client?.findings ?? [])
    .map((f) => {
      const header = lines
        .slice(0, f.line)
        .reverse()
        .find((l) => /send\d+/.test(l))
      return `${f.ruleId} in ${/send\d+/.exec(header ?? '')?.[0]}`
    })
    .sort()
}

const program = fc
  .array(
    fc.record({
      path: fc.nat({ max: PATHS.length - 1 }),
      field: fc.constantFrom('useBackup' as const, 'primary' as const),
      value: fc.constantFrom('true' as const, 'false' as const, 'computed' as const),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((requests) =>
    fc.record({
      requests: fc.constant(requests),
      order: fc.shuffledSubarray(
        requests.map((_, i) => i),
        { minLength: requests.length, maxLength: requests.length },
      ),
      moved: fc.array(fc.boolean(), { minLength: PATHS.length, maxLength: PATHS.length }),
    }),
  )

describe('findings do not depend on where functions and constants are written', () => {
  for (const lang of ['ts', 'py'] as const) {
    it(`${lang}: reordering functions and moving constants to a config module change nothing`, () => {
      fc.assert(
        fc.property(program, (p) => {
          const written = findings(p, lang, false, false)
          expect(findings(p, lang, true, false)).toEqual(written)
          expect(findings(p, lang, false, true)).toEqual(written)
          expect(findings(p, lang, true, true)).toEqual(written)
        }),
        runs(40),
      )
    })
  }

  it('the property is not vacuous: a flagged request is found, one sent elsewhere is not', () => {
    const p: Program = {
      requests: [
        { path: 0, field: 'useBackup', value: 'true' },
        { path: 2, field: 'useBackup', value: 'true' },
      ],
      order: [1, 0],
      moved: PATHS.map(() => true),
    }
    for (const lang of ['ts', 'py'] as const)
      expect(findings(p, lang, true, true)).toEqual(['mfa-challenge-backup-phone in send0'])
  })
})
