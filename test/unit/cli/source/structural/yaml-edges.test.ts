// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML under test
import { parse } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { parserFor } from '../../../../../src/cli/source/structural/registry.ts'
import { yamlUses } from '../../../../../src/cli/source/structural/yaml.ts'

// yamlUses, one document at a time: each use as `field=value@span [text] kinds` (`?` for a run-time value).
function uses(...lines: string[]): string[] | undefined {
  const text = lines.join('\n')
  const found = yamlUses(parse(parserFor('yaml') as string, text).root())
  return found?.map((u) => {
    expect(u.analysis).toBe('structural')
    const { value } = u
    const shown = value.literal
      ? `${JSON.stringify(value.written)}@${text.slice(value.start, value.end)}`
      : value.literal === false
        ? '?'
        : 'none'
    const kinds = [...(u.kinds ?? [])].sort().join(',')
    return `${u.field}=${shown} [${text.slice(u.start, u.end)}] ${kinds}`
  })
}

const CHALLENGE = 'url: https://gateway.stage.bill.com/connect/v3/mfa/challenge'

describe('yamlUses: values', () => {
  it.each([
    [['useBackup: true'], 'useBackup=true@true [useBackup: true] challenge-v3'],
    [['use_backup: FALSE'], 'useBackup=false@FALSE [use_backup: FALSE] challenge-v3'],
    [["useBackup: 'true'"], 'useBackup="true"@true [useBackup: \'true\'] challenge-v3'],
    [['"useBackup": true'], 'useBackup=true@true [useBackup": true] challenge-v3'],
    [['useBackup: "{{ flag }}"'], 'useBackup=? [useBackup: "{{ flag }}"] challenge-v3'],
    [['useBackup: ${FLAG}'], 'useBackup=? [useBackup: ${FLAG}] challenge-v3'],
    [['useBackup: $FLAG'], 'useBackup=? [useBackup: $FLAG] challenge-v3'],
    [['useBackup: "{flag}"'], 'useBackup=? [useBackup: "{flag}"] challenge-v3'],
    [['useBackup: <%= flag %>'], 'useBackup=? [useBackup: <%= flag %>] challenge-v3'],
  ])('%j', (body, expected) => {
    expect(uses(CHALLENGE, ...body)).toEqual([expected])
  })

  it.each([
    [['useBackup: yes please']],
    [['useBackup: 1']],
    [['useBackup: |', '  true']],
    [['useBackup: [true]']],
    [['useBackup:']],
    [['useBackup: |', '  {{ flag }}']],
    [['useBackup: { x: "{{ flag }}" }']],
    [['useBackup: not false']],
    [['useBackup: trueish']],
    [['other: true']],
  ])('nothing of interest: %j', (body) => {
    expect(uses(CHALLENGE, ...body)).toEqual([])
  })
})

describe('yamlUses: documents', () => {
  it('a body written as a string is read as one', () => {
    expect(uses(CHALLENGE, `form: 'data={"useBackup": true}'`)).toEqual([
      'useBackup=true@true [useBackup": true] challenge-v3',
    ])
  })

  it.each(['swagger: "2.0"', 'asyncapi: 2.6.0', 'apiVersion: v1', 'services: {}'])(
    'a description (%s) says nothing',
    (top) => {
      expect(uses(top, CHALLENGE, 'useBackup: true')).toEqual([])
    },
  )

  it('a workflow is left to the CI reader; Tavern’s stages with a test_name are requests', () => {
    for (const key of ['jobs', 'stages', 'pipelines', 'workflows'])
      expect(uses('on: push', `${key}:`, `  - ${CHALLENGE}`, '    json: { useBackup: true }')).toBeUndefined()
    expect(uses('test_name: mfa', 'stages:', `  - ${CHALLENGE}`, '    json: { useBackup: true }')).toEqual([
      'useBackup=true@true [useBackup: true] challenge-v3',
    ])
  })

  it('one workflow among the documents leaves the whole file to the CI reader', () => {
    expect(uses(CHALLENGE, 'useBackup: true', '---', 'jobs: {}')).toBeUndefined()
  })

  it('a document that is only a scalar, and a key with only an anchor, are no request', () => {
    expect(uses('just text', '---', CHALLENGE, 'other: &a', 'useBackup: true')).toEqual([
      'useBackup=true@true [useBackup: true] challenge-v3',
    ])
  })

  it('an anchored body goes where its aliases go, before the mapping around the anchor', () => {
    const setup = ['requests:', '  - path: /v3/mfa/setup', '    body: &b', '      useBackup: true']
    expect(uses(...setup, '  - { path: /v3/mfa/challenge, body: *b }')).toEqual([
      'useBackup=true@true [useBackup: true] challenge-v3',
    ])
    expect(uses(...setup, 'other: *b')).toEqual(['useBackup=true@true [useBackup: true] setup'])
  })

  it('an alias inside its own anchor ends', () => {
    expect(uses('body: &b', '  useBackup: true', '  again: *b')).toEqual([
      'useBackup=true@true [useBackup: true] ',
    ])
  })

  it('YAML the parser cannot read is left to the line matcher', () => {
    expect(uses(CHALLENGE, 'useBackup: [true')).toBeUndefined()
  })

  it('an anchored body goes where its aliases are used; a second document is read too', () => {
    expect(
      uses(
        'defaults:',
        '  body: &backup',
        '    useBackup: true',
        '---',
        'requests:',
        '  - path: /v3/mfa/setup',
        '    body: { primary: false }',
        '  - { path: /v3/mfa/challenge, body: *backup }',
      ),
    ).toEqual([
      'useBackup=true@true [useBackup: true] challenge-v3',
      'primary=false@false [primary: false] setup',
    ])
  })

  it('a request mapping names its endpoint by key or by value', () => {
    expect(uses('/v3/mfa/challenge:', '  useBackup: true')).toEqual([
      'useBackup=true@true [useBackup: true] challenge-v3',
    ])
  })
})
