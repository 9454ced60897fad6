// Hosts get a tag name made up per page load, so a page script cannot style or query our UI
// by a name it knows in advance (Bitwarden does the same for its inline menu).

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** A valid custom element name such as `kqzvtr-mwpdxe`, never the same twice. */
export function randomTagName(): string {
  return `${randomLetters(6)}-${randomLetters(6)}`
}

function randomLetters(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count))
  return Array.from(bytes, (b) => LETTERS[b % LETTERS.length]).join('')
}
