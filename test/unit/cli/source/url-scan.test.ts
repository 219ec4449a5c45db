import { describe, expect, it } from 'vitest'
import { urlScan } from '../../../../src/cli/source/url-scan.ts'

// Shut-down BILL hosts anywhere, and credentials in the query of lines that build a BILL URL.

const NOW = new Date('2026-04-10')
const spans = (text: string) =>
  urlScan(text, NOW).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)} ${f.start}`)

describe('urlScan', () => {
  it('each credential name in a BILL URL’s query, at its offset in the text', () => {
    const text = 'x\nget("https://api.bill.com/api/v2/Login.json?devKey=1&userName=u&password=p&sessionId=s")'
    expect(spans(text)).toEqual([
      `credentials-in-query devKey ${text.indexOf('devKey')}`,
      `credentials-in-query userName ${text.indexOf('userName')}`,
      `credentials-in-query password ${text.indexOf('password')}`,
      `credentials-in-query sessionId ${text.indexOf('sessionId')}`,
    ])
    const f = urlScan(text, NOW)[0]
    expect(f).toMatchObject({ analysis: 'text', severity: 'error' })
    expect(f?.message).toContain('devKey')
  })

  it.each(['/api/v2/x?password=1', '/v3/x?password=1', '{{baseUrl}}/x?password=1', 'BILL.COM/x?password=1'])(
    '%s is a BILL URL line',
    (line) => expect(spans(line)).toHaveLength(1),
  )

  it('not on other lines, nor for a name that only ends like one', () => {
    expect(spans('get("https://example.org/x?password=1")')).toEqual([])
    expect(spans('https://api.bill.com/x?mypassword=1&password_x=2')).toEqual([])
    expect(spans('https://api.bill.com/x\n?password=1')).toEqual([])
  })

  it('every shut-down host on every line, in any case', () => {
    const text = 'a = "https://api-sandbox.bill.com"\nb = "API-SANDBOX.BILL.COM" + "api-sandbox.bill.com"'
    expect(spans(text)).toEqual([
      `sunset-host api-sandbox.bill.com ${text.indexOf('api-')}`,
      `sunset-host API-SANDBOX.BILL.COM ${text.indexOf('API-')}`,
      `sunset-host api-sandbox.bill.com ${text.lastIndexOf('api-')}`,
    ])
    expect(spans('"https://api-stage.bill.com"')).toEqual([])
  })
})
