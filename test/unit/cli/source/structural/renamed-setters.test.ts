import { describe, expect, it } from 'vitest'
import { scanSource } from '../../../../../src/cli/source/index.ts'
import { NOW } from '../mfa-findings.ts'

// A member renamed to BILL's field is set through its accessors as often as directly: Jackson and Lombok
// DTOs are filled with `dto.setIsPrimary(false)` or a builder's `.isPrimary(false)`.
const GATEWAY = 'https://gateway.stage.bill.com/connect'
const rules = (path: string, text: string) =>
  scanSource({ path, text }, NOW).findings.map((f) => `${f.line} ${f.ruleId}`)

/** A DTO with a renamed member, filled on line 9 by `fill` and sent to `target`. */
const client = (rename: string, fill: string, target = '/v3/mfa/setup') => `import java.net.http.HttpRequest;

public class PhoneSetup {
    private String phone;
    @JsonProperty("${rename}") private Boolean isPrimary;

    public static HttpRequest add(ObjectMapper json) throws Exception {
        PhoneSetup body = new PhoneSetup();
        ${fill}
        return HttpRequest.newBuilder(URI.create("${GATEWAY}${target}"))
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    }
}
`

describe('the setter and builder of a renamed Java member', () => {
  it.each([
    'body.setIsPrimary(false);',
    'body.withIsPrimary(false);',
    'body = PhoneSetup.builder().phone("+1").isPrimary(false).build();',
  ])('%j sent to /v3/mfa/setup is reported', (fill) => {
    expect(rules('PhoneSetup.java', client('primary', fill))).toEqual(['9 mfa-setup-secondary-phone'])
  })

  it('true is no secondary phone; a member renamed to another name is not BILL’s field', () => {
    expect(rules('PhoneSetup.java', client('primary', 'body.setIsPrimary(true);'))).toEqual([
      '9 mfa-optional-field',
    ])
    expect(rules('PhoneSetup.java', client('main', 'body.setIsPrimary(false);'))).toEqual([])
  })

  it('the same DTO sent to a vendor’s contacts is not reported', () => {
    const target = '/v3/vendors/00901VEND1/contacts'
    expect(rules('PhoneSetup.java', client('primary', 'body.setIsPrimary(false);', target))).toEqual([])
  })

  it('a setter of a member that is not renamed says nothing (setIsPrimaryPhone, resetIsPrimary)', () => {
    expect(rules('PhoneSetup.java', client('primary', 'body.setIsPrimaryPhone(false);'))).toEqual([])
    expect(rules('PhoneSetup.java', client('primary', 'body.resetIsPrimary(false);'))).toEqual([])
  })
})
