/** Copies text; falls back to selecting the field and the legacy command where the API is refused. */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!field) return false
    field.select()
    return document.execCommand('copy')
  }
}
