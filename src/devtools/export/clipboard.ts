/** execCommand('copy') on a hidden textarea: still the one way that works inside DevTools panels. */
function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

/**
 * Copies text. navigator.clipboard can be refused, or resolve without copying, in DevTools panels
 * (graphql-network-inspector#204), so the textarea way goes first, within the user's click, and the
 * clipboard API is the fallback. Returns whether either way reported success.
 */
export async function copyText(text: string): Promise<boolean> {
  if (copyWithTextarea(text)) return true
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
