import { describe, expect, it } from 'vitest'
import { ANY_TREE_SIGN, FIELD_SIGN, MEMBER_SIGN } from '../../../../../src/cli/source/imports/sign.ts'

// What makes a walked file worth a place in the tree, on realistic lines of the followed languages: each
// sign must take the lines that name its words in any case and spelling, and must leave near misses alone.

const expectSign = (sign: RegExp, matches: readonly string[], misses: readonly string[]) => {
  for (const line of matches) expect(sign.test(line), line).toBe(true)
  for (const line of misses) expect(sign.test(line), line).toBe(false)
}

/** Lines of ordinary code that name nothing of BILL's. */
const PLAIN = [
  'const total = items.reduce((a, b) => a + b, 0)',
  'def backup_phone(user):\n    return user.phone',
  'public string DeviceName { get; set; }',
]

describe('FIELD_SIGN: a body field another module may send', () => {
  it('takes useBackup and primary however they are spelled', () => {
    expectSign(
      FIELD_SIGN,
      [
        'export const PHONE = { useBackup: true }',
        "body = {'use_backup': False}",
        'public bool UseBackup { get; set; }',
        'USE_BACKUP = true',
        "$body = ['primary' => false];",
        'Primary bool `json:"primary"`',
        'PRIMARY = False',
      ],
      [
        ...PLAIN,
        "const flag = { 'use-backup': true }",
        'const primaries = list.filter(isPrime)',
        'mfa = True',
      ],
    )
  })
})

describe('MEMBER_SIGN: a field or part of a BILL address', () => {
  it('takes the fields, mfa, bill.com, a /v2/ or /v3/ path, and the dev key', () => {
    expectSign(
      MEMBER_SIGN,
      [
        'const body = { useBackup: false }',
        'body = {"use_backup": True}',
        'payload.put("primary", false);',
        "export const SETUP = '/mfa/setup'",
        'MFA_PATH = "/MFA/challenge"',
        'BASE = "https://gateway.stage.BILL.COM/connect"',
        "export const API = 'https://api.example.net/v3/'",
        'const string Api = "https://api.example.net/v2/";',
        "devKey: process.env.DEV_KEY ?? ''",
        'dev_key = os.environ["KEY"]',
        'String DEVKEY = System.getenv("K");',
      ],
      [
        ...PLAIN,
        "const HOST = 'https://billXcom.example/connect'",
        "export const API = 'https://api.example.net/v4/'",
        "export const API = 'https://api.example.net/v3'",
        "export const API = 'https://api.example.net/v23/'",
        "const key = { 'dev-key': k }",
      ],
    )
  })
})

describe('ANY_TREE_SIGN: the pre-filter’s signs and the tree’s in one pass', () => {
  it('takes what the pre-filter takes and what the tree takes, in any case', () => {
    expectSign(
      ANY_TREE_SIGN,
      [
        "const HOST = 'https://gateway.stage.bill.com/connect'",
        "fetch(base + '/MFAChallenge.json')",
        'url = f"{base}/api/v2/Login.json?devKey={key}"',
        'const body = { useBackup: true }',
        'USE_BACKUP = True',
        'PRIMARY = False',
        "export const CHALLENGE = '/MFA/challenge'",
        "export const API = 'https://api.example.net/v2/'",
      ],
      [...PLAIN, "export const API = 'https://api.example.net/v4/'", 'const backup = copy(primer)'],
    )
  })
})
