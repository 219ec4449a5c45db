import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Entry } from 'har-format'
import { afterAll, describe, expect, it } from 'vitest'
import { captureOrRefuse } from '../../../../src/devtools/capture/captured-request.ts'
import { curlCommand } from '../../../../src/devtools/export/curl.ts'
import { type HandOffSession, sessionInfoCurl } from '../../../../src/shared/handoff/session-handoff.ts'
import type { ShellCommand } from '../../../../src/shared/shell/shell-command.ts'

// Every command the extension copies for a shell ("Copy as cURL", the popup's curl hand-off) is pasted
// into real bash and dash with `curl` defined as a function that prints its argv: each field must come
// back intact, and nothing in it may run (the hostile pieces try to create a file in the shell's folder).

const SAMPLES = 1000
const SHELLS = ['/usr/bin/bash', '/usr/bin/dash']
const PWNED = 'PWNED'

const hostilePiece = fc.constantFrom(
  "'",
  '"',
  '\\',
  '$',
  '`',
  ' ',
  '\t',
  '\n',
  '\r',
  ';',
  '|',
  '&',
  '<',
  '>',
  '(',
  ')',
  '*',
  '?',
  '[',
  '~',
  '#',
  '!',
  '{a,b}',
  `$(touch ${PWNED})`,
  `\`touch ${PWNED}\``,
  `'; touch ${PWNED}; '`,
  `'\\''$(touch ${PWNED})`,
  `$'\\164\\157\\165\\143\\150' ${PWNED}`,
  `\${IFS}`,
  '\\\n',
  '-o',
  '--output=x',
)
// Hostile pieces mixed with any well-formed Unicode (NUL aside: no shell argument can carry one).
const hostile = fc
  .array(fc.oneof(hostilePiece, fc.string({ unit: 'grapheme' })), { maxLength: 8 })
  .map((parts) => parts.join('').replaceAll('\0', ''))
// RFC 9110 tchar: a valid method may still hold $ ' ` | & # ~ ! * for the shell to misread.
const token = fc.string({
  unit: fc.constantFrom(...("!#$%&'*+-.^_`|~" + 'PGOSTUaz09')),
  minLength: 1,
  maxLength: 32,
})

const dir = mkdtempSync(join(tmpdir(), 'shell-command-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the commands in one shell, in a new folder; the argv each `curl` received, in order. */
function argvs(shell: string, commands: readonly string[], cwd: string): string[][] {
  const script = join(cwd, 'commands.sh')
  writeFileSync(script, `curl() { printf '%s\\0' "$#" "$@"; }\n${commands.join('\n')}\n`)
  const out = execFileSync(shell, [script], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const words = out.split('\0')
  const calls: string[][] = []
  for (let at = 0; at < words.length - 1; ) {
    const count = Number(words[at])
    calls.push(words.slice(at + 1, at + 1 + count))
    at += count + 1
  }
  return calls
}

const commandOf = (curl: ShellCommand) => {
  if (!curl.ok) throw new Error(curl.reason)
  return curl.command
}

function expectIntact(commands: readonly string[], expected: readonly string[][]) {
  for (const shell of SHELLS) {
    const cwd = mkdtempSync(join(dir, 'run-'))
    const got = argvs(shell, commands, cwd)
    const first = expected.findIndex((argv, i) => JSON.stringify(got[i]) !== JSON.stringify(argv))
    expect(first === -1 ? 'all intact' : { shell, command: commands[first], got: got[first] }).toBe(
      'all intact',
    )
    expect(readdirSync(cwd)).toEqual(['commands.sh'])
  }
}

const entry = (method: string, url: string, header: [string, string], body: string): Entry =>
  ({
    startedDateTime: '2026-05-04T09:00:00.000Z',
    time: 1,
    request: {
      method,
      url,
      httpVersion: 'HTTP/1.1',
      headers: [{ name: header[0], value: header[1] }],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
      postData: { mimeType: 'text/plain', text: body },
    },
    response: {} as Entry['response'],
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  }) as Entry

describe('commands copied for a shell', () => {
  it(`"Copy as cURL": ${SAMPLES} hostile values in every field reach curl intact, in bash and dash`, () => {
    const fields = fc.sample(fc.tuple(token, hostile, hostile, hostile, hostile), SAMPLES)
    const commands = fields.map(([method, path, name, value, body]) =>
      commandOf(curlCommand(entry(method, `https://h.test/${path}`, [`X${name}`, value], `b${body}`), 'raw')),
    )
    const expected = fields.map(([method, path, name, value, body]) => [
      `https://h.test/${path}`,
      '-X',
      method,
      '-H',
      `X${name}: ${value}`,
      '--data-raw',
      `b${body}`,
    ])
    expectIntact(commands, expected)
  })

  it(`the popup's curl hand-off: ${SAMPLES} hostile base URLs, session ids and dev keys reach curl intact`, () => {
    const fields = fc.sample(fc.tuple(fc.boolean(), hostile, hostile, hostile), SAMPLES)
    const sessions = fields.map(
      ([v3, base, sessionId, devKey]): HandOffSession => ({
        api: v3 ? 'v3' : 'v2',
        baseUrls: { v3: base, v2: base },
        sessionId,
        devKey,
        organizationId: 'org',
        username: 'u',
        profileName: 'p',
      }),
    )
    const expected = sessions.map((s) =>
      s.api === 'v3'
        ? [
            `${s.baseUrls.v3}/v3/login/session`,
            '-H',
            `sessionId: ${s.sessionId}`,
            '-H',
            `devKey: ${s.devKey}`,
            '-H',
            'Accept: application/json',
          ]
        : [
            `${s.baseUrls.v2}/GetSessionInfo.json`,
            '--data-urlencode',
            `devKey=${s.devKey}`,
            '--data-urlencode',
            `sessionId=${s.sessionId}`,
          ],
    )
    expectIntact(
      sessions.map((s) => commandOf(sessionInfoCurl(s))),
      expected,
    )
  })
})

describe('the request method', () => {
  const poc = "POST;$'\\164\\157\\165\\143\\150' PWNED;#"
  const raw = (method: string) => ({
    startedDateTime: '2026-05-04T09:00:00.000Z',
    request: { method, url: 'https://h.test/x', headers: [] },
    response: { status: 200 },
  })

  it('refuses a method that is no HTTP token, on capture and on copy, saying why', () => {
    expect(captureOrRefuse(raw(poc), undefined, 0)).toEqual({
      refused: expect.stringContaining('is not an HTTP method'),
    })
    const copied = curlCommand(entry(poc, 'https://h.test/x', ['X-A', 'b'], 'c'), 'raw')
    expect(copied).toEqual({ ok: false, reason: expect.stringContaining(JSON.stringify(poc)) })
    // Upper-casing would turn the long s into an S: the method is checked as written.
    expect(captureOrRefuse(raw('poſt'), undefined, 0)).toHaveProperty('refused')
  })

  it('keeps every token and refuses every other text (both directions)', () => {
    fc.assert(
      fc.property(token, (method) => {
        const captured = captureOrRefuse(raw(method), undefined, 0)
        expect(captured).not.toHaveProperty('refused')
        expect(curlCommand(entry(method, 'https://h.test/x', ['X-A', 'b'], 'c'), 'raw').ok).toBe(true)
      }),
      { numRuns: SAMPLES },
    )
    const notToken = hostile.filter((m) => !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,32}$/.test(m))
    fc.assert(
      fc.property(notToken, (method) => {
        expect(captureOrRefuse(raw(method), undefined, 0)).toHaveProperty('refused')
        expect(curlCommand(entry(method, 'https://h.test/x', ['X-A', 'b'], 'c'), 'raw').ok).toBe(false)
      }),
      { numRuns: SAMPLES },
    )
  })

  it('refuses a URL that curl would read as an option, and a NUL no shell can carry', () => {
    expect(curlCommand(entry('GET', '-o/tmp/x', ['X-A', 'b'], 'c'), 'raw')).toEqual({
      ok: false,
      reason: 'The request URL is not an http or https URL.',
    })
    expect(curlCommand(entry('GET', 'https://h.test/x', ['X-A', 'b\0c'], 'c'), 'raw')).toEqual({
      ok: false,
      reason: 'The value after -H holds a NUL character, which no shell command can carry.',
    })
  })
})
