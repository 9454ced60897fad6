// Sender and recipients come from the `email` / `name` attributes Gmail puts on its hovercard
// spans; displayed text is used for the name only when the attribute is missing.

import { SELECTORS, queryAllFirst } from './selectors'
import { firstShown } from './thread'
import { inlineText } from './text'
import type { GmailPerson } from './types'

const EMAIL = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+$/

export function readSender(message: Element): GmailPerson | null {
  const span = firstShown(message, SELECTORS.sender)
  return span ? readPerson(span) : null
}

/** Gmail's header line lists To and Cc together, in order; each address once. */
export function readRecipients(message: Element): GmailPerson[] {
  const people: GmailPerson[] = []
  for (const span of queryAllFirst(message, SELECTORS.recipients)) {
    const person = readPerson(span)
    if (person && !people.some((p) => p.email === person.email)) people.push(person)
  }
  return people
}

export function readPerson(span: Element): GmailPerson | null {
  const email = [span.getAttribute('email'), span.getAttribute('data-hovercard-id')]
    .map((value) => value?.trim() ?? '')
    .find((value) => EMAIL.test(value))
  if (!email) return null
  const name = span.getAttribute('name')?.trim() || inlineText(span) || email
  return { name, email: email.toLowerCase() }
}

/** Gmail shows a recipients line (with text) for this message, whether or not we can read it. */
export function showsRecipients(message: Element): boolean {
  const line = firstShown(message, SELECTORS.recipientsLine)
  return line !== null && inlineText(line) !== ''
}
