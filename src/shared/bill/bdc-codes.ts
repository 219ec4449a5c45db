// What BILL's error codes mean and what to do (shared/reference/bill-api.md §12), for people reading a
// captured response. BILL has over 500 codes (POST /v2/Errors.json); these are the auth and MFA ones.

export interface BdcCode {
  /** BILL's message as seen. */
  message: string
  meaning: string
}

export const BDC_CODES: Readonly<Record<string, BdcCode>> = {
  BDC_1001: {
    message: 'System error occurred.',
    meaning: 'Often a misspelled parameter or a badly formed body.',
  },
  BDC_1002: {
    message: 'Unknown error occurred.',
    meaning: 'Often a misspelled parameter or a badly formed body.',
  },
  BDC_1101: {
    message: 'User name and/or password do not match our records.',
    meaning: 'Wrong credentials, or credentials of the other environment (sandbox vs production).',
  },
  BDC_1102: {
    message: 'Developer key is invalid.',
    meaning: 'Wrong developer key, or a key of the other environment (sandbox vs production).',
  },
  BDC_1103: { message: 'Developer key is inactive.', meaning: 'The developer key was deactivated.' },
  BDC_1107: {
    message: 'Organization is locked out.',
    meaning: 'Too many sign-ins or failures; wait 5–15 minutes.',
  },
  BDC_1108: { message: 'Missing parameter value.', meaning: 'A required field is missing from the request.' },
  BDC_1109: {
    message: 'Session is invalid. Please log in.',
    meaning:
      'The session expired after 35 idle minutes, was signed out, or belongs to the other environment. Sign in again.',
  },
  BDC_1110: {
    message: 'Login is locked.',
    meaning: 'Sign-in is locked for this user; wait before retrying.',
  },
  BDC_1113: { message: 'Login error.', meaning: 'BILL refused the sign-in.' },
  BDC_1121: {
    message: 'API not supported.',
    meaning: 'Wrong path or capitalization (HTTP 404 on v3).',
  },
  BDC_1122: {
    message: 'Error Parsing Json Object. Please check your request.',
    meaning: 'The v2 `data` field is not valid JSON.',
  },
  BDC_1144: {
    message: 'Max number of allowed requests per hour reached: 20000.',
    meaning: 'Hourly limit of the developer key; wait until the next hour.',
  },
  BDC_1322: {
    message: 'Max number of concurrent requests per organization reached.',
    meaning: 'More than 3 requests at once for this organization; send them one after another.',
  },
  BDC_1354: {
    message: 'Specified 2-Step Verification phone is not setup or is invalid',
    meaning: 'No MFA phone is set up: run MFA setup (primary phone) first.',
  },
  BDC_1356: { message: 'The code expired.', meaning: 'The SMS code expired: request a new challenge.' },
  BDC_1358: {
    message: '2-Step Verification too many token response attempts.',
    meaning: 'Too many wrong codes: wait 5–10 minutes and request a new challenge.',
  },
  BDC_1361: {
    message: 'Untrusted session.',
    meaning: 'The operation needs an MFA-trusted session: complete the MFA challenge or step up first.',
  },
  BDC_1374: { message: 'Expired token', meaning: 'The SMS code expired (reported alternative to BDC_1356).' },
  BDC_1570: { message: 'Shield Service Errors', meaning: 'BILL’s risk service rejected the request.' },
  BDC_5324: {
    message: 'Mfa action blocked',
    meaning: 'MFA setup refused: a device is already enrolled.',
  },
}

/** What a BILL code means, or undefined for a code this table does not know. */
export function bdcMeaning(code: string): string | undefined {
  return BDC_CODES[code.toUpperCase()]?.meaning
}

/** One error of a BILL answer, with what it means when the code is known. */
export interface ExplainedBillError {
  code: string
  message?: string
  meaning?: string
}

export function explainBillErrors(
  errors: readonly { code: string; message?: string }[],
): ExplainedBillError[] {
  return errors.map((e) => {
    const meaning = bdcMeaning(e.code)
    return { ...e, ...(meaning ? { meaning } : {}) }
  })
}
