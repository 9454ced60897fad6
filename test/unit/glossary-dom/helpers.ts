// Shared bits for the glossary DOM tests: a small matcher and a page builder.
import { compileMatcher, type Matcher, type MatchableTerm } from '../../../shared/glossary'

export const TERMS: readonly MatchableTerm[] = [
  { id: 'sla', term: 'SLA', aliases: ['service level agreement'] },
  { id: 'back-office', term: 'back-office', aliases: [] },
  { id: 'due-diligence', term: 'due diligence', aliases: [] },
  { id: 'kpi', term: 'KPI', aliases: ['KPIs'] },
  { id: 'cahier', term: 'cahier des charges', aliases: [] },
]

export function smallMatcher(): Matcher {
  return compileMatcher(TERMS)
}

/** Builds the body from trusted test markup (the tests' own fixtures, never page data). */
export function page(markup: string): HTMLElement {
  document.body.replaceChildren()
  const template = document.createElement('template')
  template.innerHTML = markup
  document.body.append(template.content)
  return document.body
}

/** The text nodes whose data is exactly one of `texts`, in document order. */
export function textNode(root: Node, data: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data === data) return n as Text
  throw new Error(`no text node "${data}"`)
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms))
