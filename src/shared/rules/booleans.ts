/**
 * BILL's documented type for the MFA flags is boolean, yet its own Postman collection sends "false".
 * Booleans and their string forms (any case, surrounding spaces ignored) therefore count alike.
 */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const v = value.trim().toLowerCase()
  return v === 'true' ? true : v === 'false' ? false : undefined
}
