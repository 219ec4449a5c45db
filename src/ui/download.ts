/** Saves text as a file through a Blob and a temporary <a download> (no downloads permission needed). */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has its own copy once started; the next task is late enough to let go of the URL.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
