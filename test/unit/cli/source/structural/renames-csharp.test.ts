import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { renamedFields } from '../../../../../src/cli/source/structural/renames.ts'
import { NOW } from '../mfa-findings.ts'

// C# names a member in an attribute list before it: System.Text.Json `[JsonPropertyName("primary")]`,
// Newtonsoft `[JsonProperty("primary")]` or `[JsonProperty(PropertyName = "primary")]`.
const GATEWAY = 'https://gateway.stage.bill.com/connect'
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

/** A DTO with one member (line 9), sent as `sent` to `target` by a typed client. */
const client = (member: string, target = '/v3/mfa/setup', sent = 'new MfaSetup()') => `using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;

public class MfaSetup
{
    public string Phone { get; set; }
    ${member}
}

public class MfaClient
{
    private readonly HttpClient _http;
    public MfaClient(HttpClient http) => _http = http;
    public Task Add() => _http.PostAsJsonAsync("${GATEWAY}${target}", ${sent});
}
`

describe('renamedFields on C# attributes', () => {
  it.each([
    ['[JsonPropertyName("primary")] public bool IsPrimary { get; set; }', 'IsPrimary'],
    ['[JsonProperty("primary")]\n    public bool? IsPrimary { get; init; }', 'IsPrimary'],
    ['[JsonProperty(PropertyName = "primary")] public bool MainPhone;', 'MainPhone'],
    ['[JsonProperty("useBackup", Required = Required.Always)] public bool Backup { get; set; }', 'Backup'],
    [
      '[JsonPropertyName("useBackup")]\n    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]\n    public required bool Backup { get; set; }',
      'Backup',
    ],
    ['public record Challenge([property: JsonPropertyName("useBackup")] bool Backup);', 'Backup'],
  ])('%j renames %s', (text, name) => {
    expect([...renamedFields(text).keys()]).toEqual([name])
  })

  it('for any attribute spelling, modifiers, type and name: the name is found, the type never', () => {
    const attribute = fc.constantFrom(
      'JsonPropertyName("%")',
      'JsonProperty("%")',
      'JsonProperty(PropertyName = "%")',
    )
    const modifiers = fc.subarray(['public', 'internal', 'virtual', 'required', 'readonly'])
    const type = fc.constantFrom('bool', 'bool?', 'Boolean', 'System.Boolean', 'Nullable<bool>')
    const name = fc.constantFrom('IsPrimary', 'BackupPhone', 'UsesBackup', 'MainPhone')
    fc.assert(
      fc.property(
        fc.constantFrom('primary', 'useBackup'),
        attribute,
        modifiers,
        type,
        name,
        (field, a, mods, t, n) => {
          const text = `[${a.replace('%', field)}] ${[...mods, t, n].join(' ')} { get; set; }`
          expect([...renamedFields(text)]).toEqual([[n, field]])
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('the annotations skipped after a rename are bounded', () => {
  // Unbounded, a run of attributes was walked again from each one: 20,000 took seconds (quadratic).
  const attributed = (count: number) =>
    `[JsonPropertyName("primary")] ${'[Required] '.repeat(count)}public bool IsPrimary { get; set; }`

  it('up to 8 attribute lists between the rename and the member are skipped, a 9th ends the search', () => {
    expect([...renamedFields(attributed(8)).keys()]).toEqual(['IsPrimary'])
    expect([...renamedFields(attributed(9)).keys()]).toEqual([])
  })
})

describe('a renamed C# member set to false goes where its type is sent', () => {
  it.each([
    '[JsonPropertyName("primary")] public bool IsPrimary { get; set; } = false;',
    '[JsonProperty("primary")] public bool IsPrimary { get; set; } = false;',
    '[JsonProperty(PropertyName = "primary")] public bool? IsPrimary { get; init; } = false;',
  ])('%j sent to /v3/mfa/setup is reported', (member) => {
    expect(rules('MfaClient.cs', client(member))).toEqual(['9 mfa-setup-secondary-phone'])
  })

  it('set in an object initialiser under its C# name', () => {
    const sent = 'new MfaSetup { Phone = "+1", IsPrimary = false }'
    const member = '[JsonPropertyName("primary")] public bool IsPrimary { get; set; }'
    expect(rules('MfaClient.cs', client(member, '/v3/mfa/setup', sent))).toEqual([
      '16 mfa-setup-secondary-phone',
    ])
  })

  it('not when true, not when renamed to another field, not when sent to a vendor’s contacts', () => {
    const renamed = (to: string, value: string) =>
      `[JsonPropertyName("${to}")] public bool IsPrimary { get; set; } = ${value};`
    expect(rules('MfaClient.cs', client(renamed('primary', 'true')))).toEqual(['9 mfa-optional-field'])
    expect(rules('MfaClient.cs', client(renamed('main', 'false')))).toEqual([])
    expect(
      rules('MfaClient.cs', client(renamed('primary', 'false'), '/v3/vendors/00901VEND1/contacts')),
    ).toEqual([])
  })
})
