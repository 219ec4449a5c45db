/** HAR content text as a string, decoding base64; undefined when absent or undecodable. */
export function decodeContentText(
  text: string | undefined,
  encoding: string | undefined,
): string | undefined {
  if (text === undefined || encoding?.toLowerCase() !== 'base64') return text
  try {
    const binary = atob(text.replace(/\s+/g, ''))
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new TextDecoder().decode(bytes)
  } catch {
    return undefined
  }
}
