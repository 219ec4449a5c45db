import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { NOW } from '../mfa-findings.ts'

// A C# DTO gives a default in a plain field (`public bool Primary = false;`, a `variable_declarator` in a
// `field_declaration`), in an auto-property initialiser, or the caller sets it in an object initialiser.
const GATEWAY = 'https://gateway.stage.bill.com/connect'
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

/** A DTO with one member (line 8) sent as `sent` to `target`; a method's local flag beside it. */
const client = (member: string, target = '/v3/mfa/setup', sent = 'new MfaSetup()') => `using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

public class MfaSetup
{
    public string Phone;
    ${member}
}

public class MfaClient
{
    private readonly HttpClient _http;
    public Task Add()
    {
        bool primary = false;
        return _http.PostAsJsonAsync("${GATEWAY}${target}", ${sent});
    }
}
`

describe('C# field defaults and initialisers sent to /v3/mfa/setup', () => {
  it.each([
    ['public bool Primary = false;', 8],
    ['public bool primary = false;', 8],
    ['internal readonly bool? Primary = false;', 8],
    ['public bool Primary { get; set; } = false;', 8],
  ])('%j is reported (line %i)', (member, line) => {
    expect(rules('MfaClient.cs', client(member))).toEqual([`${line} mfa-setup-secondary-phone`])
  })

  it('an object initialiser `new MfaSetup { Primary = false }` is reported at the initialiser', () => {
    const sent = 'new MfaSetup { Phone = "+1", Primary = false }'
    expect(rules('MfaClient.cs', client('public bool Primary;', '/v3/mfa/setup', sent))).toEqual([
      '17 mfa-setup-secondary-phone',
    ])
  })

  it('true is no secondary phone, and the local `bool primary = false;` in a method is no field', () => {
    expect(rules('MfaClient.cs', client('public bool Primary = true;'))).toEqual(['8 mfa-optional-field'])
    expect(rules('MfaClient.cs', client('public string Type = "SMS";'))).toEqual([])
  })

  it('the same DTO sent to a vendor’s contacts is not reported', () => {
    const target = '/v3/vendors/00901VEND1/contacts'
    expect(rules('MfaClient.cs', client('public bool Primary = false;', target))).toEqual([])
    expect(rules('MfaClient.cs', client('public bool Primary { get; set; } = false;', target))).toEqual([])
  })
})

/** A positional record (line 3): its parameters are its properties, their defaults the properties' values. */
const record = (declaration: string, target = '/v3/mfa/setup') => `using System.Net.Http.Json;

${declaration}

public class MfaClient
{
    private readonly HttpClient _http;
    public Task Add(string phone) => _http.PostAsJsonAsync("${GATEWAY}${target}", new MfaSetup(phone));
}
`

describe('C# positional record parameters with a default', () => {
  it.each([
    'public record MfaSetup(string Phone, bool Primary = false);',
    'public record MfaSetup(string Phone, [property: JsonPropertyName("primary")] bool IsPrimary = false);',
  ])('%j sent to /v3/mfa/setup is reported', (declaration) => {
    expect(rules('MfaClient.cs', record(declaration))).toEqual(['3 mfa-setup-secondary-phone'])
  })

  it('not when true, not sent to a vendor’s contacts, and a method parameter’s default is the caller’s', () => {
    const secondary = 'public record MfaSetup(string Phone, bool Primary = false);'
    expect(
      rules('MfaClient.cs', record('public record MfaSetup(string Phone, bool Primary = true);')),
    ).toEqual(['3 mfa-optional-field'])
    expect(rules('MfaClient.cs', record(secondary, '/v3/vendors/00901VEND1/contacts'))).toEqual([])
    // Without `=` the parameter's last part is its name: no value, no run-time value either.
    expect(rules('MfaClient.cs', record('public record MfaSetup(string Phone, bool Primary);'))).toEqual([])
    const method =
      'public record MfaSetup(string Phone) { public static MfaSetup Of(bool primary = false) => new(""); }'
    expect(rules('MfaClient.cs', record(method))).toEqual([])
  })
})
