/** Shows only the last four characters, so a user can tell keys apart without revealing them. */
export function maskDevKey(devKey: string): string {
  if (devKey === '') return ''
  const visible = devKey.length > 8 ? devKey.slice(-4) : ''
  return `••••••••${visible}`
}
