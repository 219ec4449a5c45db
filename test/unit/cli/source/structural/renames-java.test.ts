import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { renamedFields } from '../../../../../src/cli/source/structural/renames.ts'
import { NOW } from '../mfa-findings.ts'

// Java writes a member's type before its name: the renamed member is the name, the type never is.
const SETUP = 'https://gateway.stage.bill.com/connect/v3/mfa/setup'

const GATEWAY = 'https://gateway.stage.bill.com/connect'
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

const jackson = (rename: string) => `import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpRequest;

public class PhoneSetup {
    private String phone;
    @JsonProperty("${rename}") private boolean isPrimary;

    public static HttpRequest add(ObjectMapper json) throws Exception {
        PhoneSetup body = new PhoneSetup();
        body.isPrimary = false;
        return HttpRequest.newBuilder(URI.create("${SETUP}"))
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }
}
`

describe('renamedFields on Java members: the name after the type', () => {
  it.each([
    ['@JsonProperty("primary") private boolean isPrimary;', 'isPrimary'],
    ['@JsonProperty("primary")\n    protected final Boolean isPrimary = false;', 'isPrimary'],
    ['@JsonProperty("primary") private Optional<Boolean> isPrimary;', 'isPrimary'],
    ['@SerializedName("useBackup") @Nullable private transient Boolean backupPhone;', 'backupPhone'],
    ['@JsonProperty("useBackup") private static java.lang.Boolean[] backups;', 'backups'],
    ['@JsonProperty("primary")\n    public boolean isPrimary() {', 'isPrimary'],
    // Name first: Kotlin and Rust are read as before.
    ['@SerialName("primary") val isPrimary: Boolean = false', 'isPrimary'],
    ['#[serde(rename = "primary")]\n    pub is_primary: bool,', 'is_primary'],
  ])('%j renames %s', (text, name) => {
    expect([...renamedFields(text).keys()]).toEqual([name])
  })

  it('a member already named as BILL’s field is no rename, and its type is none either', () => {
    expect([...renamedFields('@JsonProperty("primary")\n    private Boolean primary = false;')]).toEqual([])
  })

  it('for any modifiers, type and name: the name is found, the type never', () => {
    const modifiers = fc.subarray(['private', 'protected', 'public', 'static', 'final', 'transient'])
    const type = fc.constantFrom('boolean', 'Boolean', 'Optional<Boolean>', 'java.lang.Boolean', 'Flag[]')
    const name = fc.constantFrom('isPrimary', 'backupPhone', 'usesBackup', 'mainPhone')
    fc.assert(
      fc.property(fc.constantFrom('primary', 'useBackup'), modifiers, type, name, (field, mods, t, n) => {
        const text = `@JsonProperty("${field}") ${[...mods, t, n].join(' ')};`
        expect([...renamedFields(text)]).toEqual([[n, field]])
      }),
      { numRuns: 60 },
    )
  })

  it('a Jackson member set to false and sent to /v3/mfa/setup is reported; renamed elsewhere, silent', () => {
    expect(rules('PhoneSetup.java', jackson('primary'))).toEqual(['10 mfa-setup-secondary-phone'])
    expect(rules('PhoneSetup.java', jackson('main'))).toEqual([])
  })
})

/** A DTO nested in its client class, with field defaults, sent to `target`; a local flag beside it. */
const nested = (field: string, target: string) => `import java.net.http.HttpRequest;

public class Contacts {
    static class Contact {
        String email;
        ${field}
    }

    public static HttpRequest add(ObjectMapper json) throws Exception {
        Contact body = new Contact();
        boolean useBackup = true;
        return HttpRequest.newBuilder(URI.create("${GATEWAY}${target}"))
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }

    public static HttpRequest phone(ObjectMapper json) throws Exception {
        return HttpRequest.newBuilder(URI.create("${GATEWAY}/v3/mfa/setup"))
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("phone", "+1")))).build();
    }
}
`

describe('Java field defaults: a field goes where its type’s instances go', () => {
  it.each([
    ['private Boolean primary = false;', 6],
    ['@JsonProperty("primary") private boolean isPrimary = false;', 6],
    ['@JsonProperty("primary")\n        protected final boolean isPrimary = false;', 7],
  ])('%j sent to /v3/mfa/setup is reported (line %i)', (field, line) => {
    expect(rules('Contacts.java', nested(field, '/v3/mfa/setup'))).toEqual([
      `${line} mfa-setup-secondary-phone`,
    ])
  })

  it('the same DTO sent to a vendor’s contacts is not, though its client class also calls /v3/mfa/setup', () => {
    expect(
      rules('Contacts.java', nested('private boolean primary = false;', '/v3/vendors/00901VEND1/contacts')),
    ).toEqual([])
  })
})
