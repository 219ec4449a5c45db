/** Saves a Blob as a file through a temporary <a download> (no downloads permission needed). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
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

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }))
}
