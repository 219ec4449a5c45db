// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML under test
import { parse } from '@ast-grep/napi'
import { describe, expect, it } from 'vitest'
import { parserFor } from '../../../../../src/cli/source/structural/registry.ts'
import { yamlUses } from '../../../../../src/cli/source/structural/yaml.ts'

// yamlUses, one document at a time: each use as `field=value [text] kinds` (`?` for a run-time value).
function uses(...lines: string[]): string[] | undefined {
  const text = lines.join('\n')
  const found = yamlUses(parse(parserFor('yaml') as string, text).root())
  return found?.map((u) => {
    const value = u.value.literal ? JSON.stringify(u.value.written) : '?'
    const kinds = [...(u.kinds ?? [])].sort().join(',')
    return `${u.field}=${value} [${text.slice(u.start, u.end)}] ${kinds}`
  })
}

const CHALLENGE = 'url: https://gateway.stage.bill.com/connect/v3/mfa/challenge'

describe('yamlUses: values', () => {
  it.each([
    [['useBackup: true'], 'useBackup=true [useBackup: true] challenge-v3'],
    [['use_backup: FALSE'], 'useBackup=false [use_backup: FALSE] challenge-v3'],
    [["useBackup: 'true'"], 'useBackup="true" [useBackup: \'true\'] challenge-v3'],
    [['"useBackup": true'], 'useBackup=true [useBackup": true] challenge-v3'],
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
    [['other: true']],
  ])('nothing of interest: %j', (body) => {
    expect(uses(CHALLENGE, ...body)).toEqual([])
  })
})

describe('yamlUses: documents', () => {
  it('a body written as a string is read as one', () => {
    expect(uses(CHALLENGE, `form: 'data={"useBackup": true}'`)).toEqual([
      'useBackup=true [useBackup": true] challenge-v3',
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
      expect(uses(`${key}:`, `  - ${CHALLENGE}`, '    json: { useBackup: true }')).toBeUndefined()
    expect(uses('test_name: mfa', 'stages:', `  - ${CHALLENGE}`, '    json: { useBackup: true }')).toEqual([
      'useBackup=true [useBackup: true] challenge-v3',
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
    ).toEqual(['useBackup=true [useBackup: true] challenge-v3', 'primary=false [primary: false] setup'])
  })

  it('a request mapping names its endpoint by key or by value', () => {
    expect(uses('/v3/mfa/challenge:', '  useBackup: true')).toEqual([
      'useBackup=true [useBackup: true] challenge-v3',
    ])
  })
})
