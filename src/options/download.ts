/** Saves text as a file through the browser's download, without any permission. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has its own copy once started; the next task is late enough to let go of the URL.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
