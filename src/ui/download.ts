/** Saves text as a file through the browser's download of a blob URL (no "downloads" permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: Firefox reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
