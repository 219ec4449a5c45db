import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { renamedFields } from '../../../../../src/cli/source/structural/renames.ts'
import { NOW } from '../mfa-findings.ts'

// Java writes a member's type before its name: the renamed member is the name, the type never is.
const SETUP = 'https://gateway.stage.bill.com/connect/v3/mfa/setup'

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
    const rules = (text: string) =>
      scanSource({ path: 'PhoneSetup.java', text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)
    expect(rules(jackson('primary'))).toEqual(['10 mfa-setup-secondary-phone'])
    expect(rules(jackson('main'))).toEqual([])
  })
})
